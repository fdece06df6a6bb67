// A tuple pattern against a variant.
type Status = { #ok; #failed : Text };
func describe(s : Status) : Text {
  switch s {
    case ((code, msg)) msg;
  }
};
