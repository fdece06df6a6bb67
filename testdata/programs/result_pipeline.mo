// Validating a sign-up form with Result chains and switch.
import Debug "mo:base/Debug";
import Result "mo:base/Result";
import Text "mo:base/Text";
import Char "mo:base/Char";
import Nat "mo:base/Nat";

type Form = { user : Text; age : Text; password : Text };
type Valid = { user : Text; age : Nat };
type Problem = { #userTooShort : Nat; #ageNotNumber : Text; #underage : Nat; #weakPassword : [Text] };

func checkUser(f : Form) : Result.Result<Text, Problem> =
  if (f.user.size() < 3) #err(#userTooShort(f.user.size())) else #ok(f.user);

func checkAge(f : Form) : Result.Result<Nat, Problem> {
  switch (Nat.fromText(f.age)) {
    case null #err(#ageNotNumber(f.age));
    case (?a) if (a < 18) #err(#underage a) else #ok a;
  }
};

func checkPassword(p : Text) : Result.Result<(), Problem> {
  var digits = 0; var upper = 0;
  for (c in p.chars()) {
    if (Char.isDigit c) digits += 1;
    if (Char.isUppercase c) upper += 1;
  };
  var missing : [Text] = [];
  if (p.size() < 8) missing := [ "length" ];
  if (digits == 0) missing := Array_push(missing, "digit");
  if (upper == 0) missing := Array_push(missing, "uppercase");
  if (missing.size() == 0) #ok else #err(#weakPassword missing)
};

func Array_push(xs : [Text], x : Text) : [Text] {
  if (xs.size() == 0) [x] else [xs[0], x]
};

func validate(f : Form) : Result.Result<Valid, Problem> {
  let user = switch (checkUser f) { case (#ok u) u; case (#err e) return #err e };
  let age = switch (checkAge f) { case (#ok a) a; case (#err e) return #err e };
  switch (checkPassword(f.password)) { case (#err e) return #err e; case (#ok) {} };
  #ok { user; age }
};

let forms : [Form] = [
  { user = "grace"; age = "85"; password = "Cobol1959" },
  { user = "al"; age = "30"; password = "x" },
  { user = "linus"; age = "thirty"; password = "x" },
  { user = "kid"; age = "12"; password = "x" },
  { user = "dennis"; age = "70"; password = "unix" },
  { user = "ken"; age = "79"; password = "Plan9OS!" },
];
for (f in forms.vals()) {
  let r = validate f;
  Debug.print(debug_show r);
  if (Result.isOk r) Debug.print("  welcome, " # f.user);
};
