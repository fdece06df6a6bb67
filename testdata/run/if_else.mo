// if/else as statements and expressions; if without else has type ().
import Debug "mo:base/Debug";

func classify(n : Int) : Text {
  if (n < 0) "negative" else if (n == 0) "zero" else "positive";
};
Debug.print(classify(-5));
Debug.print(classify(0));
Debug.print(classify(5));
let x = 7;
if (x > 5) Debug.print("big");
if (x > 50) { Debug.print("huge") } else { Debug.print("not huge") };
let parity = if (x % 2 == 0) { "even" } else { "odd" };
Debug.print(parity);
