package check

import (
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// Pattern coverage, as moc checks it (warnings M0145, M0146): patterns are
// matched against descriptions of the values not yet covered, which start
// as "any value" and are refined at each literal, option or tag; what no
// case covers becomes the example values of the warning, and a case no
// value reaches is "never matched".

// desc describes a set of values.
type desc interface{}

type (
	descAny    struct{}
	descVal    struct{ v litVal }
	descNotVal struct{ vs []litVal } // every value but these
	descTup    struct{ elems []desc }
	descObj    struct{ fields map[string]desc }
	descOpt    struct{ d desc }
	descTag    struct {
		d     desc
		label string
	}
	descNotTag struct{ labels []string } // every tag but these
)

// litVal is a literal value: its kind and canonical text.
type litVal struct {
	kind ast.LitKind
	text string
}

func containsVal(vs []litVal, v litVal) bool {
	for _, w := range vs {
		if w == v {
			return true
		}
	}
	return false
}

func containsLabel(ls []string, l string) bool {
	for _, m := range ls {
		if m == l {
			return true
		}
	}
	return false
}

// ctxt is where the pattern being matched sits, innermost first: what to
// do with the description once that pattern succeeds or fails.
type ctxt interface{}

type (
	inOpt struct{ up ctxt }
	inTag struct {
		up    ctxt
		label string
	}
	inTup struct {
		up     ctxt
		done   []desc // descriptions of the elements before, in order
		rest   []desc
		pats   []ast.Pat
		types_ []types.Type
	}
	inObj struct {
		up     ctxt
		fields map[string]desc
		label  string
		pats   []*ast.PatField
		obj    *types.Obj
	}
	inAlt1 struct {
		up    ctxt
		left  ast.Span
		right ast.Pat
		t     types.Type
	}
	inAlt2 struct {
		up    ctxt
		right ast.Span
	}
	inCase struct {
		at    ast.Span
		cases []ast.Pat
		t     types.Type
	}
)

type coverage struct {
	cases, alts, reachedCases, reachedAlts map[ast.Span]bool
	missing                                []desc
}

// checkCoverage finds the values the case patterns miss (as text) and the
// spans of patterns no value reaches.
func checkCoverage(pats []ast.Pat, t types.Type) (uncovered []string, unreached []ast.Span) {
	cv := &coverage{cases: map[ast.Span]bool{}, alts: map[ast.Span]bool{},
		reachedCases: map[ast.Span]bool{}, reachedAlts: map[ast.Span]bool{}}
	cv.fail(inCase{cases: pats, t: t}, descAny{})
	for i := len(cv.missing) - 1; i >= 0; i-- {
		uncovered = append(uncovered, descText(t, cv.missing[i]))
	}
	for at := range cv.cases {
		if !cv.reachedCases[at] {
			unreached = append(unreached, at)
		}
	}
	for at := range cv.alts {
		if !cv.reachedAlts[at] {
			unreached = append(unreached, at)
		}
	}
	sort.Slice(unreached, func(i, j int) bool { return spanLess(unreached[i], unreached[j]) })
	return uncovered, unreached
}

func spanLess(a, b ast.Span) bool {
	if a.Start != b.Start {
		return a.Start.Line < b.Start.Line || a.Start.Line == b.Start.Line && a.Start.Col < b.Start.Col
	}
	return a.End.Line < b.End.Line || a.End.Line == b.End.Line && a.End.Col < b.End.Col
}

// warnCases warns about what a switch's cases miss and never reach.
func (c *Checker) warnCases(e *env, category string, at ast.Span, cases []*ast.Case, t types.Type) {
	if e.quiet {
		return
	}
	pats := make([]ast.Pat, len(cases))
	for i, cs := range cases {
		pats[i] = cs.Pat
	}
	uncovered, unreached := checkCoverage(pats, t)
	c.reportCoverage(e, category, at, t, uncovered, unreached)
}

// warnPat warns about the values a pattern that must match misses.
func (c *Checker) warnPat(e *env, p ast.Pat, t types.Type) {
	if e.quiet {
		return
	}
	uncovered, unreached := checkCoverage([]ast.Pat{p}, t)
	var inner []ast.Span
	for _, at := range unreached {
		if at != p.Where() {
			inner = append(inner, at)
		}
	}
	c.reportCoverage(e, "pattern", p.Where(), t, uncovered, inner)
}

func (c *Checker) reportCoverage(e *env, category string, at ast.Span, t types.Type, uncovered []string, unreached []ast.Span) {
	for _, u := range unreached {
		c.warn(e, u, "M0146", "this pattern is never matched")
	}
	if len(uncovered) > 0 {
		c.warn(e, at, "M0145", "this %s of type%s\ndoes not cover value\n  %s",
			category, showActual(t), strings.Join(uncovered, " or\n  "))
	}
}

func (cv *coverage) skipPat(at ast.Span) bool {
	cv.alts[at] = true
	return true
}

func (cv *coverage) match(ctx ctxt, d desc, p ast.Pat, t types.Type) bool {
	if span, ok := typeSpan(t); ok && span == 0 {
		return cv.skipPat(p.Where())
	}
	switch p := p.(type) {
	case *ast.WildPat, *ast.VarPat:
		if inhabited(t) {
			return cv.succeed(ctx, d)
		}
		return cv.skipPat(p.Where())
	case *ast.LitPat:
		return cv.matchLit(ctx, d, p.Where(), litValue(p), t)
	case *ast.TuplePat:
		tt, _ := types.Promote(t).(*types.Tuple)
		descs, ok := d.(descTup)
		elems := descs.elems
		if !ok {
			elems = make([]desc, len(p.Elems))
			for i := range elems {
				elems[i] = descAny{}
			}
		}
		var ts []types.Type
		if tt != nil {
			ts = tt.Elems
		}
		if len(ts) != len(p.Elems) {
			return cv.succeed(ctx, d) // a type error reported elsewhere
		}
		return cv.matchTup(ctx, nil, elems, p.Elems, ts)
	case *ast.RecordPat:
		ot, ok := types.Promote(t).(*types.Obj)
		if !ok {
			return cv.succeed(ctx, d)
		}
		fields := map[string]desc{}
		if od, ok := d.(descObj); ok {
			for k, v := range od.fields {
				fields[k] = v
			}
		} else {
			for _, f := range ot.Fields() {
				fields[f.Name] = descAny{}
			}
		}
		return cv.matchObj(ctx, fields, p.Fields, ot)
	case *ast.OptPat:
		pt := types.Promote(t)
		if pt == types.Null {
			return cv.skipPat(p.Where()) && cv.fail(ctx, descVal{nullVal})
		}
		ot, ok := pt.(*types.Opt)
		if !ok {
			return cv.succeed(ctx, d)
		}
		switch d := d.(type) {
		case descOpt:
			return cv.match(inOpt{ctx}, d.d, p.Pat, ot.Elem)
		case descVal:
			return cv.fail(ctx, d)
		case descNotVal:
			return cv.match(inOpt{ctx}, descAny{}, p.Pat, ot.Elem)
		}
		a := cv.fail(ctx, descVal{nullVal})
		return cv.match(inOpt{ctx}, descAny{}, p.Pat, ot.Elem) && a
	case *ast.VariantPat:
		vt, _ := types.Promote(t).(*types.Variant)
		var payload types.Type = types.None
		found := false
		if vt != nil {
			if tag, ok := vt.Tag(p.Tag.Name); ok {
				payload, found = tag.Type, true
			}
		}
		arg := p.Arg
		if arg == nil {
			arg = &ast.TuplePat{Span: p.Span}
		}
		switch d := d.(type) {
		case descTag:
			if d.label == p.Tag.Name {
				return cv.match(inTag{ctx, d.label}, d.d, arg, payload)
			}
			return cv.fail(ctx, d)
		case descNotTag:
			switch {
			case containsLabel(d.labels, p.Tag.Name):
				return cv.fail(ctx, d)
			case !found:
				return cv.skipPat(p.Where()) && cv.fail(ctx, d)
			}
			if span, ok := typeSpan(t); ok && span == len(d.labels)+1 {
				return cv.match(inTag{ctx, p.Tag.Name}, descAny{}, arg, payload)
			}
			labels := append(append([]string(nil), d.labels...), p.Tag.Name)
			a := cv.fail(ctx, descNotTag{labels})
			return cv.match(inTag{ctx, p.Tag.Name}, descAny{}, arg, payload) && a
		}
		return cv.match(ctx, descNotTag{}, p, t)
	case *ast.AltPat:
		cv.alts[p.Left.Where()] = true
		cv.alts[p.Right.Where()] = true
		return cv.match(inAlt1{ctx, p.Left.Where(), p.Right, t}, d, p.Left, t)
	case *ast.AnnotPat:
		return cv.match(ctx, d, p.Pat, t)
	case *ast.ParenPat:
		return cv.match(ctx, d, p.Pat, t)
	}
	return cv.succeed(ctx, d)
}

func (cv *coverage) matchLit(ctx ctxt, d desc, at ast.Span, v litVal, t types.Type) bool {
	switch d := d.(type) {
	case descVal:
		if d.v == v {
			return cv.succeed(ctx, d)
		}
		return cv.fail(ctx, d)
	case descNotVal:
		switch {
		case containsVal(d.vs, v):
			return cv.fail(ctx, d)
		case types.Normalize(t) == types.Nat && v.kind == ast.NatLit && strings.HasPrefix(v.text, "-"):
			return cv.skipPat(at) && cv.fail(ctx, d)
		}
		if span, ok := typeSpan(t); ok && span == len(d.vs)+1 {
			return cv.succeed(ctx, descVal{v})
		}
		vs := append(append([]litVal(nil), d.vs...), v)
		a := cv.fail(ctx, descNotVal{vs})
		return cv.succeed(ctx, descVal{v}) && a
	case descOpt:
		return cv.fail(ctx, d)
	case descAny:
		return cv.matchLit(ctx, descNotVal{}, at, v, t)
	}
	return cv.succeed(ctx, d)
}

func (cv *coverage) matchTup(ctx ctxt, done, rest []desc, pats []ast.Pat, ts []types.Type) bool {
	if len(pats) == 0 {
		return cv.succeed(ctx, descTup{done})
	}
	return cv.match(inTup{ctx, done, rest[1:], pats[1:], ts[1:]}, rest[0], pats[0], ts[0])
}

func (cv *coverage) matchObj(ctx ctxt, fields map[string]desc, pats []*ast.PatField, obj *types.Obj) bool {
	if len(pats) == 0 {
		return cv.succeed(ctx, descObj{fields})
	}
	pf := pats[0]
	f, _ := obj.Field(pf.Name.Name)
	d, ok := fields[pf.Name.Name]
	if !ok {
		d = descAny{}
	}
	return cv.match(inObj{ctx, fields, pf.Name.Name, pats[1:], obj}, d, fieldPat(pf), f.Type)
}

func fieldPat(pf *ast.PatField) ast.Pat { return pf.Pat }

func (cv *coverage) succeed(ctx ctxt, d desc) bool {
	switch c := ctx.(type) {
	case inOpt:
		return cv.succeed(c.up, descOpt{d})
	case inTag:
		return cv.succeed(c.up, descTag{d, c.label})
	case inTup:
		return cv.matchTup(c.up, append(append([]desc(nil), c.done...), d), c.rest, c.pats, c.types_)
	case inObj:
		return cv.matchObj(c.up, withField(c.fields, c.label, d), c.pats, c.obj)
	case inAlt1:
		cv.reachedAlts[c.left] = true
		return cv.succeed(c.up, d)
	case inAlt2:
		cv.reachedAlts[c.right] = true
		return cv.succeed(c.up, d)
	case inCase:
		cv.reachedCases[c.at] = true
		for _, p := range c.cases {
			cv.cases[p.Where()] = true
		}
		return true
	}
	return true
}

func (cv *coverage) fail(ctx ctxt, d desc) bool {
	switch c := ctx.(type) {
	case inOpt:
		return cv.fail(c.up, descOpt{d})
	case inTag:
		return cv.fail(c.up, descTag{d, c.label})
	case inTup:
		elems := append(append(append([]desc(nil), c.done...), d), c.rest...)
		return cv.fail(c.up, descTup{elems})
	case inObj:
		return cv.fail(c.up, descObj{withField(c.fields, c.label, d)})
	case inAlt1:
		return cv.match(inAlt2{c.up, c.right.Where()}, d, c.right, c.t)
	case inAlt2:
		return cv.fail(c.up, d)
	case inCase:
		span, finite := typeSpan(c.t)
		if len(c.cases) == 0 {
			if finite && span == 0 || !inhabited(c.t) {
				return true
			}
			cv.missing = append(cv.missing, d)
			return false
		}
		if finite && span == 0 {
			for _, p := range c.cases {
				cv.cases[p.Where()] = true
			}
			return true
		}
		return cv.match(inCase{c.cases[0].Where(), c.cases[1:], c.t}, d, c.cases[0], c.t)
	}
	return false
}

func withField(fields map[string]desc, label string, d desc) map[string]desc {
	out := make(map[string]desc, len(fields)+1)
	for k, v := range fields {
		out[k] = v
	}
	out[label] = d
	return out
}

var nullVal = litVal{kind: ast.NullLit}

func litValue(p *ast.LitPat) litVal {
	l := p.Lit
	switch l.Kind {
	case ast.NatLit:
		n := NatValue(l)
		if p.Neg {
			n.Neg(n)
		}
		return litVal{kind: ast.NatLit, text: n.String()}
	case ast.FloatLit:
		return litVal{kind: ast.FloatLit, text: l.Value}
	case ast.CharLit:
		return litVal{kind: ast.CharLit, text: string(l.Rune)}
	case ast.TextLit:
		return litVal{kind: ast.TextLit, text: l.Text}
	case ast.BoolLit:
		return litVal{kind: ast.BoolLit, text: fmt.Sprint(l.Bool)}
	}
	return nullVal
}

// typeSpan is the number of values of t, when it is small enough to count
// (moc's T.span).
func typeSpan(t types.Type) (int, bool) {
	switch t := types.Promote(t).(type) {
	case types.Prim:
		switch t {
		case types.Null:
			return 1, true
		case types.Bool:
			return 2, true
		case types.Nat8, types.Int8:
			return 0x100, true
		case types.Nat16, types.Int16:
			return 0x10000, true
		}
		return 0, false
	case *types.Obj, *types.Tuple, *types.Async:
		return 1, true
	case *types.Variant:
		return len(t.Tags), true
	case *types.Opt:
		return 2, true
	}
	if t == types.None {
		return 0, true
	}
	return 0, false
}

// inhabited reports whether t has values.
func inhabited(t types.Type) bool { return inhabitedSeen(t, map[*types.Con]bool{}) }

func inhabitedSeen(t types.Type, seen map[*types.Con]bool) bool {
	if a, ok := t.(*types.App); ok {
		if seen[a.Con] {
			return true
		}
		seen[a.Con] = true
	}
	switch t := types.Normalize(t).(type) {
	case *types.App:
		return inhabitedSeen(t, seen)
	case *types.Tuple:
		for _, e := range t.Elems {
			if !inhabitedSeen(e, seen) {
				return false
			}
		}
	case *types.Obj:
		for _, f := range t.Fields() {
			if !inhabitedSeen(f.Type, seen) {
				return false
			}
		}
	case *types.Variant:
		for _, g := range t.Tags {
			if inhabitedSeen(g.Type, seen) {
				return true
			}
		}
		return false
	default:
		return t != types.None
	}
	return true
}

// ---------------------------------------------------------------------------
// Example values

const maxExpand = 2

func descText(t types.Type, d desc) string {
	switch d := d.(type) {
	case descVal:
		return valText(t, d.v)
	case descNotVal:
		return descsText(t, expandNotVal(types.Promote(t), 0, d.vs))
	case descTup:
		var ts []types.Type
		if tt, ok := types.Promote(t).(*types.Tuple); ok {
			ts = tt.Elems
		}
		parts := make([]string, len(d.elems))
		for i, e := range d.elems {
			var et types.Type = types.Any
			if i < len(ts) {
				et = ts[i]
			}
			parts[i] = descText(et, e)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case descObj:
		var labels []string
		for l, fd := range d.fields {
			if _, any := fd.(descAny); !any {
				labels = append(labels, l)
			}
		}
		sort.Strings(labels)
		ot, _ := types.Promote(t).(*types.Obj)
		parts := make([]string, len(labels))
		for i, l := range labels {
			var ft types.Type = types.Any
			if ot != nil {
				if f, ok := ot.Field(l); ok {
					ft = f.Type
				}
			}
			parts[i] = l + " = " + descText(ft, d.fields[l])
		}
		return "{" + strings.Join(parts, "; ") + "}"
	case descOpt:
		var et types.Type = types.Any
		if ot, ok := types.Promote(t).(*types.Opt); ok {
			et = ot.Elem
		}
		return "?(" + descText(et, d.d) + ")"
	case descTag:
		var pt types.Type = types.Unit
		if vt, ok := types.Promote(t).(*types.Variant); ok {
			if tag, ok := vt.Tag(d.label); ok {
				pt = tag.Type
			}
		}
		switch {
		case types.Sub(pt, types.Unit):
			return "#" + d.label
		case isTuple(pt):
			return "#" + d.label + " " + descText(pt, d.d)
		}
		return "#" + d.label + "(" + descText(pt, d.d) + ")"
	case descNotTag:
		vt, _ := types.Promote(t).(*types.Variant)
		if vt == nil {
			return "_"
		}
		return descsText(t, expandNotTag(vt.Tags, 0, d.labels))
	}
	return "_"
}

func isTuple(t types.Type) bool {
	_, ok := types.Promote(t).(*types.Tuple)
	return ok
}

func descsText(t types.Type, ds []desc) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = descText(t, d)
	}
	return strings.Join(parts, " or ")
}

