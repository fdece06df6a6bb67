// Private object members are not visible outside.
object counter {
  var count = 0;
  public func inc() { count += 1 };
};
let c = counter.count;
