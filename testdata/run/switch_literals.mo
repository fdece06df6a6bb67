// switch on Nat, Text, Char and Bool literals with a wildcard.
import Debug "mo:base/Debug";

func name(n : Nat) : Text {
  switch n { case 0 "zero"; case 1 "one"; case _ "many" };
};
func kind(c : Char) : Text {
  switch c { case 'a' "letter a"; case ' ' "space"; case other debug_show other };
};
func answer(t : Text) : Bool {
  switch t { case "yes" true; case _ false };
};
Debug.print(name(0) # " " # name(1) # " " # name(9));
Debug.print(kind('a') # "/" # kind(' ') # "/" # kind('z'));
Debug.print(debug_show (answer("yes"), answer("no")));
Debug.print(switch (3 > 2) { case true "t"; case false "f" });
