// motoko-base Blob.
import Blob "mo:base/Blob";
import Debug "mo:base/Debug";

let b = Blob.fromArray([1, 2, 255]);
Debug.print(debug_show (b, Blob.fromArrayMut([var 0, 65]), Blob.toArray(b), Blob.toArrayMut(b), Blob.hash(b), b.size()));
Debug.print(debug_show (Blob.compare(b, "\01\02"), Blob.equal(b, b), Blob.notEqual(b, ""), Blob.less("", b), Blob.lessOrEqual(b, b), Blob.greater(b, "\02"), Blob.greaterOrEqual(b, b)));
