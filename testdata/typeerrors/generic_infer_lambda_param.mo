func feed<T>(x : T, sink : T -> ()) { sink x };
feed(1, func (y : Nat8) {});
