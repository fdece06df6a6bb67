// Building a record that lacks a field its declared type requires.
import Debug "mo:base/Debug";

type Config = { host : Text; port : Nat16; secure : Bool };

func describe(c : Config) : Text = c.host # ":" # debug_show c.port;

let cfg : Config = { host = "localhost"; port = 8080 };
Debug.print(describe(cfg));
