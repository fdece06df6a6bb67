// floatToFormattedText formats as moc's runtime: at most 100 decimals, mode 4 the shortest
// decimal, and nothing beyond 320 bytes.
import P "mo:⛔";
func f(x : Float, p : Nat8, m : Nat8) { P.debugPrint(P.floatToFormattedText(x, p, m)) };
f(1.5, 101, 0);
f(1.5, 255, 1);
f(123456.789, 3, 4);
f(1.0, 3, 4);
f(1e21, 3, 4);
f(1e-7, 3, 4);
f(-0.0, 0, 4);
f(0.1, 0, 4);
f(1.7e308, 100, 0);
f(1.7e308, 0, 4);
f(5e-324, 0, 4);
f(2.5, 0, 0);
f(-1.0/0.0, 2, 4);
f(0.0/0.0, 2, 4);
f(1.7e308, 100, 1);
