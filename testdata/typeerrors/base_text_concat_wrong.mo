import Text "mo:base/Text";
let t = Text.concat("a", 1);
