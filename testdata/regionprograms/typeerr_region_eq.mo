// Comparing two regions with == is not allowed: Region has no equality.
import Region "mo:base/Region";
import Debug "mo:base/Debug";

let a = Region.new();
let b = a;
if (a == b) Debug.print("same region");
