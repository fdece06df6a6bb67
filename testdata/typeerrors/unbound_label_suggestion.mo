label search for (x in [1].vals()) { break serch };
