package stable

import (
	"sort"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// A plan says how to carry values of one old type to one new type. It is
// compiled once per pair of types and then run over the values, so that
// carrying a large state does no type work per value. In classical mode a
// plan follows moc's Candid decoder (`deserialize_go` in
// compile_classical.ml) reading the old type's encoding at the new type; in
// enhanced mode, after the runtime's check, only representations change.

type op int

const (
	opKeep          op = iota // the value as it is
	opConst                   // a constant: null, ()
	opFail                    // the decoder gives up (an option above recovers)
	opTrap                    // the decoder traps
	opCheckChar               // a Nat32 read as Char: traps outside Unicode
	opOptFromOpt              // ?T from ?U, or null when U cannot be read as T
	opOptFromValue            // ?T from a U that is not an option
	opArray                   // [T] from [U]
	opArrayFromBlob           // [T] from a Blob's bytes
	opBlobFromArray           // Blob from [Nat8]
	opMutArray                // [var T] from [var U] or a cell holding [U]
	opCell                    // a var field from a cell
	opCellFromValue           // a var field from a value (a Region)
	opFromCell                // the value of a cell (a Region)
	opRecord                  // a record or tuple from a record or tuple
	opVariant                 // a variant from a variant
)

type plan struct {
	op       op
	keeps    bool        // running it returns its input: see settle
	elem     *plan       // what each element, payload or cell content becomes
	fromCell bool        // opMutArray: the old array sits in a cell
	fromBlob bool        // opMutArray: the old array is a Blob
	value    value.Value // opConst
	msg      string      // opFail, opTrap
	// opRecord: the new fields in the order the decoder reads them; into
	// a tuple when layout is nil.
	fields []fieldPlan
	layout *value.Layout
	size   int
	tags   map[string]tagPlan // opVariant, by old tag
	// opMutArray, opCell: what the new alias holds, to tell apart an alias
	// read at two types (aliasKey) and name the expected one.
	aliasKey  string
	aliasElem types.Type
	intoCell  bool
	// opRecord into a tuple from an old tuple of this many elements (0
	// from a record).
	fromTuple int
}

// fieldPlan fills one field of a new record or tuple from the old record's
// field oldName or the old tuple's element oldIndex; when the old value has
// none, plan fails or the field is absent: null.
type fieldPlan struct {
	at       int // position in the new record or tuple
	found    bool
	oldName  string
	oldIndex int
	absent   bool
	plan     *plan
}

type tagPlan struct {
	name string
	plan *plan
}

type converter struct {
	mode  Mode
	plans map[string]*plan
	all   []*plan
	// memo maps each old mutable array, cell or region already carried to
	// its new value, so sharing and cycles survive.
	memo map[any]carried
}

type carried struct {
	v     value.Value
	alias string
}

func newConverter(mode Mode) *converter {
	return &converter{mode: mode, plans: map[string]*plan{}, memo: map[any]carried{}}
}

func (c *converter) newPlan(o op) *plan {
	p := &plan{op: o}
	c.all = append(c.all, p)
	return p
}

func (c *converter) keep() *plan { return c.newPlan(opKeep) }

func (c *converter) constant(v value.Value) *plan {
	p := c.newPlan(opConst)
	p.value = v
	return p
}

func (c *converter) fail(msg string) *plan {
	p := c.newPlan(opFail)
	p.msg = msg
	return p
}

func (c *converter) trap(msg string) *plan {
	p := c.newPlan(opTrap)
	p.msg = msg
	return p
}

func unexpected(t types.Type) string {
	return "IDL error: unexpected IDL type when parsing " + types.String(t)
}

// compile returns the plan for carrying values of old to new, then works
// out which plans leave values as they are.
func (c *converter) compile(old slot, new types.Type) *plan {
	p := c.plan(old, plain(new))
	c.settle()
	return p
}

// plan compiles one pair. Pairs through definitions are memoized before
// their parts are compiled, so recursive types give cyclic plans.
func (c *converter) plan(old, new slot) *plan {
	if !isApp(old.t) && !isApp(new.t) {
		return c.build(old, new, nil)
	}
	key := pairKey(old, new)
	if p, ok := c.plans[key]; ok {
		return p
	}
	p := &plan{}
	c.plans[key] = p
	c.all = append(c.all, p)
	c.build(old, new, p)
	return p
}

// build compiles into p (a fresh plan when nil).
func (c *converter) build(old, new slot, p *plan) *plan {
	q := c.compileSlot(old, new)
	if p == nil {
		return q
	}
	*p = *q
	return p
}

func (c *converter) compileSlot(old, new slot) *plan {
	no := types.Normalize(old.t)
	if no == types.None && !old.mut {
		return c.keep() // no values to carry
	}
	nn := types.Normalize(new.t)
	if new.mut {
		return c.intoAlias(old, no, new.t, true)
	}
	if a, ok := nn.(*types.Array); ok && a.Mut {
		return c.intoAlias(old, no, a.Elem, false)
	}
	ko := kindOf(no)
	if old.mut {
		ko = kAlias
	}
	if c.mode == Classical && ko == types.IDLBlob {
		ko = types.IDLVec
	}
	switch t := nn.(type) {
	case types.Prim:
		return c.prim(old, no, ko, t)
	case *types.Tuple:
		if len(t.Elems) == 0 {
			if isUnit(no) {
				return c.keep()
			}
			if ko == types.IDLNull {
				return c.constant(value.Unit)
			}
			return c.fail(unexpected(nn))
		}
		if ko != types.IDLRecord && ko != types.IDLTuple {
			return c.fail(unexpected(nn))
		}
		return c.record(no, nn, nil, t.Elems)
	case *types.Obj:
		switch {
		case t.Sort == ast.Object && (ko == types.IDLRecord || ko == types.IDLTuple):
			return c.record(no, nn, t.Fields(), nil)
		case t.Sort == ast.Actor && ko == types.IDLService:
			return c.keep()
		}
		return c.fail(unexpected(nn))
	case *types.Array:
		switch {
		case ko == types.IDLVec && kindOf(no) == types.IDLBlob:
			p := c.newPlan(opArrayFromBlob)
			p.elem = c.plan(plain(types.Nat8), plain(t.Elem))
			return p
		case ko == types.IDLVec:
			p := c.newPlan(opArray)
			p.elem = c.plan(plain(no.(*types.Array).Elem), plain(t.Elem))
			return p
		}
		return c.fail(unexpected(nn))
	case *types.Opt:
		switch ko {
		case types.IDLNull, types.IDLReserved:
			return c.constant(value.Null)
		case types.IDLOpt:
			p := c.newPlan(opOptFromOpt)
			p.elem = c.plan(plain(no.(*types.Opt).Elem), plain(t.Elem))
			return p
		}
		p := c.newPlan(opOptFromValue)
		p.elem = c.plan(old, plain(t.Elem))
		return p
	case *types.Variant:
		if ko != types.IDLVariant {
			return c.fail(unexpected(nn))
		}
		return c.variant(no.(*types.Variant), t)
	case *types.Func:
		if ko == types.IDLFunc || (t.Sort == ast.LocalFunc && kindOf(no) == types.NotIDL) {
			return c.keep()
		}
		return c.fail(unexpected(nn))
	}
	if nn == types.Any {
		return c.keep()
	}
	if nn == types.None {
		return c.fail("IDL error: deserializing value of type None")
	}
	return c.fail(unexpected(nn))
}

// prim reads a primitive type.
func (c *converter) prim(old slot, no types.Type, ko types.IDLKind, t types.Prim) *plan {
	switch t {
	case types.Null:
		if no == types.Null {
			return c.keep()
		}
		if ko == types.IDLNull {
			return c.constant(value.Null)
		}
	case types.Int:
		if ko == types.IDLNat || ko == types.IDLInt {
			return c.keep()
		}
	case types.Char:
		if ko == types.IDLNat32 {
			if no == types.Char || c.mode == Enhanced {
				return c.keep()
			}
			return c.newPlan(opCheckChar)
		}
	case types.Blob:
		switch {
		case ko == types.IDLBlob || no == types.Blob:
			return c.keep()
		case ko == types.IDLVec:
			if types.Normalize(no.(*types.Array).Elem) == types.Nat8 {
				return c.newPlan(opBlobFromArray)
			}
			return c.fail("IDL error: blob not a vector of nat8")
		}
	case types.Region:
		// A Region is an alias in the encoding.
		switch {
		case ko == types.IDLRegion:
			return c.keep()
		case old.mut && types.Normalize(old.t) == types.Region:
			return c.newPlan(opFromCell)
		case ko == kAlias:
			return c.trap("deserialize_go (Region): unexpected idl_typ")
		case isPrimKind(ko):
			return c.trap(primitiveAlias)
		}
	default:
		if ko == kindOf(t) && ko != types.IDLBlob {
			return c.keep()
		}
	}
	return c.fail(unexpected(t))
}

// intoAlias reads a mutable array of elem, or with cell a var field of
// type elem.
func (c *converter) intoAlias(old slot, no, elem types.Type, cell bool) *plan {
	ko := kindOf(no)
	if old.mut {
		ko = kAlias
	}
	shown := "var " + types.String(elem)
	if !cell {
		shown = types.String(&types.Array{Mut: true, Elem: elem})
	}
	var p *plan
	switch {
	case ko == kAlias:
		// What the old cell or mutable array holds.
		inner := plain(old.t)
		if !old.mut {
			inner = plain(&types.Array{Elem: no.(*types.Array).Elem})
		}
		if cell {
			p = c.newPlan(opCell)
			p.elem = c.plan(inner, plain(elem))
			break
		}
		ni := types.Normalize(inner.t)
		switch {
		case ni == types.Blob:
			p = c.newPlan(opMutArray)
			p.fromBlob = true
			p.elem = c.plan(plain(types.Nat8), plain(elem))
		case kindOf(ni) == types.IDLVec:
			p = c.newPlan(opMutArray)
			p.elem = c.plan(plain(ni.(*types.Array).Elem), plain(elem))
		default:
			return c.fail("IDL error: unexpected IDL type when parsing " + shown)
		}
		p.fromCell = old.mut
	case ko == types.IDLRegion && cell:
		p = c.newPlan(opCellFromValue)
		p.elem = c.plan(old, plain(elem))
		return p
	case isPrimKind(ko) && ko != types.IDLRegion:
		return c.trap(primitiveAlias)
	default:
		return c.fail("IDL error: unexpected IDL type when parsing " + shown)
	}
	p.aliasElem = elem
	p.intoCell = cell
	p.aliasKey = types.Identity(elem)
	if cell {
		p.aliasKey = "var " + p.aliasKey
	}
	return p
}

const (
	primitiveAlias      = "IDL error: unexpecting primitive alias type"
	codepointOutOfRange = "codepoint out of range"
)

// isPrimKind reports whether the encoding of a type of kind k is a
// primitive, not an entry of the type table (classical mode's Blob is one).
func isPrimKind(k types.IDLKind) bool {
	return k > types.NotIDL && k <= kLastPrim && k != types.IDLBlob
}

func isUnit(t types.Type) bool {
	tup, ok := t.(*types.Tuple)
	return ok && len(tup.Elems) == 0
}

// record reads a record (fields) or a tuple (elems) from an old record or
// tuple, matching fields by hash; the decoder reads them in hash order.
func (c *converter) record(no, nn types.Type, fields []types.Field, elems []types.Type) *plan {
	p := c.newPlan(opRecord)
	type want struct {
		at   int
		hash uint32
		name string
		t    slot
	}
	var ws []want
	if fields != nil || elems == nil {
		names := make([]string, len(fields))
		for i, f := range fields {
			names[i] = f.Name
			ws = append(ws, want{at: i, hash: labelHash(f.Name), name: f.Name, t: slot{f.Type, f.Mut}})
		}
		p.layout = value.LayoutOf(names)
		p.size = len(fields)
	} else {
		for i, e := range elems {
			ws = append(ws, want{at: i, hash: uint32(i), t: plain(e)})
		}
		p.size = len(elems)
		if tup, ok := no.(*types.Tuple); ok {
			p.fromTuple = len(tup.Elems)
		}
	}
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].hash < ws[j].hash })
	for _, w := range ws {
		fp := fieldPlan{at: w.at}
		old, found := oldField(no, w.hash, &fp)
		fp.found = found
		switch {
		case found:
			fp.plan = c.plan(old, w.t)
		case !w.t.mut && optional(w.t.t):
			fp.absent = true
		case elems != nil:
			fp.plan = c.fail("IDL error: did not find tuple field in record")
		default:
			fp.plan = c.fail("IDL error: did not find field " + w.name + " in record")
		}
		p.fields = append(p.fields, fp)
	}
	return p
}

