let xs : [var Text] = [var 1];
