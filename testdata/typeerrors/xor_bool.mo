let b = true ^ false;
