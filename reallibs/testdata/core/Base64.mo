// motoko-core Base64.
import Base64 "mo:core/Base64";
import Debug "mo:core/Debug";

Debug.print(debug_show (Base64.encode(""), Base64.encode("f"), Base64.encode("fo"), Base64.encode("foo"), Base64.encode("foobar"), Base64.encode("\FF\FE\FD")));
