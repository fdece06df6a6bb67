package region

import "math"

// Sizes and limits of the region system.
const (
	// BlockPages is the number of pages in a block, the unit in which
	// regions own physical memory.
	BlockPages = 128
	// GrowFailed is what a failed grow returns instead of the old size.
	GrowFailed uint64 = math.MaxUint64
	// FirstRegionID is the id of the first region made by Manager.New;
	// 0 is the ExperimentalStableMemory region and 1..15 are reserved.
	FirstRegionID = 16

	// DefaultMaxStablePages is moc's default --max-stable-pages (4 GiB).
	DefaultMaxStablePages = 65_536
	// DefaultMaxBlocks is the runtime's ceiling on blocks (256 GiB).
	DefaultMaxBlocks = 32_768
	// ReplicaMaxPages is the most stable memory the IC gives a canister
	// (500 GiB): a grow beyond it fails whatever moc's limit says.
	ReplicaMaxPages = 500 << 30 >> pageShift
	// MaxStablePagesCap bounds Config.MaxStablePages (256 TiB, far beyond
	// any canister) so that page indices stay small enough for MemStore.
	MaxStablePagesCap = 1 << 32

	blockShift = pageShift + 7
	blockBytes = 1 << blockShift
	blockMask  = blockBytes - 1

	// metadataPages is what the first New reserves on an empty memory:
	// moc's header and block-to-region table (32_768 entries of 11 bytes).
	metadataPages = 6
	// Blocks start at page 16 after a migration from an empty memory, and
	// at page 128 (one whole metadata block) after one from a used memory.
	lowBlockBase  = 16
	highBlockBase = BlockPages
)

// Config holds the limits of a stable memory. Zero fields take the defaults.
type Config struct {
	// MaxStablePages bounds the physical size in pages, like moc's
	// --max-stable-pages; values above MaxStablePagesCap are capped.
	MaxStablePages uint64
	// MaxBlocks bounds the number of blocks all regions may own together;
	// a test may lower it to simulate a fuller canister. It is capped at
	// MaxStablePagesCap / BlockPages.
	MaxBlocks uint64
	// StableRegions starts the memory in the region system (moc's
	// --stable-regions), as if the first Region.new had run.
	StableRegions bool
}

// Region is the handle of one region. The interpreter's Region value holds
// it; the memory it names is reached through Manager.Region.
type Region struct {
	id uint64
	regionState
	// epoch is the message in which regionState was last saved for undo.
	epoch uint64
}

type regionState struct {
	pages uint64
	// blocks is the access vector: the physical byte address of each block.
	// It is only ever appended to or replaced, so a saved copy of the slice
	// header is a snapshot.
	blocks []uint64
	// direct means offsets are physical addresses: ExperimentalStableMemory
	// before the first New.
	direct bool
}

// ID returns the region's id (0 for ExperimentalStableMemory).
func (r *Region) ID() uint64 { return r.id }

// Blocks returns how many blocks the region owns (what classical
// persistence serialises of it, besides its id and page count).
func (r *Region) Blocks() int { return len(r.blocks) }

// address translates an in-bounds offset to a physical byte address.
func (r *Region) address(offset uint64) uint64 {
	if r.direct {
		return offset
	}
	return r.blocks[offset>>blockShift] + offset&blockMask
}

// managerState is everything besides pages and regions that a trapped
// message must restore.
type managerState struct {
	migrated  bool
	physPages uint64
	// blockBase is the physical page where block 0 starts.
	blockBase uint64
	// owners is the block-to-region table: the owner's id for each block, in
	// allocation order. Appended to or replaced, never changed in place.
	owners []uint64
	nextID uint64
	// reserved is the physical memory past the logical end that a classical
	// upgrade used for serialised stable variables: memory never shrinks.
	reserved uint64
}

// Manager is one canister's stable memory and its region manager.
type Manager struct {
	maxPages  uint64
	maxBlocks uint64
	store     Store
	region0   *Region
	managerState

	// The last page touched, so that repeated accesses to one page skip the
	// Store; cacheWritable says it was already journaled for this message.
	cacheIndex    uint64
	cachePage     *Page
	cacheWritable bool

	journal journal
	epoch   uint64

	// made lists the regions New made, in order of id; entries from a
	// rolled-back message are dropped when their ids are handed out again.
	made []*Region
}

