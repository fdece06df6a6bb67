// A failed let is reported at its pattern without the parentheses and
// annotation around it; ?p against null fails.
let (#ok n : { #ok : Nat; #err : Text }) = #err "bad";
