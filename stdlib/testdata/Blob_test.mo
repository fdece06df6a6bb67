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
