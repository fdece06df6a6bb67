// IterType: the iterator type alone, so that Array can name it without importing
// Iter (which imports Array), as motoko-base arranges its modules.
module {
  public type Iter<T> = { next : () -> ?T };
}
