// A field of an option, which must be unwrapped first.
let person : ?{ name : Text } = ?{ name = "Ada" };
let n = person.name;
