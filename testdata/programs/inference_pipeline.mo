// Data pipelines that lean on type-argument inference for Array, Iter and Option helpers.
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Iter "mo:base/Iter";
import Option "mo:base/Option";
import Text "mo:base/Text";
import Nat "mo:base/Nat";

type Order = { id : Nat; item : Text; qty : Nat; price : Nat };

let orders : [Order] = [
  { id = 1; item = "pen"; qty = 10; price = 2 },
  { id = 2; item = "book"; qty = 1; price = 30 },
  { id = 3; item = "ink"; qty = 3; price = 7 },
  { id = 4; item = "pad"; qty = 0; price = 4 },
];

let totals = Array.map(orders, func(o : Order) : Nat = o.qty * o.price);
Debug.print(debug_show totals);
let nonEmpty = Array.filter(orders, func(o : Order) : Bool = o.qty > 0);
Debug.print(debug_show Array.map(nonEmpty, func(o : Order) : Text = o.item));
let revenue = Array.foldLeft(totals, 0, func(acc : Nat, t : Nat) : Nat = acc + t);
Debug.print("revenue " # Nat.toText(revenue));
let labels = Iter.toArray(Iter.map(orders.vals(), func(o : Order) : Text = o.item # "x" # Nat.toText(o.qty)));
Debug.print(Text.join(", ", labels.vals()));
let big = Array.find(orders, func(o : Order) : Bool = o.price > 20);
Debug.print(debug_show Option.map(big, func(o : Order) : Nat = o.id));
Debug.print(debug_show Option.get(Option.map(Array.find(orders, func(o : Order) : Bool = o.price > 100), func(o : Order) : Nat = o.id), 0));
let indexed = Array.tabulate<(Nat, Text)>(orders.size(), func i = (i, orders[i].item));
Debug.print(debug_show indexed);
let byQty = Array.foldLeft<Order, [Text]>(orders, [], func(acc, o) = if (o.qty >= 3) Array.append(acc, [o.item]) else acc);
Debug.print(debug_show byQty);
let sizes = Array.map<Text, Nat>(["a", "bb", "ccc"], Text.size);
Debug.print(debug_show (sizes, Array.reverse(sizes), Array.append(sizes, [0])));
