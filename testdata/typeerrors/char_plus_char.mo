let c = 'a' + 'b';
