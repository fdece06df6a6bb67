package value

import "github.com/mori-lang/mori/types"

// Underlying expands type definitions until t is not an application of one:
// operations chosen by type need the structure, not the name.
func Underlying(t types.Type) types.Type {
	for {
		app, ok := t.(*types.App)
		if !ok || app.Con.Body == nil {
			return t
		}
		t = Subst(app.Con.Body, app.Con.Params, app.Args)
	}
}

// Subst replaces the type parameters params by args in t. Applications of
// definitions are left unexpanded (only their arguments are substituted), so
// recursive definitions stay finite.
func Subst(t types.Type, params []*types.Var, args []types.Type) types.Type {
	if len(params) == 0 {
		return t
	}
	s := substituter{}
	for i, p := range params {
		if i < len(args) {
			s[p] = args[i]
		}
	}
	return s.apply(t)
}

type substituter map[*types.Var]types.Type

func (s substituter) list(ts []types.Type) []types.Type {
	out := make([]types.Type, len(ts))
	for i, t := range ts {
		out[i] = s.apply(t)
	}
	return out
}

func (s substituter) apply(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.Var:
		if r, ok := s[t]; ok {
			return r
		}
		return t
	case *types.Tuple:
		return &types.Tuple{Elems: s.list(t.Elems)}
	case *types.Opt:
		return &types.Opt{Elem: s.apply(t.Elem)}
	case *types.Array:
		return &types.Array{Mut: t.Mut, Elem: s.apply(t.Elem)}
	case *types.Obj:
		fields := make([]types.Field, len(t.Fields))
		for i, f := range t.Fields {
			fields[i] = types.Field{Name: f.Name, Type: s.apply(f.Type), Mut: f.Mut}
		}
		return &types.Obj{Sort: t.Sort, Fields: fields, TypeFields: t.TypeFields}
	case *types.Variant:
		tags := make([]types.Tag, len(t.Tags))
		for i, g := range t.Tags {
			tags[i] = types.Tag{Name: g.Name, Type: s.apply(g.Type)}
		}
		return &types.Variant{Tags: tags}
	case *types.Func:
		return &types.Func{Sort: t.Sort, TypeParams: t.TypeParams,
			Params: s.list(t.Params), Results: s.list(t.Results)}
	case *types.Async:
		return &types.Async{Elem: s.apply(t.Elem)}
	case *types.App:
		return &types.App{Con: t.Con, Args: s.list(t.Args)}
	}
	return t
}
