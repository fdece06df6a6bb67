package types

import "sort"

// Lub is the least upper bound of two types as moc computes it (Any when
// they share none but Any): `A or B`, and the type of an `if`, a `switch` or
// an array literal whose parts differ.
func Lub(t1, t2 Type) Type {
	t, _ := Combine(t1, t2, true)
	return t
}

// Glb is the greatest lower bound of two types as moc computes it (None
// when they share none but None): `A and B`.
func Glb(t1, t2 Type) Type {
	t, _ := Combine(t1, t2, false)
	return t
}

// Combine is Lub (upper) or Glb; ok is false when the bound needs the
// body of a definition not known yet (a forward or recursive reference
// while definitions are being declared).
func Combine(t1, t2 Type, upper bool) (t Type, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, pending := r.(pendingDefinition); !pending {
				panic(r)
			}
			t, ok = Any, false
		}
	}()
	return newCombiner().combine(t1, t2, upper), true
}

// pendingDefinition is raised where a bound would expand a definition
// whose body is not known yet.
type pendingDefinition struct{}

// combiner computes bounds structurally, as moc's Type.combine does. The
// pairs under way are remembered, so recursive definitions give recursive
// results (through fresh definitions) instead of unfolding forever.
type combiner struct {
	memo [2]map[[2]Type]Type // by direction: 0 glb, 1 lub
}

func newCombiner() *combiner {
	return &combiner{memo: [2]map[[2]Type]Type{{}, {}}}
}

// mismatch is raised where moc raises Mismatch: mutable parts that differ,
// and type members that disagree in a glb.
type mismatch struct{}

func dir(upper bool) int {
	if upper {
		return 1
	}
	return 0
}

func (c *combiner) remember(t1, t2 Type, upper bool, t Type) {
	m := c.memo[dir(upper)]
	m[[2]Type{t1, t2}] = t
	m[[2]Type{t2, t1}] = t
}

func (c *combiner) combine(t1, t2 Type, upper bool) Type {
	if t1 == t2 {
		return t1
	}
	if t, ok := c.memo[dir(upper)][[2]Type{t1, t2}]; ok {
		return t
	}
	if Equal(t1, t2) {
		t := t1
		if isDefined(t2) {
			t = t2
		}
		c.remember(t1, t2, upper, t)
		return t
	}
	top, bottom := Any, None
	if !upper {
		top, bottom = None, Any
	}
	switch {
	case t1 == bottom:
		return t2
	case t2 == bottom:
		return t1
	case t1 == top || t2 == top:
		return top
	}
	if p1, ok := t1.(Prim); ok {
		if p2, ok := t2.(Prim); ok && (p1 == Nat && p2 == Int || p1 == Int && p2 == Nat) {
			if upper {
				return Int
			}
			return Nat
		}
	}
	if opt, null := optAndNull(t1, t2); opt != nil {
		if upper {
			return opt
		}
		return null
	}
	if _, ok := t1.(*Named); !ok && (isCon(t1) || isCon(t2)) {
		return c.combineCon(t1, t2, upper)
	}
	switch a := t1.(type) {
	case *Named:
		if b, ok := t2.(*Named); ok && a.Name == b.Name {
			return &Named{Name: a.Name, Type: c.combine(a.Type, b.Type, upper)}
		}
		return c.combine(a.Type, unname(t2), upper)
	case *Opt:
		if b, ok := t2.(*Opt); ok {
			return &Opt{Elem: c.combine(a.Elem, b.Elem, upper)}
		}
	case *Array:
		if b, ok := t2.(*Array); ok {
			if a.Mut || b.Mut {
				// Unequal mutable arrays (or one mutable) share nothing but top.
				return top
			}
			return &Array{Elem: c.combine(a.Elem, b.Elem, upper)}
		}
	case *Variant:
		if b, ok := t2.(*Variant); ok {
			return c.combineTags(a, b, upper)
		}
	case *Tuple:
		if b, ok := t2.(*Tuple); ok && len(a.Elems) == len(b.Elems) {
			es := make([]Type, len(a.Elems))
			for i := range es {
				es[i] = c.combine(a.Elems[i], b.Elems[i], upper)
			}
			return &Tuple{Elems: es}
		}
	case *Obj:
		if b, ok := t2.(*Obj); ok && a.Sort == b.Sort {
			if obj, ok := c.combineObj(a, b, upper); ok {
				return obj
			}
			return None // a glb whose members clash
		}
	case *Func:
		if b, ok := t2.(*Func); ok {
			if f := c.combineFunc(a, b, upper); f != nil {
				return f
			}
		}
	case *Async:
		if b, ok := t2.(*Async); ok && a.Star == b.Star {
			return &Async{Star: a.Star, Elem: c.combine(a.Elem, b.Elem, upper)}
		}
	}
	if _, ok := t2.(*Named); ok {
		return c.combine(t1, unname(t2), upper)
	}
	return top
}

// isCon reports whether t is what moc calls a constructor: a use of a
// definition or a type variable.
func isCon(t Type) bool {
	switch t.(type) {
	case *App, *Var:
		return true
	}
	return false
}

func unname(t Type) Type {
	if n, ok := t.(*Named); ok {
		return n.Type
	}
	return t
}

// optAndNull returns the option and the Null when t1 and t2 are one each.
func optAndNull(t1, t2 Type) (opt, null Type) {
	if _, ok := t2.(*Opt); ok && t1 == Null {
		return t2, t1
	}
	if _, ok := t1.(*Opt); ok && t2 == Null {
		return t1, t2
	}
	return nil, nil
}

