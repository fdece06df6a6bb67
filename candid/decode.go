package candid

import (
	"encoding/binary"
	"math/big"
	"unicode/utf8"

	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// Decode deserialises a Candid message against the expected Motoko types
// with Candid's subtyping: surplus arguments are skipped, a missing or
// mismatching value of an option type becomes null, extra record fields
// are skipped, nat is read as int. Malformed input gives an *Error worded
// as the canister's trap (`IDL error: ...`, a few `RTS error: ...`); types
// without a Candid form give a plain error. Memory stays proportional to
// the input: moc's value quota bounds the values a message may hold.
func Decode(data []byte, ts []types.Type) (vs []value.Value, err error) {
	vs, _, err = decode(data, ts, false)
	return vs, err
}

// DecodeOpt decodes as Motoko's `from_candid` does: arguments that do not
// fit the types (a mismatch, too few of them) give ok false instead of a
// trap; malformed input is still an *Error.
func DecodeOpt(data []byte, ts []types.Type) (vs []value.Value, ok bool, err error) {
	return decode(data, ts, true)
}

func decode(data []byte, ts []types.Type, lenient bool) (vs []value.Value, ok bool, err error) {
	cs, err := newLowerer().lowerAll(ts)
	if err != nil {
		return nil, false, err
	}
	defer func() {
		if r := recover(); r != nil {
			e, isError := r.(*Error)
			if !isError {
				panic(r)
			}
			vs, ok, err = nil, false, e
		}
	}()
	d := &decoder{r: reader{data: data, end: len(data)}, args: cs, lenientArgs: lenient}
	d.h = readHeader(&d.r, headerSize(cs)*typeTableScale+typeTableBias)
	d.quota = uint64(len(data)) + valueQuotaBias
	vs = d.message()
	return vs, !d.misfit, nil
}

// moc's bounds on untrusted messages: the type table may be 16 times the
// size of the expected types' own description plus 1 KiB, and a message of
// n bytes may hold n + 1024 values.
const (
	typeTableScale = 16
	typeTableBias  = 1024
	valueQuotaBias = 1024
)

// maxNesting bounds the recursion of the decoder (moc's is bounded by its
// stack); a message nesting values deeper is rejected.
const maxNesting = 20_000

type decoder struct {
	r       reader
	h       *header
	args    []*ctype
	quota   uint64
	nesting int
	// lenientArgs reads every argument softly (from_candid); misfit then
	// records that one did not fit.
	lenientArgs, misfit bool
}

// message decodes the arguments as moc's deserialiser does.
func (d *decoder) message() []value.Value {
	vs := make([]value.Value, len(d.args))
	next := 0
	for i, c := range d.args {
		lenient := c.kind == types.IDLOpt || c.kind == types.IDLReserved
		if next == len(d.h.args) {
			if !lenient && c.kind != types.IDLNull {
				if d.lenientArgs {
					d.misfit = true
					continue
				}
				fail("too few arguments " + typeSeqHash(d.args))
			}
			vs[i] = value.Null
			continue
		}
		v, ok := d.value(c, d.h.args[next], lenient || d.lenientArgs, 0)
		next++
		if !ok {
			if d.lenientArgs && !lenient {
				d.misfit = true
			}
			v = value.Null
		}
		vs[i] = v
	}
	for ; next < len(d.h.args); next++ {
		d.skip(d.h.args[next], 0)
	}
	if d.r.pos != len(d.r.data) {
		fail("left-over bytes " + typeSeqHash(d.args))
	}
	return vs
}

// limit is moc's value quota check; decrement consumes count values.
func (d *decoder) limit(decrement bool, count uint64) {
	if d.quota < count {
		fail("exceeded value limit")
	}
	if decrement {
		d.quota -= count
	}
}

func (d *decoder) enter() {
	d.nesting++
	if d.nesting > maxNesting {
		fail("value nested too deeply")
	}
}

// value decodes a value of wire type t as a value of c. When the types do
// not fit it skips the value and, if lenient (inside an option), reports
// false; otherwise it traps. depth counts the nested calls that made no
// progress in the input, which catches recursive types without values.
func (d *decoder) value(c *ctype, t int32, lenient bool, depth int) (value.Value, bool) {
	d.limit(true, 1)
	if depth > 2*(len(d.h.table)+1) {
		fail("circular record read")
	}
	d.enter()
	v, ok := d.decode(c, t, lenient, depth, d.r.pos)
	d.nesting--
	return v, ok
}

// child decodes a part of the value that started at start.
func (d *decoder) child(c *ctype, t int32, lenient bool, depth, start int) (value.Value, bool) {
	if d.r.pos == start {
		depth++
	} else {
		depth = 0
	}
	return d.value(c, t, lenient, depth)
}

// mismatch skips the value of type t and fails with msg, softly if lenient.
func (d *decoder) mismatch(t int32, lenient bool, msg string) (value.Value, bool) {
	d.skip(t, 0)
	if !lenient {
		fail(msg)
	}
	return value.Value{}, false
}

func (d *decoder) unexpected(c *ctype, t int32, lenient bool) (value.Value, bool) {
	return d.mismatch(t, lenient, "unexpected IDL type when parsing "+c.moString())
}

// entry returns the table entry t if it has the given code.
func (d *decoder) entry(t int32, code int32) *wireType {
	if t >= 0 && d.h.table[t].code == code {
		return &d.h.table[t]
	}
	return nil
}

func (d *decoder) decode(c *ctype, t int32, lenient bool, depth, start int) (value.Value, bool) {
	if c.isPrim() {
		return d.prim(c, t, lenient)
	}
	switch c.kind {
	case types.IDLOpt:
		return d.opt(c, t, depth, start)
	case types.IDLBlob:
		w := d.entry(t, codeVec)
		if w == nil {
			return d.unexpected(c, t, lenient)
		}
		if w.elem != codeNat8 {
			return d.mismatch(t, lenient, "blob not a vector of nat8")
		}
		return value.MakeBlob(string(d.r.take(d.r.leb()))), true
	case types.IDLVec:
		w := d.entry(t, codeVec)
		if w == nil {
			return d.unexpected(c, t, lenient)
		}
		n := d.r.leb()
		d.limit(false, n)
		elems := make([]value.Value, n)
		ok := true
		for i := range elems {
			var eok bool
			elems[i], eok = d.child(c.elem, w.elem, lenient, depth, start)
			ok = ok && eok
		}
		return value.MakeArray(elems), ok
	case types.IDLTuple, types.IDLRecord:
		w := d.entry(t, codeRecord)
		if w == nil {
			return d.unexpected(c, t, lenient)
		}
		return d.record(c, w, lenient, depth, start)
	case types.IDLVariant:
		return d.variant(c, t, lenient, depth, start)
	case types.IDLFunc:
		if d.entry(t, codeFunc) == nil {
			return d.mismatch(t, lenient, "incompatible function type")
		}
		d.reference("unexpected function reference")
	case types.IDLService:
		if d.entry(t, codeService) == nil {
			return d.mismatch(t, lenient, "incompatible actor type")
		}
		d.reference("unexpected actor reference")
	}
	panic("unreachable")
}

// reference reads the flag of a function or actor reference; mori has no
// values for them yet.
func (d *decoder) reference(opaque string) {
	if d.tag() == 0 {
		fail(opaque)
	}
	fail("cannot deserialise function and actor references")
}

// tag reads a byte that must be 0 or 1 (bool, opt, reference flag).
func (d *decoder) tag() byte {
	b := d.r.take(1)[0]
	if b > 1 {
		fail("byte tag not 0 or 1")
	}
	return b
}

func (d *decoder) prim(c *ctype, t int32, lenient bool) (value.Value, bool) {
	switch c.kind {
	case types.IDLReserved:
		d.skip(t, 0)
		return value.Null, true
	case types.IDLEmpty:
		return d.mismatch(t, lenient, "deserializing value of type None")
	case types.IDLInt:
		if t == codeNat {
			return d.r.natData(false), true
		}
	}
	if t != prims[c.kind].code {
		return d.unexpected(c, t, lenient)
	}
	r := &d.r
	switch c.kind {
	case types.IDLNull:
		return value.Null, true
	case types.IDLUnit:
		return value.Unit, true
	case types.IDLBool:
		return value.Bool(d.tag() == 1), true
	case types.IDLNat:
		return r.natData(false), true
	case types.IDLInt:
		return r.natData(true), true
	case types.IDLNat8:
		return value.Word(uint64(r.take(1)[0])), true
	case types.IDLInt8:
		return value.Signed(int64(int8(r.take(1)[0]))), true
	case types.IDLNat16:
		return value.Word(uint64(binary.LittleEndian.Uint16(r.take(2)))), true
	case types.IDLInt16:
		return value.Signed(int64(int16(binary.LittleEndian.Uint16(r.take(2))))), true
	case types.IDLNat32:
		return value.Word(uint64(binary.LittleEndian.Uint32(r.take(4)))), true
	case types.IDLInt32:
		return value.Signed(int64(int32(binary.LittleEndian.Uint32(r.take(4))))), true
	case types.IDLChar:
		cp := binary.LittleEndian.Uint32(r.take(4))
		if (cp >= 0xd800 && cp < 0xe000) || cp > 0x10ffff {
			panic(&Error{Msg: "codepoint out of range"})
		}
		return value.Char(rune(cp)), true
	case types.IDLNat64:
		return value.Word(binary.LittleEndian.Uint64(r.take(8))), true
	case types.IDLInt64:
		return value.Signed(int64(binary.LittleEndian.Uint64(r.take(8)))), true
	case types.IDLFloat:
		return value.Value{Bits: binary.LittleEndian.Uint64(r.take(8))}, true
	case types.IDLText:
		n := r.leb()
		if n > uint64(r.left()) {
			// moc reads past the message here and notices at the end.
			fail("left-over bytes " + typeSeqHash(d.args))
		}
		s := r.take(n)
		if !utf8.Valid(s) {
			panic(&Error{Msg: notUTF8})
		}
		return value.Text(string(s)), true
	case types.IDLPrincipal:
		if d.tag() == 0 {
			fail("unexpected principal reference")
		}
		n := r.leb()
		if n > 29 {
			fail("principal too long")
		}
		return value.MakePrincipal(string(r.take(n))), true
	}
	panic("unreachable")
}

// opt decodes `?T`: null, reserved and a null opt give null; an opt
// payload or (Candid's special rule) a value of another type is decoded
// as T, and null when that fails.
func (d *decoder) opt(c *ctype, t int32, depth, start int) (value.Value, bool) {
	if t == codeNull || t == codeReserved {
		return value.Null, true
	}
	if w := d.entry(t, codeOpt); w != nil {
		if d.tag() == 0 {
			return value.Null, true
		}
		t = w.elem
	}
	v, ok := d.child(c.elem, t, true, depth, start)
	if !ok {
		return value.Null, true
	}
	return value.MakeOpt(v), true
}

// record decodes a tuple or record from a wire record: fields are matched
// by id, extra ones skipped, missing ones of type null, opt or reserved
// read as null.
func (d *decoder) record(c *ctype, w *wireType, lenient bool, depth, start int) (value.Value, bool) {
	fields := make([]value.Value, len(c.fields))
	ok := true
	next := 0 // the first wire field not yet consumed
	for _, f := range c.wire {
		for next < len(w.fields) && w.fields[next].id < f.id {
			d.skip(w.fields[next].t, 0)
			next++
		}
		if next < len(w.fields) && w.fields[next].id == f.id {
			v, fok := d.child(f.t, w.fields[next].t, lenient, depth, start)
			next++
			fields[f.index], ok = v, ok && fok
			continue
		}
		switch f.t.kind {
		case types.IDLNull, types.IDLOpt, types.IDLReserved:
			fields[f.index] = value.Null
		default:
			msg := "did not find tuple field in record"
			if c.kind == types.IDLRecord {
				msg = "did not find field " + f.name + " in record"
			}
			if !lenient {
				fail(msg)
			}
			ok = false
		}
	}
	for ; next < len(w.fields); next++ {
		d.skip(w.fields[next].t, 0)
	}
	if c.kind == types.IDLTuple {
		return value.MakeTuple(fields), ok
	}
	if len(fields) == 0 {
		return value.Unit, ok
	}
	return value.MakeObject(c.layout, fields), ok
}

func (d *decoder) variant(c *ctype, t int32, lenient bool, depth, start int) (value.Value, bool) {
	w := d.entry(t, codeVariant)
	if w == nil {
		return d.unexpected(c, t, lenient)
	}
	i := d.r.leb()
	if i >= uint64(len(w.fields)) {
		fail("variant index out of bounds")
	}
	wf := w.fields[i]
	for _, f := range c.wire {
		if f.id == wf.id {
			v, ok := d.child(f.t, wf.t, lenient, depth, start)
			return value.MakeVariant(f.name, v), ok
		}
	}
	return d.mismatch(wf.t, lenient, "unexpected variant tag")
}

// natData reads a Nat (signed: an Int). Compiled code first looks for the
// end of the number in the next 8 bytes and then skips it, so a number cut
// short near the end of the message fails as a skip does.
func (r *reader) natData(signed bool) value.Value {
	end := r.pos
	for end < r.end && r.data[end]&0x80 != 0 {
		end++
	}
	if end == r.end {
		if r.left() < 8 {
			fail("advance out of buffer")
		}
		fail("byte read out of buffer")
	}
	b := r.data[r.pos : end+1]
	r.pos = end + 1
	return lebValue(b, signed)
}

// lebValue converts the bytes of a (S)LEB128 number to a Nat or Int.
func lebValue(b []byte, signed bool) value.Value {
	negative := signed && b[len(b)-1]&0x40 != 0
	if len(b) <= 9 { // at most 63 bits
		var u uint64
		for i, x := range b {
			u |= uint64(x&0x7f) << (7 * i)
		}
		if negative {
			u |= ^uint64(0) << (7 * len(b))
		}
		return value.Signed(int64(u))
	}
	// Pack the 7-bit groups into bytes, least significant first.
	packed := make([]byte, (7*len(b)+7)/8)
	bit := 0
	for _, x := range b {
		g := uint(x & 0x7f)
		packed[bit/8] |= byte(g << (bit % 8))
		if bit%8 > 1 {
			packed[bit/8+1] |= byte(g >> (8 - bit%8))
		}
		bit += 7
	}
	for i, j := 0, len(packed)-1; i < j; i, j = i+1, j-1 {
		packed[i], packed[j] = packed[j], packed[i]
	}
	x := new(big.Int).SetBytes(packed)
	if negative {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(7*len(b))))
	}
	return value.BigInt(x)
}
