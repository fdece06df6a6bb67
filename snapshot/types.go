package snapshot

import (
	"fmt"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// Types are written as trees, except that each type definition (Con) and
// type variable (Var) is written in full where it first occurs and by
// number after that, so recursive and shared definitions survive.

const (
	tPrim byte = iota
	tAny
	tNone
	tTuple
	tOpt
	tArray
	tObj
	tVariant
	tFunc
	tAsync
	tVar    // a variable seen before, by number
	tNewVar // a variable's first occurrence: name, bound
	tApp    // a definition applied to arguments
	tNamed
)

// Definitions: the first occurrence of a Con carries its name, path,
// parameters and body; later ones only its number.
const (
	conSeen byte = iota
	conNew
)

type typeWriter struct {
	w    *writer
	cons map[*types.Con]uint64
	vars map[*types.Var]uint64
}

func newTypeWriter(w *writer) *typeWriter {
	return &typeWriter{w: w, cons: map[*types.Con]uint64{}, vars: map[*types.Var]uint64{}}
}

func (tw *typeWriter) typ(t types.Type) error {
	w := tw.w
	switch t := t.(type) {
	case types.Prim:
		w.byte(tPrim)
		w.uvarint(uint64(t))
	case *types.Tuple:
		w.byte(tTuple)
		return tw.list(t.Elems)
	case *types.Opt:
		w.byte(tOpt)
		return tw.typ(t.Elem)
	case *types.Array:
		w.byte(tArray)
		w.bool(t.Mut)
		return tw.typ(t.Elem)
	case *types.Obj:
		if len(t.TypeFields) > 0 {
			return fmt.Errorf("type %s has type members", types.String(t))
		}
		w.byte(tObj)
		w.uvarint(uint64(t.Sort))
		w.uvarint(uint64(len(t.Fields())))
		for _, f := range t.Fields() {
			w.string(f.Name)
			w.bool(f.Mut)
			if err := tw.typ(f.Type); err != nil {
				return err
			}
		}
	case *types.Variant:
		w.byte(tVariant)
		w.uvarint(uint64(len(t.Tags)))
		for _, tag := range t.Tags {
			w.string(tag.Name)
			if err := tw.typ(tag.Type); err != nil {
				return err
			}
		}
	case *types.Func:
		w.byte(tFunc)
		w.uvarint(uint64(t.Sort))
		if err := tw.varList(t.TypeParams); err != nil {
			return err
		}
		if err := tw.list(t.Params); err != nil {
			return err
		}
		return tw.list(t.Results)
	case *types.Async:
		w.byte(tAsync)
		return tw.typ(t.Elem)
	case *types.Var:
		return tw.variable(t)
	case *types.App:
		w.byte(tApp)
		if err := tw.con(t.Con); err != nil {
			return err
		}
		return tw.list(t.Args)
	case *types.Named:
		w.byte(tNamed)
		w.string(t.Name)
		return tw.typ(t.Type)
	default:
		switch t {
		case types.Any:
			w.byte(tAny)
		case types.None:
			w.byte(tNone)
		default:
			return fmt.Errorf("type %s cannot be saved", types.String(t))
		}
	}
	return nil
}

func (tw *typeWriter) list(ts []types.Type) error {
	tw.w.uvarint(uint64(len(ts)))
	for _, t := range ts {
		if err := tw.typ(t); err != nil {
			return err
		}
	}
	return nil
}

func (tw *typeWriter) varList(vs []*types.Var) error {
	tw.w.uvarint(uint64(len(vs)))
	for _, v := range vs {
		if err := tw.variable(v); err != nil {
			return err
		}
	}
	return nil
}

func (tw *typeWriter) variable(v *types.Var) error {
	if n, ok := tw.vars[v]; ok {
		tw.w.byte(tVar)
		tw.w.uvarint(n)
		return nil
	}
	tw.vars[v] = uint64(len(tw.vars))
	tw.w.byte(tNewVar)
	tw.w.string(v.Name)
	return tw.typ(v.Bound)
}

func (tw *typeWriter) con(c *types.Con) error {
	if n, ok := tw.cons[c]; ok {
		tw.w.byte(conSeen)
		tw.w.uvarint(n)
		return nil
	}
	tw.cons[c] = uint64(len(tw.cons))
	tw.w.byte(conNew)
	tw.w.string(c.Name)
	tw.w.string(c.Path)
	if err := tw.varList(c.Params); err != nil {
		return err
	}
	if c.Body == nil {
		return fmt.Errorf("type %s is not defined", c.Name)
	}
	return tw.typ(c.Body)
}

// maxTypeDepth bounds the nesting of a saved type, so that damaged data
// cannot exhaust the stack.
const maxTypeDepth = 10_000

type typeReader struct {
	r     *reader
	cons  []*types.Con
	vars  []*types.Var
	depth int
}

// unreadable is a saved type this mori does not know.
func (tr *typeReader) unreadable(format string, args ...any) {
	tr.r.fail("a saved type mori cannot read: "+format, args...)
}

func (tr *typeReader) typ() types.Type {
	r := tr.r
	if r.err != nil {
		return types.Unit
	}
	tr.depth++
	defer func() { tr.depth-- }()
	if tr.depth > maxTypeDepth {
		tr.unreadable("nested too deep")
		return types.Unit
	}
	switch tag := r.byte(); tag {
	case tPrim:
		p := r.uvarint()
		if p > uint64(types.Region) {
			tr.unreadable("primitive type %d", p)
			return types.Unit
		}
		return types.Prim(p)
	case tAny:
		return types.Any
	case tNone:
		return types.None
	case tTuple:
		elems := tr.list()
		if len(elems) == 0 {
			return types.Unit
		}
		return &types.Tuple{Elems: elems}
	case tOpt:
		return &types.Opt{Elem: tr.typ()}
	case tArray:
		mut := r.bool()
		return &types.Array{Mut: mut, Elem: tr.typ()}
	case tObj:
		sort := r.uvarint()
		if sort > uint64(ast.Actor) {
			tr.unreadable("object sort %d", sort)
		}
		n := r.count(2)
		fields := make([]types.Field, n)
		for i := range fields {
			fields[i].Name = r.string()
			fields[i].Mut = r.bool()
			fields[i].Type = tr.typ()
			if i > 0 && fields[i-1].Name >= fields[i].Name {
				r.fail("object fields out of order")
			}
		}
		return types.NewObj(ast.ObjSort(sort), fields, nil)
	case tVariant:
		n := r.count(2)
		tags := make([]types.Tag, n)
		for i := range tags {
			tags[i].Name = r.string()
			tags[i].Type = tr.typ()
			if i > 0 && tags[i-1].Name >= tags[i].Name {
				r.fail("variant tags out of order")
			}
		}
		return &types.Variant{Tags: tags}
	case tFunc:
		sort := r.uvarint()
		if sort > uint64(ast.CompositeQueryFunc) {
			tr.unreadable("function sort %d", sort)
		}
		f := &types.Func{Sort: ast.FuncSort(sort)}
		f.TypeParams = tr.varList()
		f.Params = tr.list()
		f.Results = tr.list()
		return f
	case tAsync:
		return &types.Async{Elem: tr.typ()}
	case tVar, tNewVar:
		return tr.variable(tag)
	case tApp:
		c := tr.con()
		args := tr.list()
		if c != nil && len(args) != len(c.Params) {
			r.fail("%s applied to %d arguments", c.Name, len(args))
		}
		if c == nil {
			return types.Unit
		}
		return &types.App{Con: c, Args: args}
	case tNamed:
		name := r.string()
		return &types.Named{Name: name, Type: tr.typ()}
	default:
		tr.unreadable("type tag %d", tag)
		return types.Unit
	}
}

func (tr *typeReader) list() []types.Type {
	n := tr.r.count(1)
	ts := make([]types.Type, n)
	for i := range ts {
		ts[i] = tr.typ()
	}
	return ts
}

func (tr *typeReader) varList() []*types.Var {
	n := tr.r.count(2)
	vs := make([]*types.Var, n)
	for i := range vs {
		v, ok := tr.variable(tr.r.byte()).(*types.Var)
		if !ok {
			return nil
		}
		vs[i] = v
	}
	return vs
}

func (tr *typeReader) variable(tag byte) types.Type {
	r := tr.r
	switch tag {
	case tVar:
		n := r.uvarint()
		if n >= uint64(len(tr.vars)) {
			r.fail("type variable %d not defined", n)
			return types.Unit
		}
		return tr.vars[n]
	case tNewVar:
		v := &types.Var{Name: r.string()}
		tr.vars = append(tr.vars, v) // before its bound, which may name it
		v.Bound = tr.typ()
		return v
	}
	r.fail("type variable expected")
	return types.Unit
}

func (tr *typeReader) con() *types.Con {
	r := tr.r
	switch r.byte() {
	case conSeen:
		n := r.uvarint()
		if n >= uint64(len(tr.cons)) {
			r.fail("type definition %d not defined", n)
			return nil
		}
		return tr.cons[n]
	case conNew:
		c := &types.Con{Name: r.string(), Path: r.string()}
		tr.cons = append(tr.cons, c) // before its body, which may recurse
		c.Params = tr.varList()
		c.Body = tr.typ()
		return c
	}
	r.fail("type definition expected")
	return nil
}

// checkProductive rejects definitions and bounds on which normalising or
// promoting a type would never end (`type T = T`, a variable bounded by
// itself): after maxUnfold steps a saved type is taken as such.
func (tr *typeReader) checkProductive() {
	const maxUnfold = 1000
	for _, c := range tr.cons {
		args := make([]types.Type, len(c.Params))
		for i, v := range c.Params {
			args[i] = v
		}
		t := types.Type(&types.App{Con: c, Args: args})
		for i := 0; ; i++ {
			app, ok := t.(*types.App)
			if !ok {
				if named, ok := t.(*types.Named); ok {
					t = named.Type
					continue
				}
				break
			}
			if i == maxUnfold {
				tr.r.fail("type definition %s never reaches a type", c.Name)
				return
			}
			t = types.Subst(app.Con.Body, app.Con.Params, app.Args)
		}
	}
	for _, v := range tr.vars {
		t := types.Type(v)
		for i := 0; ; i++ {
			u, ok := types.Normalize(t).(*types.Var)
			if !ok {
				break
			}
			if i == maxUnfold {
				tr.r.fail("type variable %s is bounded by itself", v.Name)
				return
			}
			t = u.Bound
		}
	}
}
