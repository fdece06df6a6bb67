// Printing values through wider static types: Nat seen as Int, records seen through fewer fields.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

type Named = { name : Text };
type Employee = { name : Text; salary : Nat; manager : ?Text };
type Shape = { #circle : Nat; #square : Nat };
type AnyShape = { #circle : Nat; #square : Nat; #blob };

let staff : [Employee] = [
  { name = "ada"; salary = 120; manager = null },
  { name = "bob"; salary = 95; manager = ?"ada" },
];
let names : [Named] = staff;
Debug.print(debug_show names);
Debug.print(debug_show staff[1]);

let nats : [Nat] = [1, 2, 3];
let ints : [Int] = nats;
Debug.print(debug_show (nats, ints));

let maybe : ?Nat = ?7;
let wider : ?Int = maybe;
Debug.print(debug_show (maybe, wider));

let s : Shape = #square 4;
let a : AnyShape = s;
Debug.print(debug_show (s, a));

func total(xs : [Int]) : Int = Array.foldLeft<Int, Int>(xs, 0, func(x, y) = x + y);
Debug.print(debug_show total(nats));

func describe(n : Named) : Text = "<" # n.name # ">";
Debug.print(Array.foldLeft<Employee, Text>(staff, "", func(acc, e) = acc # describe(e)));

let pairs : [(Nat, Nat)] = [(1, 2)];
let ipairs : [(Int, Int)] = pairs;
Debug.print(debug_show ipairs);

let f : Nat -> Int = func(n : Int) : Nat = Int_abs(n);
func Int_abs(i : Int) : Nat = if (i < 0) Int_abs(-i) else loopNat(i);
func loopNat(i : Int) : Nat { var n = 0; var k = i; while (k > 0) { n += 1; k -= 1 }; n };
Debug.print(debug_show f(5));

let obj = object { public let x = 1; public let y = 2; public func sum() : Nat = x + y };
let view : { x : Nat } = obj;
Debug.print(debug_show view);
let tup : (Int, ?Int) = (3, ?4);
Debug.print(debug_show tup);
let nested : [?{ v : Int }] = [?{ v = 1 }, null];
Debug.print(debug_show nested);
