// mori-only: Blob.size is in motoko-core but not in motoko-base 0.15, so the real
// mo:base/Blob rejects this program; mori's mo:base/Blob keeps the function.
import Blob "mo:base/Blob";
import Debug "mo:base/Debug";

Debug.print(debug_show (Blob.size(""), Blob.size("\00"), Blob.size("hello"), Blob.size(Blob.fromArray([1, 2, 3]))));
