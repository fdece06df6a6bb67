import Debug "mo:base/Debug";
Debug.print(5);
