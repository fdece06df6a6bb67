// ignore evaluates its operand and discards the result.
import Debug "mo:base/Debug";

var calls = 0;
func bump() : Nat { calls += 1; calls };
ignore bump();
ignore bump();
ignore (bump() + 100);
Debug.print(debug_show calls);
ignore "a value";
