let i : Int = 5;
let f : Float = i / 2.0;
