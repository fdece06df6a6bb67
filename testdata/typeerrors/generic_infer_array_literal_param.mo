func first<T>(x : T, codes : [Nat8]) : T { ignore codes; x };
ignore first('c', [7, 8]);
