let t : Text = 'a';
