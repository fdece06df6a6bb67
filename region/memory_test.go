package region

import (
	"bytes"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// access is one load or store of a given width through a Memory.
type access struct {
	name  string
	width uint64
	do    func(v Memory, offset uint64) error
}

func accesses() []access {
	ignore := func(_ any, err error) error { return err }
	return []access{
		{"Load8", 1, func(v Memory, o uint64) error { return ignore(v.Load8(o)) }},
		{"Load16", 2, func(v Memory, o uint64) error { return ignore(v.Load16(o)) }},
		{"Load32", 4, func(v Memory, o uint64) error { return ignore(v.Load32(o)) }},
		{"Load64", 8, func(v Memory, o uint64) error { return ignore(v.Load64(o)) }},
		{"LoadBlob0", 0, func(v Memory, o uint64) error { return ignore(v.LoadBlob(o, 0)) }},
		{"LoadBlob1", 1, func(v Memory, o uint64) error { return ignore(v.LoadBlob(o, 1)) }},
		{"LoadBlob3", 3, func(v Memory, o uint64) error { return ignore(v.LoadBlob(o, 3)) }},
		{"Store8", 1, func(v Memory, o uint64) error { return v.Store8(o, 1) }},
		{"Store16", 2, func(v Memory, o uint64) error { return v.Store16(o, 1) }},
		{"Store32", 4, func(v Memory, o uint64) error { return v.Store32(o, 1) }},
		{"Store64", 8, func(v Memory, o uint64) error { return v.Store64(o, 1) }},
		{"StoreBlob0", 0, func(v Memory, o uint64) error { return v.StoreBlob(o, nil) }},
		{"StoreBlob1", 1, func(v Memory, o uint64) error { return v.StoreBlob(o, []byte{1}) }},
		{"StoreBlob3", 3, func(v Memory, o uint64) error { return v.StoreBlob(o, []byte{1, 2, 3}) }},
	}
}

// lastValid is the last offset an access of width w may use in size bytes.
func lastValid(size, w uint64) uint64 {
	if w <= 1 {
		return size - 1
	}
	return size - w
}

// views builds one memory of each kind, all one page long: a region, and
// ExperimentalStableMemory before and after migration.
func views(t *testing.T) []struct {
	name   string
	prefix string
	v      Memory
} {
	region := newTestManager(Config{})
	r, err := region.New()
	require.NoError(t, err)
	require.Equal(t, uint64(0), region.Region(r).Grow(1))

	direct := newTestManager(Config{})
	require.Equal(t, uint64(0), direct.StableMemory().Grow(1))

	migrated := newTestManager(Config{})
	require.Equal(t, uint64(0), migrated.StableMemory().Grow(1))
	_, err = migrated.New()
	require.NoError(t, err)

	return []struct {
		name   string
		prefix string
		v      Memory
	}{
		{"region", "Region error: ", region.Region(r)},
		{"stable memory", "StableMemory ", direct.StableMemory()},
		{"stable memory as region 0", "StableMemory ", migrated.StableMemory()},
	}
}

func TestBoundsAtTheEdge(t *testing.T) {
	for _, view := range views(t) {
		for _, a := range accesses() {
			t.Run(view.name+"/"+a.name, func(t *testing.T) {
				last := lastValid(PageSize, a.width)
				require.NoError(t, a.do(view.v, last), "last valid offset")
				err := a.do(view.v, last+1)
				want := view.prefix + "range out of bounds"
				if a.width <= 1 {
					want = view.prefix + "offset out of bounds"
				}
				var trap *Trap
				require.ErrorAs(t, err, &trap)
				assert.Equal(t, want, trap.Message)
			})
		}
	}
}

func TestRangeOverflow(t *testing.T) {
	for _, view := range views(t) {
		for _, a := range accesses() {
			if a.width <= 1 {
				continue
			}
			t.Run(view.name+"/"+a.name, func(t *testing.T) {
				// Ending exactly at 2^64 wraps to 0: moc-run says overflow.
				err := a.do(view.v, math.MaxUint64-a.width+1)
				assert.EqualError(t, err, view.prefix+"range overflow")
				err = a.do(view.v, math.MaxUint64-a.width)
				assert.EqualError(t, err, view.prefix+"range out of bounds")
			})
		}
	}
}

func TestZeroSizeMemoriesTrapEverywhere(t *testing.T) {
	m := newTestManager(Config{})
	r, err := m.New()
	require.NoError(t, err)
	empty := []struct {
		name   string
		prefix string
		v      Memory
	}{
		{"region", "Region error: ", m.Region(r)},
		{"stable memory", "StableMemory ", newTestManager(Config{}).StableMemory()},
	}
	for _, e := range empty {
		for _, a := range accesses() {
			t.Run(e.name+"/"+a.name, func(t *testing.T) {
				want := e.prefix + "range out of bounds"
				if a.width <= 1 {
					want = e.prefix + "offset out of bounds"
				}
				assert.EqualError(t, a.do(e.v, 0), want)
			})
		}
	}
}

func TestValuesAreLittleEndianAndPagesStartZeroed(t *testing.T) {
	m := newTestManager(Config{})
	r, _ := m.New()
	v := m.Region(r)
	require.Equal(t, uint64(0), v.Grow(2))

	x, err := v.Load64(100)
	require.NoError(t, err)
	assert.Zero(t, x)

	// One store of each width, the wider ones across the page boundary.
	require.NoError(t, v.Store64(PageSize-3, 0x0807060504030201))
	b, err := v.LoadBlob(PageSize-3, 8)
	require.NoError(t, err)
	assert.Equal(t, []byte{1, 2, 3, 4, 5, 6, 7, 8}, b)

	require.NoError(t, v.Store32(10, 0xddccbbaa))
	require.NoError(t, v.Store16(14, 0xffee))
	require.NoError(t, v.Store8(16, 0x11))
	w64, _ := v.Load64(10)
	w32, _ := v.Load32(PageSize - 1)
	w16, _ := v.Load16(PageSize - 1)
	w8, _ := v.Load8(PageSize)
	assert.Equal(t, uint64(0x11ffeeddccbbaa), w64)
	assert.Equal(t, uint32(0x06050403), w32)
	assert.Equal(t, uint16(0x0403), w16)
	assert.Equal(t, uint8(0x04), w8)
}

// Three regions grown in turns own interleaved blocks; a blob two blocks
// long stored across block boundaries in each stays in its own region.
func TestRegionsAreIsolated(t *testing.T) {
	m := newTestManager(Config{})
	var rs []*Region
	for range 3 {
		r, err := m.New()
		require.NoError(t, err)
		rs = append(rs, r)
	}
	for range 3 {
		for _, r := range rs {
			m.Region(r).Grow(BlockPages)
		}
	}
	assert.Equal(t, []uint64{16, 17, 18, 16, 17, 18, 16, 17, 18}, m.owners)

	blob := func(i int) []byte {
		return bytes.Repeat([]byte{byte(i + 1), byte(0x80 + i)}, blockBytes)
	}
	const offset = blockBytes / 2 // spans the 1st, 2nd and 3rd blocks
	for i, r := range rs {
		require.NoError(t, m.Region(r).StoreBlob(offset, blob(i)))
	}
	for i, r := range rs {
		v := m.Region(r)
		got, err := v.LoadBlob(offset, 2*blockBytes)
		require.NoError(t, err)
		assert.True(t, bytes.Equal(blob(i), got), "region %d blob", i)
		before, _ := v.Load8(offset - 1)
		after, _ := v.Load8(offset + 2*blockBytes)
		assert.Zero(t, before, "region %d byte before", i)
		assert.Zero(t, after, "region %d byte after", i)
	}
	assert.Zero(t, m.StableMemory().Size())
}
