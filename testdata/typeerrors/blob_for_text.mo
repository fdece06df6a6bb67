let b : Blob = "abc";
let t : Text = b;
