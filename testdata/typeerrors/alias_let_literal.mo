type Name = Text;
let n : Name = 5;
