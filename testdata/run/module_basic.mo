// A local module with public and private members.
import Debug "mo:base/Debug";

module Geometry {
  public type Rect = { w : Nat; h : Nat };
  let unit : Nat = 1;
  public func area(r : Rect) : Nat { r.w * r.h * unit };
  public let square : Rect = { w = 3; h = 3 };
  public func grow(r : Rect, by : Nat) : Rect { { w = r.w + by; h = r.h + by } };
};

let r : Geometry.Rect = { w = 2; h = 5 };
Debug.print(debug_show Geometry.area(r));
Debug.print(debug_show Geometry.area(Geometry.square));
Debug.print(debug_show Geometry.grow(r, 1));
