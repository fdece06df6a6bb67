object o { public let a = 1; public func a() {} };
