// A parameter may take the name the message context pattern binds.
persistent actor {
  public shared ({ caller = c }) func echo(c : Nat) : async Nat { c + 1 };
  public shared ({ caller }) func who() : async Text { debug_show caller };
};
