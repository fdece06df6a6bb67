// break needs an enclosing label of that name.
label outer loop {
  break inner;
};
