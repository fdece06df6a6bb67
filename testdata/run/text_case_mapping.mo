// Case mapping follows Unicode's full mappings as moc's runtime does: a character whose
// mapping is several characters stays as it is, a text maps to all of them, and a
// capital sigma ending a word becomes a final sigma.
import P "mo:⛔";
P.debugPrint(debug_show [P.charToUpper('ß'), P.charToUpper('ᾳ'), P.charToLower('İ'), P.charToUpper('ǅ'), P.charToLower('ᾼ'), P.charToUpper('ᾼ'), P.charToLower('Σ'), P.charToUpper('ς'), P.charToUpper('ŉ'), P.charToLower('ẞ'), P.charToUpper('a'), P.charToLower('Ω')]);
P.debugPrint(P.textUppercase("straße ᾳ ŉ ǰ ﬃ"));
P.debugPrint(P.textLowercase("ΣΣ ΟΔΟΣ"));
P.debugPrint(P.textLowercase("Σ"));
P.debugPrint(P.textLowercase("AΣ."));
P.debugPrint(P.textLowercase("AΣ.B"));
P.debugPrint(P.textLowercase("A'Σ"));
P.debugPrint(P.textLowercase("ΑΣ\u{301}"));
P.debugPrint(P.textLowercase("1Σ"));
P.debugPrint(debug_show (P.textLowercase("İ").size()));
P.debugPrint(P.textLowercase("ΣΑΣ ΣΑΣ-ΣΑΣ"));
