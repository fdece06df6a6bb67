package types

import (
	"strconv"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/pretty"
)

// Layout writes t to p in moc's notation with moc's boxes and breaks, so
// that a long type wraps where moc's REPL wraps it. Type parameters that
// would read like another name in scope get a suffix (`T_1`), as moc's.
func Layout(p *pretty.Printer, t Type) {
	l := layout{p: p, names: conNames(t)}
	l.typ(t)
}

// LayoutDef writes a type definition as moc's REPL echoes it:
// `type Name<T> = body`.
func LayoutDef(p *pretty.Printer, name string, con *Con) {
	var names []string
	if con.Body != nil {
		names = conNames(con.Body)
	}
	l := layout{p: p, names: names}
	l.def(name, con, pretty.HVBox)
}

// layout tracks the type parameters in scope with their printed names.
type layout struct {
	p     *pretty.Printer
	names []string // con names and bound parameter names, for clashes
	vars  []boundVar
}

type boundVar struct {
	v    *Var
	name string
}

// conNames lists the names of the definitions t refers to, transitively:
// a type parameter must not print like one of them.
func conNames(t Type) []string {
	var names []string
	seen := map[*Con]bool{}
	var walk func(Type)
	walk = func(t Type) {
		Walk(t, func(t Type) {
			var con *Con
			switch t := t.(type) {
			case *App:
				con = t.Con
			case *Obj:
				for _, f := range t.TypeFields {
					walk(&App{Con: f.Con})
				}
			}
			if con == nil || seen[con] {
				return
			}
			seen[con] = true
			names = append(names, con.Name)
			if con.Body != nil {
				walk(con.Body)
			}
		})
	}
	walk(t)
	return names
}

// bind names the parameters vs, numbering each after the names in scope
// that it would repeat; it returns how to restore the scope.
func (l *layout) bind(vs []*Var) (names []string, restore func()) {
	nNames, nVars := len(l.names), len(l.vars)
	names = make([]string, len(vs))
	for i, v := range vs {
		k := 0
		for _, n := range l.names[:nNames] {
			if n == v.Name {
				k++
			}
		}
		names[i] = v.Name
		if k > 0 {
			names[i] = v.Name + "_" + strconv.Itoa(k)
		}
	}
	for i, v := range vs {
		l.names = append(l.names, v.Name)
		l.vars = append(l.vars, boundVar{v: v, name: names[i]})
	}
	return names, func() { l.names, l.vars = l.names[:nNames], l.vars[:nVars] }
}

func (l *layout) varName(v *Var) string {
	for i := len(l.vars) - 1; i >= 0; i-- {
		if l.vars[i].v == v {
			return l.vars[i].name
		}
	}
	return v.Name
}

func (l *layout) text(s string) { l.p.Text(s) }

func (l *layout) list(n int, sep string, item func(i int)) {
	for i := range n {
		if i > 0 {
			l.text(sep)
			l.p.Space()
		}
		item(i)
	}
}

// bracket prints open, then body, then close (unless empty) in a box
// indented by one: how moc sets a type between brackets or after a prefix.
func (l *layout) bracket(open, close string, body func()) {
	l.p.Open(pretty.Box, 1)
	l.text(open)
	body()
	if close != "" {
		l.text(close)
	}
	l.p.Close()
}

// typ is moc's pp_typ': a type in any position.
func (l *layout) typ(t Type) { l.nobin(t) }

func (l *layout) item(t Type) {
	if n, ok := t.(*Named); ok {
		l.bracket(n.Name+" : ", "", func() { l.typ(n.Type) })
		return
	}
	l.typ(t)
}

func (l *layout) nullary(t Type) {
	switch t := t.(type) {
	case *Named:
		l.bracket("("+t.Name+" : ", ")", func() { l.typ(t.Type) })
	case *Tuple:
		l.bracket("(", ")", func() {
			l.list(len(t.Elems), ",", func(i int) { l.item(t.Elems[i]) })
			if len(t.Elems) == 1 {
				l.text(",")
			}
		})
	case Prim:
		l.text(t.String())
	case *top:
		l.text("Any")
	case *bottom:
		l.text("None")
	case *Var:
		l.text(l.varName(t))
	case *App:
		if len(t.Args) == 0 {
			l.text(t.Con.Name)
			return
		}
		l.p.Open(pretty.Box, 0)
		l.text(t.Con.Name + "<")
		l.p.Open(pretty.Box, 1)
		l.list(len(t.Args), ",", func(i int) { l.typ(t.Args[i]) })
		l.p.Close()
		l.text(">")
		l.p.Close()
	case *Array:
		open := "["
		if t.Mut {
			open = "[var "
		}
		l.bracket(open, "]", func() { l.typ(t.Elem) })
	case *Obj:
		if t.Sort == ast.Object {
			l.obj(t)
			return
		}
		l.paren(t)
	case *Variant:
		l.variant(t)
	default:
		l.paren(t)
	}
}

