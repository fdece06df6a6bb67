let f : Float = 1.5;
let i : Int = 2;
let s = f + i;
