// motoko-core Order.
import Order "mo:core/Order";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

Debug.print(debug_show (Order.isLess(#less), Order.isEqual(#less), Order.isGreater(#greater), Order.equal(#less, #less), Order.equal(#less, #equal), Iter.toArray(Order.allValues())));
