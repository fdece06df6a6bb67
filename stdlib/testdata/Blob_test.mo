import Blob "mo:base/Blob";
import Debug "mo:base/Debug";

let arrays : [[Nat8]] = [[], [0], [1, 2, 3], [255, 0, 127, 128], [104, 105]];
for (a in arrays.vals()) {
  let b = Blob.fromArray(a);
  Debug.print(debug_show b # " " # debug_show (Blob.toArray(b)) # " " # debug_show (b.size()));
};
let blob : Blob = "\00\01hi\FF";
Debug.print(debug_show (Blob.toArray(blob)));
Debug.print(debug_show (Blob.equal(blob, Blob.fromArray(Blob.toArray(blob))), Blob.equal(blob, "")));
let b : Blob.Blob = "\AB";
Debug.print(debug_show b);
let mutable = Blob.toArrayMut(blob);
mutable[0] := 42;
Debug.print(debug_show (mutable, blob, Blob.fromArrayMut(mutable)));
Debug.print(debug_show (Blob.hash(""), Blob.hash("\00"), Blob.hash("abc"), Blob.hash(blob), Blob.hash(Blob.fromArray([1, 2, 3, 4, 5, 6, 7, 8, 9]))));
