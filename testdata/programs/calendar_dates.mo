// Calendar arithmetic: leap years, days in month, day of week (Zeller), and day-of-year.
import Debug "mo:base/Debug";
import Nat "mo:base/Nat";
import Text "mo:base/Text";

type Date = { year : Nat; month : Nat; day : Nat };
type Weekday = { #mon; #tue; #wed; #thu; #fri; #sat; #sun };

func isLeap(y : Nat) : Bool = (y % 4 == 0 and y % 100 != 0) or y % 400 == 0;

func daysIn(y : Nat, m : Nat) : Nat {
  switch m {
    case (4 or 6 or 9 or 11) 30;
    case 2 if (isLeap y) 29 else 28;
    case _ 31;
  }
};

func valid(d : Date) : Bool = d.month >= 1 and d.month <= 12 and d.day >= 1 and d.day <= daysIn(d.year, d.month);

func weekday(d : Date) : Weekday {
  let (m, y) = if (d.month < 3) (d.month + 12, d.year - 1) else (d.month, d.year);
  let k = y % 100;
  let j = y / 100;
  let h = (d.day + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
  switch h { case 0 #sat; case 1 #sun; case 2 #mon; case 3 #tue; case 4 #wed; case 5 #thu; case _ #fri }
};

func dayOfYear(d : Date) : Nat {
  var n = d.day;
  var m = 1;
  while (m < d.month) { n += daysIn(d.year, m); m += 1 };
  n
};

func pad2(n : Nat) : Text = if (n < 10) "0" # Nat.toText(n) else Nat.toText(n);
func show(d : Date) : Text = Nat.toText(d.year) # "-" # pad2(d.month) # "-" # pad2(d.day);

func addDays(d : Date, n : Nat) : Date {
  var cur = d;
  var left = n;
  while (left > 0) {
    cur := if (cur.day < daysIn(cur.year, cur.month)) ({ cur with day = cur.day + 1 })
      else if (cur.month < 12) ({ cur with month = cur.month + 1; day = 1 })
      else ({ year = cur.year + 1; month = 1; day = 1 });
    left -= 1;
  };
  cur
};

let dates : [Date] = [
  { year = 2000; month = 1; day = 1 }, { year = 2024; month = 2; day = 29 },
  { year = 1969; month = 7; day = 20 }, { year = 2023; month = 2; day = 29 },
  { year = 1900; month = 12; day = 31 },
];
for (d in dates.vals()) {
  if (valid d) Debug.print(show d # " " # debug_show weekday(d) # " day " # Nat.toText(dayOfYear d))
  else Debug.print(show d # " is not a date");
};
Debug.print(debug_show [isLeap(1900), isLeap(2000), isLeap(2024), isLeap(2100)]);
Debug.print(show(addDays({ year = 2023; month = 12; day = 25 }, 10)));
Debug.print(show(addDays({ year = 2024; month = 2; day = 28 }, 366)));
Debug.print(Text.join(" ", [show(dates[0]), show(addDays(dates[0], 59))].vals()));
