package region

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// observed is everything a program could see of a stable memory (for the
// bytes: a fixed set of probe offsets in region 0 and in a region).
type observed struct {
	phys, esmSize, regionSize uint64
	esm, region               [4]uint64
	nextID                    uint64
}

var probes = [4]uint64{0, 8, BlockPages*PageSize - 4, 2*BlockPages*PageSize + 16}

// observe reads the observable state; r may be nil.
func observe(t *testing.T, m *Manager, r *Region) observed {
	t.Helper()
	o := observed{phys: m.PhysicalPages(), esmSize: m.StableMemory().Size(), nextID: m.nextID}
	for i, off := range probes {
		o.esm[i], _ = m.StableMemory().Load64(off) // out of bounds reads as 0
	}
	if r != nil {
		o.regionSize = m.Region(r).Size()
		for i, off := range probes {
			o.region[i], _ = m.Region(r).Load64(off)
		}
	}
	return o
}

// Setups run before the message, outside it; they return the region the
// message may use, if any.
func withRegion(t *testing.T, m *Manager) *Region {
	r, err := m.New()
	require.NoError(t, err)
	m.Region(r).Grow(3 * BlockPages)
	m.StableMemory().Grow(3 * BlockPages)
	for _, off := range probes {
		require.NoError(t, m.Region(r).Store64(off, off+1))
		require.NoError(t, m.StableMemory().Store64(off, off+2))
	}
	return r
}

func withStableMemoryOnly(t *testing.T, m *Manager) *Region {
	m.StableMemory().Grow(200)
	for _, off := range probes[:2] {
		require.NoError(t, m.StableMemory().Store64(off, off+1))
	}
	return nil
}

func unused(*testing.T, *Manager) *Region { return nil }

func TestRollbackUndoesEveryChange(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(t *testing.T, m *Manager) *Region
		message func(m *Manager, r *Region) error
	}{
		{"stores", withRegion, func(m *Manager, r *Region) error {
			for _, off := range probes {
				if err := m.Region(r).Store64(off, 0xbad); err != nil {
					return err
				}
				if err := m.StableMemory().Store64(off, 0xbad); err != nil {
					return err
				}
			}
			return m.Region(r).StoreBlob(PageSize-10, make([]byte, 3*PageSize))
		}},
		{"grows", withRegion, func(m *Manager, r *Region) error {
			m.Region(r).Grow(300)
			m.StableMemory().Grow(1)
			return nil
		}},
		{"new regions", withRegion, func(m *Manager, _ *Region) error {
			for range 3 {
				r, err := m.New()
				if err != nil {
					return err
				}
				m.Region(r).Grow(1)
			}
			return nil
		}},
		{"migration from used memory", withStableMemoryOnly, func(m *Manager, _ *Region) error {
			if _, err := m.New(); err != nil {
				return err
			}
			m.StableMemory().Grow(100)
			return m.StableMemory().Store64(8, 0xbad)
		}},
		{"migration from unused memory", unused, func(m *Manager, _ *Region) error {
			_, err := m.New()
			m.StableMemory().Grow(1)
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTestManager(Config{})
			r := tt.setup(t, m)
			before := observe(t, m, r)
			written := m.store.(*MemStore).WrittenPages()

			m.Begin()
			require.NoError(t, tt.message(m, r))
			require.NotEqual(t, before, observe(t, m, r), "the message changes something")
			m.Rollback()

			assert.Equal(t, before, observe(t, m, r))
			assert.Equal(t, written, m.store.(*MemStore).WrittenPages(), "pages made by the message are dropped")

			m.Begin()
			require.NoError(t, tt.message(m, r))
			after := observe(t, m, r)
			m.Commit()
			m.Rollback() // nothing is open: no effect
			assert.Equal(t, after, observe(t, m, r), "a committed message stays")
		})
	}
}

func TestRolledBackRegionIDsAreHandedOutAgain(t *testing.T) {
	m := newTestManager(Config{})
	first, _ := m.New()
	m.Begin()
	second, _ := m.New()
	m.Region(second).Grow(1)
	m.Rollback()
	again, _ := m.New()
	assert.Equal(t, []uint64{16, 17, 17}, []uint64{first.ID(), second.ID(), again.ID()})
	assert.Equal(t, uint64(0), m.Region(again).Grow(0))
	assert.Equal(t, uint64(lowBlockBase), m.PhysicalPages(), "the rolled back block is free again")
}
