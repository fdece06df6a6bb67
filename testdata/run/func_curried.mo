// Curried functions applied one argument at a time.
import Debug "mo:base/Debug";

func mul(a : Int) : Int -> Int = func(b : Int) : Int = a * b;
func join3(a : Text) : Text -> Text -> Text {
  func(b : Text) : Text -> Text { func(c : Text) : Text { a # b # c } };
};
let triple = mul(3);
Debug.print(debug_show triple(-4));
Debug.print(debug_show mul(2)(21));
Debug.print(join3("x")("y")("z"));
Debug.print(debug_show ((mul 6) 7));
