package candid

import (
	"bytes"
	"unicode/utf8"
)

// Error is a Candid decoding failure, worded as the canister's trap.
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }

// fail stops decoding; Decode recovers the *Error and returns it.
func fail(msg string) { panic(&Error{Msg: "IDL error: " + msg}) }

// Traps of moc's runtime outside its Candid code proper.
const (
	rtsPanicked = "RTS error: RTS panicked" // LEB128 overflow, a too wide number
	notUTF8     = "RTS error: utf8_validate: string is not UTF-8"
)

// reader reads the message. The runtime and the compiled code report the
// same fault in different words (`byte read out of buffer` against `out of
// bounds read`), so the methods are named after who reads in moc.
type reader struct {
	data []byte
	pos  int
	end  int // the type table is parsed with a lower end
}

func (r *reader) left() int { return r.end - r.pos }

// rtsByte reads a byte as the runtime does.
func (r *reader) rtsByte() byte {
	if r.pos >= r.end {
		fail("byte read out of buffer")
	}
	b := r.data[r.pos]
	r.pos++
	return b
}

// rtsAdvance skips n bytes as the runtime does.
func (r *reader) rtsAdvance(n uint64) {
	if n > uint64(r.left()) {
		fail("advance out of buffer")
	}
	r.pos += int(n)
}

// take reads n bytes as compiled code does.
func (r *reader) take(n uint64) []byte {
	if n > uint64(r.left()) {
		fail("out of bounds read")
	}
	b := r.data[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return b
}

// leb reads an unsigned LEB128 number of at most 64 bits.
func (r *reader) leb() uint64 {
	var u uint64
	for shift := uint(0); ; shift += 7 {
		b := r.rtsByte()
		if shift == 63 && b&0xfe != 0 {
			panic(&Error{Msg: rtsPanicked})
		}
		u |= uint64(b&0x7f) << shift
		if b&0x80 == 0 {
			return u
		}
	}
}

// leb32 reads an unsigned LEB128 number that must fit 32 bits.
func (r *reader) leb32() uint32 {
	u := r.leb()
	if u > 0xffff_ffff {
		panic(&Error{Msg: rtsPanicked})
	}
	return uint32(u)
}

// sleb32 reads a signed LEB128 number that must fit 32 bits (type codes
// and indices).
func (r *reader) sleb32() int32 {
	var i int64
	var b byte
	shift := uint(0)
	for {
		b = r.rtsByte()
		if shift == 63 && b&0x7f != 0 && b&0x7f != 0x7f {
			panic(&Error{Msg: rtsPanicked})
		}
		i |= int64(b&0x7f) << shift
		shift += 7
		if b&0x80 == 0 {
			break
		}
	}
	if shift < 64 && b&0x40 != 0 {
		i |= -1 << shift
	}
	if i < -1<<31 || i > 1<<31-1 {
		panic(&Error{Msg: rtsPanicked})
	}
	return int32(i)
}

// skipLEB skips a (S)LEB128 number of any length.
func (r *reader) skipLEB() {
	for r.rtsByte()&0x80 != 0 {
	}
}

// wireType is an entry of the message's type table.
type wireType struct {
	code   int32
	elem   int32       // opt, vec
	fields []wireField // record, variant
}

type wireField struct {
	id uint32
	t  int32
}

// header is the parsed type description of a message.
type header struct {
	table []wireType
	args  []int32
}

func isPrimCode(t int32) bool {
	return (t < 0 && t >= codeEmpty) || t == codePrincipal
}

func (h *header) checkTypeArg(t int32) {
	if !(isPrimCode(t) || (t >= 0 && int(t) < len(h.table))) {
		fail("invalid type argument")
	}
}

// readHeader parses and validates the magic, type table and argument
// types, with moc's checks in moc's order. tableLimit bounds the bytes of
// the type table, as moc bounds it relative to the expected types.
func readHeader(r *reader, tableLimit int) *header {
	if r.left() == 0 {
		fail("empty input. Expected Candid-encoded argument, but received a zero-length argument")
	}
	if r.left() < 4 {
		fail("word read out of buffer")
	}
	if !bytes.Equal(r.data[r.pos:r.pos+4], magic) {
		fail("missing magic bytes")
	}
	r.pos += 4
	n := r.leb32()
	if uint64(n) >= uint64(r.left()) {
		fail("too many types")
	}
	h := &header{table: make([]wireType, n)}
	fullEnd := r.end
	r.end = min(r.end, r.pos+tableLimit)
	services := []int{}
	for i := range h.table {
		start := r.pos
		if h.readEntry(r, &h.table[i]) {
			services = append(services, start)
		}
	}
	r.end = fullEnd
	for _, start := range services {
		h.checkService(r, start)
	}
	nargs := r.leb32()
	h.args = make([]int32, 0, min(int64(nargs), int64(r.left())))
	for ; nargs > 0; nargs-- {
		t := r.sleb32()
		h.checkTypeArg(t)
		h.args = append(h.args, t)
	}
	return h
}

// readEntry reads one table entry; it reports whether it is a service,
// whose methods are checked once all entries are known.
func (h *header) readEntry(r *reader, w *wireType) bool {
	w.code = r.sleb32()
	switch {
	case w.code >= 0:
		fail("illegal type table")
	case isPrimCode(w.code):
		fail("primitive type in type table")
	case w.code == codeOpt || w.code == codeVec:
		w.elem = r.sleb32()
		h.checkTypeArg(w.elem)
	case w.code == codeRecord || w.code == codeVariant:
		w.fields = h.readFields(r)
	case w.code == codeFunc:
		for range 2 { // arguments, results
			for m := r.leb32(); m > 0; m-- {
				h.checkTypeArg(r.sleb32())
			}
		}
		for m := r.leb32(); m > 0; m-- {
			if a := r.rtsByte(); a < 1 || a > 3 {
				fail("func annotation not within 1..3")
			}
		}
	case w.code == codeService:
		var last []byte
		for m := r.leb32(); m > 0; m-- {
			l := r.leb32()
			start := r.pos
			r.rtsAdvance(uint64(l))
			name := r.data[start:r.pos]
			if !utf8.Valid(name) {
				panic(&Error{Msg: notUTF8})
			}
			if last != nil && bytes.Compare(last, name) >= 0 {
				fail("service method names out of order")
			}
			last = name
			h.checkTypeArg(r.sleb32())
		}
		return true
	default: // a future type: its description is skipped
		r.rtsAdvance(uint64(r.leb32()))
	}
	return false
}

func (h *header) readFields(r *reader) []wireField {
	n := r.leb32()
	fs := make([]wireField, 0, min(int64(n), int64(r.left())))
	next := uint64(0)
	for ; n > 0; n-- {
		id := r.leb32()
		if uint64(id) < next || (id == 0xffff_ffff && n > 1) {
			fail("variant or record tag out of order")
		}
		next = uint64(id) + 1
		f := wireField{id: id, t: r.sleb32()}
		h.checkTypeArg(f.t)
		fs = append(fs, f)
	}
	return fs
}

// checkService checks that the methods of the service entry at start are
// functions.
func (h *header) checkService(r *reader, start int) {
	s := reader{data: r.data, pos: start, end: r.end}
	s.sleb32()
	for m := s.leb32(); m > 0; m-- {
		s.rtsAdvance(uint64(s.leb32()))
		t := s.sleb32()
		if t < 0 || int(t) >= len(h.table) {
			fail("service method arg not a constructor type")
		}
		if h.table[t].code != codeFunc {
			fail("service method arg not a function type")
		}
	}
}
