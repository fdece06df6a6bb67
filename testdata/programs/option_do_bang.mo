// Option chaining with do ? { ... ! ... }, let-else, and Option helpers.
import Debug "mo:base/Debug";
import Option "mo:base/Option";
import Nat "mo:base/Nat";

type User = { name : Text; managerId : ?Nat; email : ?Text };

let users : [User] = [
  { name = "ann"; managerId = null; email = ?"ann@example.com" },
  { name = "bo"; managerId = ?0; email = null },
  { name = "cy"; managerId = ?1; email = ?"cy@example.com" },
  { name = "di"; managerId = ?7; email = ?"di@example.com" },
];

func user(id : Nat) : ?User = if (id < users.size()) ?users[id] else null;

func managerEmail(id : Nat) : ?Text = do ? {
  let u = user(id)!;
  let m = user(u.managerId!)!;
  m.email!
};

func grandManagerName(id : Nat) : Text {
  let ?u = user(id) else return "no such user";
  let ?mid = u.managerId else return u.name # " has no manager";
  let ?m = user(mid) else return "dangling manager " # Nat.toText(mid);
  let ?gid = m.managerId else return m.name # " is at the top";
  switch (user gid) { case (?g) g.name; case null "?" }
};

for (i in [0, 1, 2, 3, 4].vals()) {
  Debug.print(debug_show (i, managerEmail(i), grandManagerName(i)));
};

let parsed = do ? { Nat.fromText("12")! + Nat.fromText("30")! };
let failed = do ? { Nat.fromText("12")! + Nat.fromText("x")! };
Debug.print(debug_show (parsed, failed));
Debug.print(debug_show (Option.get(failed, 0), Option.map<Nat, Nat>(parsed, func n = n * 2)));
Debug.print(debug_show (Option.isSome(parsed), Option.isNull(failed)));
let nested : ??Nat = ?null;
Debug.print(debug_show (nested, do ? { nested!! }, do ? { (?(?5) : ??Nat)!! }));
