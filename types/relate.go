package types

import "github.com/mori-lang/mori/ast"

// Normalize expands type definitions and drops parameter names until the
// head is structural.
func Normalize(t Type) Type {
	for {
		switch n := t.(type) {
		case *Named:
			t = n.Type
		case *App:
			if n.Con.Body == nil {
				return t
			}
			t = Subst(n.Con.Body, n.Con.Params, n.Args)
		default:
			return t
		}
	}
}

// Promote replaces a type variable by its bound, repeatedly, then normalizes.
func Promote(t Type) Type {
	for {
		t = Normalize(t)
		v, ok := t.(*Var)
		if !ok {
			return t
		}
		t = v.Bound
	}
}

// Subst replaces the variables vs by ts in t.
func Subst(t Type, vs []*Var, ts []Type) Type {
	if len(vs) == 0 {
		return t
	}
	m := make(map[*Var]Type, len(vs))
	for i, v := range vs {
		m[v] = ts[i]
	}
	return subst(t, m)
}

func subst(t Type, m map[*Var]Type) Type {
	switch t := t.(type) {
	case *Var:
		if r, ok := m[t]; ok {
			return r
		}
		return t
	case *Tuple:
		return &Tuple{Elems: substList(t.Elems, m)}
	case *Opt:
		return &Opt{Elem: subst(t.Elem, m)}
	case *Array:
		return &Array{Mut: t.Mut, Elem: subst(t.Elem, m)}
	case *Async:
		return &Async{Star: t.Star, Elem: subst(t.Elem, m)}
	case *Obj:
		fs := make([]Field, len(t.Fields()))
		for i, f := range t.Fields() {
			fs[i] = Field{Name: f.Name, Mut: f.Mut, Type: subst(f.Type, m)}
		}
		return &Obj{Sort: t.Sort, fields: fs, TypeFields: t.TypeFields}
	case *Variant:
		tags := make([]Tag, len(t.Tags))
		for i, g := range t.Tags {
			tags[i] = Tag{Name: g.Name, Type: subst(g.Type, m)}
		}
		return &Variant{Tags: tags}
	case *Func:
		// Type parameters of the function itself are distinct variables, so
		// they are untouched; only their bounds may mention outer variables.
		tps := t.TypeParams
		if len(tps) > 0 {
			fresh := make([]*Var, len(tps))
			inner := make(map[*Var]Type, len(m)+len(tps))
			for k, v := range m {
				inner[k] = v
			}
			for i, v := range tps {
				fresh[i] = &Var{Name: v.Name}
				inner[v] = fresh[i]
			}
			for i, v := range tps {
				fresh[i].Bound = subst(v.Bound, inner)
			}
			m = inner
			tps = fresh
		}
		return &Func{Sort: t.Sort, TypeParams: tps, Params: substList(t.Params, m), Results: substList(t.Results, m)}
	case *App:
		return &App{Con: t.Con, Args: substList(t.Args, m)}
	case *Named:
		return &Named{Name: t.Name, Type: subst(t.Type, m)}
	}
	return t
}

func substList(ts []Type, m map[*Var]Type) []Type {
	out := make([]Type, len(ts))
	for i, t := range ts {
		out[i] = subst(t, m)
	}
	return out
}

// Sub reports whether t1 is a subtype of t2.
func Sub(t1, t2 Type) bool {
	return (&relater{seen: map[string]bool{}}).sub(t1, t2)
}

// StableSub reports whether t1 is a stable subtype of t2: a subtype that
// loses no data, as moc's upgrade check demands. Nothing but Any becomes
// Any, and records keep every field.
func StableSub(t1, t2 Type) bool {
	return (&relater{seen: map[string]bool{}, stable: true}).sub(t1, t2)
}

// Equal reports whether t1 and t2 are equivalent.
func Equal(t1, t2 Type) bool {
	r := &relater{seen: map[string]bool{}}
	return r.sub(t1, t2) && r.sub(t2, t1)
}

// maxDepth bounds how deeply the relation unfolds definitions: generic
// definitions can expand forever (moc gives up too).
const maxDepth = 400

type relater struct {
	seen   map[string]bool
	depth  int
	stable bool // StableSub: no promotion to Any, no dropped fields
}

