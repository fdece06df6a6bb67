package canister_test

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/canister"
	"github.com/mori-lang/mori/driver"
	"github.com/mori-lang/mori/interp"
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/stable"
	"github.com/mori-lang/mori/types"
)

// BenchmarkUpgrade upgrades an actor whose region holds no data, and one
// whose region holds 4 GiB (65_536 pages, a byte written in each, so each
// page is really kept: about 4 GiB of memory). An upgrade carries regions
// by reference and touches none of their pages, so the two should cost
// the same.
func BenchmarkUpgrade(b *testing.B) {
	for _, bench := range []struct {
		name  string
		pages uint64
	}{{"empty", 0}, {"4GiB", 65_536}} {
		b.Run(bench.name, func(b *testing.B) {
			c := filledCanister(b, bench.pages)
			b.ResetTimer()
			for range b.N {
				require.NoError(b, c.Upgrade("filled.mo", noArgs))
			}
		})
	}
}

func noArgs([]types.Type) ([]interp.Value, error) { return nil, nil }

// filledCanister installs testdata/filled.mo and fills its region.
func filledCanister(b *testing.B, pages uint64) *canister.Canister {
	compile := func(file string, host *interp.Host) (*interp.Program, error) {
		return driver.CompileActor(filepath.Join("testdata", file), host, driver.ActorOptions{Stdout: io.Discard})
	}
	c, err := canister.New(canister.Config{Compile: compile, Mode: stable.Enhanced,
		Regions: region.Config{MaxStablePages: 1 << 20}})
	require.NoError(b, err)
	require.NoError(b, c.Install("filled.mo", noArgs, false))
	if pages > 0 {
		out, _, err := c.Call("fill", false, func(*types.Func) ([]interp.Value, error) {
			return []interp.Value{interp.Value{Bits: pages}}, nil
		})
		require.NoError(b, err)
		require.False(b, out.Rejected(), out.Message)
	}
	return c
}
