// debug blocks run in debug mode (moc's default).
import Debug "mo:base/Debug";

var hits = 0;
debug { hits += 1; Debug.print("in debug") };
Debug.print(debug_show hits);
