// Packing RGB values into bytes: a brightness boost overflows Nat8.fromNat.
import Debug "mo:base/Debug";
import Nat8 "mo:base/Nat8";
import Nat "mo:base/Nat";
import Array "mo:base/Array";

type Pixel = (Nat8, Nat8, Nat8);

func brighten(p : Pixel, by : Nat) : Pixel {
  let (r, g, b) = p;
  (Nat8.fromNat(Nat8.toNat(r) + by), Nat8.fromNat(Nat8.toNat(g) + by), Nat8.fromNat(Nat8.toNat(b) + by))
};

func brightenClamped(p : Pixel, by : Nat) : Pixel {
  func c(v : Nat8) : Nat8 = Nat8.fromNat(Nat.min(255, Nat8.toNat(v) + by));
  (c(p.0), c(p.1), c(p.2))
};

let image : [Pixel] = [(10, 20, 30), (200, 100, 50), (250, 250, 250)];
Debug.print(debug_show Array.map<Pixel, Pixel>(image, func p = brightenClamped(p, 40)));
for (p in image.vals()) {
  Debug.print(debug_show brighten(p, 40));
};
// trap-span: 11.4-11.36
