// put past the end of a mutable array traps.
import Debug "mo:base/Debug";

let buf = [var 'a'];
buf.put(0, 'b');
Debug.print(debug_show buf);
buf.put(5, 'c');
// trap-span: 7.1-7.16
