let x : Int16 = -40000;
