// The same name declared twice in one scope.
let x = 1;
let x = 2;