// oldField finds the old record's field or tuple's element with hash h and
// records where it is in fp.
func oldField(no types.Type, h uint32, fp *fieldPlan) (slot, bool) {
	switch o := no.(type) {
	case *types.Tuple:
		if int64(h) < int64(len(o.Elems)) {
			fp.oldIndex = int(h)
			return plain(o.Elems[h]), true
		}
	case *types.Obj:
		for _, f := range o.Fields() {
			if labelHash(f.Name) == h {
				fp.oldName = f.Name
				return slot{f.Type, f.Mut}, true
			}
		}
	}
	return slot{}, false
}

// optional reports whether the decoder fills a missing field of type t
// with null.
func optional(t types.Type) bool {
	switch n := types.Normalize(t).(type) {
	case *types.Opt:
		return true
	case types.Prim:
		return n == types.Null
	}
	return types.Normalize(t) == types.Any
}

func (c *converter) variant(old, new *types.Variant) *plan {
	p := c.newPlan(opVariant)
	p.tags = make(map[string]tagPlan, len(old.Tags))
	for _, to := range old.Tags {
		h := labelHash(to.Name)
		tp := tagPlan{plan: c.fail("IDL error: unexpected variant tag")}
		for _, tn := range new.Tags {
			if labelHash(tn.Name) == h {
				tp = tagPlan{name: tn.Name, plan: c.plan(plain(to.Type), plain(tn.Type))}
				break
			}
		}
		p.tags[to.Name] = tp
	}
	return p
}

