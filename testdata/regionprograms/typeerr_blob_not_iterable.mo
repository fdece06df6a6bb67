// Iterating a Blob loaded from a Region without calling .vals().
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let r = Region.new();
ignore Region.grow(r, 1);
Region.storeBlob(r, 0, "\01\02\03");
var sum = 0;
for (b in Region.loadBlob(r, 0, 3)) {
  sum += 1;
};
Debug.print(debug_show sum);
