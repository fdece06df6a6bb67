package types

import "strings"

// Explain says why t1 is not a subtype of t2, in moc's words ("the type
// ... is not compatible with type ... in ..."), or returns "" when it is.
// Redundant explanations, which only repeat t1 and t2, are left out when
// omitRedundant is set, as moc does for most messages.
func Explain(t1, t2 Type, omitRedundant bool) string {
	if Sub(t1, t2) {
		return ""
	}
	x := &explainer{seen: map[string]bool{}}
	r := x.why(t1, t2, nil)
	if r == nil {
		return ""
	}
	if omitRedundant && r.pair && Equal(r.t1, t1) && Equal(r.t2, t2) {
		return ""
	}
	return "\nbecause " + r.text
}

// reason is the first failure found; pair reasons name two types that
// could be the ones of the whole relation.
type reason struct {
	text   string
	pair   bool
	t1, t2 Type
}

// context item of a nested failure, innermost first.
type contextItem struct {
	desc string // "`x`", "`(n : _)`", "arguments", "results"
	prep string // the preposition that links it to the next item
}

type explainer struct {
	seen  map[string]bool
	depth int
}

func incompatible(t1, t2 Type, ctx []contextItem) *reason {
	return &reason{
		text: "the type " + display(t1) + "\n is not compatible with type " + display(t2) + contextText("in", ctx),
		pair: true, t1: t1, t2: t2,
	}
}

func display(t Type) string { return "\n  " + String(t) }

func contextText(prep string, ctx []contextItem) string {
	if len(ctx) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(ctx[0].desc)
	if len(ctx) > 1 {
		b.WriteString(" (used by ")
		for i, item := range ctx[1:] {
			if i > 0 {
				b.WriteString(" " + ctx[i].prep + " ")
			}
			b.WriteString(item.desc)
		}
		b.WriteString(")")
	}
	return "\n " + prep + " " + b.String()
}

func push(ctx []contextItem, item contextItem) []contextItem {
	return append([]contextItem{item}, ctx...)
}

// why mirrors Sub, returning the first failure with its context.
func (x *explainer) why(t1, t2 Type, ctx []contextItem) *reason {
	if t1 == t2 || t2 == Any || t1 == None {
		return nil
	}
	if x.depth++; x.depth > maxDepth {
		return incompatible(t1, t2, ctx)
	}
	defer func() { x.depth-- }()
	if n, ok := t2.(*Named); ok {
		return x.why(t1, n.Type, push(ctx, contextItem{desc: "`(" + n.Name + " : _)`", prep: "in"}))
	}
	if n, ok := t1.(*Named); ok {
		return x.why(n.Type, t2, ctx)
	}
	if isDefined(t1) || isDefined(t2) {
		key := identity(t1) + " <: " + identity(t2)
		if x.seen[key] {
			return nil
		}
		x.seen[key] = true
		return x.why(Normalize(t1), Normalize(t2), ctx)
	}
	if Sub(t1, t2) {
		return nil
	}
	switch a := t1.(type) {
	case *Var:
		inner := x.why(a.Bound, t2, ctx)
		if inner == nil {
			return nil
		}
		return &reason{text: "type variable " + display(a) + "\n was promoted to its bound " + display(a.Bound) + "\n and " + inner.text}
	case *Tuple:
		if b, ok := t2.(*Tuple); ok {
			return x.list(a.Elems, b.Elems, "tuple arguments", ctx, false)
		}
	case *Opt:
		if b, ok := t2.(*Opt); ok {
			return x.why(a.Elem, b.Elem, ctx)
		}
	case *Array:
		if b, ok := t2.(*Array); ok && a.Mut == b.Mut {
			r := x.why(a.Elem, b.Elem, ctx)
			if r == nil && a.Mut {
				// Mutable elements must be equal: name the pair as written.
				return incompatible(a.Elem, b.Elem, ctx)
			}
			return r
		}
	case *Obj:
		if b, ok := t2.(*Obj); ok && a.Sort == b.Sort {
			for _, fb := range b.Fields {
				fa, ok := a.Field(fb.Name)
				if !ok {
					return &reason{text: "expected field `" + fb.Name + "` is missing from type " + display(t1) + contextText("of", ctx)}
				}
				inner := push(ctx, contextItem{desc: "`" + fb.Name + "`", prep: "in"})
				if fa.Mut != fb.Mut {
					return incompatible(fa.Type, fb.Type, inner)
				}
				if r := x.why(fa.Type, fb.Type, inner); r != nil {
					return r
				}
				if fa.Mut {
					if r := x.why(fb.Type, fa.Type, inner); r != nil {
						return r
					}
				}
			}
		}
	case *Variant:
		if b, ok := t2.(*Variant); ok {
			for _, ta := range a.Tags {
				tb, ok := b.Tag(ta.Name)
				if !ok {
					return &reason{text: "case `#" + ta.Name + "` is missing from expected type " + display(t2) + contextText("of", ctx)}
				}
				if r := x.why(ta.Type, tb.Type, push(ctx, contextItem{desc: "`#" + ta.Name + "`", prep: "in"})); r != nil {
					return r
				}
			}
		}
	case *Func:
		if b, ok := t2.(*Func); ok && a.Sort == b.Sort && len(a.TypeParams) == 0 && len(b.TypeParams) == 0 {
			if r := x.list(b.Params, a.Params, "function parameters", push(ctx, contextItem{desc: "arguments", prep: "of"}), true); r != nil {
				return r
			}
			return x.list(a.Results, b.Results, "return types", push(ctx, contextItem{desc: "results", prep: "of"}), false)
		}
	}
	return incompatible(t1, t2, ctx)
}

// list relates two sequences element by element; flipped sequences (the
// parameters of functions) count their lengths the other way round.
// Like moc, it reports the first pair that fails before any difference in
// length.
func (x *explainer) list(as, bs []Type, items string, ctx []contextItem, flipped bool) *reason {
	for i := 0; i < len(as) && i < len(bs); i++ {
		if r := x.why(as[i], bs[i], ctx); r != nil {
			return r
		}
	}
	more, fewer := len(as) > len(bs), len(as) < len(bs)
	if flipped {
		more, fewer = fewer, more
	}
	switch {
	case more:
		return &reason{text: "there are more " + items + " than expected" + contextText("in", ctx)}
	case fewer:
		return &reason{text: "there are fewer " + items + " than expected" + contextText("in", ctx)}
	}
	return nil
}

// StringExpanded renders a named type followed by its definition, as moc
// shows inferred types in messages: `P = {x : Nat}`; other types as String.
func StringExpanded(t Type) string {
	app, ok := t.(*App)
	if !ok || app.Con.Body == nil {
		return String(t)
	}
	switch Normalize(t).(type) {
	case Prim, *top, *bottom:
		return String(t)
	}
	return String(t) + " = " + StringExpanded(Subst(app.Con.Body, app.Con.Params, app.Args))
}
