label l { break l 5 };
