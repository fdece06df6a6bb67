// Classic recursion: Towers of Hanoi moves, Ackermann, permutations, and deep recursion.
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Text "mo:base/Text";

var moves : [Text] = [];
func hanoi(n : Nat, from : Text, to : Text, via : Text) {
  if (n == 0) return;
  hanoi(n - 1, from, via, to);
  moves := Array.append(moves, [from # "->" # to]);
  hanoi(n - 1, via, to, from);
};
hanoi(4, "A", "C", "B");
Debug.print(debug_show moves.size() # ": " # Text.join(" ", moves.vals()));

func ack(m : Nat, n : Nat) : Nat {
  if (m == 0) n + 1
  else if (n == 0) ack(m - 1, 1)
  else ack(m - 1, ack(m, n - 1))
};
Debug.print(debug_show [ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3)]);

func permutations(xs : [Char]) : [Text] {
  if (xs.size() <= 1) return [Text_fromArray(xs)];
  var out : [Text] = [];
  for (i in xs.keys()) {
    let rest = Array.tabulate<Char>(xs.size() - 1, func j = if (j < i) xs[j] else xs[j + 1]);
    for (p in permutations(rest).vals()) out := Array.append(out, [Text.fromChar(xs[i]) # p]);
  };
  out
};
func Text_fromArray(cs : [Char]) : Text = Array.foldLeft<Char, Text>(cs, "", func(t, c) = t # Text.fromChar(c));
Debug.print(debug_show permutations(['a', 'b', 'c']));
Debug.print(debug_show permutations(['x', 'y', 'z', 'w']).size());

func sumTo(n : Nat) : Nat = if (n == 0) 0 else n + sumTo(n - 1);
Debug.print(debug_show sumTo(10_000));

func isEven(n : Nat) : Bool = if (n == 0) true else isOdd(n - 1);
func isOdd(n : Nat) : Bool = if (n == 0) false else isEven(n - 1);
Debug.print(debug_show (isEven(5000), isOdd(777)));
