package region

import (
	"encoding/binary"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// refMemory is the reference for one memory: its size and the bytes written
// to it (sparse, so that a model of hundreds of pages stays small).
type refMemory struct {
	pages uint64
	bytes map[uint64]byte
}

func (r *refMemory) clone() *refMemory {
	return &refMemory{pages: r.pages, bytes: maps.Clone(r.bytes)}
}

// refModel is the reference for a whole stable memory: region 0 first, then
// the regions in creation order. Its page count is computed from totals
// only, independently of the manager's block bookkeeping.
type refModel struct {
	memories []*refMemory
	ids      []uint64
	migrated bool
	// blockBase is 16 or 128 once migrated; grown says a region grew since
	// a migration from unused memory (before that only 6 pages are used).
	blockBase uint64
	grown     bool
	nextID    uint64
}

func newRefModel() *refModel {
	return &refModel{memories: []*refMemory{{bytes: map[uint64]byte{}}}, ids: []uint64{0}}
}

func (m *refModel) clone() *refModel {
	c := *m
	c.memories = nil
	for _, mem := range m.memories {
		c.memories = append(c.memories, mem.clone())
	}
	c.ids = append([]uint64(nil), m.ids...)
	return &c
}

func (m *refModel) physPages() uint64 {
	if !m.migrated {
		return m.memories[0].pages
	}
	if m.blockBase == lowBlockBase && !m.grown {
		return metadataPages
	}
	blocks := uint64(0)
	for _, mem := range m.memories {
		blocks += (mem.pages + BlockPages - 1) / BlockPages
	}
	return m.blockBase + blocks*BlockPages
}

func (m *refModel) newRegion() uint64 {
	if !m.migrated {
		m.migrated = true
		m.blockBase = lowBlockBase
		if m.memories[0].pages > 0 {
			m.blockBase = highBlockBase
		}
		m.nextID = FirstRegionID
	}
	m.memories = append(m.memories, &refMemory{bytes: map[uint64]byte{}})
	m.ids = append(m.ids, m.nextID)
	m.nextID++
	return m.nextID - 1
}

func (m *refModel) grow(i int, n uint64) uint64 {
	old := m.memories[i].pages
	m.memories[i].pages += n
	// Before migration a grow does not decide where blocks start.
	m.grown = m.grown || m.migrated
	return old
}

// check is moc's bounds rule, written out plainly.
func (m *refModel) check(i int, prefix string, offset, n uint64) string {
	size := m.memories[i].pages * PageSize
	switch {
	case n <= 1 && offset >= size:
		return prefix + "offset out of bounds"
	case n <= 1:
		return ""
	case offset+n < offset || offset+n == 0:
		return prefix + "range overflow"
	case offset+n > size:
		return prefix + "range out of bounds"
	}
	return ""
}

func (m *refModel) load(i int, offset, n uint64) []byte {
	b := make([]byte, n)
	for k := range b {
		b[k] = m.memories[i].bytes[offset+uint64(k)]
	}
	return b
}

func (m *refModel) store(i int, offset uint64, b []byte) {
	for k, x := range b {
		m.memories[i].bytes[offset+uint64(k)] = x
	}
}

// propertyRun drives a Manager and the model with the same random
// operations and fails at the first difference.
type propertyRun struct {
	t       *testing.T
	rng     *rand.Rand
	m       *Manager
	model   *refModel
	regions []*Region // parallel to model.memories; [0] is unused
	saved   *refModel // the model at Begin, when a message is open
	step    int
	// disk, if set, keeps the memory: between messages the run saves it,
	// and sometimes reopens it as a new process would.
	disk *Disk
}

func (p *propertyRun) view(i int) (Memory, string) {
	if i == 0 {
		return p.m.StableMemory(), StableMemoryPrefix
	}
	return p.m.Region(p.regions[i]), RegionPrefix
}

// offset picks offsets near the interesting places: page and block
// boundaries, the end, and far past it.
func (p *propertyRun) offset(i int) uint64 {
	size := p.model.memories[i].pages * PageSize
	var anchor uint64
	switch p.rng.IntN(6) {
	case 0:
		anchor = 0
	case 1:
		anchor = size
	case 2:
		anchor = uint64(p.rng.IntN(4)) * blockBytes
	case 3:
		anchor = uint64(p.rng.IntN(8)) * PageSize
	case 4:
		return math.MaxUint64 - uint64(p.rng.IntN(12))
	default:
		if size == 0 {
			return 0
		}
		return p.rng.Uint64N(size)
	}
	return anchor + uint64(p.rng.IntN(33)) - 16
}

func (p *propertyRun) where() string {
	return fmt.Sprintf("step %d", p.step)
}

func (p *propertyRun) wantTrap(err error, want string) bool {
	if want == "" {
		require.NoError(p.t, err, p.where())
		return false
	}
	require.EqualError(p.t, err, want, p.where())
	return true
}

func (p *propertyRun) do() {
	if p.disk != nil && p.saved == nil && p.rng.IntN(20) == 0 {
		p.saveAndReopen(p.rng.IntN(4) == 0)
		return
	}
	i := p.rng.IntN(len(p.regions))
	v, prefix := p.view(i)
	switch k := p.rng.IntN(100); {
	case k < 3 && len(p.regions) < 6:
		r, err := p.m.New()
		require.NoError(p.t, err, p.where())
		require.Equal(p.t, p.model.newRegion(), r.ID(), p.where())
		p.regions = append(p.regions, r)
	case k < 12:
		n := []uint64{0, 1, 2, 3, 127, 128, 129}[p.rng.IntN(7)]
		if p.model.memories[i].pages+n > 600 {
			n = 0
		}
		require.Equal(p.t, p.model.grow(i, n), v.Grow(n), p.where())
	case k < 13:
		require.Equal(p.t, GrowFailed, v.Grow(GrowFailed), p.where())
	case k < 16:
		p.message()
	case k < 55:
		p.load(i, v, prefix)
	default:
		p.store(i, v, prefix)
	}
	require.Equal(p.t, p.model.physPages(), p.m.PhysicalPages(), p.where())
}

func (p *propertyRun) width() uint64 {
	if p.rng.IntN(4) > 0 {
		return []uint64{1, 2, 4, 8}[p.rng.IntN(4)]
	}
	if p.rng.IntN(16) > 0 {
		return uint64(p.rng.IntN(300)) // a blob, perhaps empty
	}
	return PageSize + uint64(p.rng.IntN(16)) // a blob across a page boundary
}

func (p *propertyRun) load(i int, v Memory, prefix string) {
	offset, n := p.offset(i), p.width()
	var got []byte
	var err error
	switch n {
	case 1:
		var x uint8
		x, err = v.Load8(offset)
		got = []byte{x}
	case 2:
		var x uint16
		x, err = v.Load16(offset)
		got = binary.LittleEndian.AppendUint16(nil, x)
	case 4:
		var x uint32
		x, err = v.Load32(offset)
		got = binary.LittleEndian.AppendUint32(nil, x)
	case 8:
		var x uint64
		x, err = v.Load64(offset)
		got = binary.LittleEndian.AppendUint64(nil, x)
	default:
		got, err = v.LoadBlob(offset, n)
	}
	if !p.wantTrap(err, p.model.check(i, prefix, offset, n)) {
		require.Equal(p.t, p.model.load(i, offset, n), got, p.where())
	}
}

func (p *propertyRun) store(i int, v Memory, prefix string) {
	offset, n := p.offset(i), p.width()
	b := make([]byte, n)
	for k := range b {
		b[k] = byte(p.rng.IntN(255) + 1)
	}
	var err error
	switch n {
	case 1:
		err = v.Store8(offset, b[0])
	case 2:
		err = v.Store16(offset, binary.LittleEndian.Uint16(b))
	case 4:
		err = v.Store32(offset, binary.LittleEndian.Uint32(b))
	case 8:
		err = v.Store64(offset, binary.LittleEndian.Uint64(b))
	default:
		err = v.StoreBlob(offset, b)
	}
	if !p.wantTrap(err, p.model.check(i, prefix, offset, n)) {
		p.model.store(i, offset, b)
	}
}

// message opens a message, or commits or rolls back the open one.
func (p *propertyRun) message() {
	switch {
	case p.saved == nil:
		p.m.Begin()
		p.saved = p.model.clone()
	case p.rng.IntN(2) == 0:
		p.m.Commit()
		p.saved = nil
	default:
		p.m.Rollback()
		p.model, p.saved = p.saved, nil
		p.regions = p.regions[:len(p.model.memories)]
	}
}

// verify reads back every byte the model holds, a page at a time.
func (p *propertyRun) verify() {
	for i, mem := range p.model.memories {
		v, _ := p.view(i)
		require.Equal(p.t, mem.pages, v.Size(), "memory %d size", i)
		for off, want := range mem.bytes {
			// Plain comparisons: require's bookkeeping per byte is slow.
			if got, err := v.Load8(off); err != nil || got != want {
				p.t.Fatalf("memory %d offset %d: got %d (%v), want %d", i, off, got, err, want)
			}
		}
	}
}

// saveAndReopen saves the memory to disk and, with reopen, continues from
// what a new process reads back.
func (p *propertyRun) saveAndReopen(reopen bool) {
	require.NoError(p.t, p.disk.Save(p.m, nil), p.where())
	if !reopen {
		return
	}
	dir := p.disk.dir
	require.NoError(p.t, p.disk.Close())
	var err error
	p.disk, err = OpenDisk(dir)
	require.NoError(p.t, err, p.where())
	p.m, err = p.disk.Load(Config{})
	require.NoError(p.t, err, p.where())
	for i, id := range p.model.ids[1:] {
		r, ok := p.m.RegionByID(id)
		require.True(p.t, ok, "%s: region %d", p.where(), id)
		p.regions[i+1] = r
	}
}

func TestAgainstReferenceModel(t *testing.T) {
	for _, onDisk := range []bool{false, true} {
		for _, seed := range []uint64{1, 2, 3, 4} {
			t.Run(fmt.Sprint("on disk ", onDisk, " seed ", seed), func(t *testing.T) {
				p := &propertyRun{
					t:       t,
					rng:     rand.New(rand.NewPCG(seed, 0x5eed)),
					m:       newTestManager(Config{}),
					model:   newRefModel(),
					regions: []*Region{nil},
				}
				if onDisk {
					p.disk = openTestDisk(t, t.TempDir())
					defer func() { p.disk.Close() }()
					p.m = p.disk.Fresh(Config{})
				}
				for p.step = range 3000 {
					p.do()
				}
				p.verify()
				if onDisk {
					if p.saved != nil {
						p.m.Commit()
					}
					p.saveAndReopen(true)
					p.verify()
				}
			})
		}
	}
}
