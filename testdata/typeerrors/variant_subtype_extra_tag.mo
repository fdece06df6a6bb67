type Small = { #a; #b };
let v : Small = #c;
