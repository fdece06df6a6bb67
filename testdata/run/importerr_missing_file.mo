// Importing a file that does not exist.
import Missing "missing";
let x = 1;
