// An LRU cache: a doubly linked list of mutable nodes plus an association array for lookup.
import Debug "mo:base/Debug";
import Array "mo:base/Array";
import Text "mo:base/Text";

type Node = { key : Text; var value : Nat; var prev : ?Node; var next : ?Node };

class Lru(capacity : Nat) {
  var head : ?Node = null; // most recent
  var tail : ?Node = null; // least recent
  var index : [Node] = [];
  public var evictions = 0;

  func unlink(n : Node) {
    switch (n.prev) { case (?p) p.next := n.next; case null head := n.next };
    switch (n.next) { case (?q) q.prev := n.prev; case null tail := n.prev };
    n.prev := null;
    n.next := null;
  };

  func pushFront(n : Node) {
    n.next := head;
    switch head { case (?h) h.prev := ?n; case null tail := ?n };
    head := ?n;
  };

  func find(k : Text) : ?Node = Array.find<Node>(index, func n = n.key == k);

  public func get(k : Text) : ?Nat {
    let ?n = find(k) else return null;
    unlink(n);
    pushFront(n);
    ?n.value
  };

  public func put(k : Text, v : Nat) {
    switch (find k) {
      case (?n) { n.value := v; unlink(n); pushFront(n); return };
      case null {};
    };
    if (index.size() == capacity) {
      switch tail {
        case (?old) {
          unlink(old);
          index := Array.filter<Node>(index, func n = n.key != old.key);
          evictions += 1;
          Debug.print("evict " # old.key);
        };
        case null {};
      };
    };
    let n : Node = { key = k; var value = v; var prev = null; var next = null };
    index := Array.append<Node>(index, [n]);
    pushFront(n);
  };

  public func order() : Text {
    var keys : [Text] = [];
    var cur = head;
    label walk loop {
      switch cur { case null break walk; case (?n) { keys := Array.append(keys, [n.key]); cur := n.next } };
    };
    Text.join(" > ", keys.vals())
  };
};

let cache = Lru(3);
cache.put("a", 1);
cache.put("b", 2);
cache.put("c", 3);
Debug.print(cache.order());
Debug.print(debug_show cache.get("a"));
cache.put("d", 4);
Debug.print(cache.order());
Debug.print(debug_show (cache.get("b"), cache.get("c")));
cache.put("a", 10);
cache.put("e", 5);
Debug.print(cache.order() # " | evictions " # debug_show cache.evictions);
Debug.print(debug_show [cache.get("a"), cache.get("d"), cache.get("e")]);
