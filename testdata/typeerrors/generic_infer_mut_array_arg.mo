func put<T>(x : T, into : [var T]) { into[0] := x };
let cells = [var 1, 2];
put(-1, cells);
