package ast

// PatVars lists the names a pattern binds, in order. Both sides of an
// alternative bind the same names, so only the left one is listed.
func PatVars(p Pat) []*Ident { return patVars(p, false) }

// AllPatVars lists every occurrence of a name a pattern binds, on both
// sides of its alternatives.
func AllPatVars(p Pat) []*Ident { return patVars(p, true) }

func patVars(p Pat, bothSides bool) []*Ident {
	var out []*Ident
	var visit func(Pat)
	visit = func(p Pat) {
		switch p := p.(type) {
		case *VarPat:
			out = append(out, p.Name)
		case *ParenPat:
			visit(p.Pat)
		case *AnnotPat:
			visit(p.Pat)
		case *TuplePat:
			for _, el := range p.Elems {
				visit(el)
			}
		case *RecordPat:
			for _, f := range p.Fields {
				visit(f.Pat)
			}
		case *VariantPat:
			if p.Arg != nil {
				visit(p.Arg)
			}
		case *OptPat:
			visit(p.Pat)
		case *AltPat:
			visit(p.Left)
			if bothSides {
				visit(p.Right)
			}
		}
	}
	visit(p)
	return out
}

// DecNames lists the value names a declaration binds: a `let`'s pattern
// variables, a `var`, a function or a class (imports aside).
func DecNames(d Dec) []*Ident {
	switch d := d.(type) {
	case *LetDec:
		return PatVars(d.Pat)
	case *VarDec:
		return []*Ident{d.Name}
	case *FuncDec:
		return []*Ident{d.Func.Name}
	case *ClassDec:
		return []*Ident{d.Name}
	}
	return nil
}
