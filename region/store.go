package region

import "github.com/mori-lang/mori/heap"

// PageSize is the size of a stable memory page in bytes.
const PageSize = 1 << pageShift

const (
	pageShift = 16
	pageMask  = PageSize - 1
)

// Page is one page of physical stable memory.
type Page [PageSize]byte

// Store holds the pages of physical stable memory, by page index. It knows
// nothing of sizes or bounds: the Manager only asks for pages it allocated.
// The Manager keeps the last page it was given and reads or writes it in
// place, so a page must stay the current one for its index until the
// Manager calls SetPage for that index.
type Store interface {
	// Page returns page i, or nil when it was never written (it reads as
	// zeros). The caller must not modify it.
	Page(i uint64) *Page
	// WritablePage returns page i for modification in place, creating a
	// zero page on first use.
	WritablePage(i uint64) *Page
	// SetPage replaces page i by p, which the store takes over; nil drops
	// the page so that it reads as zeros again.
	SetPage(i uint64, p *Page)
}

// leafPages is the number of pages one leaf of MemStore's page table covers
// (256 MiB of stable memory for a 32 KiB leaf).
const (
	leafShift = 12
	leafPages = 1 << leafShift
)

type leaf [leafPages]*Page

// MemStore is a sparse in-memory Store: a two-level table of fixed arrays,
// so finding a page costs two indexed loads and no hashing.
type MemStore struct {
	leaves []*leaf
}

// NewMemStore returns an empty in-memory store.
func NewMemStore() *MemStore { return &MemStore{} }

// Page implements Store.
func (s *MemStore) Page(i uint64) *Page {
	hi := i >> leafShift
	if hi >= uint64(len(s.leaves)) {
		return nil
	}
	l := s.leaves[hi]
	if l == nil {
		return nil
	}
	return l[i&(leafPages-1)]
}

// WritablePage implements Store.
func (s *MemStore) WritablePage(i uint64) *Page {
	slot := s.slot(i)
	if *slot == nil {
		*slot = new(Page)
		heap.Exempt(PageSize) // stable memory is not the program's heap
	}
	return *slot
}

// SetPage implements Store.
func (s *MemStore) SetPage(i uint64, p *Page) {
	if p == nil && s.Page(i) == nil {
		return // keep dropping cheap: no leaf is created for it
	}
	*s.slot(i) = p
}

// WrittenPages counts the pages holding memory, for tests and diagnostics.
func (s *MemStore) WrittenPages() int {
	n := 0
	for _, l := range s.leaves {
		if l == nil {
			continue
		}
		for _, p := range l {
			if p != nil {
				n++
			}
		}
	}
	return n
}

func (s *MemStore) slot(i uint64) **Page {
	hi := i >> leafShift
	if hi >= uint64(len(s.leaves)) {
		s.leaves = append(s.leaves, make([]*leaf, hi+1-uint64(len(s.leaves)))...)
	}
	if s.leaves[hi] == nil {
		s.leaves[hi] = new(leaf)
	}
	return &s.leaves[hi][i&(leafPages-1)]
}
