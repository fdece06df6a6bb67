// Early exits (return, break, `!`) from inside operands: record fields, arguments, operators,
// compound assignments and array literals.
import Debug "mo:base/Debug";
import Nat "mo:base/Nat";

type Person = { name : Text; age : Nat; email : Text };

let db : [(Text, Text)] = [("name", "ann"), ("age", "41"), ("email", "ann@x.org"), ("bad", "x")];
func lookup(k : Text) : ?Text {
  for ((key, v) in db.vals()) if (key == k) return ?v;
  null
};

func person(nameKey : Text, ageKey : Text) : ?Person = do ? {
  { name = lookup(nameKey)!; age = Nat.fromText(lookup(ageKey)!)!; email = lookup("email")! }
};
Debug.print(debug_show (person("name", "age"), person("name", "bad"), person("nope", "age")));

func sumAges(keys : [Text]) : Int {
  var total = 0;
  for (k in keys.vals()) {
    total += (switch (do ? { Nat.fromText(lookup(k)!)! }) { case null return -1; case (?n) n });
  };
  total
};
Debug.print(debug_show (sumAges(["age", "age"]), sumAges(["age", "bad", "age"])));

func describe(k : Text) : Text {
  "key " # k # " -> " # (switch (lookup k) { case null return "missing " # k; case (?v) v }) # "!"
};
Debug.print(describe("name") # " | " # describe("zip"));

func firstPair(xs : [Nat]) : [Nat] {
  var i = 0;
  label scan loop {
    if (i + 1 >= xs.size()) break scan;
    if (xs[i] == xs[i + 1]) return [xs[i], (if (i > 100) { break scan } else xs[i + 1]), i];
    i += 1;
  };
  []
};
Debug.print(debug_show (firstPair([1, 2, 2, 3]), firstPair([1, 2, 3])));

func clampedSum(a : Nat, b : ?Nat) : Nat = Nat.min(100, a + (switch b { case null return a; case (?x) x }));
Debug.print(debug_show (clampedSum(5, ?7), clampedSum(5, null), clampedSum(90, ?90)));

var log = "";
label outer for (w in ["a", "bb", "", "ccc"].vals()) {
  log #= (if (w == "") { continue outer } else w) # ",";
};
Debug.print(log);
