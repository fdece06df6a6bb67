let xs = [1, 2];
let n : Text = xs.size();
