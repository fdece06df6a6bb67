// A tag outside the variant type.
type Color = { #red; #green };
let c : Color = #blue;
