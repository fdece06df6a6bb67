package candid

import "unicode/utf8"

// skip moves past a value of wire type t without building it, with the
// checks (and words) of moc's runtime. depth counts nested records.
func (d *decoder) skip(t int32, depth int) {
	if depth > 100 {
		fail("skip_any: too deeply nested record")
	}
	d.limit(true, 1)
	d.enter()
	d.skipValue(t, depth)
	d.nesting--
}

func (d *decoder) skipValue(t int32, depth int) {
	r := &d.r
	if t < 0 {
		switch t {
		case codeNull, codeReserved:
		case codeBool:
			d.skipTag()
		case codeNat, codeInt:
			r.skipLEB()
		case codeNat8, codeInt8:
			r.rtsAdvance(1)
		case codeNat16, codeInt16:
			r.rtsAdvance(2)
		case codeNat32, codeInt32, codeFloat32:
			r.rtsAdvance(4)
		case codeNat64, codeInt64, codeFloat64:
			r.rtsAdvance(8)
		case codeText:
			r.skipText()
		case codeEmpty:
			fail("skip_any: encountered empty")
		case codePrincipal:
			if d.skipTag() != 0 {
				r.rtsAdvance(uint64(r.leb32()))
			}
		default:
			fail("skip_any: unknown prim")
		}
		return
	}
	w := &d.h.table[t]
	switch w.code {
	case codeOpt:
		if d.skipTag() != 0 {
			d.skip(w.elem, 0)
		}
	case codeVec:
		d.skipVec(w.elem, r.leb32())
	case codeRecord:
		for _, f := range w.fields {
			if f.t == t {
				fail("skip_any: recursive record")
			}
			d.skip(f.t, depth+1)
		}
	case codeVariant:
		i := r.leb32()
		if i >= uint32(len(w.fields)) {
			fail("skip_any: variant tag too large")
		}
		d.skip(w.fields[i].t, 0)
	case codeFunc:
		if d.skipTag() == 0 || d.skipTag() == 0 {
			fail("skip_any: skipping references")
		}
		r.rtsAdvance(uint64(r.leb32())) // the actor
		r.skipText()                    // the method name
	case codeService:
		if d.skipTag() == 0 {
			fail("skip_any: skipping references")
		}
		r.rtsAdvance(uint64(r.leb32()))
	default: // a future type: data length, reference count, data
		n := r.leb32()
		refs := r.leb32()
		r.rtsAdvance(uint64(n))
		if refs > 0 {
			fail("skip_any: skipping references")
		}
	}
}

// skipVec skips n elements of type t. Elements that take no bytes (`vec
// null`) are counted against the quota all at once.
func (d *decoder) skipVec(t int32, n uint32) {
	if n == 0 {
		return
	}
	d.limit(false, uint64(n))
	before := d.r.pos
	d.skip(t, 0)
	if d.r.pos == before {
		d.limit(true, uint64(n-1))
		return
	}
	for i := uint32(1); i < n; i++ {
		d.skip(t, 0)
	}
}

// skipTag reads a flag byte as the runtime's skipping does.
func (d *decoder) skipTag() byte {
	b := d.r.rtsByte()
	if b > 1 {
		fail("skip_any: byte tag not 0 or 1")
	}
	return b
}

func (r *reader) skipText() {
	n := r.leb32()
	start := r.pos
	r.rtsAdvance(uint64(n))
	if !utf8.Valid(r.data[start:r.pos]) {
		panic(&Error{Msg: notUTF8})
	}
}
