package repl

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/pretty"
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// This file prints what an entry defined or computed, in the formats and
// with the line breaks of `moc -i` (which uses OCaml's Format, see package
// pretty). Values are printed by their static type; unlike debug_show, an
// Int is unsigned when positive, Text is escaped, and functions, modules
// and values seen at type Any print as placeholders.

// echoBinding prints `let x : T = v` (`var` for a variable); a module is
// printed as `let M : module {...}`.
func echoBinding(p *pretty.Printer, name string, mutable bool, t types.Type, v value.Value) {
	keyword := "let "
	if mutable {
		keyword = "var "
	}
	p.Open(pretty.HVBox, 2)
	if o, ok := types.Normalize(t).(*types.Obj); ok && o.Sort == ast.Module {
		p.Text(keyword + name + " : module {...}")
		p.Close()
		p.Flush()
		return
	}
	p.Text(keyword + name + " :")
	p.Space()
	types.Layout(p, t)
	p.Text(" =")
	p.Space()
	layoutValue(p, v, t)
	p.Close()
	p.Flush()
}

// echoValue prints an expression's value: `v : T`.
func echoValue(p *pretty.Printer, t types.Type, v value.Value) {
	p.Open(pretty.HVBox, 2)
	layoutValue(p, v, t)
	p.Text(" :")
	p.Space()
	types.Layout(p, t)
	p.Close()
	p.Flush()
}

// echoTypeDef prints a type definition: `type T<A> = body`.
func echoTypeDef(p *pretty.Printer, name string, con *types.Con) {
	types.LayoutDef(p, name, con)
	p.Flush()
}

// layoutValue is a value in any position (moc's pp_val).
func layoutValue(p *pretty.Printer, v value.Value, t types.Type) {
	switch t := types.Normalize(t).(type) {
	case *types.Named:
		layoutValue(p, v, t.Type)
	case types.Prim:
		switch {
		case t == types.Int:
			p.Text(groupNum(value.IntText(v)))
		case t >= types.Int8 && t <= types.Int64:
			s := groupNum(strconv.FormatInt(v.AsInt64(), 10))
			if v.AsInt64() > 0 {
				s = "+" + s
			}
			p.Text(s)
		default:
			layoutNullary(p, v, t)
		}
	case *types.Opt:
		if v.IsNull() {
			p.Text("null")
			return
		}
		p.Open(pretty.Box, 1)
		p.Text("?")
		layoutNullary(p, v.OptPayload(), t.Elem)
		p.Close()
	case *types.Variant:
		vr := v.AsVariant()
		tag, _ := t.Tag(vr.Tag)
		payload, isTuple := types.Normalize(tag.Type).(*types.Tuple)
		if isTuple && len(payload.Elems) == 0 {
			p.Text("#" + vr.Tag)
			return
		}
		p.Open(pretty.Box, 0)
		p.Text("#" + vr.Tag)
		p.Break(0, 1)
		if isTuple {
			layoutValue(p, vr.Payload, payload)
		} else {
			p.Text("(")
			layoutValue(p, vr.Payload, tag.Type)
			p.Text(")")
		}
		p.Close()
	default:
		layoutNullary(p, v, t)
	}
}

