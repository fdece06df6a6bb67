let b : Blob = 'a';
