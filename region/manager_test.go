package region

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func newTestManager(cfg Config) *Manager { return NewManager(cfg, NewMemStore()) }

// op is one step of a stable memory sequence; region indexes the regions
// made so far by opNew, in order.
type op int

const (
	opNew     op = iota // want: the new region's id
	opGrow              // grow regions[region] by n; want: the result
	opESMGrow           // ExperimentalStableMemory grow by n; want: the result
	opESMSize           // want: ExperimentalStableMemory size
)

type step struct {
	op     op
	region int
	n      uint64
	want   uint64
	phys   uint64 // rts_stable_memory_size after the step
}

// runSteps plays steps and checks each result and the page count after it.
func runSteps(t *testing.T, m *Manager, steps []step) []*Region {
	t.Helper()
	var regions []*Region
	for i, s := range steps {
		var got uint64
		switch s.op {
		case opNew:
			r, err := m.New()
			require.NoError(t, err, "step %d", i)
			regions = append(regions, r)
			got = r.ID()
		case opGrow:
			got = m.Region(regions[s.region]).Grow(s.n)
		case opESMGrow:
			got = m.StableMemory().Grow(s.n)
		case opESMSize:
			got = m.StableMemory().Size()
		}
		assert.Equal(t, s.want, got, "step %d result", i)
		assert.Equal(t, s.phys, m.PhysicalPages(), "step %d physical pages", i)
		assert.Equal(t, s.phys, m.LogicalPages(), "step %d logical pages", i)
	}
	return regions
}

const fail = GrowFailed

// The expected numbers come from moc-run (compiled, default
// --max-stable-pages 65_536) printing rts_stable_memory_size after each step.
func TestPageCountsMatchMoc(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
	}{
		{"new on unused memory then grows", []step{
			{op: opNew, want: 16, phys: 6},
			{op: opGrow, n: 0, want: 0, phys: 16},
			{op: opESMGrow, n: 3, want: 0, phys: 144},
			{op: opGrow, n: 1, want: 0, phys: 272},
			{op: opESMSize, want: 3, phys: 272},
		}},
		{"empty ExperimentalStableMemory grow changes nothing", []step{
			{op: opESMGrow, n: 0, want: 0, phys: 0},
			{op: opNew, want: 16, phys: 6},
			{op: opESMSize, want: 0, phys: 6},
			{op: opESMGrow, n: 1, want: 0, phys: 144},
		}},
		{"migration of one page; region 0 grows free to its block end", []step{
			{op: opESMGrow, n: 1, want: 0, phys: 1},
			{op: opNew, want: 16, phys: 256},
			{op: opESMSize, want: 1, phys: 256},
			{op: opESMGrow, n: 127, want: 1, phys: 256},
			{op: opESMGrow, n: 1, want: 128, phys: 384},
			{op: opGrow, n: 1, want: 0, phys: 512},
			{op: opGrow, n: 127, want: 1, phys: 512},
			{op: opGrow, n: 1, want: 128, phys: 640},
			{op: opNew, want: 17, phys: 640},
		}},
		{"migration of a whole block", []step{
			{op: opESMGrow, n: 128, want: 0, phys: 128},
			{op: opNew, want: 16, phys: 256},
		}},
		{"migration of a block and a page", []step{
			{op: opESMGrow, n: 129, want: 0, phys: 129},
			{op: opNew, want: 16, phys: 384},
			{op: opESMSize, want: 129, phys: 384},
			{op: opESMGrow, n: 127, want: 129, phys: 384},
			{op: opESMGrow, n: 1, want: 256, phys: 512},
		}},
		{"region limits; a failed grow changes nothing", []step{
			{op: opNew, want: 16, phys: 6},
			{op: opGrow, n: 65_409, want: fail, phys: 6},
			{op: opGrow, n: 65_408, want: 0, phys: 65_424},
			{op: opGrow, n: 1, want: fail, phys: 65_424},
			{op: opNew, want: 17, phys: 65_424},
			{op: opGrow, region: 1, n: 0, want: 0, phys: 65_424},
			{op: opGrow, region: 1, n: 1, want: fail, phys: 65_424},
			{op: opESMGrow, n: 0, want: 0, phys: 65_424},
			{op: opESMGrow, n: 1, want: fail, phys: 65_424},
		}},
		{"ExperimentalStableMemory limits", []step{
			{op: opESMGrow, n: 65_537, want: fail, phys: 0},
			{op: opESMGrow, n: 65_536, want: 0, phys: 65_536},
			{op: opESMGrow, n: 1, want: fail, phys: 65_536},
			{op: opESMGrow, n: 0, want: 65_536, phys: 65_536},
		}},
		{"migration of the largest memory that fits", []step{
			{op: opESMGrow, n: 65_408, want: 0, phys: 65_408},
			{op: opNew, want: 16, phys: 65_536},
			{op: opESMGrow, n: 0, want: 65_408, phys: 65_536},
			{op: opGrow, n: 0, want: 0, phys: 65_536},
			{op: opGrow, n: 1, want: fail, phys: 65_536},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runSteps(t, newTestManager(Config{}), tt.steps)
		})
	}
}