func expandNotVal(t types.Type, n int, vs []litVal) []desc {
	span, finite := typeSpan(t)
	missing := span - len(vs)
	if !finite {
		missing = int(^uint(0)>>1) - len(vs)
	}
	if missing == 0 {
		return nil
	}
	if n == maxExpand && missing > 1 {
		return []desc{descAny{}}
	}
	switch t := t.(type) {
	case types.Prim:
		v, ok := pickVal(t, vs)
		if !ok {
			return []desc{descAny{}}
		}
		return append([]desc{descVal{v}}, expandNotVal(t, n+1, append(append([]litVal(nil), vs...), v))...)
	case *types.Opt:
		return []desc{descOpt{descAny{}}}
	}
	return []desc{descAny{}}
}

// pickVal finds the first value of a countable primitive type not in vs:
// 0, 1, 2... for naturals, 0, 1, -1, 2, -2... for integers.
func pickVal(p types.Prim, vs []litVal) (litVal, bool) {
	switch {
	case p == types.Null:
		return nullVal, true
	case p == types.Bool:
		return litVal{kind: ast.BoolLit, text: fmt.Sprint(containsVal(vs, litVal{kind: ast.BoolLit, text: "false"}))}, true
	case p == types.Nat || p >= types.Nat8 && p <= types.Nat64:
		x := big.NewInt(0)
		for containsVal(vs, litVal{kind: ast.NatLit, text: x.String()}) {
			x.Add(x, big.NewInt(1))
		}
		return litVal{kind: ast.NatLit, text: x.String()}, true
	case p == types.Int || p >= types.Int8 && p <= types.Int64:
		x := big.NewInt(0)
		for containsVal(vs, litVal{kind: ast.NatLit, text: x.String()}) {
			x.Neg(x)
			if x.Sign() >= 0 {
				x.Add(x, big.NewInt(1))
			}
		}
		return litVal{kind: ast.NatLit, text: x.String()}, true
	case p == types.Char:
		r := rune(0)
		for containsVal(vs, litVal{kind: ast.CharLit, text: string(r)}) {
			r++
		}
		return litVal{kind: ast.CharLit, text: string(r)}, true
	}
	return litVal{}, false
}