// settle marks the plans that return their input unchanged: the greatest
// set closed under "all parts keep", so that a recursive type that changes
// nowhere is not walked at all.
func (c *converter) settle() {
	for _, p := range c.all {
		p.keeps = mayKeep(p)
	}
	for changed := true; changed; {
		changed = false
		for _, p := range c.all {
			if p.keeps && !partsKeep(p) {
				p.keeps = false
				changed = true
			}
		}
	}
}

// mayKeep reports whether p returns its input when its parts do.
func mayKeep(p *plan) bool {
	switch p.op {
	case opKeep, opOptFromOpt, opArray, opCell:
		return true
	case opMutArray:
		return !p.fromCell && !p.fromBlob
	case opRecord:
		if p.layout == nil {
			// A tuple keeps from a tuple of the same length.
			if p.fromTuple != p.size {
				return false
			}
			for _, f := range p.fields {
				if f.absent || f.oldIndex != f.at {
					return false
				}
			}
			return true
		}
		for _, f := range p.fields {
			if f.absent || f.oldName != p.layout.Names[f.at] {
				return false
			}
		}
		return true
	case opVariant:
		for name, t := range p.tags {
			if t.name != name {
				return false
			}
		}
		return true
	}
	return false
}

func partsKeep(p *plan) bool {
	if p.elem != nil && !p.elem.keeps {
		return false
	}
	for _, f := range p.fields {
		if f.plan != nil && !f.plan.keeps {
			return false
		}
	}
	for _, t := range p.tags {
		if !t.plan.keeps {
			return false
		}
	}
	return true
}

// failure reports whether some value could fail to be carried by p outside
// an option (or trap anywhere), with the decoder's message.
func (p *plan) failure() (string, bool) {
	return p.fails(map[visit]bool{}, false)
}

type visit struct {
	p         *plan
	recovered bool
}

func (p *plan) fails(seen map[visit]bool, recovered bool) (string, bool) {
	if p.keeps || seen[visit{p, recovered}] {
		return "", false
	}
	seen[visit{p, recovered}] = true
	switch p.op {
	case opFail:
		return p.msg, !recovered
	case opTrap:
		return p.msg, true
	case opCheckChar:
		return codepointOutOfRange, true
	case opOptFromOpt, opOptFromValue:
		recovered = true
	}
	if p.elem != nil {
		if msg, ok := p.elem.fails(seen, recovered); ok {
			return msg, true
		}
	}
	for _, f := range p.fields {
		if f.plan != nil {
			if msg, ok := f.plan.fails(seen, recovered); ok {
				return msg, true
			}
		}
	}
	names := make([]string, 0, len(p.tags))
	for name := range p.tags {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if msg, ok := p.tags[name].plan.fails(seen, recovered); ok {
			return msg, true
		}
	}
	return "", false
}
