package types

// Variance says how a type variable occurs in a type: not at all, only
// where a subtype may replace it (covariant), only where a supertype may
// (contravariant, as a function's parameter), or both (invariant, as the
// element of a mutable array).
type Variance uint8

const (
	Bivariant     Variance = 0 // does not occur
	Covariant     Variance = 1
	Contravariant Variance = 2
	Invariant              = Covariant | Contravariant
)

// VarianceOf says how v occurs in t; definitions are expanded.
func VarianceOf(t Type, v *Var) Variance {
	w := varianceWalk{v: v, seen: map[string]Variance{}}
	w.walk(t, Covariant)
	return w.found
}

type varianceWalk struct {
	v     *Var
	found Variance
	// seen holds the expansions visited at each polarity.
	seen map[string]Variance
}

func flip(p Variance) Variance {
	switch p {
	case Covariant:
		return Contravariant
	case Contravariant:
		return Covariant
	}
	return p
}

func (w *varianceWalk) walk(t Type, p Variance) {
	if w.found == Invariant {
		return
	}
	switch t := t.(type) {
	case *Var:
		if t == w.v {
			w.found |= p
		}
	case *Named:
		w.walk(t.Type, p)
	case *App:
		if t.Con.Body == nil {
			for _, a := range t.Args {
				w.walk(a, Invariant)
			}
			return
		}
		key := identity(t)
		if w.seen[key]&p == p {
			return
		}
		w.seen[key] |= p
		w.walk(Normalize(t), p)
	case *Tuple:
		for _, e := range t.Elems {
			w.walk(e, p)
		}
	case *Opt:
		w.walk(t.Elem, p)
	case *Array:
		if t.Mut {
			p = Invariant
		}
		w.walk(t.Elem, p)
	case *Async:
		w.walk(t.Elem, p)
	case *Obj:
		for _, f := range t.Fields() {
			if f.Mut {
				w.walk(f.Type, Invariant)
			} else {
				w.walk(f.Type, p)
			}
		}
	case *Variant:
		for _, g := range t.Tags {
			w.walk(g.Type, p)
		}
	case *Func:
		for _, e := range t.Params {
			w.walk(e, flip(p))
		}
		for _, e := range t.Results {
			w.walk(e, p)
		}
	}
}

// ParamVariance says how the definition's i-th parameter occurs in its
// body (Invariant while the body is not known).
func (c *Con) ParamVariance(i int) Variance {
	if c.Body == nil {
		return Invariant
	}
	if c.variances == nil {
		c.variances = make([]Variance, len(c.Params))
		for j, v := range c.Params {
			c.variances[j] = VarianceOf(c.Body, v)
		}
	}
	return c.variances[i]
}

// HasNoSupertypes reports whether t has no proper supertype but Any (Int,
// Text, ... but not Nat, an option or a record), HasNoSubtypes whether it
// has no proper subtype but None: what moc accepts as the one choice for
// a type argument bounded only on that side.
func HasNoSupertypes(t Type) bool { return noProper(t, true, map[string]bool{}) }

// HasNoSubtypes: see HasNoSupertypes.
func HasNoSubtypes(t Type) bool { return noProper(t, false, map[string]bool{}) }

func noProper(t Type, supertypes bool, seen map[string]bool) bool {
	switch t := t.(type) {
	case *Var:
		return !supertypes || t.Bound == Any
	case *App:
		if t.Con.Body == nil {
			return false
		}
		key := identity(t)
		if seen[key] {
			return true
		}
		seen[key] = true
		return noProper(Normalize(t), supertypes, seen)
	case *Named:
		return noProper(t.Type, supertypes, seen)
	case Prim:
		switch t {
		case Int:
			return supertypes
		case Null, Nat:
			return !supertypes
		}
		return true
	case *Opt:
		return supertypes && noProper(t.Elem, supertypes, seen)
	case *Array:
		return t.Mut || noProper(t.Elem, supertypes, seen)
	case *Async:
		return noProper(t.Elem, supertypes, seen)
	case *Tuple:
		for _, e := range t.Elems {
			if !noProper(e, supertypes, seen) {
				return false
			}
		}
		return true
	case *Func:
		for _, e := range t.Params {
			if !noProper(e, !supertypes, seen) {
				return false
			}
		}
		for _, e := range t.Results {
			if !noProper(e, supertypes, seen) {
				return false
			}
		}
		return true
	}
	return false
}
