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
	// The runs of the tests, and the test binary standing in for mori,
	// keep their check cache out of the user's cache folder.
	cache, err := os.MkdirTemp("", "mori-test-cache")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", cache)
	code := m.Run()
	os.RemoveAll(cache)
	os.Exit(code)
}
