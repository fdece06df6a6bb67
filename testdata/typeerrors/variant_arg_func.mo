type Cmd = { #go : Nat; #stop };
func run(c : Cmd) {};
run(#go "far");
