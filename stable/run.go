package stable

import (
	"github.com/mori-lang/mori/value"
)

// failure is a value the converter could not carry: a decoder's coercion
// failure (an option above turns it into null) or a trap.
type failure struct {
	msg  string
	trap bool
}

// run carries v by p. After a coercion failure the decoder still reads the
// rest of an array or record, so a later trap wins over it.
func (c *converter) run(p *plan, v value.Value) (value.Value, *failure) {
	if p.keeps {
		return v, nil
	}
	switch p.op {
	case opConst:
		return p.value, nil
	case opFail:
		return v, &failure{msg: p.msg}
	case opTrap:
		return v, &failure{msg: p.msg, trap: true}
	case opCheckChar:
		if n := v.Bits; n > 0x10FFFF || (n >= 0xD800 && n < 0xE000) {
			return v, &failure{msg: codepointOutOfRange, trap: true}
		}
		return v, nil
	case opOptFromOpt:
		if v.IsNull() {
			return value.Null, nil
		}
		return c.option(p, v.OptPayload())
	case opOptFromValue:
		return c.option(p, v)
	case opArray:
		return c.elements(p, v.AsArray().Elems)
	case opArrayFromBlob:
		return c.elements(p, bytesAsValues(v.AsBlob()))
	case opBlobFromArray:
		elems := v.AsArray().Elems
		b := make([]byte, len(elems))
		for i, e := range elems {
			b[i] = byte(e.Bits)
		}
		return value.MakeBlob(string(b)), nil
	case opMutArray:
		return c.mutArray(p, v)
	case opCell:
		return c.cell(p, v)
	case opCellFromValue:
		x, f := c.run(p.elem, v)
		return value.CellOf(x), f
	case opFromCell:
		return v.AsCell().V, nil
	case opRecord:
		return c.runRecord(p, v)
	case opVariant:
		x := v.AsVariant()
		t := p.tags[x.Tag]
		payload, f := c.run(t.plan, x.Payload)
		if f != nil {
			return v, f
		}
		return value.MakeVariant(t.name, payload), nil
	}
	return v, nil
}

// option carries an option's payload; a coercion failure makes it null.
func (c *converter) option(p *plan, payload value.Value) (value.Value, *failure) {
	x, f := c.run(p.elem, payload)
	switch {
	case f != nil && f.trap:
		return x, f
	case f != nil:
		return value.Null, nil
	}
	return value.MakeOpt(x), nil
}

func bytesAsValues(b string) []value.Value {
	out := make([]value.Value, len(b))
	for i := 0; i < len(b); i++ {
		out[i] = value.Word(uint64(b[i]))
	}
	return out
}

func (c *converter) elements(p *plan, elems []value.Value) (value.Value, *failure) {
	out := make([]value.Value, len(elems))
	f := c.fill(p.elem, elems, out)
	return value.MakeArray(out), f
}

// fill carries elems into out; see run for the order of failures.
func (c *converter) fill(p *plan, elems, out []value.Value) *failure {
	var first *failure
	for i, e := range elems {
		x, f := c.run(p, e)
		if f != nil {
			if f.trap {
				return f
			}
			if first == nil {
				first = f
			}
		}
		out[i] = x
	}
	return first
}

// recall returns what an old alias became if it was carried before; like
// moc's decoder it traps when the alias is read at another type.
func (c *converter) recall(p *plan, old any) (value.Value, bool, *failure) {
	done, ok := c.memo[old]
	if !ok {
		return value.Value{}, false, nil
	}
	if done.alias != p.aliasKey {
		return done.v, true, &failure{msg: "Stable memory error: Aliased at wrong type, expected: " + typHash(p), trap: true}
	}
	return done.v, true, nil
}

func (c *converter) mutArray(p *plan, v value.Value) (value.Value, *failure) {
	var key any
	var elems []value.Value
	switch {
	case p.fromCell:
		cell := v.AsCell()
		key = cell
		if p.fromBlob {
			elems = bytesAsValues(cell.V.AsBlob())
		} else {
			elems = cell.V.AsArray().Elems
		}
	default:
		arr := v.AsArray()
		key, elems = arr, arr.Elems
	}
	if x, ok, f := c.recall(p, key); ok {
		return x, f
	}
	// Remembered before the elements are carried, so cycles close.
	out := &value.Array{Elems: make([]value.Value, len(elems))}
	x := value.Value{Ref: out}
	c.memo[key] = carried{v: x, alias: p.aliasKey}
	return x, c.fill(p.elem, elems, out.Elems)
}

func (c *converter) cell(p *plan, v value.Value) (value.Value, *failure) {
	old := v.AsCell()
	if x, ok, f := c.recall(p, old); ok {
		return x, f
	}
	out := &value.Cell{}
	x := value.Value{Ref: out}
	c.memo[old] = carried{v: x, alias: p.aliasKey}
	var f *failure
	out.V, f = c.run(p.elem, old.V)
	return x, f
}

func (c *converter) runRecord(p *plan, v value.Value) (value.Value, *failure) {
	if p.size == 0 {
		return value.Unit, nil
	}
	out := make([]value.Value, p.size)
	var first *failure
	for _, fp := range p.fields {
		if fp.absent {
			out[fp.at] = value.Null
			continue
		}
		var old value.Value
		switch {
		case !fp.found:
		case fp.oldName != "":
			old, _ = v.AsObject().Field(fp.oldName)
		default:
			old = v.AsTuple()[fp.oldIndex]
		}
		x, f := c.run(fp.plan, old)
		if f != nil {
			if f.trap {
				return v, f
			}
			if first == nil {
				first = f
			}
		}
		out[fp.at] = x
	}
	if p.layout == nil {
		return value.MakeTuple(out), first
	}
	return value.MakeObject(p.layout, out), first
}
