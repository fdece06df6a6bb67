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
//
// The part of a value read last (an option's payload, a record's last
// field, a variant's payload) is carried in a loop, its parents waiting on
// an explicit stack, so that long lists do not make deep Go stacks.
func (c *converter) run(p *plan, v value.Value) (value.Value, *failure) {
	var waiting parents
	for !p.keeps {
		next, ok := c.descend(p, v, &waiting)
		if !ok {
			break
		}
		p, v = next.p, next.v
	}
	x, f := v, (*failure)(nil)
	if !p.keeps {
		x, f = c.step(p, v)
	}
	for i := len(waiting.chunks) - 1; i >= 0; i-- {
		chunk := waiting.chunks[i]
		for j := len(chunk) - 1; j >= 0; j-- {
			x, f = chunk[j].finish(x, f)
		}
	}
	return x, f
}

// parents is a stack of waiting values in chunks, which never move; they
// grow from small, as most values are shallow.
type parents struct{ chunks [][]parent }

func (s *parents) push(w parent) {
	n := len(s.chunks)
	if n == 0 || len(s.chunks[n-1]) == cap(s.chunks[n-1]) {
		size := 4
		if n > 0 {
			size = min(2*cap(s.chunks[n-1]), 1024)
		}
		s.chunks = append(s.chunks, make([]parent, 0, size))
		n++
	}
	s.chunks[n-1] = append(s.chunks[n-1], w)
}

// parent is a value waiting for its last part.
type parent struct {
	p     *plan
	v     value.Value   // the old value
	out   []value.Value // a record's other fields
	first *failure      // the first failure among them
	at    int           // where the last part goes
}

type part struct {
	p *plan
	v value.Value
}

// deep reports whether p carries a value with a last part of its own.
func deep(p *plan) bool {
	switch p.op {
	case opOptFromOpt, opOptFromValue, opVariant, opRecord:
		return !p.keeps
	}
	return false
}

// descend starts a value whose last part is itself deep, and returns that
// part; false leaves the value to step.
func (c *converter) descend(p *plan, v value.Value, waiting *parents) (part, bool) {
	switch p.op {
	case opOptFromOpt:
		if v.IsNull() || !deep(p.elem) {
			return part{}, false
		}
		waiting.push(parent{p: p, v: v})
		return part{p.elem, v.OptPayload()}, true
	case opOptFromValue:
		if !deep(p.elem) {
			return part{}, false
		}
		waiting.push(parent{p: p, v: v})
		return part{p.elem, v}, true
	case opVariant:
		x := v.AsVariant()
		if !deep(p.tags[x.Tag].plan) {
			return part{}, false
		}
		waiting.push(parent{p: p, v: v})
		return part{p.tags[x.Tag].plan, x.Payload}, true
	case opRecord:
		if len(p.fields) == 0 {
			return part{}, false
		}
		last := p.fields[len(p.fields)-1]
		if last.absent || !last.found || !deep(last.plan) {
			return part{}, false
		}
		out := make([]value.Value, p.size)
		var first *failure
		for _, fp := range p.fields[:len(p.fields)-1] {
			x, f := c.field(fp, v)
			if f != nil && f.trap {
				return part{}, false // step repeats the work and traps
			}
			if f != nil && first == nil {
				first = f
			}
			out[fp.at] = x
		}
		waiting.push(parent{p: p, v: v, out: out, first: first, at: last.at})
		return part{last.plan, oldPart(last, v)}, true
	}
	return part{}, false
}

// finish completes a waiting value with its last part x.
func (w parent) finish(x value.Value, f *failure) (value.Value, *failure) {
	if f != nil && f.trap {
		return x, f
	}
	switch w.p.op {
	case opOptFromOpt, opOptFromValue:
		if f != nil {
			return value.Null, nil // the option recovers
		}
		return value.MakeOpt(x), nil
	case opVariant:
		if f != nil {
			return w.v, f
		}
		return value.MakeVariant(w.p.tags[w.v.AsVariant().Tag].name, x), nil
	}
	// opRecord
	w.out[w.at] = x
	if w.first != nil {
		f = w.first
	}
	if w.p.layout == nil {
		return value.MakeTuple(w.out), f
	}
	return value.MakeObject(w.p.layout, w.out), f
}

// step carries a value whose parts are all carried by recursion.
func (c *converter) step(p *plan, v value.Value) (value.Value, *failure) {
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
	case opVariant:
		x := v.AsVariant()
		t := p.tags[x.Tag]
		payload, f := c.run(t.plan, x.Payload)
		if f != nil {
			return v, f
		}
		return value.MakeVariant(t.name, payload), nil
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
	}
	return v, nil
}

// option carries an option's payload; a coercion failure makes it null.
func (c *converter) option(p *plan, payload value.Value) (value.Value, *failure) {
	return parent{p: p}.finish(c.run(p.elem, payload))
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

// runRecord carries a record or tuple with all its fields by recursion
// (a trap in a field other than the last).
func (c *converter) runRecord(p *plan, v value.Value) (value.Value, *failure) {
	if p.size == 0 {
		return value.Unit, nil
	}
	out := make([]value.Value, p.size)
	var first *failure
	for _, fp := range p.fields {
		x, f := c.field(fp, v)
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

// field carries one field of a record or tuple.
func (c *converter) field(fp fieldPlan, v value.Value) (value.Value, *failure) {
	if fp.absent {
		return value.Null, nil
	}
	return c.run(fp.plan, oldPart(fp, v))
}

// oldPart is the old value a field is read from.
func oldPart(fp fieldPlan, v value.Value) value.Value {
	switch {
	case !fp.found:
		return value.Value{}
	case fp.oldName != "":
		x, _ := v.AsObject().Field(fp.oldName)
		return x
	}
	return v.AsTuple()[fp.oldIndex]
}
