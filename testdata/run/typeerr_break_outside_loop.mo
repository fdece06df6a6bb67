// break outside any loop.
let x = 1;
break;
