// Stable variables of every stable type, a region and a stable reference
// to a public method, for the state tests: fill() sets them, show() prints
// them and checks that aliases and cycles are still shared.
import Prim "mo:⛔";
import Region "mo:base/Region";

actor {
  type Node = { var next : ?Node; tag : Nat };
  type Tree = { #leaf; #node : (Tree, Nat, Tree) };

  stable var n : Nat = 0;
  stable var big : Nat = 0;
  stable var i : Int = 0;
  stable var f : Float = 0.0;
  stable var c : Char = 'a';
  stable var t : Text = "";
  stable var b : Blob = "";
  stable var w8 : Nat8 = 0;
  stable var i64 : Int64 = 0;
  stable var opt : ?(?Nat) = null;
  stable var tup : (Nat, Text, Bool) = (0, "", false);
  stable var rec : { a : Nat; var b : Text } = { a = 0; var b = "" };
  stable var tree : Tree = #leaf;
  stable var left : [var Nat] = [var 0, 0];
  stable var right : [var Nat] = [var];
  stable var ring : ?Node = null;
  stable var imm : [Text] = [];
  stable var anything : Any = 0;
  stable let r : Region = Region.new();
  stable var get_ref : ?(shared () -> async Nat) = null;

  public func fill() : async () {
    n := 42;
    big := 2 ** 100;
    i := -7;
    f := 3.25;
    c := 'ö';
    t := "héllo";
    b := "\00\FF";
    w8 := 255;
    i64 := -9_000_000_000;
    opt := ?null;
    tup := (1, "one", true);
    rec := { a = 1; var b = "bee" };
    tree := #node(#node(#leaf, 1, #leaf), 2, #leaf);
    right := left;
    left[0] := 5;
    let first : Node = { var next = null; tag = 1 };
    let second : Node = { var next = ?first; tag = 2 };
    first.next := ?second;
    ring := ?first;
    imm := ["x", "y"];
    anything := "anything";
    ignore Region.grow(r, 2);
    Region.storeNat64(r, 65536 + 8, 77);
    get_ref := ?get;
  };

  public func get() : async Nat { n };

  public func show() : async () {
    Prim.debugPrint(debug_show { n; big; i; f; c; t; b; w8; i64; opt; tup; rec_a = rec.a; rec_b = rec.b; tree; imm });
    right[1] := 9;
    Prim.debugPrint("aliased: " # debug_show (left[1]));
    switch ring {
      case (?first) {
        switch (first.next) {
          case (?second) {
            switch (second.next) {
              case (?back) {
                back.next := null;
                Prim.debugPrint("ring closes: " # (switch (first.next) { case null "yes"; case _ "no" }));
              };
              case null {};
            };
          };
          case null {};
        };
      };
      case null {};
    };
    Prim.debugPrint(debug_show (Region.id(r), Region.size(r), Region.loadNat64(r, 65536 + 8)));
    switch get_ref {
      case (?g) { Prim.debugPrint("through the reference: " # debug_show (await g())) };
      case null {};
    };
  };
};
