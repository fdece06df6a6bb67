// The explanation names the definition the expected type expands.
type Entry = {count : Nat};
type Box<T> = {item : T};
let found = {item = {count = "three"}};
let boxed : Box<Entry> = found;
