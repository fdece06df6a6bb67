package types

import (
	"fmt"
	"strings"

	"github.com/mori-lang/mori/ast"
)

// String renders t in moc's notation, as type error messages show it.
func String(t Type) string {
	var b printer
	if n, ok := t.(*Named); ok {
		// A parameter's name shows in parentheses, as in a sequence of one.
		b.writeSeq([]Type{n})
	} else {
		b.writeType(t)
	}
	return b.String()
}

// identity renders t so that two types get the same text only if they
// are the same: definitions are told apart by identity, not by name.
func identity(t Type) string {
	b := printer{identities: true}
	b.writeType(t)
	return b.String()
}

// Identity renders t so that two renderings are equal only if the types
// are: definitions and type variables are told apart by identity, not by
// name. It keys memo tables of relations on types.
func Identity(t Type) string { return identity(t) }

// conName is how messages name a definition.
func conName(c *Con) string {
	if c.Path != "" {
		return c.Path
	}
	return c.Name
}

type printer struct {
	strings.Builder
	identities bool
}

func (b *printer) writeType(t Type) {
	switch t := t.(type) {
	case Prim:
		b.WriteString(t.String())
	case *top:
		b.WriteString("Any")
	case *bottom:
		b.WriteString("None")
	case *Var:
		b.WriteString(t.Name)
		if b.identities {
			fmt.Fprintf(b, "@%p", t)
		}
	case *Named:
		b.WriteString(t.Name)
		b.WriteString(" : ")
		if inner, ok := t.Type.(*Named); ok {
			b.writeSeq([]Type{inner}) // `b : (implicit : Nat)`
		} else {
			b.writeType(t.Type)
		}
	case *App:
		if b.identities {
			b.WriteString(t.Con.Name)
		} else {
			b.WriteString(conName(t.Con))
		}
		if b.identities {
			fmt.Fprintf(b, "@%p", t.Con)
		}
		b.writeArgs(t.Args)
	case *Tuple:
		b.writeSeq(t.Elems)
	case *Opt:
		b.WriteByte('?')
		b.writeAtom(t.Elem)
	case *Array:
		b.WriteByte('[')
		if t.Mut {
			b.WriteString("var ")
		}
		b.writeType(t.Elem)
		b.WriteByte(']')
	case *Async:
		b.WriteString("async")
		if t.Star {
			b.WriteByte('*')
		}
		b.WriteByte(' ')
		b.writeAtom(t.Elem)
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
			b.writeDefinition(f.Name, f.Con)
		}
		for _, f := range t.Fields() {
			if i > 0 {
				b.WriteString("; ")
			}
			i++
			if f.Mut {
				b.WriteString("var ")
			}
			b.WriteString(f.Name)
			b.WriteString(" : ")
			b.writeType(f.Type)
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
				b.writeType(g.Type)
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
		b.writeParams(t.TypeParams)
		b.writeDomain(t.Params)
		b.WriteString(" -> ")
		b.writeDomain(t.Results)
	}
}

// Definition renders the definition of c as moc shows it in messages,
// `type T<A> = ?T<A>`.
func Definition(c *Con) string {
	var b printer
	b.writeDefinition(c.Name, c)
	return b.String()
}

func (b *printer) writeDefinition(name string, c *Con) {
	b.WriteString("type ")
	b.WriteString(name)
	b.writeParams(c.Params)
	b.WriteString(" = ")
	if c.Body != nil {
		b.writeType(c.Body)
	}
}

func isUnit(t Type) bool {
	tup, ok := t.(*Tuple)
	return ok && len(tup.Elems) == 0
}

// writeAtom parenthesises types that would otherwise read ambiguously.
func (b *printer) writeAtom(t Type) {
	if _, ok := t.(*Func); ok {
		b.WriteByte('(')
		b.writeType(t)
		b.WriteByte(')')
		return
	}
	b.writeType(t)
}

// writeDomain prints a parameter or result sequence: a single type stands
// alone unless it is itself a tuple or named.
func (b *printer) writeDomain(ts []Type) {
	if len(ts) == 1 {
		switch t := ts[0].(type) {
		case *Tuple:
			b.WriteByte('(')
			b.writeType(t)
			b.WriteByte(')')
			return
		case *Named:
			b.writeSeq(ts)
			return
		}
		b.writeAtom(ts[0])
		return
	}
	b.writeSeq(ts)
}

func (b *printer) writeSeq(ts []Type) {
	b.WriteByte('(')
	for i, e := range ts {
		if i > 0 {
			b.WriteString(", ")
		}
		b.writeType(e)
	}
	b.WriteByte(')')
}

func (b *printer) writeArgs(ts []Type) {
	if len(ts) == 0 {
		return
	}
	b.WriteByte('<')
	for i, e := range ts {
		if i > 0 {
			b.WriteString(", ")
		}
		b.writeType(e)
	}
	b.WriteByte('>')
}

func (b *printer) writeParams(vs []*Var) {
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
			b.writeType(v.Bound)
		}
	}
	b.WriteByte('>')
}