func TestMigrationFailures(t *testing.T) {
	tests := []struct {
		name     string
		cfg      Config
		esmPages uint64
		want     *Trap
	}{
		{"too little room for region 0 and metadata", Config{}, 65_409, ErrMigrationInsufficientPages},
		{"too little room for metadata", Config{MaxStablePages: 5}, 0, ErrMigrationInsufficientPages},
		{"more pages than blocks", Config{MaxStablePages: 1 << 20, MaxBlocks: 4}, 4*BlockPages + 1, ErrMigrationTooManyPages},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTestManager(tt.cfg)
			require.Equal(t, uint64(0), m.StableMemory().Grow(tt.esmPages))
			r, err := m.New()
			assert.Nil(t, r)
			assert.Same(t, tt.want, err)
			assert.Equal(t, tt.esmPages, m.PhysicalPages(), "a failed migration changes nothing")
			assert.Equal(t, tt.esmPages, m.StableMemory().Size())
		})
	}
	assert.Equal(t, "Region error: migration failure (insufficient pages)", ErrMigrationInsufficientPages.Error())
}

func TestIDsAreSequentialAndNeverReused(t *testing.T) {
	m := newTestManager(Config{})
	var ids []uint64
	for range 4 {
		r, err := m.New()
		require.NoError(t, err)
		ids = append(ids, r.ID()) // each region is dropped at once; its id stays used
	}
	assert.Equal(t, []uint64{16, 17, 18, 19}, ids)
	assert.Equal(t, uint64(0), m.StableMemory().r.ID())
}

func TestBlocksAreHandedOutInAllocationOrder(t *testing.T) {
	m := newTestManager(Config{})
	a, _ := m.New()
	b, _ := m.New()
	require.Equal(t, uint64(0), m.Region(a).Grow(1))
	require.Equal(t, uint64(0), m.Region(b).Grow(200))
	require.Equal(t, uint64(1), m.Region(a).Grow(128))
	dropped, _ := m.New()
	require.Equal(t, uint64(0), m.Region(dropped).Grow(1))
	require.Equal(t, uint64(129), m.Region(a).Grow(1))

	assert.Equal(t, []uint64{16, 17, 17, 16, 18}, m.owners)
	block := func(b uint64) uint64 { return (lowBlockBase + b*BlockPages) * PageSize }
	assert.Equal(t, []uint64{block(0), block(3)}, a.blocks)
	assert.Equal(t, []uint64{block(1), block(2)}, b.blocks)
	assert.Equal(t, uint64(lowBlockBase+5*BlockPages), m.PhysicalPages())
}

func TestMigrationKeepsRegionZeroData(t *testing.T) {
	m := newTestManager(Config{})
	esm := m.StableMemory()
	require.Equal(t, uint64(0), esm.Grow(300))
	// A value in each of region 0's three blocks, and one across the first
	// block boundary (the first block moves on migration, the second stays).
	writes := map[uint64]uint64{0: 1, 200 * PageSize: 2, 299*PageSize + 8: 3, BlockPages*PageSize - 4: 4}
	for off, x := range writes {
		require.NoError(t, esm.Store64(off, x))
	}
	_, err := m.New()
	require.NoError(t, err)
	for off, x := range writes {
		got, err := esm.Load64(off)
		require.NoError(t, err)
		assert.Equal(t, x, got, "offset %d", off)
	}
	assert.Equal(t, []uint64{3 * blockBytes, 1 * blockBytes, 2 * blockBytes}, m.region0.blocks)
	assert.Nil(t, m.store.Page(0), "block 0 is metadata now")
}

func TestBlockCeiling(t *testing.T) {
	m := newTestManager(Config{MaxStablePages: 1 << 20, MaxBlocks: 3})
	a, _ := m.New()
	b, _ := m.New()
	require.Equal(t, uint64(0), m.Region(a).Grow(2*BlockPages))
	assert.Equal(t, fail, m.Region(b).Grow(BlockPages+1), "needs a fourth block")
	assert.Equal(t, uint64(0), m.Region(b).Grow(BlockPages))
	assert.Equal(t, fail, m.Region(a).Grow(1))
	assert.Equal(t, fail, m.Region(a).Grow(GrowFailed), "no wrap-around")
	assert.Equal(t, uint64(lowBlockBase+3*BlockPages), m.PhysicalPages())
}

func TestExperimentalStableMemoryGrowDoesNotWrap(t *testing.T) {
	m := newTestManager(Config{})
	esm := m.StableMemory()
	require.Equal(t, uint64(0), esm.Grow(1))
	// moc returns 1 here and sets the size to 0 (a bug not to copy).
	assert.Equal(t, fail, esm.Grow(GrowFailed))
	assert.Equal(t, uint64(1), esm.Size())
}
