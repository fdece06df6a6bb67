// Shapes as variants with records: area, perimeter, scaling, and a summary by kind.
import Debug "mo:base/Debug";
import Float "mo:base/Float";
import Array "mo:base/Array";

type Point = { x : Float; y : Float };
type Shape = {
  #circle : { center : Point; radius : Float };
  #rect : { corner : Point; width : Float; height : Float };
  #triangle : (Point, Point, Point);
};

func area(s : Shape) : Float {
  switch s {
    case (#circle { radius }) Float.pi * radius * radius;
    case (#rect { width; height }) width * height;
    case (#triangle(a, b, c)) Float.abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2.0;
  }
};

func dist(p : Point, q : Point) : Float = Float.sqrt((p.x - q.x) ** 2 + (p.y - q.y) ** 2);

func perimeter(s : Shape) : Float {
  switch s {
    case (#circle c) 2.0 * Float.pi * c.radius;
    case (#rect r) 2.0 * (r.width + r.height);
    case (#triangle(a, b, c)) dist(a, b) + dist(b, c) + dist(c, a);
  }
};

func scale(s : Shape, k : Float) : Shape {
  switch s {
    case (#circle c) #circle { c with radius = c.radius * k };
    case (#rect r) #rect { r with width = r.width * k; height = r.height * k };
    case (#triangle(a, b, c)) {
      func sp(p : Point) : Point = { x = p.x * k; y = p.y * k };
      #triangle(sp a, sp b, sp c)
    };
  }
};

func kind(s : Shape) : Text = switch s { case (#circle _) "circle"; case (#rect _) "rect"; case (#triangle _) "triangle" };

let origin = { x = 0.0; y = 0.0 };
let shapes : [Shape] = [
  #circle { center = origin; radius = 1.0 },
  #rect { corner = { x = 1.0; y = 2.0 }; width = 3.0; height = 4.5 },
  #triangle(origin, { x = 3.0; y = 0.0 }, { x = 0.0; y = 4.0 }),
];

for (s in shapes.vals()) {
  Debug.print(kind s # ": area " # Float.toText(area s) # ", perimeter " # debug_show perimeter(s));
};
Debug.print(debug_show scale(shapes[1], 2.0));
Debug.print(debug_show scale(shapes[2], 0.5));
let total = Array.foldLeft<Shape, Float>(shapes, 0.0, func(acc, s) = acc + area s);
Debug.print("total area " # debug_show total);
let big = Array.filter<Shape>(shapes, func s = area s > 5.0);
Debug.print(debug_show big.size() # " big: " # debug_show Array.map<Shape, Text>(big, kind));