// layoutNullary is a value that needs no parentheses as an option's or a
// variant's payload; others are parenthesised (moc's pp_val_nullary).
func layoutNullary(p *pretty.Printer, v value.Value, t types.Type) {
	switch t := types.Normalize(t).(type) {
	case *types.Named:
		layoutNullary(p, v, t.Type)
	case types.Prim:
		switch t {
		case types.Null:
			p.Text("null")
		case types.Bool:
			p.Text(strconv.FormatBool(v.AsBool()))
		case types.Nat:
			p.Text(groupNum(value.IntText(v)))
		case types.Int:
			if value.IntSign(v) < 0 {
				parenthesised(p, v, t)
				return
			}
			p.Text(groupNum(value.IntText(v)))
		case types.Nat8, types.Nat16, types.Nat32, types.Nat64:
			p.Text(groupNum(strconv.FormatUint(v.Bits, 10)))
		case types.Int8, types.Int16, types.Int32, types.Int64:
			if v.AsInt64() != 0 {
				parenthesised(p, v, t)
				return
			}
			p.Text("0")
		case types.Float, types.Float32:
			p.Text(floatText(v.AsFloat()))
		case types.Char:
			p.Text(quoted('\'', string(v.AsChar()), '\''))
		case types.Text:
			p.Text(quoted('"', v.AsText(), '"'))
		case types.Blob:
			p.Text(blobText(v.AsBlob()))
		case types.Principal:
			p.Text(blobText(v.AsPrincipal()))
		case types.Region:
			if r, ok := v.Ref.(*region.Region); ok {
				p.Text(fmt.Sprintf("<region %d>", r.ID()))
				return
			}
			p.Text("<region>")
		default:
			p.Text("<" + t.String() + ">")
		}
	case *types.Tuple:
		p.Open(pretty.Box, 1)
		p.Text("(")
		var elems []value.Value
		if len(t.Elems) > 0 {
			elems = v.AsTuple()
		}
		for i, et := range t.Elems {
			if i > 0 {
				p.Text(",")
				p.Space()
			}
			layoutValue(p, elems[i], et)
		}
		if len(t.Elems) == 1 {
			p.Text(",")
		}
		p.Text(")")
		p.Close()
	case *types.Obj:
		if t.Sort == ast.Actor {
			p.Text("<actor>")
			return
		}
		layoutObject(p, v, t)
	case *types.Async:
		p.Text("<async>")
	case *types.Array:
		p.Open(pretty.Box, 1)
		p.Text("[")
		if t.Mut {
			p.Text("var ")
		}
		for i, e := range v.AsArray().Elems {
			if i > 0 {
				p.Text(",")
				p.Space()
			}
			layoutValue(p, e, t.Elem)
		}
		p.Text("]")
		p.Close()
	case *types.Func:
		p.Text("<func>")
	default:
		if t == types.Any {
			p.Text("<any>")
			return
		}
		if t == types.None {
			p.Text("<none>")
			return
		}
		parenthesised(p, v, t)
	}
}

func parenthesised(p *pretty.Printer, v value.Value, t types.Type) {
	p.Open(pretty.Box, 1)
	p.Text("(")
	layoutValue(p, v, t)
	p.Text(")")
	p.Close()
}

func layoutObject(p *pretty.Printer, v value.Value, t *types.Obj) {
	p.Open(pretty.HVBox, 2)
	switch t.Sort {
	case ast.Module:
		p.Text("module ")
	case ast.Actor:
		p.Text("actor ")
	}
	p.Text("{")
	p.Break(0, 0)
	var o *value.Object
	if len(t.Fields()) > 0 {
		o = v.AsObject()
	}
	for i, f := range t.Fields() {
		if i > 0 {
			p.Text(";")
			p.Space()
		}
		fv, _ := o.Field(f.Name)
		if c, ok := fv.Ref.(*value.Cell); ok {
			fv = c.V
		}
		p.Open(pretty.Box, 2)
		p.Text(f.Name + " =")
		p.Space()
		layoutValue(p, fv, f.Type)
		p.Close()
	}
	p.Break(0, -2)
	p.Text("}")
	p.Close()
}

// quoted escapes text as moc's REPL does: the usual backslash escapes,
// printable ASCII as is, every other character as \u{hex}.
func quoted(open byte, s string, close byte) string {
	var b strings.Builder
	b.WriteByte(open)
	for _, r := range s {
		switch r {
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '"':
			b.WriteString(`\"`)
		case '\'':
			b.WriteString(`\'`)
		case '\\':
			b.WriteString(`\\`)
		default:
			if r >= 0x20 && r < 0x7f {
				b.WriteRune(r)
			} else {
				fmt.Fprintf(&b, `\u{%02x}`, r)
			}
		}
	}
	b.WriteByte(close)
	return b.String()
}

func blobText(bytes string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(bytes); i++ {
		fmt.Fprintf(&b, `\%02X`, bytes[i])
	}
	b.WriteByte('"')
	return b.String()
}

