// Bitwise operators need fixed-width types.
let a = 12;
let b = a & 10;
