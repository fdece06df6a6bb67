// A misspelt Region function: moc suggests the names within a few edits.
import Region "mo:base/Region";
let r = Region.new();
let x = Region.loadNat46(r, 0);
