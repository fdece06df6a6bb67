package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/internal/golden"
	"github.com/mori-lang/mori/reallibs"
)

var update = flag.Bool("update", false, "rewrite the expected transcripts of the canister scripts")

// TestScripts plays every canister script of testdata/canister and
// examples/actors (`.drun` with `mori drun`, `.script` with `mori script`)
// and compares its transcript, stdout then stderr then a non-zero exit
// status, with NAME.out beside it. A first line `# mori flags: ...` gives
// the command's flags. Every test runs in both persistence modes unless its
// flags name one; a mode's own expectation is NAME.MODE.out when the two
// differ. A line `# mori packages: NAME...` names mops packages the script
// needs, which tests cannot fetch: it runs only when MORI_MOPS_PACKAGES names
// a folder holding them (see reallibs.TestMopsPackages), with the real
// motoko-base.
func TestScripts(t *testing.T) {
	var files []string
	for _, dir := range []string{"../../testdata/canister", "../../examples/actors"} {
		for _, ext := range []string{"*.drun", "*.script"} {
			found, err := filepath.Glob(filepath.Join(dir, ext))
			require.NoError(t, err)
			files = append(files, found...)
		}
	}
	require.NotEmpty(t, files)
	for _, file := range files {
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		var flags []string
		first, _, _ := strings.Cut(string(src), "\n")
		if rest, ok := strings.CutPrefix(first, "# mori flags:"); ok {
			flags = strings.Fields(rest)
		}
		if m := packagesLine.FindStringSubmatch(string(src)); m != nil {
			packages, why := mopsPackages(strings.Fields(m[1]))
			if why != "" {
				t.Run(filepath.Base(strings.TrimSuffix(file, filepath.Ext(file))), func(t *testing.T) { t.Skip(why) })
				continue
			}
			flags = append(flags, packages...)
		}
		modes := []string{"classical", "eop"}
		for _, f := range flags {
			if f == "--legacy-persistence" || f == "--enhanced-orthogonal-persistence" {
				modes = []string{""}
			}
		}
		name := strings.TrimSuffix(file, filepath.Ext(file))
		t.Run(filepath.Base(name), func(t *testing.T) {
			got := map[string]string{}
			for _, mode := range modes {
				got[mode] = playScript(file, flags, mode)
			}
			if *update {
				writeExpected(t, name, modes, got)
				return
			}
			for _, mode := range modes {
				want := name + ".out"
				if _, err := os.Stat(name + "." + mode + ".out"); err == nil && mode != "" {
					want = name + "." + mode + ".out"
				}
				expected, err := os.ReadFile(want)
				require.NoError(t, err)
				assert.Equal(t, string(expected), got[mode], "%s in mode %s", file, mode)
			}
		})
	}
}

var packagesLine = regexp.MustCompile(`(?m)^# mori packages:(.*)$`)

// mopsPackages gives the --package flags for mops packages from the folder
// MORI_MOPS_PACKAGES, and the real motoko-base, or why they are missing.
func mopsPackages(names []string) (flags []string, why string) {
	dirs, why := golden.MopsPackages(names)
	if why != "" {
		return nil, why
	}
	if testing.Short() {
		return nil, "the real motoko-base is fetched only without -short"
	}
	base, err := reallibs.Base.Dir()
	if err != nil {
		return nil, fmt.Sprintf("motoko-base is not available (offline?): %v", err)
	}
	flags = []string{"--package", "base", base}
	for _, name := range names {
		flags = append(flags, "--package", name, dirs[name])
	}
	return flags, ""
}

// playScript runs a script with flags in a persistence mode ("" for the
// one its flags name) and returns its transcript.
func playScript(file string, flags []string, mode string) string {
	args := append([]string(nil), flags...)
	switch mode {
	case "classical":
		args = append(args, "--legacy-persistence")
	case "eop":
		args = append(args, "--enhanced-orthogonal-persistence")
	}
	cmd := "drun"
	if filepath.Ext(file) == ".script" {
		cmd = "script"
	}
	var stdout, stderr bytes.Buffer
	code := run(append(append([]string{cmd}, args...), file), &stdout, &stderr)
	return golden.Transcript(stdout.String(), stderr.String(), code)
}

// writeExpected records transcripts: one file when the modes agree, one
// per mode when they differ.
func writeExpected(t *testing.T, name string, modes []string, got map[string]string) {
	same := true
	for _, m := range modes {
		same = same && got[m] == got[modes[0]]
	}
	for _, m := range modes {
		os.Remove(name + "." + m + ".out")
	}
	if same {
		require.NoError(t, os.WriteFile(name+".out", []byte(got[modes[0]]), 0o644))
		return
	}
	os.Remove(name + ".out")
	for _, m := range modes {
		require.NoError(t, os.WriteFile(name+"."+m+".out", []byte(got[m]), 0o644))
	}
}
