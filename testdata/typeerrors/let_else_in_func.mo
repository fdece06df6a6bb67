func f() { let ?x = 5 else { return }; ignore x };
