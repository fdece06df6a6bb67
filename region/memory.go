package region

import (
	"encoding/binary"
	"math"
)

// Memory is one region seen through one API (Region or
// ExperimentalStableMemory), which decides the prefix of its traps. It is a
// small value: make one per operation with Manager.Region or
// Manager.StableMemory. Values are little-endian; offsets are in bytes.
type Memory struct {
	m     *Manager
	r     *Region
	traps *boundsTraps
}

// Size returns the size in pages.
func (v Memory) Size() uint64 { return v.r.pages }

// Grow adds n zeroed pages and returns the old size in pages, or GrowFailed
// when a limit would be passed, in which case nothing changes.
func (v Memory) Grow(n uint64) uint64 { return v.m.grow(v.r, n) }

// check applies moc's bounds check to an access of n bytes at offset:
// accesses of 0 or 1 byte need offset inside the memory (so even an empty
// blob traps at the end); longer ones need the whole range inside it.
func (v Memory) check(offset, n uint64) error {
	size := v.r.pages << pageShift
	if n <= 1 {
		if offset >= size {
			return v.traps.offset
		}
		return nil
	}
	if offset > math.MaxUint64-n {
		return v.traps.overflow
	}
	if offset+n > size {
		return v.traps.rng
	}
	return nil
}

// The word accesses below repeat one pattern so that each compiles to
// straight-line code: check, translate, and for a word inside one page a
// cached page lookup; a word across pages takes the byte-copying path.

// loadAcross reads an n-byte word that crosses a page boundary.
func (v Memory) loadAcross(offset, n uint64) uint64 {
	var buf [8]byte
	v.m.readAt(v.r, offset, buf[:n])
	return binary.LittleEndian.Uint64(buf[:])
}

// storeAcross writes the low n bytes of x across a page boundary.
func (v Memory) storeAcross(offset, n, x uint64) {
	var buf [8]byte
	binary.LittleEndian.PutUint64(buf[:], x)
	v.m.writeAt(v.r, offset, buf[:n])
}

// Load8 reads a byte.
func (v Memory) Load8(offset uint64) (uint8, error) {
	if err := v.check(offset, 1); err != nil {
		return 0, err
	}
	a := v.r.address(offset)
	p := v.m.page(a >> pageShift)
	if p == nil {
		return 0, nil
	}
	return p[a&pageMask], nil
}

// Load16 reads a 2-byte word.
func (v Memory) Load16(offset uint64) (uint16, error) {
	if err := v.check(offset, 2); err != nil {
		return 0, err
	}
	a := v.r.address(offset)
	if in := a & pageMask; in <= PageSize-2 {
		if p := v.m.page(a >> pageShift); p != nil {
			return binary.LittleEndian.Uint16(p[in:]), nil
		}
		return 0, nil
	}
	return uint16(v.loadAcross(offset, 2)), nil
}

// Load32 reads a 4-byte word.
func (v Memory) Load32(offset uint64) (uint32, error) {
	if err := v.check(offset, 4); err != nil {
		return 0, err
	}
	a := v.r.address(offset)
	if in := a & pageMask; in <= PageSize-4 {
		if p := v.m.page(a >> pageShift); p != nil {
			return binary.LittleEndian.Uint32(p[in:]), nil
		}
		return 0, nil
	}
	return uint32(v.loadAcross(offset, 4)), nil
}

// Load64 reads an 8-byte word (also the bits of a Float).
func (v Memory) Load64(offset uint64) (uint64, error) {
	if err := v.check(offset, 8); err != nil {
		return 0, err
	}
	a := v.r.address(offset)
	if in := a & pageMask; in <= PageSize-8 {
		if p := v.m.page(a >> pageShift); p != nil {
			return binary.LittleEndian.Uint64(p[in:]), nil
		}
		return 0, nil
	}
	return v.loadAcross(offset, 8), nil
}

// Store8 writes a byte.
func (v Memory) Store8(offset uint64, x uint8) error {
	if err := v.check(offset, 1); err != nil {
		return err
	}
	a := v.r.address(offset)
	v.m.writablePage(a >> pageShift)[a&pageMask] = x
	return nil
}

// Store16 writes a 2-byte word.
func (v Memory) Store16(offset uint64, x uint16) error {
	if err := v.check(offset, 2); err != nil {
		return err
	}
	a := v.r.address(offset)
	if in := a & pageMask; in <= PageSize-2 {
		binary.LittleEndian.PutUint16(v.m.writablePage(a >> pageShift)[in:], x)
		return nil
	}
	v.storeAcross(offset, 2, uint64(x))
	return nil
}

// Store32 writes a 4-byte word.
func (v Memory) Store32(offset uint64, x uint32) error {
	if err := v.check(offset, 4); err != nil {
		return err
	}
	a := v.r.address(offset)
	if in := a & pageMask; in <= PageSize-4 {
		binary.LittleEndian.PutUint32(v.m.writablePage(a >> pageShift)[in:], x)
		return nil
	}
	v.storeAcross(offset, 4, uint64(x))
	return nil
}

// Store64 writes an 8-byte word (also the bits of a Float).
func (v Memory) Store64(offset uint64, x uint64) error {
	if err := v.check(offset, 8); err != nil {
		return err
	}
	a := v.r.address(offset)
	if in := a & pageMask; in <= PageSize-8 {
		binary.LittleEndian.PutUint64(v.m.writablePage(a >> pageShift)[in:], x)
		return nil
	}
	v.storeAcross(offset, 8, x)
	return nil
}

// LoadBlob reads n bytes into a new slice; the bounds are checked before
// anything is allocated.
func (v Memory) LoadBlob(offset, n uint64) ([]byte, error) {
	if err := v.check(offset, n); err != nil {
		return nil, err
	}
	b := make([]byte, n)
	v.m.readAt(v.r, offset, b)
	return b, nil
}

// StoreBlob writes b.
func (v Memory) StoreBlob(offset uint64, b []byte) error {
	if err := v.check(offset, uint64(len(b))); err != nil {
		return err
	}
	v.m.writeAt(v.r, offset, b)
	return nil
}
