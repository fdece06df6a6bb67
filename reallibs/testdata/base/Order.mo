// motoko-base Order.
import Order "mo:base/Order";
import Debug "mo:base/Debug";

Debug.print(debug_show (Order.isLess(#less), Order.isEqual(#less), Order.isGreater(#greater), Order.equal(#less, #less), Order.equal(#less, #equal)));
