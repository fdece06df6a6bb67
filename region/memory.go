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

// load reads an n-byte word (n = 2, 4 or 8); the common case of a word
// inside one page costs one cached page lookup.
func (v Memory) load(offset, n uint64) (uint64, error) {
	if err := v.check(offset, n); err != nil {
		return 0, err
	}
	a := v.r.address(offset)
	in := a & pageMask
	if in > PageSize-n {
		var buf [8]byte
		v.m.readAt(v.r, offset, buf[:n])
		return binary.LittleEndian.Uint64(buf[:]), nil
	}
	p := v.m.page(a >> pageShift)
	if p == nil {
		return 0, nil
	}
	switch n {
	case 2:
		return uint64(binary.LittleEndian.Uint16(p[in:])), nil
	case 4:
		return uint64(binary.LittleEndian.Uint32(p[in:])), nil
	default:
		return binary.LittleEndian.Uint64(p[in:]), nil
	}
}

// store writes the low n bytes of x (n = 2, 4 or 8).
func (v Memory) store(offset, n, x uint64) error {
	if err := v.check(offset, n); err != nil {
		return err
	}
	a := v.r.address(offset)
	in := a & pageMask
	if in > PageSize-n {
		var buf [8]byte
		binary.LittleEndian.PutUint64(buf[:], x)
		v.m.writeAt(v.r, offset, buf[:n])
		return nil
	}
	p := v.m.writablePage(a >> pageShift)
	switch n {
	case 2:
		binary.LittleEndian.PutUint16(p[in:], uint16(x))
	case 4:
		binary.LittleEndian.PutUint32(p[in:], uint32(x))
	default:
		binary.LittleEndian.PutUint64(p[in:], x)
	}
	return nil
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
	x, err := v.load(offset, 2)
	return uint16(x), err
}

// Load32 reads a 4-byte word.
func (v Memory) Load32(offset uint64) (uint32, error) {
	x, err := v.load(offset, 4)
	return uint32(x), err
}

// Load64 reads an 8-byte word (also the bits of a Float).
func (v Memory) Load64(offset uint64) (uint64, error) {
	return v.load(offset, 8)
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
	return v.store(offset, 2, uint64(x))
}

// Store32 writes a 4-byte word.
func (v Memory) Store32(offset uint64, x uint32) error {
	return v.store(offset, 4, uint64(x))
}

// Store64 writes an 8-byte word (also the bits of a Float).
func (v Memory) Store64(offset uint64, x uint64) error {
	return v.store(offset, 8, x)
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
