label l while (true) { break l 1 };
