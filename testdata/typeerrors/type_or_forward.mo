// A union is computed when its definition is reached: it cannot expand a
// definition that comes later.
type Tail<T> = Node<T> or { #nil };
type Node<T> = { #node : (T, Tail<T>) };
