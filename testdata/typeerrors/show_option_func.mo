let s = debug_show (?(func () {}));
