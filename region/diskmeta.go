package region

import (
	"errors"
	"fmt"
	"sort"
)

// diskMemory is the region manager's metadata as a Disk keeps it: every
// field of managerState and every region, so that a Manager rebuilt from
// it (restore) behaves exactly like the one saved.
type diskMemory struct {
	Migrated  bool   `json:"migrated"`
	PhysPages uint64 `json:"physical_pages"`
	BlockBase uint64 `json:"block_base"`
	// Owners is the block-to-region table.
	Owners   []uint64 `json:"block_owners"`
	NextID   uint64   `json:"next_id"`
	Reserved uint64   `json:"reserved_pages"`
	// Regions lists region 0 first, then the regions New made, by id.
	Regions []diskRegion `json:"regions"`
}

type diskRegion struct {
	ID    uint64 `json:"id"`
	Pages uint64 `json:"pages"`
	// Blocks are indexes into the block table, in the region's order.
	Blocks []uint64 `json:"blocks,omitempty"`
	Direct bool     `json:"direct,omitempty"`
}

// saved describes m for a Disk.
func (m *Manager) saved() diskMemory {
	s := diskMemory{
		Migrated: m.migrated, PhysPages: m.physPages, BlockBase: m.blockBase,
		Owners: m.owners, NextID: m.nextID, Reserved: m.reserved,
	}
	if s.Owners == nil {
		s.Owners = []uint64{}
	}
	s.Regions = append(s.Regions, m.diskRegion(m.region0))
	for _, r := range m.made {
		if r.id < m.nextID {
			s.Regions = append(s.Regions, m.diskRegion(r))
		}
	}
	return s
}

func (m *Manager) diskRegion(r *Region) diskRegion {
	s := diskRegion{ID: r.id, Pages: r.pages, Direct: r.direct}
	for _, a := range r.blocks {
		s.Blocks = append(s.Blocks, (a>>pageShift-m.blockBase)/BlockPages)
	}
	return s
}

// errDamaged marks saved memory that no Manager can have produced.
var errDamaged = errors.New("damaged stable memory")

func damaged(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errDamaged}, args...)...)
}

// restore rebuilds the Manager that s describes, with the limits of cfg,
// over store; it checks every invariant the manager relies on, so that
// damaged metadata is an error rather than a wrong memory.
func restore(s diskMemory, cfg Config, store Store) (*Manager, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	cfg.StableRegions = false // the saved state says whether it migrated
	m := NewManager(cfg, store)
	m.managerState = managerState{
		migrated: s.Migrated, physPages: s.PhysPages, blockBase: s.BlockBase,
		owners: s.Owners, nextID: s.NextID, reserved: s.Reserved,
	}
	for i, sr := range s.Regions {
		r := &Region{id: sr.ID, regionState: regionState{pages: sr.Pages, direct: sr.Direct}}
		for _, b := range sr.Blocks {
			r.blocks = append(r.blocks, (s.BlockBase+b*BlockPages)<<pageShift)
		}
		if i == 0 {
			m.region0 = r
		} else {
			m.made = append(m.made, r)
		}
	}
	return m, nil
}

// check verifies s against the invariants of the manager (see manager.go).
func (s *diskMemory) check() error {
	if s.PhysPages > MaxStablePagesCap || s.Reserved > MaxStablePagesCap {
		return damaged("memory of %d pages, reserved %d, beyond any canister", s.PhysPages, s.Reserved)
	}
	if len(s.Regions) == 0 || s.Regions[0].ID != 0 {
		return damaged("region 0 is missing")
	}
	r0 := s.Regions[0]
	if !s.Migrated {
		if s.BlockBase != 0 || len(s.Owners) != 0 || s.NextID != 0 || len(s.Regions) != 1 ||
			!r0.Direct || len(r0.Blocks) != 0 || r0.Pages != s.PhysPages {
			return damaged("stable memory not migrated to regions has regions")
		}
		return nil
	}
	if s.BlockBase != lowBlockBase && s.BlockBase != highBlockBase {
		return damaged("blocks start at page %d", s.BlockBase)
	}
	if s.NextID < FirstRegionID {
		return damaged("next region id %d", s.NextID)
	}
	if uint64(len(s.Owners)) > MaxStablePagesCap/BlockPages ||
		(len(s.Owners) > 0 && s.PhysPages < s.BlockBase+uint64(len(s.Owners))*BlockPages) {
		return damaged("%d blocks do not fit in %d pages", len(s.Owners), s.PhysPages)
	}
	used := make([]bool, len(s.Owners))
	prev := uint64(0)
	for i, r := range s.Regions {
		if i > 0 && (r.ID < FirstRegionID || r.ID <= prev || r.ID >= s.NextID) {
			return damaged("region id %d out of order or out of range", r.ID)
		}
		prev = r.ID
		if r.Direct {
			return damaged("region %d addresses physical memory", r.ID)
		}
		if uint64(len(r.Blocks)) != (r.Pages+BlockPages-1)/BlockPages {
			return damaged("region %d has %d pages in %d blocks", r.ID, r.Pages, len(r.Blocks))
		}
		for _, b := range r.Blocks {
			if b >= uint64(len(s.Owners)) || s.Owners[b] != r.ID || used[b] {
				return damaged("block %d does not belong to region %d", b, r.ID)
			}
			used[b] = true
		}
	}
	for b, u := range used {
		if !u {
			return damaged("block %d belongs to no region", b)
		}
	}
	return nil
}

// RegionByID returns the region with the given id that this memory holds
// (0 is ExperimentalStableMemory's), for reading saved Region values.
func (m *Manager) RegionByID(id uint64) (*Region, bool) {
	if id == 0 {
		return m.region0, true
	}
	i := sort.Search(len(m.made), func(i int) bool { return m.made[i].id >= id })
	if i < len(m.made) && m.made[i].id == id && id < m.nextID {
		return m.made[i], true
	}
	return nil, false
}
