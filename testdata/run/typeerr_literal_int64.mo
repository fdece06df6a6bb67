// 2 ** 63 written out does not fit in Int64.
let big : Int64 = 9_223_372_036_854_775_808;
