// Classes that name themselves (class C() = self), public var fields, and callbacks registering self.
import Debug "mo:base/Debug";
import Array "mo:base/Array";

class Node(label_ : Text) = self {
  public var children : [Node] = [];
  public var parent : ?Node = null;
  public let name = label_;

  public func add(child : Node) : Node {
    child.parent := ?self;
    children := Array.append<Node>(children, [child]);
    self
  };

  public func path() : Text {
    switch parent { case null name; case (?p) p.path() # "/" # name }
  };

  public func count() : Nat {
    Array.foldLeft<Node, Nat>(children, 1, func(acc, c) = acc + c.count())
  };

  public func render(indent : Text) : Text {
    var s = indent # name # "\n";
    for (c in children.vals()) s #= c.render(indent # "  ");
    s
  };
};

let root = Node("root");
let usr = Node("usr");
let bin = Node("bin");
ignore root.add(usr).add(Node("etc"));
ignore usr.add(bin).add(Node("lib"));
ignore bin.add(Node("sh"));
Debug.print(root.render(""));
Debug.print(bin.children[0].path());
Debug.print(debug_show (root.count(), usr.count(), bin.count()));
usr.children := [];
Debug.print(debug_show root.count());
Debug.print(switch (bin.parent) { case (?p) p.name; case null "-" });

object config {
  public var verbose = false;
  public var level : Nat8 = 1;
};
config.verbose := true;
config.level += 2;
Debug.print(debug_show (config.verbose, config.level));
