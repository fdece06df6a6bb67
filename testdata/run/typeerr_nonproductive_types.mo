// Type definitions that only rename each other.
let x = 1;
type A = B;
type B = A;