func expandNotTag(tags []types.Tag, n int, labels []string) []desc {
	missing := len(tags) - len(labels)
	if missing == 0 {
		return nil
	}
	if n == maxExpand && missing > 1 {
		return []desc{descAny{}}
	}
	var l string
	for _, g := range tags {
		if !containsLabel(labels, g.Name) {
			l = g.Name
			break
		}
	}
	return append([]desc{descTag{descAny{}, l}}, expandNotTag(tags, n+1, append(append([]string(nil), labels...), l))...)
}

// valText prints a literal value as moc's REPL would at type t.
func valText(t types.Type, v litVal) string {
	switch v.kind {
	case ast.NullLit:
		return "null"
	case ast.BoolLit:
		return v.text
	case ast.CharLit:
		return quoteChar(v.text)
	case ast.TextLit:
		return `"` + v.text + `"`
	case ast.NatLit:
		p, _ := types.Promote(t).(types.Prim)
		s := groupDigits(v.text)
		if p >= types.Int8 && p <= types.Int64 && !strings.HasPrefix(v.text, "-") && v.text != "0" {
			s = "+" + s
		}
		return s
	}
	return v.text
}

func quoteChar(s string) string {
	r := []rune(s)[0]
	switch {
	case r == '\'' || r == '\\':
		return `'\` + s + `'`
	case r >= 0x20 && r < 0x7f:
		return "'" + s + "'"
	}
	return fmt.Sprintf(`'\u{%02x}'`, r)
}

// groupDigits puts `_` between groups of three digits of an integer.
func groupDigits(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('_')
		}
		b.WriteByte(s[i])
	}
	return sign + b.String()
}
