// A class name is also a type; objects of it can be passed around.
import Debug "mo:base/Debug";

class Point(x0 : Int, y0 : Int) {
  public let x = x0;
  public let y = y0;
  public func add(other : Point) : Point { Point(x + other.x, y + other.y) };
  public func show() : Text { "(" # debug_show x # ", " # debug_show y # ")" };
};
let p : Point = Point(1, -2);
let q = p.add(Point(10, 10));
Debug.print(q.show());
let ps : [Point] = [p, q];
Debug.print(debug_show ps.size());
