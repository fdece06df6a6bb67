// to_candid and from_candid: a message of several values, read back at
// the same types, at wider ones, at ones that do not fit (null), and
// records, variants, options, vectors and blobs.
import Debug "mo:base/Debug";

let b = to_candid(1, "a");
Debug.print(debug_show b);
let same : ?(Nat, Text) = from_candid b;
Debug.print(debug_show same);
let wrong : ?Text = from_candid b;
Debug.print(debug_show wrong);
let wider : ?(Int, Text, ?Nat) = from_candid b;
Debug.print(debug_show wider);

type Shape = { #circle : Nat; #rect : { w : Nat; h : Nat } };
let shapes : [Shape] = [#circle 3, #rect { w = 2; h = 5 }];
let sb = to_candid(shapes, ?"label", "\00\FF" : Blob);
Debug.print(debug_show sb);
let back : ?([Shape], ?Text, Blob) = from_candid sb;
Debug.print(debug_show back);
let fewer : ?[Shape] = from_candid sb;
Debug.print(debug_show fewer);
let unit : ?() = from_candid (to_candid ());
Debug.print(debug_show unit);
let n : ?Nat8 = from_candid "DIDL\00\01\7b\ff";
Debug.print(debug_show n);
let bad : ?Nat = from_candid "garbage";
Debug.print(debug_show bad);
// trap-span: 27.18-27.39 (moc's interpreter has no from_candid: the span is the from_candid expression)
