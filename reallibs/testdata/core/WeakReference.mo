// motoko-core WeakReference: a weak reference keeps its object while it is
// alive.
import WeakReference "mo:core/WeakReference";
import Debug "mo:core/Debug";

let obj = { name = "kept" };
let w = WeakReference.allocate(obj);
Debug.print(debug_show (w.isLive(), w.get()));
