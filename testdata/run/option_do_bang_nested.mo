// ! on nested options and inside functions.
import Debug "mo:base/Debug";

type Person = { name : Text; boss : ?Person };
let ceo : Person = { name = "C"; boss = null };
let mid : Person = { name = "M"; boss = ?ceo };
let dev : Person = { name = "D"; boss = ?mid };
func grandBoss(p : Person) : ?Text { do ? { p.boss!.boss!.name } };
Debug.print(debug_show grandBoss(dev));
Debug.print(debug_show grandBoss(mid));
let wrapped : ??Nat = ??3;
Debug.print(debug_show (do ? { wrapped!! + 1 }));