// NewManager returns an unused stable memory with the given limits, keeping
// its pages in store.
func NewManager(cfg Config, store Store) *Manager {
	if cfg.MaxStablePages == 0 {
		cfg.MaxStablePages = DefaultMaxStablePages
	}
	if cfg.MaxBlocks == 0 {
		cfg.MaxBlocks = DefaultMaxBlocks
	}
	m := &Manager{
		maxPages:  min(cfg.MaxStablePages, MaxStablePagesCap),
		maxBlocks: min(cfg.MaxBlocks, MaxStablePagesCap/BlockPages),
		store:     store,
		region0:   &Region{regionState: regionState{direct: true}},
		journal:   journal{savedPages: map[uint64]*Page{}},
	}
	if cfg.StableRegions {
		m.migrate() // cannot fail on an empty memory within the limits
	}
	return m
}

// PhysicalPages is the size of physical stable memory in pages
// (rts_stable_memory_size).
func (m *Manager) PhysicalPages() uint64 { return max(m.physPages, m.reserved) }

// LogicalPages is rts_logical_stable_memory_size: the memory in use by
// ExperimentalStableMemory and the regions.
func (m *Manager) LogicalPages() uint64 { return m.physPages }

// ReserveBeyond records that an upgrade wrote n pages past the logical
// end (classical persistence serialises stable variables there); the
// physical size never shrinks back.
func (m *Manager) ReserveBeyond(n uint64) {
	m.reserved = max(m.reserved, m.physPages+n)
}

// Region returns the view of r through the Region API.
func (m *Manager) Region(r *Region) Memory {
	return Memory{m: m, r: r, traps: regionTraps}
}

// StableMemory returns the view of region 0 through the
// ExperimentalStableMemory API.
func (m *Manager) StableMemory() Memory {
	return Memory{m: m, r: m.region0, traps: stableMemoryTraps}
}

// New makes an empty region with the next id. The first call migrates
// stable memory to the region system, which traps when memory is too full.
func (m *Manager) New() (*Region, error) {
	if !m.migrated {
		if err := m.migrate(); err != nil {
			return nil, err
		}
	}
	r := &Region{id: m.nextID, epoch: m.epoch}
	m.nextID++
	for len(m.made) > 0 && m.made[len(m.made)-1].id >= r.id {
		m.made = m.made[:len(m.made)-1]
	}
	m.made = append(m.made, r)
	return r, nil
}

// Info describes one region for a listing.
type Info struct {
	ID     uint64
	Pages  uint64
	Blocks uint64
}

// Regions describes the regions in use: region 0 (ExperimentalStableMemory)
// when it has pages, then every region New made, in order of id.
func (m *Manager) Regions() []Info {
	var out []Info
	if r0 := m.region0; r0.pages > 0 {
		out = append(out, Info{ID: 0, Pages: r0.pages, Blocks: uint64(len(r0.blocks))})
	}
	for _, r := range m.made {
		if r.id < m.nextID {
			out = append(out, Info{ID: r.id, Pages: r.pages, Blocks: uint64(len(r.blocks))})
		}
	}
	return out
}

func (m *Manager) migrate() error {
	r0 := m.region0
	if m.physPages == 0 {
		if metadataPages > m.maxPages {
			return ErrMigrationInsufficientPages
		}
		m.physPages = metadataPages
		m.blockBase = lowBlockBase
		m.touch(r0)
		r0.direct = false
	} else {
		// ExperimentalStableMemory becomes region 0 without copying more
		// than one block: its first block moves to the end, freeing block 0
		// of physical memory for metadata; the others keep their place.
		pages := m.physPages
		if pages > m.maxBlocks*BlockPages {
			return ErrMigrationTooManyPages
		}
		blocks := (pages + BlockPages - 1) / BlockPages
		need := highBlockBase + blocks*BlockPages
		if need > m.maxPages {
			return ErrMigrationInsufficientPages
		}
		for i := range min(pages, BlockPages) {
			m.movePage(i, blocks*BlockPages+i)
		}
		access := make([]uint64, blocks)
		access[0] = blocks * blockBytes
		for k := uint64(1); k < blocks; k++ {
			access[k] = k * blockBytes
		}
		m.physPages = need
		m.blockBase = highBlockBase
		m.owners = make([]uint64, blocks) // all owned by region 0
		m.touch(r0)
		r0.direct = false
		r0.blocks = access
	}
	m.migrated = true
	m.nextID = FirstRegionID
	return nil
}

