let x : Strng = "a";
