let c : Char = 'a';
let t : Text = c # "b";