// grow adds n pages to r and returns its old size, or GrowFailed leaving
// everything unchanged.
func (m *Manager) grow(r *Region, n uint64) uint64 {
	if r.direct {
		return m.growDirect(r, n)
	}
	return m.growRegion(r, n)
}

// growDirect grows ExperimentalStableMemory before migration: physical
// memory itself, with no overhead. (moc's own check wraps at 64 bits, so
// there grow(2^64-1) at size 1 "succeeds"; here it fails.)
func (m *Manager) growDirect(r *Region, n uint64) uint64 {
	old := r.pages
	if n > min(m.maxPages, ReplicaMaxPages)-old {
		return GrowFailed
	}
	m.touch(r)
	r.pages += n
	m.physPages = r.pages
	return old
}

func (m *Manager) growRegion(r *Region, n uint64) uint64 {
	old := r.pages
	if n > m.maxBlocks*BlockPages-old {
		return GrowFailed
	}
	oldBlocks := (old + BlockPages - 1) / BlockPages
	newBlocks := (old + n + BlockPages - 1) / BlockPages
	firstBlock := uint64(len(m.owners))
	totalBlocks := firstBlock + newBlocks - oldBlocks
	if totalBlocks > m.maxBlocks {
		return GrowFailed
	}
	// Physical memory is grown lazily, to exactly what the blocks need: that
	// is why the first grow after migration from an empty memory, even by
	// 0 pages, takes memory from 6 to 16 pages.
	need := m.blockBase + totalBlocks*BlockPages
	if need > m.maxPages {
		return GrowFailed
	}
	m.physPages = max(m.physPages, need)
	m.touch(r)
	for b := firstBlock; b < totalBlocks; b++ {
		m.owners = append(m.owners, r.id)
		r.blocks = append(r.blocks, (m.blockBase+b*BlockPages)<<pageShift)
	}
	r.pages += n
	return old
}

// movePage moves the contents of physical page from to the fresh page to.
func (m *Manager) movePage(from, to uint64) {
	src := m.store.Page(from)
	if src == nil {
		return
	}
	*m.writablePage(to) = *src
	m.savePage(from)
	m.store.SetPage(from, nil)
	m.dropCache()
}

// page returns physical page i for reading, nil meaning zeros. The cache
// check is kept small enough to be inlined into every access.
func (m *Manager) page(i uint64) *Page {
	if i == m.cacheIndex && m.cachePage != nil {
		return m.cachePage
	}
	return m.fetchPage(i)
}

func (m *Manager) fetchPage(i uint64) *Page {
	p := m.store.Page(i)
	if p != nil {
		m.cacheIndex, m.cachePage, m.cacheWritable = i, p, false
	}
	return p
}

// writablePage returns physical page i for writing, saved for undo first
// when a message is open.
func (m *Manager) writablePage(i uint64) *Page {
	if i == m.cacheIndex && m.cacheWritable {
		return m.cachePage
	}
	return m.fetchWritablePage(i)
}

func (m *Manager) fetchWritablePage(i uint64) *Page {
	m.savePage(i)
	p := m.store.WritablePage(i)
	m.cacheIndex, m.cachePage, m.cacheWritable = i, p, true
	return p
}

func (m *Manager) dropCache() {
	m.cachePage, m.cacheWritable = nil, false
}

// readAt copies r's bytes at an in-bounds offset into dst, page by page.
func (m *Manager) readAt(r *Region, offset uint64, dst []byte) {
	for len(dst) > 0 {
		a := r.address(offset)
		in := a & pageMask
		n := min(uint64(len(dst)), PageSize-in)
		if p := m.page(a >> pageShift); p != nil {
			copy(dst[:n], p[in:])
		} else {
			clear(dst[:n])
		}
		dst = dst[n:]
		offset += n
	}
}

// writeAt copies src to r's bytes at an in-bounds offset, page by page.
func (m *Manager) writeAt(r *Region, offset uint64, src []byte) {
	for len(src) > 0 {
		a := r.address(offset)
		in := a & pageMask
		n := copy(m.writablePage(a >> pageShift)[in:], src)
		src = src[n:]
		offset += uint64(n)
	}
}
