// Modules inside the file: a Vector module with a type, constants and functions, used by a Physics module.
import Debug "mo:base/Debug";
import Float "mo:base/Float";

module Vec {
  public type V = { x : Float; y : Float };
  public let zero : V = { x = 0.0; y = 0.0 };
  public func add(a : V, b : V) : V = { x = a.x + b.x; y = a.y + b.y };
  public func scale(a : V, k : Float) : V = { x = a.x * k; y = a.y * k };
  public func len(a : V) : Float = Float.sqrt(a.x * a.x + a.y * a.y);
  public func show(a : V) : Text = "(" # Float.toText(a.x) # ", " # Float.toText(a.y) # ")";
};

module Physics {
  public type Body = { var pos : Vec.V; var vel : Vec.V; mass : Float };
  public let gravity : Vec.V = { x = 0.0; y = -9.81 };

  public func step(b : Body, dt : Float) {
    b.vel := Vec.add(b.vel, Vec.scale(gravity, dt));
    b.pos := Vec.add(b.pos, Vec.scale(b.vel, dt));
  };

  public func kinetic(b : Body) : Float {
    let v = Vec.len(b.vel);
    0.5 * b.mass * v * v
  };

  public module Units {
    public func toKm(m : Float) : Float = m / 1000.0;
  };
};

let ball : Physics.Body = { var pos = Vec.zero; var vel = { x = 3.0; y = 20.0 }; mass = 0.5 };
var t = 0;
while (ball.pos.y >= 0.0 and t < 50) {
  Physics.step(ball, 0.25);
  t += 1;
  if (t % 4 == 0) Debug.print("t=" # debug_show t # " pos=" # Vec.show(ball.pos) # " E=" # Float.toText(Physics.kinetic(ball)));
};
Debug.print("landed after " # debug_show t # " steps at x=" # debug_show ball.pos.x);
Debug.print(debug_show Physics.Units.toKm(ball.pos.x));
Debug.print(debug_show { ball with mass = 1.0; pos = ball.pos; var vel = Vec.zero });