func (l *layout) paren(t Type) { l.bracket("(", ")", func() { l.typ(t) }) }

func (l *layout) un(t Type) {
	if o, ok := t.(*Opt); ok {
		l.bracket("?", "", func() { l.un(o.Elem) })
		return
	}
	l.nullary(t)
}

func (l *layout) pre(t Type) {
	switch t := t.(type) {
	case *Async:
		l.p.Open(pretty.Box, 2)
		if t.Star {
			l.text("async*")
		} else {
			l.text("async")
		}
		l.p.Space()
		l.pre(t.Elem)
		l.p.Close()
	case *Obj:
		if t.Sort != ast.Object {
			l.obj(t)
			return
		}
		l.un(t)
	default:
		l.un(t)
	}
}

func (l *layout) nobin(t Type) {
	f, ok := t.(*Func)
	if !ok {
		l.pre(t)
		return
	}
	names, restore := l.bind(f.TypeParams)
	defer restore()
	l.p.Open(pretty.Box, 2)
	l.text(funcSortText(f.Sort))
	l.binds(f.TypeParams, names)
	l.sequence(f.Params, l.un)
	l.text(" ->")
	l.p.Space()
	l.sequence(f.Results, l.nobin)
	l.p.Close()
}

func funcSortText(s ast.FuncSort) string {
	switch s {
	case ast.SharedFunc:
		return "shared "
	case ast.QueryFunc:
		return "shared query "
	case ast.CompositeQueryFunc:
		return "shared composite query "
	}
	return ""
}

// sequence prints a parameter or result sequence; a lone tuple keeps its
// own parentheses inside the sequence's.
func (l *layout) sequence(ts []Type, print func(Type)) {
	if len(ts) == 1 {
		if _, ok := ts[0].(*Tuple); ok {
			l.bracket("(", ")", func() { print(ts[0]) })
			return
		}
		print(ts[0])
		return
	}
	print(&Tuple{Elems: ts})
}

func (l *layout) binds(vs []*Var, names []string) {
	if len(vs) == 0 {
		return
	}
	l.bracket("<", ">", func() {
		l.list(len(vs), ",", func(i int) {
			l.text(names[i])
			if b := vs[i].Bound; b != nil && b != Any {
				l.text(" <: ")
				l.typ(b)
			}
		})
	})
}

func (l *layout) obj(o *Obj) {
	open := "{"
	switch o.Sort {
	case ast.Module:
		open = "module {"
	case ast.Actor:
		open = "actor {"
	}
	l.braces(open, len(o.TypeFields)+len(o.Fields()), func(i int) {
		if i < len(o.TypeFields) {
			f := o.TypeFields[i]
			l.def(f.Name, f.Con, pretty.Box)
			return
		}
		f := o.Fields()[i-len(o.TypeFields)]
		label := f.Name
		if f.Mut {
			label = "var " + label
		}
		l.field(label, f.Type)
	})
}

// braces prints n items between open and `}`, one a line unless all fit
// on one, as moc prints objects and variants.
func (l *layout) braces(open string, n int, item func(i int)) {
	l.p.Open(pretty.HVBox, 2)
	l.text(open)
	l.p.Break(0, 0)
	l.list(n, ";", item)
	l.p.Break(0, -2)
	l.text("}")
	l.p.Close()
}

// field prints `label : t`, an object's field or a variant's tag.
func (l *layout) field(label string, t Type) {
	l.p.Open(pretty.Box, 2)
	l.text(label + " :")
	l.p.Space()
	l.typ(t)
	l.p.Close()
}

// def prints `type Name<params> = body` in a box of the given kind.
func (l *layout) def(name string, con *Con, kind pretty.Kind) {
	names, restore := l.bind(con.Params)
	defer restore()
	l.p.Open(kind, 2)
	l.text("type " + name)
	l.binds(con.Params, names)
	l.text(" =")
	l.p.Space()
	if con.Body != nil {
		l.typ(con.Body)
	}
	l.p.Close()
}

func (l *layout) variant(v *Variant) {
	if len(v.Tags) == 0 {
		l.text("{#}")
		return
	}
	l.braces("{", len(v.Tags), func(i int) {
		g := v.Tags[i]
		if isUnit(g.Type) {
			l.text("#" + g.Name)
			return
		}
		l.field("#"+g.Name, g.Type)
	})
}
