// A module's type member must be the one the expected module type defines.
module M { public type T = Nat; public let x = 1 };
ignore (M : module { type T = Int });
