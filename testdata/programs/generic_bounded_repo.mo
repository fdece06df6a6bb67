// A generic repository over any record type with an id field (bounded type parameter).
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Option "mo:base/Option";

type Entity = { id : Nat };

class Repo<T <: Entity>() {
  var items : [T] = [];

  public func save(x : T) : Bool {
    if (Option.isSome(find(x.id))) return false;
    items := Array.append<T>(items, [x]);
    true
  };

  public func find(id : Nat) : ?T = Array.find<T>(items, func e = e.id == id);

  public func remove(id : Nat) : ?T {
    let found = find(id);
    items := Array.filter<T>(items, func e = e.id != id);
    found
  };

  public func ids() : [Nat] = Array.map<T, Nat>(items, func e = e.id);
  public func all() : [T] = items;
};

func maxId<T <: Entity>(xs : [T]) : Nat = Array.foldLeft<T, Nat>(xs, 0, func(m, x) = if (x.id > m) x.id else m);

type Book = { id : Nat; title : Text; year : Nat };
type User = { id : Nat; name : Text; var active : Bool };

let books = Repo<Book>();
Debug.print(debug_show [
  books.save({ id = 3; title = "SICP"; year = 1985 }),
  books.save({ id = 1; title = "TAPL"; year = 2002 }),
  books.save({ id = 3; title = "dup"; year = 0 }),
]);
Debug.print(debug_show (books.ids(), books.find(1), books.find(2)));
Debug.print(debug_show books.remove(3));
Debug.print(debug_show books.all());

let users = Repo<User>();
ignore users.save({ id = 7; name = "ann"; var active = true });
ignore users.save({ id = 9; name = "bob"; var active = false });
switch (users.find(9)) { case (?u) u.active := true; case null {} };
Debug.print(debug_show users.all());
Debug.print(debug_show (maxId<User>(users.all()), maxId<Book>([]), maxId<Entity>([{ id = 4 }, { id = 2 }])));
