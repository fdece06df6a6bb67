// Object literals with private state and self-referencing methods, plus an object factory.
import Debug "mo:base/Debug";
import Nat "mo:base/Nat";

object registry {
  var nextId = 1;
  var names : [var Text] = [var "", "", "", ""];
  public func register(name : Text) : Nat {
    let id = nextId;
    if (id >= names.size()) grow();
    names[id] := name;
    nextId += 1;
    id
  };
  func grow() {
    let bigger = Prim_init(names.size() * 2);
    for (i in names.keys()) bigger[i] := names[i];
    names := bigger;
  };
  func Prim_init(n : Nat) : [var Text] {
    var a : [var Text] = [var];
    a := [var "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""];
    a
  };
  public func lookup(id : Nat) : ?Text = if (id > 0 and id < nextId) ?names[id] else null;
  public func count() : Nat = nextId - 1;
};

func makeItem(name : Text, price : Nat) : { id : Nat; describe : () -> Text; discount : Nat -> Nat } {
  let newId = registry.register(name);
  object {
    public let id = newId;
    public func describe() : Text = "#" # Nat.toText(newId) # " " # name # " @" # Nat.toText(price);
    public func discount(pct : Nat) : Nat = price - price * pct / 100;
  }
};

let items = [makeItem("lamp", 40), makeItem("desk", 250), makeItem("chair", 99), makeItem("rug", 120), makeItem("shelf", 75)];
for (it in items.vals()) Debug.print(it.describe() # " -> " # Nat.toText(it.discount(15)));
Debug.print(debug_show (registry.count(), registry.lookup(4), registry.lookup(9)));
Debug.print(debug_show items[1].id);