// floatText prints a Float as moc's interpreter does: C's %.17g, digits
// grouped by three, NaN with its payload.
func floatText(f float64) string {
	sign := ""
	if math.Signbit(f) {
		sign = "-"
	}
	switch {
	case math.IsNaN(f):
		payload := math.Float64bits(f) &^ (1 << 63) &^ math.Float64bits(math.Inf(1))
		return sign + "nan:0x" + groupHex(strconv.FormatUint(payload, 16))
	case math.IsInf(f, 0):
		return sign + "inf"
	}
	return sign + groupNum(formatG17(math.Abs(f)))
}

// formatG17 is C's printf("%.17g", f) for a finite f >= 0.
func formatG17(f float64) string {
	const precision = 17
	if f == 0 {
		return "0"
	}
	e := strconv.FormatFloat(f, 'e', precision-1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= precision {
		mant, expText, _ := strings.Cut(e, "e")
		mant = trimZeros(mant)
		sign := expText[0]
		digits := strings.TrimLeft(expText[1:], "0")
		for len(digits) < 2 {
			digits = "0" + digits
		}
		return mant + "e" + string(sign) + digits
	}
	return trimZeros(strconv.FormatFloat(f, 'f', precision-1-exp, 64))
}

func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// groupNum puts `_` between groups of three digits in a number's integer
// part (from the right) and fraction (from the left), as moc does.
func groupNum(s string) string {
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	find := func(from int, want bool) int {
		for i := from; i < len(s); i++ {
			if isDigit(s[i]) == want {
				return i
			}
		}
		return len(s)
	}
	mant := find(0, true)
	point := find(mant, false)
	frac := find(point, true)
	exp := find(frac, false)
	var b strings.Builder
	b.WriteString(s[:mant])
	for i := mant; i < point; i++ {
		if i > mant && (point-i)%3 == 0 {
			b.WriteByte('_')
		}
		b.WriteByte(s[i])
	}
	b.WriteString(s[point:frac])
	for i := frac; i < exp; i++ {
		if i > frac && (i-frac)%3 == 0 {
			b.WriteByte('_')
		}
		b.WriteByte(s[i])
	}
	b.WriteString(s[exp:])
	return b.String()
}

// groupHex puts `_` between groups of four hex digits, from the right.
func groupHex(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i > 0 && (len(s)-i)%4 == 0 {
			b.WriteByte('_')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// expandClasses replaces each instance of a class in t by the object type
// it stands for: moc's REPL shows an object made by a class declared in an
// earlier entry by its structure, `{A : Nat}`, not as `c<Nat>`.
func expandClasses(t types.Type, classes map[*types.Con]bool) types.Type {
	if len(classes) == 0 {
		return t
	}
	each := func(ts []types.Type) []types.Type {
		out := make([]types.Type, len(ts))
		for i, e := range ts {
			out[i] = expandClasses(e, classes)
		}
		return out
	}
	switch t := t.(type) {
	case *types.App:
		if classes[t.Con] && t.Con.Body != nil {
			return expandClasses(types.Subst(t.Con.Body, t.Con.Params, t.Args), classes)
		}
		return &types.App{Con: t.Con, Args: each(t.Args)}
	case *types.Named:
		return &types.Named{Name: t.Name, Type: expandClasses(t.Type, classes)}
	case *types.Tuple:
		return &types.Tuple{Elems: each(t.Elems)}
	case *types.Opt:
		return &types.Opt{Elem: expandClasses(t.Elem, classes)}
	case *types.Array:
		return &types.Array{Mut: t.Mut, Elem: expandClasses(t.Elem, classes)}
	case *types.Obj:
		fields := make([]types.Field, len(t.Fields()))
		for i, f := range t.Fields() {
			fields[i] = types.Field{Name: f.Name, Type: expandClasses(f.Type, classes), Mut: f.Mut}
		}
		return types.NewObj(t.Sort, fields, t.TypeFields)
	case *types.Variant:
		tags := make([]types.Tag, len(t.Tags))
		for i, g := range t.Tags {
			tags[i] = types.Tag{Name: g.Name, Type: expandClasses(g.Type, classes)}
		}
		return &types.Variant{Tags: tags}
	case *types.Func:
		return &types.Func{Sort: t.Sort, TypeParams: t.TypeParams, Params: each(t.Params), Results: each(t.Results)}
	}
	return t
}
