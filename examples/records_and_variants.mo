// Records, variants, options and tuples, taken apart with switch.
import Debug "mo:base/Debug";
import Option "mo:base/Option";
import Float "mo:base/Float";

type Shape = {
  #circle : { radius : Float };
  #rectangle : { width : Float; height : Float };
  #point;
};

func area(s : Shape) : Float {
  switch s {
    case (#circle { radius }) { Float.pi * radius * radius };
    case (#rectangle { width; height }) { width * height };
    case (#point) { 0.0 };
  }
};

let shapes : [Shape] = [#circle { radius = 1.5 }, #rectangle { width = 2.0; height = 3.5 }, #point];
for (s in shapes.vals()) {
  Debug.print(debug_show s # " has area " # Float.toText(area(s)));
};

type Person = { name : Text; age : Nat; email : ?Text };
let ada : Person = { name = "Ada"; age = 36; email = ?"ada@example.org" };
let bob : Person = { name = "Bob"; age = 36; email = null };
for (p in [ada, bob].vals()) {
  Debug.print(p.name # ": " # Option.get(p.email, "no email"));
};
Debug.print(debug_show bob);

func divide(a : Int, b : Int) : ?(Int, Int) {
  if (b == 0) null else ?(a / b, a % b)
};
switch (divide(17, 5)) {
  case (?(q, r)) { Debug.print("17 = 5 * " # debug_show q # " + " # debug_show r) };
  case null { Debug.print("cannot divide") };
};
Debug.print(debug_show divide(1, 0));
