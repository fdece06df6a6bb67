type T = Nat;
type T = Text;
