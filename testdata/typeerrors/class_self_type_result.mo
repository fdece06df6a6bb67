class Node(v : Nat) { public func me() : Node { 5 } };
