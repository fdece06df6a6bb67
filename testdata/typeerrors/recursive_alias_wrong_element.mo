type List<T> = ?(T, List<T>);
let l : List<Nat> = ?("a", null);