// combineCon bounds a definition or variable with another type: one of
// them when it is the bound already, else the bound of their expansions
// (a variable's bound stands for it in a lub). The pair stands for a fresh
// definition while its expansion is combined.
func (c *combiner) combineCon(t1, t2 Type, upper bool) Type {
	switch {
	case Sub(t1, t2):
		t := t1
		if upper {
			t = t2
		}
		c.remember(t1, t2, upper, t)
		return t
	case Sub(t2, t1):
		t := t2
		if upper {
			t = t1
		}
		c.remember(t1, t2, upper, t)
		return t
	}
	op, expand := "glb", Normalize
	if upper {
		op, expand = "lub", Promote
	}
	e1, e2 := expand(t1), expand(t2)
	for _, t := range []Type{e1, e2} {
		if app, ok := t.(*App); ok && app.Con.Body == nil {
			panic(pendingDefinition{})
		}
	}
	fresh := &Con{Name: op + "<" + String(t1) + ", " + String(t2) + ">"}
	placeholder := &App{Con: fresh}
	c.remember(t1, t2, upper, placeholder)
	t := c.combine(e1, e2, upper)
	if t == Type(placeholder) {
		// A variable met with a type it does not relate to: they share
		// nothing (only a glb can get here).
		t = None
	}
	fresh.Body = t
	return t
}

func (c *combiner) combineTags(a, b *Variant, upper bool) Type {
	var tags []Tag
	for _, ta := range a.Tags {
		if tb, ok := b.Tag(ta.Name); ok {
			tags = append(tags, Tag{Name: ta.Name, Type: c.combine(ta.Type, tb.Type, upper)})
		} else if upper {
			tags = append(tags, ta)
		}
	}
	if upper {
		for _, tb := range b.Tags {
			if _, ok := a.Tag(tb.Name); !ok {
				tags = append(tags, tb)
			}
		}
	}
	return NewVariant(tags)
}

// combineObj bounds two objects of one sort: a lub keeps the common
// fields (dropping mutable ones that differ), a glb all of them; ok is
// false when a glb's common members clash.
func (c *combiner) combineObj(a, b *Obj, upper bool) (obj Type, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, isMismatch := r.(mismatch); !isMismatch || upper {
				panic(r)
			}
			obj, ok = nil, false
		}
	}()
	var fs []Field
	for _, fa := range a.Fields() {
		fb, both := b.Field(fa.Name)
		switch {
		case both:
			if f, ok := c.combineField(fa, fb, upper); ok {
				fs = append(fs, f)
			}
		case !upper:
			fs = append(fs, fa)
		}
	}
	if !upper {
		for _, fb := range b.Fields() {
			if _, both := a.Field(fb.Name); !both {
				fs = append(fs, fb)
			}
		}
	}
	var tfs []TypeField
	for _, ta := range a.TypeFields {
		tb, both := b.TypeField(ta.Name)
		switch {
		case both && SameDefinition(ta.Con, tb):
			tfs = append(tfs, ta)
		case both && !upper:
			panic(mismatch{})
		case !both && !upper:
			tfs = append(tfs, ta)
		}
	}
	if !upper {
		for _, tb := range b.TypeFields {
			if _, both := a.TypeField(tb.Name); !both {
				tfs = append(tfs, tb)
			}
		}
	}
	sort.Slice(tfs, func(i, j int) bool { return tfs[i].Name < tfs[j].Name })
	return NewObj(a.Sort, fs, tfs), true
}

// combineField bounds a field both objects have; ok is false when a lub
// drops it (mutable fields of different types).
func (c *combiner) combineField(fa, fb Field, upper bool) (Field, bool) {
	if fa.Mut || fb.Mut {
		if fa.Mut == fb.Mut && Equal(fa.Type, fb.Type) {
			return fa, true
		}
		if upper {
			return Field{}, false
		}
		panic(mismatch{})
	}
	return Field{Name: fa.Name, Type: c.combine(fa.Type, fb.Type, upper)}, true
}

// SameDefinition reports whether two definitions define the same type.
func SameDefinition(a, b *Con) bool {
	if a == b {
		return true
	}
	if len(a.Params) != len(b.Params) || a.Body == nil || b.Body == nil {
		return false
	}
	args := make([]Type, len(a.Params))
	for i, v := range a.Params {
		args[i] = v
	}
	return Equal(a.Body, Subst(b.Body, b.Params, args))
}

// combineFunc bounds two functions of the same sort and shape, with equal
// type parameters (renamed to a's): parameters the other way round. nil
// when they differ in shape.
func (c *combiner) combineFunc(a, b *Func, upper bool) Type {
	if a.Sort != b.Sort || len(a.TypeParams) != len(b.TypeParams) ||
		len(a.Params) != len(b.Params) || len(a.Results) != len(b.Results) {
		return nil
	}
	bp, br := b.Params, b.Results
	if len(a.TypeParams) > 0 {
		args := make([]Type, len(a.TypeParams))
		for i, v := range a.TypeParams {
			args[i] = v
		}
		m := varMap(b.TypeParams, args)
		for i, v := range b.TypeParams {
			if !Equal(subst(v.Bound, m), a.TypeParams[i].Bound) {
				return nil
			}
		}
		bp, br = substList(bp, m), substList(br, m)
	}
	ps := make([]Type, len(a.Params))
	for i := range ps {
		ps[i] = c.combine(a.Params[i], bp[i], !upper)
	}
	rs := make([]Type, len(a.Results))
	for i := range rs {
		rs[i] = c.combine(a.Results[i], br[i], upper)
	}
	return &Func{Sort: a.Sort, TypeParams: a.TypeParams, Params: ps, Results: rs}
}
