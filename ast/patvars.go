package ast

// PatVars lists the names a pattern binds, in order. Both sides of an
// alternative bind the same names, so only the left one is listed.
func PatVars(p Pat) []*Ident {
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
		}
	}
	visit(p)
	return out
}
