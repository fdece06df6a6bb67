import Order "mo:base/Order";
import Debug "mo:base/Debug";

let all : [Order.Order] = [#less, #equal, #greater];
for (o in all.vals()) {
  Debug.print(debug_show (o, Order.isLess(o), Order.isEqual(o), Order.isGreater(o)));
  for (p in all.vals()) {
    Debug.print(debug_show (o, p, Order.equal(o, p)));
  };
};
