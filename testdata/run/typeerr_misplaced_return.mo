// return outside of any function.
let x = 1;
return;
