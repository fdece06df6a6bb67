// do blocks are expressions with their own scope.
import Debug "mo:base/Debug";

let x = do {
  let a = 3;
  let b = 4;
  a * a + b * b;
};
Debug.print(debug_show x);
let msg = do { var t = "a"; t #= "b"; t };
Debug.print(msg);
do { Debug.print("statement block") };
let u = do {};
Debug.print(debug_show u);
