package main

import (
	"os"
	"testing"
)

// TestMain lets the test binary stand in for mori (MORI_TEST_AS_MORI=1) in
// the subprocesses of the crash and limit tests, whose exit status, memory
// and sudden death they observe.
func TestMain(m *testing.M) {
	if os.Getenv("MORI_TEST_AS_MORI") == "1" {
		main()
	}
	os.Exit(m.Run())
}
