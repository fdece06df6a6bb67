module {
  public func hello(name : Text) : Text { "hello, " # name };
}
