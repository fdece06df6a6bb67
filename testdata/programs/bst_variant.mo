// Binary search tree as a variant type, with insert, lookup, in-order traversal and height.
import Debug "mo:base/Debug";
import Nat "mo:base/Nat";
import Text "mo:base/Text";

type Tree = {
  #leaf;
  #node : (Tree, Nat, Text, Tree);
};

func insert(t : Tree, k : Nat, v : Text) : Tree {
  switch t {
    case (#leaf) { #node(#leaf, k, v, #leaf) };
    case (#node(l, key, val, r)) {
      if (k < key) { #node(insert(l, k, v), key, val, r) }
      else if (k > key) { #node(l, key, val, insert(r, k, v)) }
      else { #node(l, k, v, r) }
    };
  }
};

func find(t : Tree, k : Nat) : ?Text {
  switch t {
    case (#leaf) null;
    case (#node(l, key, val, r)) {
      switch (Nat.compare(k, key)) {
        case (#less) find(l, k);
        case (#greater) find(r, k);
        case (#equal) ?val;
      }
    };
  }
};

func height(t : Tree) : Nat {
  switch t {
    case (#leaf) 0;
    case (#node(l, _, _, r)) 1 + Nat.max(height l, height r);
  }
};

func inorder(t : Tree, visit : (Nat, Text) -> ()) {
  switch t {
    case (#leaf) {};
    case (#node(l, k, v, r)) { inorder(l, visit); visit(k, v); inorder(r, visit) };
  }
};

var tree : Tree = #leaf;
let words = ["delta", "alpha", "echo", "bravo", "charlie", "foxtrot"];
let keys = [40, 10, 50, 20, 30, 60];
for (i in keys.keys()) {
  tree := insert(tree, keys[i], words[i]);
};
tree := insert(tree, 30, "CHARLIE");

var line = "";
inorder(tree, func(k : Nat, v : Text) { line := line # Nat.toText(k) # ":" # v # " " });
Debug.print(line);
Debug.print("height " # Nat.toText(height tree));
Debug.print(debug_show (find(tree, 20), find(tree, 25)));
Debug.print(debug_show insert(#leaf, 1, "one"));
switch (find(tree, 60)) {
  case (?w) Debug.print("found " # w # " of size " # debug_show Text.size(w));
  case null Debug.print("missing");
};
