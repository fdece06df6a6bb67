let x : Int8 = 128;
