// motoko-core Blob.
import Blob "mo:core/Blob";
import Debug "mo:core/Debug";

let b = Blob.fromArray([1, 2, 255]);
Debug.print(debug_show (b, Blob.empty(), Blob.empty().isEmpty(), b.size(), Blob.fromVarArray([var 0, 65]), b.toArray(), b.toVarArray(), b.hash()));
Debug.print(debug_show (b.compare("\01\02"), b.equal(b), Blob.notEqual(b, ""), Blob.less("", b), Blob.lessOrEqual(b, b), Blob.greater(b, "\02"), Blob.greaterOrEqual(b, b)));
