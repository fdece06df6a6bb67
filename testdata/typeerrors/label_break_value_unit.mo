let x : Text = label l { break l 5 };
