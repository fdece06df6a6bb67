let k = 1;
let x : Text = switch k { case 0 "zero"; case _ 1 };
