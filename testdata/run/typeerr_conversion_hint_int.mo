// Int where Nat is expected: no to/from function of the imported module converts it.
import Int "mo:base/Int"; let i : Int = 5; let x : Nat = i;
