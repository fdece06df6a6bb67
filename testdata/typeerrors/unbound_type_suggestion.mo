type Person = { name : Text }; let p : Persn = { name = "a" };
