let b = true + false;
