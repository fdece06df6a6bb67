// A name used, from inside a function, before its declaration has been checked:
// moc types a let from what its syntax says (a written type, a record of
// typed fields), and a module's own name from the types of its fields.
import Debug "mo:base/Debug";

module Codec {
  public type Codec<A> = { encode : A -> Text; decode : Text -> ?A };

  // Uses Codec.Bool, declared below, from inside a function.
  public let Flags : Codec<[Bool]> = {
    encode = func(bs : [Bool]) : Text {
      var out = "";
      for (b in bs.vals()) out #= Codec.Bool.encode(b);
      out;
    };
    decode = func(_ : Text) : ?[Bool] = null;
  };

  public let Bool : Codec<Bool> = {
    encode = func(b : Bool) : Text = if b "1" else "0";
    decode = func(t : Text) : ?Bool = if (t == "1") ?true else if (t == "0") ?false else null;
  };
};

// A record whose own function returns the record (through its inferred type).
func pair(first : () -> Nat, second : () -> Nat) : { swap : () -> { first : () -> Nat } ; first : () -> Nat } {
  let self = {
    first = first;
    swap = func() : { first : () -> Nat } {
      { first = func() : Nat = self.first() + second() };
    };
  };
  self;
};

// A module bound by a let gives its types.
let C = Codec;
type BoolCodec = C.Codec<Bool>;
let bc : BoolCodec = C.Bool;

Debug.print(Codec.Flags.encode([true, false, true]));
Debug.print(debug_show (bc.decode("1"), bc.decode("x")));
Debug.print(debug_show pair(func() = 1, func() = 2).swap().first());
