package candid

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

var magic = []byte("DIDL")

// Encode serialises vs (values of the Motoko types ts, one per argument or
// result) as one Candid message, with the type table moc would write, so
// the bytes equal a canister's.
func Encode(ts []types.Type, vs []value.Value) ([]byte, error) {
	if len(ts) != len(vs) {
		return nil, fmt.Errorf("candid: %d types for %d values", len(ts), len(vs))
	}
	cs, err := newLowerer().lowerAll(ts)
	if err != nil {
		return nil, err
	}
	tb := buildTable(cs)
	e := encoder{buf: tb.header(cs)}
	for i, c := range cs {
		if err := e.value(c, vs[i]); err != nil {
			return nil, err
		}
	}
	return e.buf, nil
}

// table is a type table: the non-primitive nodes reachable from the
// arguments, numbered in moc's order (depth first, a node before its
// children, children in Motoko order).
type table struct {
	index map[*ctype]int
	order []*ctype
}

func buildTable(args []*ctype) *table {
	tb := &table{index: map[*ctype]int{}}
	for _, c := range args {
		tb.visit(c)
	}
	return tb
}

func (tb *table) visit(c *ctype) {
	if c.isPrim() {
		return
	}
	if _, ok := tb.index[c]; ok {
		return
	}
	tb.index[c] = len(tb.order)
	tb.order = append(tb.order, c)
	switch c.kind {
	case types.IDLOpt, types.IDLVec:
		tb.visit(c.elem)
	case types.IDLRecord, types.IDLTuple, types.IDLVariant, types.IDLService:
		for _, f := range c.fields {
			tb.visit(f.t)
		}
	case types.IDLFunc:
		for _, p := range c.params {
			tb.visit(p)
		}
		for _, r := range c.results {
			tb.visit(r)
		}
	}
}

// ref is how an entry or argument refers to c: a type code or an index.
func (tb *table) ref(c *ctype) int64 {
	if c.isPrim() {
		return int64(prims[c.kind].code)
	}
	return int64(tb.index[c])
}

// header writes `DIDL`, the table and the argument types.
func (tb *table) header(args []*ctype) []byte {
	b := append([]byte(nil), magic...)
	b = appendLEB(b, uint64(len(tb.order)))
	for _, c := range tb.order {
		b = tb.appendEntry(b, c)
	}
	b = appendLEB(b, uint64(len(args)))
	for _, c := range args {
		b = appendSLEB(b, tb.ref(c))
	}
	return b
}

func (tb *table) appendEntry(b []byte, c *ctype) []byte {
	switch c.kind {
	case types.IDLBlob:
		return appendSLEB(appendSLEB(b, codeVec), codeNat8)
	case types.IDLOpt:
		return appendSLEB(appendSLEB(b, codeOpt), tb.ref(c.elem))
	case types.IDLVec:
		return appendSLEB(appendSLEB(b, codeVec), tb.ref(c.elem))
	case types.IDLRecord, types.IDLTuple, types.IDLVariant:
		code := int64(codeRecord)
		if c.kind == types.IDLVariant {
			code = codeVariant
		}
		b = appendLEB(appendSLEB(b, code), uint64(len(c.wire)))
		for _, f := range c.wire {
			b = appendSLEB(appendLEB(b, uint64(f.id)), tb.ref(f.t))
		}
		return b
	case types.IDLFunc:
		b = appendLEB(appendSLEB(b, codeFunc), uint64(len(c.params)))
		for _, p := range c.params {
			b = appendSLEB(b, tb.ref(p))
		}
		b = appendLEB(b, uint64(len(c.results)))
		for _, r := range c.results {
			b = appendSLEB(b, tb.ref(r))
		}
		b = appendLEB(b, uint64(len(c.modes)))
		return append(b, c.modes...)
	default: // types.IDLService
		b = appendLEB(appendSLEB(b, codeService), uint64(len(c.fields)))
		for _, f := range c.fields {
			b = appendLEB(b, uint64(len(f.name)))
			b = append(b, f.name...)
			b = appendSLEB(b, tb.ref(f.t))
		}
		return b
	}
}

// headerSize is the length of moc's header for ts; the decoder bounds the
// type table it accepts by it.
func headerSize(args []*ctype) int {
	return len(buildTable(args).header(args))
}

type encoder struct{ buf []byte }

var (
	errFuncRef  = errors.New("candid: cannot serialise function references")
	errActorRef = errors.New("candid: cannot serialise actor references")
	errNone     = errors.New("candid: serializing value of type None")
)

func (e *encoder) value(c *ctype, v value.Value) error {
	switch c.kind {
	case types.IDLNull, types.IDLUnit, types.IDLReserved:
	case types.IDLBool, types.IDLNat8, types.IDLInt8:
		e.buf = append(e.buf, byte(v.Bits))
	case types.IDLNat:
		e.buf = appendNat(e.buf, v)
	case types.IDLInt:
		e.buf = appendInt(e.buf, v)
	case types.IDLNat16, types.IDLInt16:
		e.buf = binary.LittleEndian.AppendUint16(e.buf, uint16(v.Bits))
	case types.IDLNat32, types.IDLInt32, types.IDLChar:
		e.buf = binary.LittleEndian.AppendUint32(e.buf, uint32(v.Bits))
	case types.IDLNat64, types.IDLInt64, types.IDLFloat:
		e.buf = binary.LittleEndian.AppendUint64(e.buf, v.Bits)
	case types.IDLText:
		e.bytes(v.AsText())
	case types.IDLBlob:
		e.bytes(v.AsBlob())
	case types.IDLPrincipal:
		e.buf = append(e.buf, 1)
		e.bytes(v.AsPrincipal())
	case types.IDLOpt:
		if v.IsNull() {
			e.buf = append(e.buf, 0)
			return nil
		}
		e.buf = append(e.buf, 1)
		return e.value(c.elem, v.OptPayload())
	case types.IDLVec:
		elems := v.AsArray().Elems
		e.buf = appendLEB(e.buf, uint64(len(elems)))
		for _, x := range elems {
			if err := e.value(c.elem, x); err != nil {
				return err
			}
		}
	case types.IDLTuple:
		for i, x := range v.AsTuple() {
			if err := e.value(c.fields[i].t, x); err != nil {
				return err
			}
		}
	case types.IDLRecord:
		if len(c.fields) == 0 {
			return nil
		}
		o := v.AsObject()
		for _, f := range c.wire {
			x, _ := o.Field(f.name)
			if cell, ok := x.Ref.(*value.Cell); ok {
				x = cell.V
			}
			if err := e.value(f.t, x); err != nil {
				return err
			}
		}
	case types.IDLVariant:
		vr := v.AsVariant()
		for i, f := range c.wire {
			if f.name == vr.Tag {
				e.buf = appendLEB(e.buf, uint64(i))
				return e.value(f.t, vr.Payload)
			}
		}
		return fmt.Errorf("candid: no tag #%s in %s", vr.Tag, c.moString())
	case types.IDLFunc:
		return errFuncRef
	case types.IDLService:
		return errActorRef
	case types.IDLEmpty:
		return errNone
	}
	return nil
}

func (e *encoder) bytes(s string) {
	e.buf = appendLEB(e.buf, uint64(len(s)))
	e.buf = append(e.buf, s...)
}
