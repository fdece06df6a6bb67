package types

import "strings"

// Explain says why t1 is not a subtype of t2, in moc's words ("the type
// ... is not compatible with type ... in ..."), or returns "" when it is.
// Redundant explanations, which only repeat t1 and t2, are left out when
// omitRedundant is set, as moc does for most messages. Like moc's type
// checker, it explains against the expanded expected type.
func Explain(t1, t2 Type, omitRedundant bool) string {
	if Sub(t1, t2) {
		return ""
	}
	x := &explainer{seen: map[string]bool{}}
	r := x.why(t1, Normalize(t2), nil)
	if r == nil {
		return ""
	}
	if omitRedundant && r.pair && Equal(r.t1, t1) && Equal(r.t2, t2) {
		return ""
	}
	return "\nbecause " + r.text
}

// ExplainVariable says why the previous type t1 of the stable variable name
// is not a subtype of its new type t2 (with stable set: not a stable
// subtype, see StableSub), in the words moc's upgrade check puts after
// "because"; "" when it is. An empty name leaves the variable out.
func ExplainVariable(name string, t1, t2 Type, stable bool) string {
	x := &explainer{seen: map[string]bool{}, stable: stable}
	if x.sub(t1, t2) {
		return ""
	}
	var ctx []contextItem
	if name != "" {
		ctx = []contextItem{{desc: "`" + name + "`", prep: "of"}}
	}
	r := x.why(t1, t2, ctx)
	if r == nil {
		return incompatible(t1, t2, ctx).text
	}
	return r.text
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
	seen   map[string]bool
	depth  int
	stable bool // explain StableSub rather than Sub
}

func (x *explainer) sub(t1, t2 Type) bool {
	if x.stable {
		return StableSub(t1, t2)
	}
	return Sub(t1, t2)
}

func incompatible(t1, t2 Type, ctx []contextItem) *reason {
	return &reason{
		text: "the type " + display(t1) + "\n is not compatible with type " + display(t2) + contextText("in", ctx),
		pair: true, t1: t1, t2: t2,
	}
}

func display(t Type) string { return "\n  " + String(t) }

func displayTypeField(name string, con *Con) string {
	var b printer
	b.writeDefinition(name, con)
	return "\n  " + b.String()
}

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
	if t1 == t2 {
		return nil
	}
	if t2 == Any {
		if x.stable {
			return &reason{text: "promoting " + display(t1) + "\n to `Any` loses data" + contextText("in", ctx)}
		}
		return nil
	}
	if t1 == None {
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
		// As moc: the actual type's definition expands silently, the
		// expected type's names the definition in the context.
		if a, ok := t1.(*App); ok && a.Con.Body != nil {
			return x.why(Normalize(t1), t2, ctx)
		}
		if b, ok := t2.(*App); ok && b.Con.Body != nil {
			body := Subst(b.Con.Body, b.Con.Params, b.Args)
			return x.why(t1, body, push(ctx, contextItem{desc: "`" + conName(b.Con) + "`", prep: "in"}))
		}
		return incompatible(t1, t2, ctx)
	}
	if x.sub(t1, t2) {
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
			// Fields in name order, as moc aligns them.
			i, j := 0, 0
			for i < len(a.Fields()) || j < len(b.Fields()) {
				switch {
				case j == len(b.Fields()) || (i < len(a.Fields()) && a.Fields()[i].Name < b.Fields()[j].Name):
					if x.stable {
						return &reason{text: "field `" + a.Fields()[i].Name + "` is missing from expected type " + display(t2) + contextText("of", ctx)}
					}
					i++
				case i == len(a.Fields()) || a.Fields()[i].Name > b.Fields()[j].Name:
					return &reason{text: "expected field `" + b.Fields()[j].Name + "` is missing from type " + display(t1) + contextText("of", ctx)}
				default:
					if r := x.field(a.Fields()[i], b.Fields()[j], ctx); r != nil {
						return r
					}
					i++
					j++
				}
			}
			for _, tb := range b.TypeFields {
				ta, ok := a.TypeField(tb.Name)
				if !ok {
					return &reason{text: "expected type field `" + tb.Name + "` is missing from type " + display(t1) + contextText("of", ctx)}
				}
				if !SameDefinition(ta, tb.Con) {
					return &reason{text: "the type " + displayTypeField(tb.Name, ta) + "\n is not compatible with type " + displayTypeField(tb.Name, tb.Con) +
						contextText("in", push(ctx, contextItem{desc: "`" + tb.Name + "`", prep: "in"}))}
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
				if r := x.why(ta.Type, tb.Type, ctx); r != nil {
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

// field relates two fields of the same name.
func (x *explainer) field(fa, fb Field, ctx []contextItem) *reason {
	inner := push(ctx, contextItem{desc: "`" + fb.Name + "`", prep: "in"})
	if fa.Mut != fb.Mut {
		return incompatible(fa.Type, fb.Type, inner)
	}
	if r := x.why(fa.Type, fb.Type, inner); r != nil {
		return r
	}
	if fa.Mut {
		return x.why(fb.Type, fa.Type, inner)
	}
	return nil
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
