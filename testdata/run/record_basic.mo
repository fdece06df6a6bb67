// Records: construction, field access and nesting.
import Debug "mo:base/Debug";

let person = { name = "Ada"; born = 1815; address = { city = "London"; zip = "W1" } };
Debug.print(person.name);
Debug.print(debug_show person.born);
Debug.print(person.address.city);
let { name; born = year } = person;
Debug.print(name # " " # debug_show year);
let typed : { a : Int; b : Bool } = { a = 1; b = false };
Debug.print(debug_show typed);
