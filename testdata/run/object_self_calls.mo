// Methods call each other and share private state.
import Debug "mo:base/Debug";

object stack {
  var items : [Nat] = [];
  public func size() : Nat { items.size() };
  public func push(n : Nat) { items := [n, size()] };
  public func top() : ?Nat { if (size() == 0) null else ?items[0] };
};
Debug.print(debug_show stack.top());
stack.push(9);
Debug.print(debug_show (stack.top(), stack.size()));
