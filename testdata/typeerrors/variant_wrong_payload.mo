type Shape = { #circle : Float; #square : Float };
let s : Shape = #circle "big";
