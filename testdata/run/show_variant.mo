// Variant shapes: bare tags, payloads, unit and tuple payloads.
import Debug "mo:base/Debug";

Debug.print(debug_show #a);
Debug.print(debug_show (#b(1, 2)));
Debug.print(debug_show (#c({ x = 1 })));
Debug.print(debug_show (#d(())));
Debug.print(debug_show (#e((1, 2))));
Debug.print(debug_show (#ok 5));
Debug.print(debug_show (#neg(-3)));
Debug.print(debug_show (#text "hi"));
Debug.print(debug_show (#nested(#inner 1)));
