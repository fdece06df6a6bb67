// Arrays of records, mutable arrays of options.
import Debug "mo:base/Debug";

let people = [{ name = "a"; age = 30 }, { name = "b"; age = 25 }];
var oldest = people[0];
for (p in people.vals()) { if (p.age > oldest.age) oldest := p };
Debug.print(oldest.name);
let slots : [var ?Nat] = [var null, null, null];
slots[1] := ?7;
Debug.print(debug_show slots);
let matrix = [var [var 1, 2], [var 3, 4]];
matrix[1][0] := 30;
Debug.print(debug_show matrix);
