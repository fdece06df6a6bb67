package prim

import (
	"math"

	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/value"
)

// A Region value holds its *region.Region in Ref.

func check(err error) {
	if err != nil {
		value.Fail(err.Error())
	}
}

// access describes one scalar type that stable memory loads and stores.
type access struct {
	name  string
	bytes int
	// decode turns the loaded little-endian bits into a value; storing
	// writes the low bytes of Value.Bits.
	decode func(uint64) value.Value
}

func signExtend(bits int) func(uint64) value.Value {
	return func(u uint64) value.Value {
		s := 64 - bits
		return value.Signed(int64(u<<s) >> s)
	}
}

var accesses = []access{
	{"Nat8", 1, value.Word},
	{"Nat16", 2, value.Word},
	{"Nat32", 4, value.Word},
	{"Nat64", 8, value.Word},
	{"Int8", 1, signExtend(8)},
	{"Int16", 2, signExtend(16)},
	{"Int32", 4, signExtend(32)},
	{"Int64", 8, signExtend(64)},
	// Float keeps NaN payloads bit for bit.
	{"Float", 8, func(u uint64) value.Value { return value.Float(math.Float64frombits(u)) }},
}

func load(mem region.Memory, offset uint64, n int) uint64 {
	var u uint64
	var err error
	switch n {
	case 1:
		var b uint8
		b, err = mem.Load8(offset)
		u = uint64(b)
	case 2:
		var h uint16
		h, err = mem.Load16(offset)
		u = uint64(h)
	case 4:
		var w uint32
		w, err = mem.Load32(offset)
		u = uint64(w)
	default:
		u, err = mem.Load64(offset)
	}
	check(err)
	return u
}

func store(mem region.Memory, offset uint64, n int, u uint64) {
	switch n {
	case 1:
		check(mem.Store8(offset, uint8(u)))
	case 2:
		check(mem.Store16(offset, uint16(u)))
	case 4:
		check(mem.Store32(offset, uint32(u)))
	default:
		check(mem.Store64(offset, u))
	}
}

// blobSize reads the size argument of loadBlob; a size beyond any memory
// fails the bounds check anyway.
func blobSize(v value.Value) uint64 {
	if !v.IsSmallInt() {
		return math.MaxUint64
	}
	return v.Bits
}

func addRegions(h Host, m map[string]fn) {
	mgr := h.Regions
	regionOf := func(v value.Value) region.Memory { return mgr.Region(v.Ref.(*region.Region)) }
	esm := func() region.Memory { return mgr.StableMemory() }

	m["regionNew"] = func(value.Context, []value.Value) value.Value {
		r, err := mgr.New()
		check(err)
		return value.Value{Ref: r}
	}
	m["regionId"] = unary(func(v value.Value) value.Value {
		return value.Nat(v.Ref.(*region.Region).ID())
	})
	m["regionSize"] = unary(func(v value.Value) value.Value { return value.Word(regionOf(v).Size()) })
	m["regionGrow"] = binary(func(r, n value.Value) value.Value { return value.Word(regionOf(r).Grow(n.Bits)) })
	m["stableMemorySize"] = func(value.Context, []value.Value) value.Value { return value.Word(esm().Size()) }
	m["stableMemoryGrow"] = unary(func(n value.Value) value.Value { return value.Word(esm().Grow(n.Bits)) })

	for _, a := range accesses {
		m["regionLoad"+a.name] = binary(func(r, off value.Value) value.Value {
			return a.decode(load(regionOf(r), off.Bits, a.bytes))
		})
		m["regionStore"+a.name] = func(_ value.Context, args []value.Value) value.Value {
			store(regionOf(args[0]), args[1].Bits, a.bytes, args[2].Bits)
			return value.Unit
		}
		m["stableMemoryLoad"+a.name] = unary(func(off value.Value) value.Value {
			return a.decode(load(esm(), off.Bits, a.bytes))
		})
		m["stableMemoryStore"+a.name] = binary(func(off, v value.Value) value.Value {
			store(esm(), off.Bits, a.bytes, v.Bits)
			return value.Unit
		})
	}

	loadBlob := func(mem region.Memory, off, size value.Value) value.Value {
		b, err := mem.LoadBlob(off.Bits, blobSize(size))
		check(err)
		return value.MakeBlob(string(b))
	}
	m["regionLoadBlob"] = func(_ value.Context, args []value.Value) value.Value {
		return loadBlob(regionOf(args[0]), args[1], args[2])
	}
	m["stableMemoryLoadBlob"] = binary(func(off, size value.Value) value.Value {
		return loadBlob(esm(), off, size)
	})
	m["regionStoreBlob"] = func(_ value.Context, args []value.Value) value.Value {
		check(regionOf(args[0]).StoreBlob(args[1].Bits, []byte(args[2].AsBlob())))
		return value.Unit
	}
	m["stableMemoryStoreBlob"] = binary(func(off, b value.Value) value.Value {
		check(esm().StoreBlob(off.Bits, []byte(b.AsBlob())))
		return value.Unit
	})
}
