package canister_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"

	"github.com/mori-lang/mori/canister"
	"github.com/mori-lang/mori/driver"
	"github.com/mori-lang/mori/drun"
	"github.com/mori-lang/mori/interp"
	"github.com/mori-lang/mori/stable"
)

// createLine is what drun prints for the canister's creation, once a run.
const createLine = "ingress Completed: Reply: 0x4449444c016c01b3c4b1f204680100010a00000000000000000101\n"

// play runs a drun script on the actors of testdata, keeping the state in
// stateDir when set, and returns the transcript.
func play(t *testing.T, mode stable.Mode, stateDir, script string) (string, error) {
	t.Helper()
	cmds, err := drun.Parse("test.drun", script)
	require.NoError(t, err)
	var out bytes.Buffer
	compile := func(file string, host *interp.Host) (*interp.Program, error) {
		return driver.CompileActor(filepath.Join("testdata", file), host, driver.ActorOptions{
			Stdout: &out, Interp: interp.Config{PrintPrefix: "debug.print: "},
		})
	}
	err = drun.Run(cmds, drun.Options{
		Canister: canister.Config{Compile: compile, Mode: mode, StateDir: stateDir},
		Out:      &out,
	})
	return out.String(), err
}

func script(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

// A run against a saved state continues where the last one stopped: its
// transcript is the one of a single run in which the second run's first
// install is an upgrade (the actors here have no preupgrade, which a new
// process cannot run).
func TestStateContinuesAcrossRuns(t *testing.T) {
	const (
		installAll = `install $ID everything.mo ""`
		upgradeAll = `upgrade $ID everything.mo ""`
		installSM  = `install $ID stable-memory.mo ""`
		upgradeSM  = `upgrade $ID stable-memory.mo ""`
	)
	call := func(method string) string { return `ingress $ID ` + method + ` "DIDL\x00\x00"` }
	tests := []struct {
		name          string
		mode          stable.Mode
		first, second []string
		// single is the second run's part of a single run; by default the
		// second run with its first install an upgrade.
		single []string
	}{
		{name: "every stable type, enhanced", mode: stable.Enhanced,
			first: []string{installAll, call("fill")}, second: []string{installAll, call("show"), call("show")}},
		{name: "every stable type, legacy", mode: stable.Classical,
			first: []string{installAll, call("fill")}, second: []string{installAll, call("show")}},
		{name: "upgrade first", mode: stable.Enhanced,
			first: []string{installAll, call("fill")}, second: []string{upgradeAll, call("show")}},
		{name: "a message first upgrades to the file installed", mode: stable.Enhanced,
			first: []string{installAll, call("fill")}, second: []string{call("show")},
			single: []string{upgradeAll, call("show")}},
		{name: "reinstall starts afresh", mode: stable.Enhanced,
			first: []string{installAll, call("fill")}, second: []string{`reinstall $ID everything.mo ""`, call("show")}},
		{name: "stable memory and region ids", mode: stable.Enhanced,
			first:  []string{installSM, call("esm"), call("more"), call("fail"), call("more")},
			second: []string{installSM, call("show"), call("more"), call("show"), upgradeSM, call("fail"), call("more"), call("show")}},
		{name: "stable memory and region ids, legacy", mode: stable.Classical,
			first:  []string{installSM, call("more"), call("esm")},
			second: []string{installSM, call("more"), call("show")}},
		{name: "the clock goes on", mode: stable.Enhanced,
			first:  []string{`install $ID clock.mo ""`, call("tick")},
			second: []string{`install $ID clock.mo ""`, call("tick"), `reinstall $ID clock.mo ""`, call("tick")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			single := tt.single
			if single == nil {
				first := tt.second[0]
				if rest, ok := strings.CutPrefix(first, "install "); ok {
					first = "upgrade " + rest
				}
				single = append([]string{first}, tt.second[1:]...)
			}
			want, err := play(t, tt.mode, "", script(append(tt.first, single...)...))
			require.NoError(t, err)

			dir := filepath.Join(t.TempDir(), "state")
			first, err := play(t, tt.mode, dir, script(tt.first...))
			require.NoError(t, err)
			second, err := play(t, tt.mode, dir, script(tt.second...))
			require.NoError(t, err)
			got := first + strings.TrimPrefix(second, createLine)
			if tt.single != nil {
				got = first + strings.Replace(second, "debug.print:", "ingress Completed: Reply: 0x4449444c0000\ndebug.print:", 1)
			}
			assert.Equal(t, want, got)
		})
	}
}

// A third run sees what the second saved, also after a reinstall.
func TestStateAfterReinstall(t *testing.T) {
	dir := t.TempDir()
	show := `ingress $ID show "DIDL\x00\x00"`
	_, err := play(t, stable.Enhanced, dir, script(`install $ID everything.mo ""`, `ingress $ID fill "DIDL\x00\x00"`))
	require.NoError(t, err)
	_, err = play(t, stable.Enhanced, dir, script(`reinstall $ID everything.mo ""`))
	require.NoError(t, err)
	got, err := play(t, stable.Enhanced, dir, script(show))
	require.NoError(t, err)
	fresh, err := play(t, stable.Enhanced, "", script(`install $ID everything.mo ""`, show))
	require.NoError(t, err)
	assert.Equal(t, strings.TrimPrefix(fresh, createLine+"ingress Completed: Reply: 0x4449444c0000\n"), got)
}

// editRecord replaces a saved record of the canister's in dir.
func editRecord(t *testing.T, dir, name string, data []byte) {
	t.Helper()
	db, err := bolt.Open(filepath.Join(dir, "state.db"), 0o644, nil)
	require.NoError(t, err)
	require.NoError(t, db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("records")).Put([]byte(name), data)
	}))
	require.NoError(t, db.Close())
}

