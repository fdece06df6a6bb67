module M { public let a = 1; public let a = 2 };
