package main

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// natReply reads the Nat of a reply line `... Reply: 0x4449444c00017d<LEB128>`.
func natReply(t *testing.T, line string) uint64 {
	t.Helper()
	_, h, ok := strings.Cut(line, "Reply: 0x4449444c00017d")
	require.True(t, ok, "not a Nat reply: %q", line)
	b, err := hex.DecodeString(h)
	require.NoError(t, err)
	var n uint64
	for i, x := range b {
		n |= uint64(x&0x7f) << (7 * i)
	}
	return n
}

// TestCrashLeavesOldOrNewState runs a --state script as a subprocess and
// kills it (SIGKILL) at random moments: in the middle of its messages and
// their saves, and sometimes of its start and upgrade. After each kill the
// next run checks the saved state: it must be the one after the last
// message the killed run reported, or after the one it was saving, never a
// mix (the actor's check traps on a mix of two saves).
func TestCrashLeavesOldOrNewState(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a subprocess 100 times")
	}
	dir := t.TempDir()
	actor, err := os.ReadFile("testdata/crash.mo")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "crash.mo"), actor, 0o644))
	lines := []string{`install $ID crash.mo ""`, `query $ID check "DIDL\x00\x00"`}
	for range 500 {
		lines = append(lines, `ingress $ID inc "DIDL\x00\x00"`)
	}
	script := filepath.Join(dir, "crash.drun")
	require.NoError(t, os.WriteFile(script, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	state := filepath.Join(dir, "state")

	rng := rand.New(rand.NewPCG(6, 0xc4a54))
	var committed uint64 // the count of the last message reported done
	newer := 0           // kills that left a save the run had not reported
	// follow checks a line of a run's output against what the runs before
	// reported, and reports whether it is the check of the saved state.
	follow := func(kill int, line string, stderr *bytes.Buffer) bool {
		switch {
		case strings.HasPrefix(line, "Err: "):
			t.Fatalf("kill %d: the saved state is not consistent: %q\n%s", kill, line, stderr)
		case strings.HasPrefix(line, "Ok: "):
			saved := natReply(t, line)
			require.Contains(t, []uint64{committed, committed + 1}, saved, "kill %d: saved count", kill)
			newer += int(saved - committed)
			committed = saved
			return true
		case strings.HasPrefix(line, "ingress Completed: Reply: 0x4449444c00017d"):
			n := natReply(t, line)
			require.Equal(t, committed+1, n, "kill %d: messages count one by one", kill)
			committed = n
		}
		return false
	}
	for kill := range 100 {
		cmd := exec.Command(os.Args[0], "drun", "--state", state, script)
		cmd.Env = append(os.Environ(), "MORI_TEST_AS_MORI=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		stdout, err := cmd.StdoutPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		out := bufio.NewScanner(stdout)
		if kill%5 != 4 {
			// Let it check the state the last kill left, then kill it
			// among its messages and saves; otherwise while it starts,
			// opens the state or upgrades.
			checked := false
			for !checked && out.Scan() {
				checked = follow(kill, out.Text(), &stderr)
			}
			require.True(t, checked, "kill %d: the run stopped before checking the state\n%s", kill, &stderr)
		}
		time.Sleep(time.Duration(rng.IntN(60_000)) * time.Microsecond)
		require.NoError(t, cmd.Process.Kill())
		for out.Scan() {
			follow(kill, out.Text(), &stderr)
		}
		cmd.Wait()
	}

	var stdout, stderr bytes.Buffer
	check := filepath.Join(dir, "check.drun")
	require.NoError(t, os.WriteFile(check, []byte(strings.Join(lines[:2], "\n")+"\n"), 0o644))
	require.Equal(t, 0, run([]string{"drun", "--state", state, check}, &stdout, &stderr), stderr.String())
	last := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	saved := natReply(t, last[len(last)-1])
	require.Contains(t, []uint64{committed, committed + 1}, saved)
	newer += int(saved - committed)
	t.Log(fmt.Sprintf("%d messages committed over 100 kills; %d kills came after a save the run had not reported", saved, newer))
}
