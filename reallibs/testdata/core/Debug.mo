// motoko-core Debug: todo() traps.
import Debug "mo:core/Debug";

func later() : Nat = Debug.todo();
Debug.print("before");
ignore later();
// trap-span: 4.22-4.34