func TestStateErrors(t *testing.T) {
	saved := func(t *testing.T) string {
		dir := t.TempDir()
		_, err := play(t, stable.Enhanced, dir, script(`install $ID everything.mo ""`))
		require.NoError(t, err)
		return dir
	}
	tests := []struct {
		name string
		mode stable.Mode
		edit func(t *testing.T, dir string)
		want string
	}{
		{name: "another persistence mode", mode: stable.Classical,
			want: "holds a canister of enhanced orthogonal persistence; this run uses legacy persistence"},
		{name: "no persistence mode", edit: func(t *testing.T, dir string) {
			editRecord(t, dir, "persistence", []byte("orthogonal"))
		}, want: `is damaged: persistence mode "orthogonal"`},
		{name: "damaged variables", edit: func(t *testing.T, dir string) {
			editRecord(t, dir, "stable variables", []byte("mori stable variables 1\n\x05"))
		}, want: "saved stable variables: damaged: "},
		{name: "variables of another format", edit: func(t *testing.T, dir string) {
			editRecord(t, dir, "stable variables", []byte("mori stable variables 2\n"))
		}, want: `saved stable variables: stable variables saved in format "2"; this mori reads format "1"`},
		{name: "a type mori cannot read", edit: func(t *testing.T, dir string) {
			editRecord(t, dir, "stable variables", []byte("mori stable variables 1\n\x01\x01x\x00\x63"))
		}, want: "a saved type mori cannot read: type tag 99"},
		{name: "damaged time", edit: func(t *testing.T, dir string) {
			editRecord(t, dir, "time", []byte{1, 2, 3})
		}, want: "is damaged: saved time of 3 bytes"},
		{name: "variables missing", edit: func(t *testing.T, dir string) {
			editRecord(t, dir, "stable variables", nil)
		}, want: "not mori's stable variables"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := saved(t)
			if tt.edit != nil {
				tt.edit(t, dir)
			}
			_, err := play(t, tt.mode, dir, script(`install $ID everything.mo ""`))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "state "+dir)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestStateIsLocked(t *testing.T) {
	dir := t.TempDir()
	c, err := canister.New(canister.Config{StateDir: dir})
	require.NoError(t, err)
	defer c.Close()
	_, err = canister.New(canister.Config{StateDir: dir})
	assert.ErrorContains(t, err, "is in use by another mori process (pid ")
}

// An upgrade and a message that touches no page read no page from disk:
// with every saved page damaged, they still save; reading a page makes the
// next save fail.
func TestUpgradeReadsNoPage(t *testing.T) {
	dir := t.TempDir()
	const fill0 = `ingress $ID fill "DIDL\x00\x01\x78\x00\x00\x00\x00\x00\x00\x00\x00"`
	_, err := play(t, stable.Enhanced, dir, script(`install $ID bench.mo ""`, `ingress $ID fill "DIDL\x00\x01\x78\x2c\x01\x00\x00\x00\x00\x00\x00"`))
	require.NoError(t, err)
	db, err := bolt.Open(filepath.Join(dir, "state.db"), 0o644, nil)
	require.NoError(t, err)
	damaged := 0
	require.NoError(t, db.Update(func(tx *bolt.Tx) error {
		pages := tx.Bucket([]byte("pages"))
		var keys [][]byte
		pages.ForEach(func(k, _ []byte) error { keys = append(keys, bytes.Clone(k)); return nil })
		for _, k := range keys {
			if err := pages.Put(k, []byte("x")); err != nil {
				return err
			}
			damaged++
		}
		return nil
	}))
	require.NoError(t, db.Close())
	assert.Equal(t, 300, damaged)

	out, err := play(t, stable.Enhanced, dir, script(`upgrade $ID bench.mo ""`, fill0, `upgrade $ID bench.mo ""`, fill0))
	require.NoError(t, err, out)
	_, err = play(t, stable.Enhanced, dir, script(`upgrade $ID bench.mo ""`, `query $ID byte "DIDL\x00\x01\x78\x05\x00\x00\x00\x00\x00\x00\x00"`, fill0))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "has 1 bytes")
}
