package canister_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mori-lang/mori/canister"
	"github.com/mori-lang/mori/driver"
	"github.com/mori-lang/mori/interp"
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// benchPages is 4 GiB of region data.
const benchPages = 1 << 16

func benchConfig(stateDir string) canister.Config {
	return canister.Config{
		Compile: func(file string, host *interp.Host) (*interp.Program, error) {
			return driver.CompileActor(filepath.Join("testdata", file), host, driver.ActorOptions{Stdout: io.Discard})
		},
		// Room for 4 GiB of region data besides the metadata block.
		Regions:  region.Config{MaxStablePages: 2 * benchPages},
		StateDir: stateDir,
	}
}

func noArgs([]types.Type) ([]interp.Value, error) { return nil, nil }

// benchStates holds the state directories made so far, by pages, under
// benchRoot, which TestMain removes.
var (
	benchStates = map[uint64]string{}
	benchRoot   string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchRoot != "" {
		os.RemoveAll(benchRoot)
	}
	os.Exit(code)
}

// benchState returns a state directory whose actor's region holds pages
// pages, each with a byte written by the actor (sparse pages would make an
// empty memory look full), saved 4096 pages (256 MiB) at a time. It is
// made once per process.
func benchState(b *testing.B, pages uint64) string {
	if dir, ok := benchStates[pages]; ok {
		return dir
	}
	if benchRoot == "" {
		root, err := os.MkdirTemp("", "mori-bench")
		if err != nil {
			b.Fatal(err)
		}
		benchRoot = root
	}
	dir := filepath.Join(benchRoot, fmt.Sprint(pages))
	c, err := canister.New(benchConfig(dir))
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	if err := c.Install("bench.mo", noArgs, false); err != nil {
		b.Fatal(err)
	}
	const chunk = 4096
	for done := uint64(0); done < pages; done += chunk {
		out, _, err := c.Call("fill", false, func(*types.Func) ([]interp.Value, error) {
			return []interp.Value{value.Word(min(chunk, pages-done))}, nil
		})
		if err != nil || out.Rejected() {
			b.Fatal(err, out.Message)
		}
	}
	out, _, err := c.Call("pages", true, func(*types.Func) ([]interp.Value, error) { return nil, nil })
	if err != nil || out.Reply[0].Bits != pages {
		b.Fatalf("the region has %v pages, want %d (%v)", out.Reply, pages, err)
	}
	benchStates[pages] = dir
	return dir
}

func openBench(b *testing.B, pages uint64) *canister.Canister {
	c, err := canister.New(benchConfig(benchState(b, pages)))
	if err != nil {
		b.Fatal(err)
	}
	return c
}

func upgrade(b *testing.B, c *canister.Canister) {
	if err := c.Upgrade("bench.mo", noArgs); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkUpgrade upgrades an actor whose region holds 4 GiB, and the
// same actor with an empty region, with --state: compiling the new
// version, carrying the stable variables, running the body and saving.
// An upgrade reads and writes no region page, so the two should take
// about the same time: "4GiB-vs-empty" alternates them, so that a load
// changing over time weighs on both, and reports the ratio. "reopen" adds
// what a new process does first: opening the state directory and reading
// the saved state.
func BenchmarkUpgrade(b *testing.B) {
	if testing.Short() {
		b.Skip("writes 4 GiB")
	}
	sizes := []struct {
		name  string
		pages uint64
	}{{"empty", 0}, {"4GiB", benchPages}}
	for _, size := range sizes {
		b.Run(size.name+"/upgrade", func(b *testing.B) {
			c := openBench(b, size.pages)
			defer c.Close()
			for b.Loop() {
				upgrade(b, c)
			}
		})
		b.Run(size.name+"/reopen", func(b *testing.B) {
			benchState(b, size.pages)
			for b.Loop() {
				c := openBench(b, size.pages)
				upgrade(b, c)
				c.Close()
			}
		})
	}
	b.Run("4GiB-vs-empty", func(b *testing.B) {
		empty, full := openBench(b, 0), openBench(b, benchPages)
		defer empty.Close()
		defer full.Close()
		var emptyTime, fullTime time.Duration
		timed := func(c *canister.Canister, total *time.Duration) {
			start := time.Now()
			upgrade(b, c)
			*total += time.Since(start)
		}
		for i := 0; b.Loop(); i++ {
			// Each goes first every other time: the second of a pair pays
			// for collecting the first's garbage.
			if i%2 == 0 {
				timed(empty, &emptyTime)
				timed(full, &fullTime)
			} else {
				timed(full, &fullTime)
				timed(empty, &emptyTime)
			}
		}
		b.ReportMetric(float64(emptyTime.Nanoseconds())/float64(b.N), "empty-ns/upgrade")
		b.ReportMetric(float64(fullTime.Nanoseconds())/float64(b.N), "4GiB-ns/upgrade")
		b.ReportMetric(float64(fullTime)/float64(emptyTime), "ratio")
	})
}
