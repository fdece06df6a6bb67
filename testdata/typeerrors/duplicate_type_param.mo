func f<T, T>(x : T) {};
