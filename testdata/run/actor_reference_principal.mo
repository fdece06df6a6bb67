// `actor "text"` names another canister by its principal; Prim turns actor
// references and principals into each other.
import Prim "mo:⛔";

let mgmt : actor {} = actor "aaaaa-aa";
let other = actor ("lg264-qjkae") : actor { ping : () -> async () };
Prim.debugPrint(debug_show (Prim.principalOfActor(mgmt), Prim.principalOfActor(other)));
Prim.debugPrint(debug_show Prim.blobOfPrincipal(Prim.principalOfActor(other)));
let back : actor {} = Prim.actorOfPrincipal(Prim.principalOfBlob("\2a\01"));
Prim.debugPrint(debug_show Prim.principalOfActor(back));
let a : ?Any = null;
Prim.debugPrint(debug_show (a != null, Prim.principalOfActor(mgmt) == Prim.principalOfBlob("")));
type A = actor { ping : () -> async () };
Prim.debugPrint(debug_show ((actor "aaaaa-aa" : A) == (actor "aaaaa-aa" : A), (actor "aaaaa-aa" : A) == other));
let bad = "aaaaa-ab";
Prim.debugPrint(debug_show Prim.principalOfActor(actor (bad)));
