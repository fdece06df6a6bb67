// motoko-core Bool.
import Bool "mo:core/Bool";
import Iter "mo:core/Iter";
import Debug "mo:core/Debug";

Debug.print(debug_show (true.toText(), true.logicalAnd(false), Bool.logicalOr(true, false), Bool.logicalXor(true, true), false.logicalNot(), Bool.equal(true, true), Bool.compare(false, true), Iter.toArray(Bool.allValues())));
