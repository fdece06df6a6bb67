label l { continue l };
