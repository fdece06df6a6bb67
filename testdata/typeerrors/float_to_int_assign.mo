let f = 1.5;
let i : Int = f;
