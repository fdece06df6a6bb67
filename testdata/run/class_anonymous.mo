// A class may be anonymous: it is declared, and nothing can name it.
import Prim "mo:⛔";
class() : { foo : Text } = { public let foo = "FOO"; public let bar = 1 };
class<T>(x : T) { public let y = x };
Prim.debugPrint("declared");
