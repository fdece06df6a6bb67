// Roman numerals both ways, with validation by round trip.
import Debug "mo:base/Debug";
import Text "mo:base/Text";

let table : [(Nat, Text)] = [
  (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
  (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

func toRoman(n0 : Nat) : Text {
  var n = n0;
  var out = "";
  for ((v, s) in table.vals()) {
    while (n >= v) { out #= s; n -= v };
  };
  out
};

func value(c : Char) : ?Nat {
  switch c {
    case 'I' ?1; case 'V' ?5; case 'X' ?10; case 'L' ?50;
    case 'C' ?100; case 'D' ?500; case 'M' ?1000;
    case _ null;
  }
};

func fromRoman(t : Text) : ?Nat {
  var total : Int = 0;
  var prev = 0;
  for (c in t.chars()) {
    let ?v = value(c) else return null;
    total += v;
    if (prev < v) total -= 2 * prev;
    prev := v;
  };
  if (total <= 0) return null;
  let n = Int_toNat(total);
  if (toRoman(n) == t) ?n else null
};

func Int_toNat(i : Int) : Nat {
  var n = 0;
  var k = i;
  while (k > 0) { n += 1; k -= 1 };
  n
};

for (n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999].vals()) {
  let r = toRoman(n);
  Debug.print(debug_show n # " = " # r # " -> " # debug_show fromRoman(r));
};
for (t in ["MMXXIV", "IIII", "IC", "hello", "", "MCMXC"].vals()) {
  Debug.print(debug_show t # " -> " # debug_show fromRoman(t));
};
Debug.print(debug_show Text.size(toRoman(3888)));
