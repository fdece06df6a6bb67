let t = "a" # 'b';
