// motoko-base Hash.
import Hash "mo:base/Hash";
import Debug "mo:base/Debug";

Debug.print(debug_show (Hash.length, Hash.bit(5, 0), Hash.bit(5, 1), Hash.equal(3, 3), Hash.hash(12345), Hash.hashNat8([1, 2, 3])));
Hash.debugPrintBits(5);
Hash.debugPrintBitsRev(5);
