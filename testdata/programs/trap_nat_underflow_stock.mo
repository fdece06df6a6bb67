// Inventory with Nat quantities: removing more than in stock underflows.
import Debug "mo:base/Debug";

type Item = { name : Text; var qty : Nat };

let stock : [Item] = [
  { name = "apple"; var qty = 5 },
  { name = "pear"; var qty = 2 },
];

func remove(name : Text, n : Nat) {
  for (it in stock.vals()) {
    if (it.name == name) {
      it.qty := it.qty - n;
      Debug.print("removed " # debug_show n # " " # name # ", left " # debug_show it.qty);
      return;
    };
  };
  Debug.print("no " # name);
};

remove("apple", 3);
remove("kiwi", 1);
remove("pear", 2);
remove("apple", 3);
Debug.print("done");
