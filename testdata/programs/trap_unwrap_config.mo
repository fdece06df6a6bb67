// Looking up required settings with Option.unwrap: a missing key traps inside the library.
import Debug "mo:base/Debug";
import Option "mo:base/Option";
import Nat "mo:base/Nat";

let settings : [(Text, Text)] = [("port", "8080"), ("workers", "4"), ("timeout", "30s")];

func lookup(key : Text) : ?Text {
  for ((k, v) in settings.vals()) { if (k == key) return ?v };
  null
};

let port = Option.unwrap(Nat.fromText(Option.unwrap(lookup("port"))));
Debug.print("port " # Nat.toText(port));
let workers = Option.get(Nat.fromText(Option.get(lookup("workers"), "1")), 1);
Debug.print("workers " # Nat.toText(workers));
let retries = Option.get(do ? { Nat.fromText(lookup("retries")!)! }, 3);
Debug.print("retries " # Nat.toText(retries));
let timeout = Option.unwrap(Nat.fromText(Option.unwrap(lookup("timeout"))));
Debug.print("timeout " # Nat.toText(timeout));
// trap-span: 19.15-19.76
