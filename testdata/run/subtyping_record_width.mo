// A record with more fields is a subtype of one with fewer.
import Debug "mo:base/Debug";

type Named = { name : Text };
func hello(x : Named) : Text { "hi " # x.name };
let full = { name = "Bo"; age = 3; tall = false };
Debug.print(hello(full));
let narrow : Named = full;
Debug.print(narrow.name);
let people : [Named] = [full, { name = "Cy" }];
Debug.print(debug_show people.size());
type Deep = { inner : { a : Nat } };
let d : Deep = { inner = { a = 1; b = 2 } };
Debug.print(debug_show d.inner.a);
