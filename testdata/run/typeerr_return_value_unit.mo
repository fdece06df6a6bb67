// A function returning () cannot return a value.
func log(msg : Text) { return msg };
