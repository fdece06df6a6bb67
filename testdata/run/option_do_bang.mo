// do ? { ... e! ... } short-circuits to null when an e! is null.
import Debug "mo:base/Debug";

func lookup(k : Text) : ?Nat {
  switch k { case "a" ?1; case "b" ?2; case _ null };
};
let both : ?Nat = do ? { lookup("a")! + lookup("b")! };
let missing : ?Nat = do ? { lookup("a")! + lookup("z")! };
Debug.print(debug_show both);
Debug.print(debug_show missing);
var evaluated = false;
let stopped : ?Text = do ? {
  let x = lookup("q")!;
  evaluated := true;
  debug_show x;
};
Debug.print(debug_show (stopped, evaluated));
