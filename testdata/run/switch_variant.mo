// switch on variants, binding payloads.
import Debug "mo:base/Debug";

type Expr = { #lit : Int; #add : (Expr, Expr); #mul : (Expr, Expr); #neg : Expr };
func eval(e : Expr) : Int {
  switch e {
    case (#lit n) n;
    case (#add(a, b)) eval(a) + eval(b);
    case (#mul(a, b)) eval(a) * eval(b);
    case (#neg a) -eval(a);
  };
};
let e : Expr = #add(#lit 2, #mul(#lit 3, #neg(#lit 4)));
Debug.print(debug_show eval(e));
Debug.print(debug_show e);
