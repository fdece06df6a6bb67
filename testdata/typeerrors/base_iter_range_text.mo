import Iter "mo:base/Iter";
for (i in Iter.range(0, "3")) {};
