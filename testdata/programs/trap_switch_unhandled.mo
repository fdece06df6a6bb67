// A command interpreter whose switch misses a case (moc only warns), so it traps at run time.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

type Cmd = { #push : Int; #pop; #add; #mul; #dup };

func run(cmds : [Cmd]) : [Int] {
  var stack : [Int] = [];
  func top() : Int = stack[stack.size() - 1];
  for (c in cmds.vals()) {
    stack := switch c {
      case (#push n) tabAppend(stack, n);
      case (#dup) tabAppend(stack, top());
      case (#add) {
        let n = stack.size();
        tabAppend(tabTake(stack, n - 2), stack[n - 2] + stack[n - 1])
      };
      case (#mul) {
        let n = stack.size();
        tabAppend(tabTake(stack, n - 2), stack[n - 2] * stack[n - 1])
      };
    };
    Debug.print(debug_show stack);
  };
  stack
};

func tabAppend(xs : [Int], x : Int) : [Int] = Array.append<Int>(xs, [x]);
func tabTake(xs : [Int], n : Nat) : [Int] = Array.subArray<Int>(xs, 0, n);

ignore run([#push 2, #push 3, #add, #dup, #mul, #pop]);
