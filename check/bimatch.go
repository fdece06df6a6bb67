package check

import (
	"fmt"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// Bi-matching: moc's solver for the type arguments of a generic call
// written without them. Each argument gives a subtyping problem between
// its own type and its parameter's; matching the two collects, for every
// type parameter, a lower bound (the join of what must fit into it) and an
// upper bound (the meet of what it must fit into). A parameter whose two
// bounds differ takes the one its place in the result type calls for.

// problem is the constraint actual <: expected, either side of which may
// mention the type parameters being solved; at is the expression it comes
// from, ret is set when expected is the call's expected result type.
type problem struct {
	actual, expected types.Type
	at               ast.Node
	ret              bool
}

// inferFailure says why no type arguments fit. reason, when set, is a
// problem between closed types, which moc reports on its own (M0096).
type inferFailure struct {
	msg, hint string
	reason    *problem
}

// solver holds what is known of one call's type arguments.
type solver struct {
	vars     []*types.Var // fresh stand-ins for the type parameters
	solution []types.Type // nil while unsolved
	active   []bool       // being solved in the current round
	lower    []types.Type
	upper    []types.Type
	variance []types.Variance
	// verify holds the problems whose check waits for the next round,
	// their variables not all being solved yet.
	verify []problem
}

func newSolver(vars []*types.Var) *solver {
	n := len(vars)
	s := &solver{vars: vars, solution: make([]types.Type, n), active: make([]bool, n),
		lower: make([]types.Type, n), upper: make([]types.Type, n), variance: make([]types.Variance, n)}
	for i, v := range vars {
		s.active[i] = true
		s.lower[i] = types.None
		s.upper[i] = v.Bound
	}
	return s
}

// index returns the position of v among the variables still being solved.
func (s *solver) index(v *types.Var) int {
	for i, w := range s.vars {
		if w == v && s.active[i] {
			return i
		}
	}
	return -1
}

// occurring marks the variables being solved that occur in ts.
func (s *solver) occurring(ts ...types.Type) []bool {
	found := make([]bool, len(s.vars))
	for _, t := range ts {
		types.Walk(t, func(t types.Type) {
			if v, ok := t.(*types.Var); ok {
				if i := s.index(v); i >= 0 {
					found[i] = true
				}
			}
		})
	}
	return found
}

// closed reports whether t mentions no variable being solved.
func (s *solver) closed(t types.Type) bool {
	for _, f := range s.occurring(t) {
		if f {
			return false
		}
	}
	return true
}

// unsolvedIn names the variables being solved that occur in ts.
func (s *solver) unsolvedIn(ts []types.Type) []string {
	var names []string
	for i, f := range s.occurring(ts...) {
		if f {
			names = append(names, s.vars[i].Name)
		}
	}
	return names
}

// subst replaces the solved variables of t by their solutions.
func (s *solver) subst(t types.Type) types.Type {
	var vs []*types.Var
	var ts []types.Type
	for i, v := range s.vars {
		if s.solution[i] != nil {
			vs = append(vs, v)
			ts = append(ts, s.solution[i])
		}
	}
	return types.Subst(t, vs, ts)
}

// round solves the variables that the problems ps bound. With types
// that the next round needs closed (mustSolve: the parameters of function
// literals still to type), it solves only the variables those mention and
// leaves the others, so that the next round's problems may bound them too.
func (s *solver) round(ps []problem, mustSolve []types.Type) *inferFailure {
	n := len(s.vars)
	deferred := make([]bool, n)
	deferVerify := false
	if len(mustSolve) > 0 {
		var sides []types.Type
		for _, p := range ps {
			sides = append(sides, p.actual, p.expected)
		}
		used, needed := s.occurring(sides...), s.occurring(mustSolve...)
		for i := range s.vars {
			if s.active[i] {
				deferred[i] = !(needed[i] && used[i])
				deferVerify = deferVerify || used[i] && deferred[i]
			}
		}
	}
	m := s.matcher()
	for i := range ps {
		lower, upper := append([]types.Type(nil), m.lower...), append([]types.Type(nil), m.upper...)
		if !m.match(ps[i].actual, ps[i].expected, false, nil) {
			m.lower, m.upper = lower, upper
			return s.mismatch(m, ps[i])
		}
	}
	wasActive := append([]bool(nil), s.active...)
	var undecided []string
	unsolved := false
	for i := range s.vars {
		if !s.active[i] {
			continue
		}
		lb, ub := m.lower[i], m.upper[i]
		switch {
		case types.Equal(lb, ub):
			s.solution[i] = ub
		case !types.Sub(lb, ub):
			return &inferFailure{msg: fmt.Sprintf("bug: impossible over-constrained type parameter `%s` with\n  %s  <:  %s  <:  %s\nwhere\n  %s  </:  %s\nPlease report this bug and supply an explicit instantiation instead.",
				s.vars[i].Name, types.String(lb), s.vars[i].Name, types.String(ub), types.String(lb), types.String(ub))}
		case deferred[i]:
			unsolved = true
			continue
		default:
			t, ok := s.choose(i, lb, ub)
			s.solution[i] = t
			if !ok {
				undecided = append(undecided, s.vars[i].Name)
			}
		}
		s.active[i] = false
	}
	s.lower, s.upper = m.lower, m.upper
	if len(undecided) > 0 {
		plural := ""
		if len(undecided) > 1 {
			plural = "s"
		}
		f := &inferFailure{msg: fmt.Sprintf("there is no \"best\" choice for type parameter%s `%s`.", plural, strings.Join(undecided, "`, `"))}
		if !unsolved {
			inst := make([]string, n)
			for i, t := range s.solution {
				inst[i] = types.String(t)
			}
			f.hint = "Hint: Add explicit type instantiation, e.g. <" + strings.Join(inst, ", ") + ">"
		}
		return f
	}
	check := append(s.verify, ps...)
	if deferVerify {
		check = s.verify
		s.verify = make([]problem, len(ps))
		for i, p := range ps {
			s.verify[i] = problem{actual: s.subst(p.actual), expected: s.subst(p.expected), at: p.at, ret: p.ret}
		}
	} else {
		s.verify = nil
	}
	if !s.verified(wasActive, check) {
		var inst []string
		for i, t := range s.solution {
			if t != nil {
				inst = append(inst, s.vars[i].Name+" := "+types.String(t))
			}
		}
		return &inferFailure{msg: "bug: inferred bad instantiation\n  <" + strings.Join(inst, ", ") +
			">\nplease report this error message and, for now, supply an explicit instantiation instead"}
	}
	return nil
}

// verified checks the solution found: the bounds of the variables solved
// in this round and the problems given.
func (s *solver) verified(solvedNow []bool, ps []problem) bool {
	for i, v := range s.vars {
		if solvedNow[i] && s.solution[i] != nil && !types.Sub(s.solution[i], v.Bound) {
			return false
		}
	}
	for _, p := range ps {
		if !types.Sub(s.subst(p.actual), s.subst(p.expected)) {
			return false
		}
	}
	return true
}

// choose picks a solution between distinct bounds lb <: ub by the
// variable's place in the result: the lower bound where a smaller type
// gives a smaller result, the upper one where it gives a larger; in an
// invariant place only when one of the two leaves no other choice but
// Any or None (ok false otherwise, with a bound to show).
func (s *solver) choose(i int, lb, ub types.Type) (types.Type, bool) {
	switch s.variance[i] {
	case types.Contravariant:
		return ub, true
	case types.Invariant:
		nl, nu := types.Normalize(lb), types.Normalize(ub)
		switch {
		case nu == types.Any && nl != types.None && types.HasNoSupertypes(lb):
			return lb, true
		case nl == types.None && nu != types.Any && types.HasNoSubtypes(ub):
			return ub, true
		case nl == types.None:
			return ub, false
		}
		return lb, false
	}
	return lb, true
}

// mismatch explains the problem p that bi-matching could not satisfy,
// under the bounds found before it.
func (s *solver) mismatch(m *biMatcher, p problem) *inferFailure {
	partial := &solver{vars: s.vars, solution: append([]types.Type(nil), s.solution...), variance: s.variance}
	for i := range s.vars {
		if !s.active[i] {
			continue
		}
		lb, ub := m.lower[i], m.upper[i]
		t := ub
		if !types.Equal(lb, ub) {
			t, _ = s.choose(i, lb, ub)
		}
		// A variable at Any or None tells nothing about the mismatch.
		if n := types.Normalize(t); n != types.Any && n != types.None {
			partial.solution[i] = t
		}
	}
	actual, expected := partial.subst(p.actual), partial.subst(p.expected)
	f := &inferFailure{}
	if s.closed(actual) && s.closed(expected) {
		f.reason = &problem{actual: actual, expected: unname(expected), at: p.at}
	}
	rel := "\n  " + types.String(actual) + "  <:  " + types.String(unname(expected))
	switch n, ok := expected.(*types.Named); {
	case p.ret:
		rel += "  (for the expected return type) "
	case ok:
		rel += "  (for argument `" + n.Name + "`) "
	}
	f.msg = "there is no way to satisfy subtyping" + rel
	return f
}

// biMatcher matches the two sides of problems, narrowing the bounds.
type biMatcher struct {
	s            *solver
	lower, upper []types.Type
	// seen holds the pairs of definitions being matched (by mode), which
	// recursive definitions meet again.
	seen map[string]bool
}

func (s *solver) matcher() *biMatcher {
	return &biMatcher{s: s, lower: append([]types.Type(nil), s.lower...), upper: append([]types.Type(nil), s.upper...), seen: map[string]bool{}}
}

// match relates t1 to t2, as a subtype or, with eq, as an equal type;
// rigid are the type parameters of function types matched on the way,
// which no solution may mention.
func (m *biMatcher) match(t1, t2 types.Type, eq bool, rigid []*types.Var) bool {
	if t1 == t2 {
		return true
	}
	switch {
	case t2 == types.Any && (t1 == types.Any || !eq):
		return true
	case t1 == types.None && (t2 == types.None || !eq):
		return true
	}
	if n, ok := t1.(*types.Named); ok {
		return m.match(n.Type, t2, eq, rigid)
	}
	if n, ok := t2.(*types.Named); ok {
		return m.match(t1, n.Type, eq, rigid)
	}
	if v, ok := t2.(*types.Var); ok {
		if i := m.s.index(v); i >= 0 {
			if mentionsVar(t1, rigid) {
				return false
			}
			m.lower[i] = types.Lub(t1, m.lower[i])
			if eq {
				m.upper[i] = types.Glb(t1, m.upper[i])
			}
			return types.Sub(m.lower[i], m.upper[i])
		}
	}
	if v, ok := t1.(*types.Var); ok {
		if i := m.s.index(v); i >= 0 {
			if mentionsVar(t2, rigid) {
				return false
			}
			if eq {
				m.lower[i] = types.Lub(t2, m.lower[i])
			}
			m.upper[i] = types.Glb(t2, m.upper[i])
			return types.Sub(m.lower[i], m.upper[i])
		}
	}
	a1, app1 := t1.(*types.App)
	a2, app2 := t2.(*types.App)
	v1, var1 := t1.(*types.Var)
	_, var2 := t2.(*types.Var)
	if app1 || app2 || var1 || var2 {
		switch {
		case app1 && a1.Con.Body != nil || app2 && a2.Con.Body != nil:
			key := types.Identity(t1) + " <: " + types.Identity(t2)
			if eq {
				key = types.Identity(t1) + " = " + types.Identity(t2)
			}
			if m.seen[key] {
				return true
			}
			m.seen[key] = true
			if app1 && a1.Con.Body != nil {
				return m.match(types.Normalize(t1), t2, eq, rigid)
			}
			return m.match(t1, types.Normalize(t2), eq, rigid)
		case var1 && t1 == t2 || app1 && app2 && types.Equal(t1, t2):
			return true
		case var1 && !eq:
			return m.match(v1.Bound, t2, eq, rigid)
		}
		return false
	}
	switch a := t1.(type) {
	case types.Prim:
		if b, ok := t2.(types.Prim); ok {
			return a == b || !eq && a == types.Nat && b == types.Int
		}
		_, opt := t2.(*types.Opt)
		return opt && a == types.Null && !eq
	case *types.Obj:
		b, ok := t2.(*types.Obj)
		return ok && a.Sort == b.Sort && m.fields(a, b, eq, rigid)
	case *types.Array:
		b, ok := t2.(*types.Array)
		return ok && a.Mut == b.Mut && m.match(a.Elem, b.Elem, eq || a.Mut, rigid)
	case *types.Opt:
		b, ok := t2.(*types.Opt)
		return ok && m.match(a.Elem, b.Elem, eq, rigid)
	case *types.Variant:
		b, ok := t2.(*types.Variant)
		if !ok {
			return false
		}
		for _, ta := range a.Tags {
			if _, ok := b.Tag(ta.Name); !ok {
				return false
			}
		}
		for _, tb := range b.Tags {
			ta, ok := a.Tag(tb.Name)
			if !ok && eq || ok && !m.match(ta.Type, tb.Type, eq, rigid) {
				return false
			}
		}
		return true
	case *types.Tuple:
		b, ok := t2.(*types.Tuple)
		return ok && m.list(a.Elems, b.Elems, eq, rigid)
	case *types.Func:
		b, ok := t2.(*types.Func)
		return ok && m.funcs(a, b, eq, rigid)
	case *types.Async:
		b, ok := t2.(*types.Async)
		return ok && a.Star == b.Star && m.match(a.Elem, b.Elem, eq, rigid)
	}
	return false
}

func (m *biMatcher) list(as, bs []types.Type, eq bool, rigid []*types.Var) bool {
	if len(as) != len(bs) {
		return false
	}
	for i := range as {
		if !m.match(as[i], bs[i], eq, rigid) {
			return false
		}
	}
	return true
}

// fields matches the fields of two objects: those of b must all be in a
// (and, with eq, the other way round); mutable ones are matched as equal.
func (m *biMatcher) fields(a, b *types.Obj, eq bool, rigid []*types.Var) bool {
	for _, fa := range a.Fields() {
		if _, ok := b.Field(fa.Name); !ok && eq {
			return false
		}
	}
	for _, fb := range b.Fields() {
		fa, ok := a.Field(fb.Name)
		if !ok || fa.Mut != fb.Mut || !m.match(fa.Type, fb.Type, eq || fa.Mut, rigid) {
			return false
		}
	}
	for _, ta := range a.TypeFields {
		if _, ok := b.TypeField(ta.Name); !ok && eq {
			return false
		}
	}
	for _, tb := range b.TypeFields {
		if ta, ok := a.TypeField(tb.Name); !ok || !types.SameDefinition(ta, tb.Con) {
			return false
		}
	}
	return true
}

// funcs matches two function types: parameters the other way round; the
// type parameters of both are renamed to b's, which stay rigid.
func (m *biMatcher) funcs(a, b *types.Func, eq bool, rigid []*types.Var) bool {
	if a.Sort != b.Sort || len(a.TypeParams) != len(b.TypeParams) {
		return false
	}
	aParams, aResults := a.Params, a.Results
	if len(b.TypeParams) > 0 {
		renamed := make([]types.Type, len(b.TypeParams))
		for i, v := range b.TypeParams {
			renamed[i] = v
		}
		for i, v := range b.TypeParams {
			if !m.match(v.Bound, types.Subst(a.TypeParams[i].Bound, a.TypeParams, renamed), eq, rigid) {
				return false
			}
		}
		aParams = substAll(a.Params, a.TypeParams, renamed)
		aResults = substAll(a.Results, a.TypeParams, renamed)
		rigid = append(append([]*types.Var(nil), rigid...), b.TypeParams...)
	}
	return m.list(b.Params, aParams, eq, rigid) && m.list(aResults, b.Results, eq, rigid)
}

// mentionsVar reports whether t mentions one of vs.
func mentionsVar(t types.Type, vs []*types.Var) bool {
	if len(vs) == 0 {
		return false
	}
	found := false
	types.Walk(t, func(t types.Type) {
		for _, v := range vs {
			if t == types.Type(v) {
				found = true
			}
		}
	})
	return found
}
