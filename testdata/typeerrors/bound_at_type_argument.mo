func f<T <: Nat>(x : T) : T { x }; let y = f<Text>("a");