func (r *relater) sub(t1, t2 Type) bool {
	if t1 == t2 {
		return true
	}
	if r.stable && t2 == Any {
		// As moc, checked before definitions are expanded.
		return false
	}
	if r.depth++; r.depth > maxDepth {
		return false
	}
	defer func() { r.depth-- }()
	if isDefined(t1) || isDefined(t2) {
		if sameApp(t1, t2) {
			return true
		}
		// Definitions may recurse: assume the pair holds while checking
		// its expansion. Expansions build new nodes, so key by notation.
		n1, n2 := Normalize(t1), Normalize(t2)
		if isDefined(n1) || isDefined(n2) {
			// A definition whose body is not known yet (a class's own type
			// inside its body) relates only to itself.
			return sameApp(n1, n2)
		}
		key := identity(t1) + " <: " + identity(t2)
		if r.seen[key] {
			return true
		}
		r.seen[key] = true
		return r.sub(n1, n2)
	}
	if t2 == Any || t1 == None {
		return true
	}
	switch a := t1.(type) {
	case Prim:
		if b, ok := t2.(Prim); ok {
			return a == b || (a == Nat && b == Int)
		}
		if _, ok := t2.(*Opt); ok {
			return a == Null
		}
		return false
	case *Var:
		if b, ok := t2.(*Var); ok && a == b {
			return true
		}
		return r.sub(a.Bound, t2)
	case *Tuple:
		b, ok := t2.(*Tuple)
		if !ok || len(a.Elems) != len(b.Elems) {
			return false
		}
		for i := range a.Elems {
			if !r.sub(a.Elems[i], b.Elems[i]) {
				return false
			}
		}
		return true
	case *Opt:
		b, ok := t2.(*Opt)
		return ok && r.sub(a.Elem, b.Elem)
	case *Array:
		b, ok := t2.(*Array)
		if !ok || a.Mut != b.Mut {
			return false
		}
		if a.Mut {
			return r.sub(a.Elem, b.Elem) && r.sub(b.Elem, a.Elem)
		}
		return r.sub(a.Elem, b.Elem)
	case *Async:
		b, ok := t2.(*Async)
		return ok && a.Star == b.Star && r.sub(a.Elem, b.Elem)
	case *Obj:
		b, ok := t2.(*Obj)
		if !ok || a.Sort != b.Sort || (r.stable && len(a.Fields()) != len(b.Fields())) {
			return false
		}
		for _, fb := range b.Fields() {
			fa, ok := a.Field(fb.Name)
			if !ok || fa.Mut != fb.Mut || !r.sub(fa.Type, fb.Type) {
				return false
			}
			if fa.Mut && !r.sub(fb.Type, fa.Type) {
				return false
			}
		}
		for _, tb := range b.TypeFields {
			if ta, ok := a.TypeField(tb.Name); !ok || !SameDefinition(ta, tb.Con) {
				return false
			}
		}
		return true
	case *Variant:
		b, ok := t2.(*Variant)
		if !ok {
			return false
		}
		for _, ta := range a.Tags {
			tb, ok := b.Tag(ta.Name)
			if !ok || !r.sub(ta.Type, tb.Type) {
				return false
			}
		}
		return true
	case *Func:
		b, ok := t2.(*Func)
		if !ok || a.Sort != b.Sort || len(a.TypeParams) != len(b.TypeParams) || len(a.Params) != len(b.Params) {
			return false
		}
		// Compare generic functions under a common renaming of their parameters.
		targs := make([]Type, len(b.TypeParams))
		for i, v := range b.TypeParams {
			targs[i] = v
		}
		ap := a.Params
		ar := a.Results
		if len(a.TypeParams) > 0 {
			inst := &Func{Params: a.Params, Results: a.Results}
			ap = substList(inst.Params, varMap(a.TypeParams, targs))
			ar = substList(inst.Results, varMap(a.TypeParams, targs))
			for i, v := range a.TypeParams {
				if !Equal(subst(v.Bound, varMap(a.TypeParams, targs)), b.TypeParams[i].Bound) {
					return false
				}
			}
		}
		for i := range ap {
			if !r.sub(b.Params[i], ap[i]) {
				return false
			}
		}
		br := b.Results
		if len(ar) != len(br) {
			// Results are returned as one value either way, so `(A, B)`
			// results relate to a single tuple result, as when a type
			// argument is a tuple: `tabulate<(Nat, Text)>`.
			ar, br = []Type{Seq(ar)}, []Type{Seq(br)}
		}
		for i := range ar {
			if !r.sub(ar[i], br[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// sameApp reports whether t1 and t2 apply one definition to identical
// arguments, which needs no expansion.
func sameApp(t1, t2 Type) bool {
	a, ok1 := t1.(*App)
	b, ok2 := t2.(*App)
	if !ok1 || !ok2 || a.Con != b.Con {
		return false
	}
	for i := range a.Args {
		if identity(a.Args[i]) != identity(b.Args[i]) {
			return false
		}
	}
	return true
}

// isDefined reports whether t is a name for another type (App or Named).
func isDefined(t Type) bool {
	switch t.(type) {
	case *App, *Named:
		return true
	}
	return false
}

func varMap(vs []*Var, ts []Type) map[*Var]Type {
	m := make(map[*Var]Type, len(vs))
	for i, v := range vs {
		m[v] = ts[i]
	}
	return m
}

// IsShared reports whether values of t can be compared with ==: everything
// but local functions, mutable state, modules and regions.
func IsShared(t Type) bool { return isShared(t, map[*Con]bool{}, false) }

// CanShow reports whether debug_show can print values of t: like IsShared,
// but mutable arrays and fields print too.
func CanShow(t Type) bool { return isShared(t, map[*Con]bool{}, true) }

func isShared(t Type, seen map[*Con]bool, mutOK bool) bool {
	switch t := t.(type) {
	case *Named:
		return isShared(t.Type, seen, mutOK)
	case *App:
		if seen[t.Con] {
			return true
		}
		seen[t.Con] = true
		return isShared(Normalize(t), seen, mutOK)
	case Prim:
		return t != Region
	case *Var:
		return false
	case *Tuple:
		for _, e := range t.Elems {
			if !isShared(e, seen, mutOK) {
				return false
			}
		}
		return true
	case *Opt:
		return isShared(t.Elem, seen, mutOK)
	case *Array:
		return (mutOK || !t.Mut) && isShared(t.Elem, seen, mutOK)
	case *Obj:
		switch t.Sort {
		case ast.Module:
			return false
		case ast.Actor:
			return true
		}
		for _, f := range t.Fields() {
			if (f.Mut && !mutOK) || !isShared(f.Type, seen, mutOK) {
				return false
			}
		}
		return true
	case *Variant:
		for _, g := range t.Tags {
			if !isShared(g.Type, seen, mutOK) {
				return false
			}
		}
		return true
	case *Func:
		return t.Sort != 0
	}
	// Any is shared (equal at Any is always true) but has nothing to show.
	return t == None || t == Any && !mutOK
}
