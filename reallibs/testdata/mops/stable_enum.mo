// packages: stable-enum stable-buffer
// stable-enum: an enumeration of Blob keys (a red-black tree of indices into
// fixed-size blocks of stable-buffer, a buffer in a Region): keys numbered in
// the order added, repeats keep their number, lookup both ways.
import StableEnum "mo:stable-enum";
import StableBuffer "mo:stable-buffer";
import Blob "mo:base/Blob";
import Nat8 "mo:base/Nat8";
import Debug "mo:base/Debug";

func key(i : Nat) : Blob = Blob.fromArray([Nat8.fromNat(i % 256), Nat8.fromNat(i / 256 % 256), 7, 7]);

let e = StableEnum.Enumeration(StableEnum.State.init({ size = 4 }));
Debug.print(debug_show (e.add(key(1)), e.add(key(2)), e.add(key(1)), e.size()));
var i = 0;
var fresh = 0;
while (i < 600) {
  switch (e.add(key((i * 37) % 500))) { case (#ok(n)) if (n + 1 == e.size()) fresh += 1; case (#err(_)) {} };
  i += 1;
};
Debug.print(debug_show (fresh, e.size(), e.lookup(key(74)), e.lookup(key(9_999))));
Debug.print(debug_show (e.get(0), e.get(1)));
var seen = 0;
for (b in e.vals()) { if (b.size() == 4) seen += 1 };
Debug.print(debug_show seen);

let sb = StableBuffer.StableBuffer(StableBuffer.State.init({ size = 2; capacity = 1 }));
Debug.print(debug_show (sb.add("\01\02"), sb.add("\03\04"), sb.size(), sb.capacity()));
Debug.print(debug_show (sb.get(1), sb.set(0, "\09\09"), sb.get(0), sb.getOpt(2)));
Debug.print(debug_show StableBuffer.PAGE_SIZE);
