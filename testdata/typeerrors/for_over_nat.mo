for (i in 10) { ignore i };
