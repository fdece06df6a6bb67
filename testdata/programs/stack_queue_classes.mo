// A stack and a two-list queue as classes with private state.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

class Stack<T>(capacity : Nat, dummy : T) {
  let items : [var T] = Array.init<T>(capacity, dummy);
  var top = 0;

  public func push(x : T) : Bool {
    if (top == capacity) return false;
    items[top] := x;
    top += 1;
    true
  };

  public func pop() : ?T {
    if (top == 0) { null } else {
      top -= 1;
      ?items[top]
    }
  };

  public func size() : Nat = top;
  public func peek() : ?T = if (top == 0) null else ?items[top - 1];
};

class Queue<T>() {
  var front : ?(T, Any) = null;
  var inbox : [T] = [];
  var outbox : [T] = [];
  var head = 0;

  public func enqueue(x : T) { inbox := Array.append<T>(inbox, [x]) };

  public func dequeue() : ?T {
    if (head == outbox.size()) {
      outbox := inbox;
      inbox := [];
      head := 0;
    };
    if (head == outbox.size()) return null;
    head += 1;
    ?outbox[head - 1]
  };
};

let s = Stack<Text>(3, "");
Debug.print(debug_show [s.push("a"), s.push("b"), s.push("c"), s.push("d")]);
Debug.print(debug_show (s.size(), s.peek()));
Debug.print(debug_show [s.pop(), s.pop(), s.pop(), s.pop()]);

let q = Queue<Int>();
q.enqueue(1);
q.enqueue(-2);
Debug.print(debug_show q.dequeue());
q.enqueue(3);
Debug.print(debug_show [q.dequeue(), q.dequeue(), q.dequeue()]);

// Balanced brackets with the stack.
func balanced(t : Text) : Bool {
  let st = Stack<Char>(t.size(), ' ');
  for (c in t.chars()) {
    switch c {
      case ('(' or '[' or '{') { ignore st.push(c) };
      case (')' or ']' or '}') {
        let want = if (c == ')') '(' else if (c == ']') '[' else '{';
        switch (st.pop()) {
          case (?o) { if (o != want) return false };
          case null { return false };
        };
      };
      case _ {};
    };
  };
  st.size() == 0
};
for (t in ["([]{})", "([)]", "((", "", "a(b)c"].vals()) {
  Debug.print(t # " -> " # debug_show balanced(t));
};
