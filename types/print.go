package types

import (
	"strings"

	"github.com/mori-lang/mori/ast"
)

// String renders t in moc's notation, as type error messages show it.
func String(t Type) string {
	var b strings.Builder
	writeType(&b, t)
	return b.String()
}

func writeType(b *strings.Builder, t Type) {
	switch t := t.(type) {
	case Prim:
		b.WriteString(t.String())
	case *top:
		b.WriteString("Any")
	case *bottom:
		b.WriteString("None")
	case *Var:
		b.WriteString(t.Name)
	case *Named:
		b.WriteString(t.Name)
		b.WriteString(" : ")
		writeType(b, t.Type)
	case *App:
		b.WriteString(t.Con.Name)
		writeArgs(b, t.Args)
	case *Tuple:
		writeSeq(b, t.Elems)
	case *Opt:
		b.WriteByte('?')
		writeAtom(b, t.Elem)
	case *Array:
		b.WriteByte('[')
		if t.Mut {
			b.WriteString("var ")
		}
		writeType(b, t.Elem)
		b.WriteByte(']')
	case *Async:
		b.WriteString("async ")
		writeAtom(b, t.Elem)
	case *Obj:
		switch t.Sort {
		case ast.Module:
			b.WriteString("module ")
		case ast.Actor:
			b.WriteString("actor ")
		}
		b.WriteByte('{')
		i := 0
		for _, f := range t.TypeFields {
			if i > 0 {
				b.WriteString("; ")
			}
			i++
			b.WriteString("type ")
			b.WriteString(f.Name)
			writeParams(b, f.Con.Params)
			b.WriteString(" = ")
			if f.Con.Body != nil {
				writeType(b, f.Con.Body)
			}
		}
		for _, f := range t.Fields {
			if i > 0 {
				b.WriteString("; ")
			}
			i++
			if f.Mut {
				b.WriteString("var ")
			}
			b.WriteString(f.Name)
			b.WriteString(" : ")
			writeType(b, f.Type)
		}
		b.WriteByte('}')
	case *Variant:
		if len(t.Tags) == 0 {
			b.WriteString("{#}")
			return
		}
		b.WriteByte('{')
		for i, g := range t.Tags {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteByte('#')
			b.WriteString(g.Name)
			if !isUnit(g.Type) {
				b.WriteString(" : ")
				writeType(b, g.Type)
			}
		}
		b.WriteByte('}')
	case *Func:
		switch t.Sort {
		case ast.SharedFunc:
			b.WriteString("shared ")
		case ast.QueryFunc:
			b.WriteString("shared query ")
		case ast.CompositeQueryFunc:
			b.WriteString("shared composite query ")
		}
		writeParams(b, t.TypeParams)
		writeDomain(b, t.Params)
		b.WriteString(" -> ")
		writeDomain(b, t.Results)
	}
}

func isUnit(t Type) bool {
	tup, ok := t.(*Tuple)
	return ok && len(tup.Elems) == 0
}

// writeAtom parenthesises types that would otherwise read ambiguously.
func writeAtom(b *strings.Builder, t Type) {
	if _, ok := t.(*Func); ok {
		b.WriteByte('(')
		writeType(b, t)
		b.WriteByte(')')
		return
	}
	writeType(b, t)
}

// writeDomain prints a parameter or result sequence: a single type stands
// alone unless it is itself a tuple or named.
func writeDomain(b *strings.Builder, ts []Type) {
	if len(ts) == 1 {
		switch t := ts[0].(type) {
		case *Tuple:
			b.WriteByte('(')
			writeType(b, t)
			b.WriteByte(')')
			return
		case *Named:
			writeSeq(b, ts)
			return
		}
		writeAtom(b, ts[0])
		return
	}
	writeSeq(b, ts)
}

func writeSeq(b *strings.Builder, ts []Type) {
	b.WriteByte('(')
	for i, e := range ts {
		if i > 0 {
			b.WriteString(", ")
		}
		writeType(b, e)
	}
	b.WriteByte(')')
}

func writeArgs(b *strings.Builder, ts []Type) {
	if len(ts) == 0 {
		return
	}
	b.WriteByte('<')
	for i, e := range ts {
		if i > 0 {
			b.WriteString(", ")
		}
		writeType(b, e)
	}
	b.WriteByte('>')
}

func writeParams(b *strings.Builder, vs []*Var) {
	if len(vs) == 0 {
		return
	}
	b.WriteByte('<')
	for i, v := range vs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(v.Name)
		if v.Bound != nil && v.Bound != Any {
			b.WriteString(" <: ")
			writeType(b, v.Bound)
		}
	}
	b.WriteByte('>')
}
