// motoko-core CallerAttributes: a caller's attributes exist only inside a
// message, so the function is only typed here.
import CallerAttributes "mo:core/CallerAttributes";
import Debug "mo:core/Debug";

func attributes<system>() : ?Blob = CallerAttributes.getAttributes<system>();
ignore attributes;
Debug.print("typed");
