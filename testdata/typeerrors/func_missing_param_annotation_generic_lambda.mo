let f = func<T>(x : T) : T { 1 };
