// Package candid converts Motoko values to and from Candid, the Internet
// Computer's interface format: the binary messages canisters exchange
// (Encode, Decode), byte for byte and error for error as moc's compiled
// canisters, and the text people type and read (ParseText, FormatText), as
// dfx shows it.
//
// Motoko types map to Candid as moc maps them: Nat nat, Int int, NatN natN,
// IntN intN, Float float64, Char nat32, Bool, Text, Null and () null, Blob
// vec nat8, Principal principal, ?T opt, [T] and [var T] vec, records
// record (field id: the hash of the name, or N for `_N_`, one trailing `_`
// dropped), tuples record with ids 0, 1, ..., variants variant, Any
// reserved, None empty, shared functions func, actors service. Named types
// expand; recursive ones give recursive type table entries.
//
// Each call first lowers the Motoko types to a graph of ctype nodes, one
// per type term as moc tells them apart, which the encoder, decoder and
// text functions all walk.
package candid
