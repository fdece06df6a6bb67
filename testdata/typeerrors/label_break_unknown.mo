label outer for (i in [1, 2].vals()) {
  break inner;
};
