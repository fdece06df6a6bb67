package candid

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// ParseText reads Candid text arguments as people type them for dfx,
// `(42, "hi")`, `(record { a = 1; b = "x" })`, `(opt 5)`, `(variant { ok })`,
// `(vec { 1; 2 })`, `(blob "\00\FF")`, `(5 : nat8)`, `(principal "aaaaa-aa")`,
// as values of the expected Motoko types. A single value may be given
// without the parentheses. Arguments of option types may be left out, and
// a bare value stands for `opt` of it. Mistakes are *TextError with the
// line and column.
func ParseText(src string, ts []types.Type) (vs []value.Value, err error) {
	cs, err := newLowerer().lowerAll(ts)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*TextError)
			if !ok {
				panic(r)
			}
			vs, err = nil, e
		}
	}()
	p := &parser{lx: lexer{src: src}}
	p.advance()
	var nodes []*tnode
	switch {
	case p.tok.kind == tokEOF:
	case p.is(tokPunct, "("):
		nodes = p.args()
	default:
		nodes = []*tnode{p.annotated()}
		if p.tok.kind != tokEOF {
			p.fail("unexpected %s after the value", p.describe(p.tok))
		}
	}
	if len(nodes) > len(cs) {
		p.lx.errorAt(nodes[len(cs)].pos, "too many arguments: expected %d", len(cs))
	}
	vs = make([]value.Value, len(cs))
	for i, c := range cs {
		if i < len(nodes) {
			vs[i] = p.convert(nodes[i], c)
			continue
		}
		switch c.kind {
		case types.IDLOpt, types.IDLNull, types.IDLReserved:
			vs[i] = value.Null
		default:
			p.lx.errorAt(len(src), "missing argument %d of type %s", i+1, candidType(c))
		}
	}
	return vs, nil
}

// convert reads a parsed value as a value of c.
func (p *parser) convert(n *tnode, c *ctype) value.Value {
	if n.kind == nAnnotated {
		if !annotationFits(n.annot, c, 0) {
			p.lx.errorAt(n.annot.pos, "the annotation %s does not fit the expected type %s", ttypeString(n.annot), candidType(c))
		}
		return p.convert(n.kids[0], c)
	}
	switch c.kind {
	case types.IDLReserved:
		return value.Null // any value will do, and is ignored
	case types.IDLOpt:
		switch n.kind {
		case nNull:
			return value.Null
		case nOpt:
			return value.MakeOpt(p.convert(n.kids[0], c.elem))
		}
		return value.MakeOpt(p.convert(n, c.elem))
	case types.IDLNull, types.IDLUnit:
		if n.kind == nNull {
			if c.kind == types.IDLUnit {
				return value.Unit
			}
			return value.Null
		}
	case types.IDLBool:
		if n.kind == nBool {
			return value.Bool(n.text == "true")
		}
	case types.IDLNat, types.IDLInt, types.IDLNat8, types.IDLNat16, types.IDLNat32, types.IDLNat64, types.IDLInt8, types.IDLInt16, types.IDLInt32, types.IDLInt64, types.IDLChar:
		if n.kind == nNumber {
			return p.integer(n, c)
		}
	case types.IDLFloat:
		if n.kind == nNumber {
			return value.Float(p.float(n))
		}
	case types.IDLText:
		if n.kind == nText {
			if !utf8.ValidString(n.text) {
				p.lx.errorAt(n.pos, "text is not valid UTF-8 (a blob may hold any bytes)")
			}
			return value.Text(n.text)
		}
	case types.IDLPrincipal:
		if n.kind == nPrincipal {
			b, err := PrincipalFromText(n.text)
			if err != nil {
				p.lx.errorAt(n.pos, "%s", err)
			}
			return value.MakePrincipal(b)
		}
	case types.IDLBlob:
		switch n.kind {
		case nBlob:
			return value.MakeBlob(n.text)
		case nVec:
			b := make([]byte, len(n.kids))
			for i, k := range n.kids {
				b[i] = byte(p.convert(k, c.elem).Bits)
			}
			return value.MakeBlob(string(b))
		}
	case types.IDLVec:
		switch n.kind {
		case nVec:
			elems := make([]value.Value, len(n.kids))
			for i, k := range n.kids {
				elems[i] = p.convert(k, c.elem)
			}
			return value.MakeArray(elems)
		case nBlob:
			if c.elem.kind == types.IDLNat8 {
				elems := make([]value.Value, len(n.text))
				for i := range elems {
					elems[i] = value.Word(uint64(n.text[i]))
				}
				return value.MakeArray(elems)
			}
		}
	case types.IDLRecord, types.IDLTuple:
		if n.kind == nRecord {
			return p.record(n, c)
		}
	case types.IDLVariant:
		if n.kind == nVariant {
			return p.variant(n, c)
		}
	case types.IDLEmpty:
		p.lx.errorAt(n.pos, "no value has type empty")
	case types.IDLFunc, types.IDLService:
		p.lx.errorAt(n.pos, "function and actor references are not supported")
	}
	p.lx.errorAt(n.pos, "expected %s, found %s", candidType(c), describeNode(n))
	panic("unreachable")
}

func describeNode(n *tnode) string {
	switch n.kind {
	case nBool:
		return n.text
	case nNumber:
		return "the number " + n.text
	case nText:
		return "a text"
	case nBlob:
		return "a blob"
	case nNull:
		return "null"
	case nOpt:
		return "an opt value"
	case nVec:
		return "a vec"
	case nRecord:
		return "a record"
	case nVariant:
		return "a variant"
	case nPrincipal:
		return "a principal"
	case nService:
		return "a service reference"
	}
	return "a function reference"
}

// integer reads a number of an integer type, checking its range.
func (p *parser) integer(n *tnode, c *ctype) value.Value {
	s := strings.ReplaceAll(n.text, "_", "")
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimLeft(s, "+-")
	base := 10
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		s, base = s[2:], 16
	}
	x, ok := new(big.Int).SetString(s, base)
	if !ok {
		p.lx.errorAt(n.pos, "expected an integer (%s), found the number %s", candidType(c), n.text)
	}
	if neg {
		x.Neg(x)
	}
	var lo, hi *big.Int
	switch c.kind {
	case types.IDLNat:
		lo = new(big.Int)
	case types.IDLInt:
		return value.BigInt(x)
	case types.IDLChar:
		lo, hi = new(big.Int), big.NewInt(0x10ffff)
	default:
		k := value.FixedOf(prims[c.kind].mo.(types.Prim))
		if k.Signed {
			lo = new(big.Int).Lsh(big.NewInt(-1), k.Bits-1)
			hi = new(big.Int).Sub(new(big.Int).Neg(lo), big.NewInt(1))
		} else {
			lo, hi = new(big.Int), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), k.Bits), big.NewInt(1))
		}
	}
	if x.Cmp(lo) < 0 || (hi != nil && x.Cmp(hi) > 0) {
		p.lx.errorAt(n.pos, "%s is out of range for %s", n.text, candidType(c))
	}
	switch c.kind {
	case types.IDLNat:
		return value.BigInt(x)
	case types.IDLChar:
		if !utf8.ValidRune(rune(x.Int64())) {
			p.lx.errorAt(n.pos, "%s is not a Unicode code point (a Char)", n.text)
		}
		return value.Char(rune(x.Int64()))
	}
	if x.Sign() < 0 {
		return value.Signed(x.Int64())
	}
	return value.Word(x.Uint64())
}

func (p *parser) float(n *tnode) float64 {
	s := strings.ReplaceAll(n.text, "_", "")
	unsigned := strings.TrimLeft(s, "+-")
	if strings.HasPrefix(unsigned, "0x") || strings.HasPrefix(unsigned, "0X") {
		x, _ := new(big.Int).SetString(unsigned[2:], 16)
		f, _ := new(big.Float).SetInt(x).Float64()
		if strings.HasPrefix(s, "-") {
			f = -f
		}
		return f
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		p.lx.errorAt(n.pos, "%s is out of range for float64", n.text)
	}
	return f
}

func (p *parser) record(n *tnode, c *ctype) value.Value {
	given := map[uint32]*tfield{}
	for i := range n.fields {
		f := &n.fields[i]
		if _, ok := given[f.id]; ok {
			p.lx.errorAt(f.pos, "field %s is given twice", f.label)
		}
		given[f.id] = f
	}
	fields := make([]value.Value, len(c.fields))
	for _, cf := range c.wire {
		f, ok := given[cf.id]
		if ok {
			fields[cf.index] = p.convert(f.val, cf.t)
			delete(given, cf.id)
			continue
		}
		switch cf.t.kind {
		case types.IDLOpt, types.IDLNull, types.IDLReserved:
			fields[cf.index] = value.Null
		default:
			p.lx.errorAt(n.pos, "the record has no field %s of type %s", labelText(cf), candidType(cf.t))
		}
	}
	for _, f := range n.fields {
		if _, extra := given[f.id]; extra {
			p.lx.errorAt(f.pos, "unexpected field %s (the fields are %s)", f.label, fieldList(c))
		}
	}
	if c.kind == types.IDLTuple {
		return value.MakeTuple(fields)
	}
	if len(fields) == 0 {
		return value.Unit
	}
	return value.MakeObject(c.layout, fields)
}

func (p *parser) variant(n *tnode, c *ctype) value.Value {
	f := n.fields[0]
	for _, cf := range c.fields {
		if cf.id != f.id {
			continue
		}
		if f.val != nil {
			return value.MakeVariant(cf.name, p.convert(f.val, cf.t))
		}
		switch cf.t.kind {
		case types.IDLUnit:
			return value.MakeVariant(cf.name, value.Unit)
		case types.IDLNull, types.IDLOpt, types.IDLReserved:
			return value.MakeVariant(cf.name, value.Null)
		}
		p.lx.errorAt(f.pos, "case %s needs a value of type %s", f.label, candidType(cf.t))
	}
	p.lx.errorAt(f.pos, "unexpected case %s (the cases are %s)", f.label, fieldList(c))
	panic("unreachable")
}

// fieldList names the fields of a record or the cases of a variant.
func fieldList(c *ctype) string {
	if len(c.wire) == 0 {
		return "none"
	}
	names := make([]string, len(c.wire))
	for i, f := range c.wire {
		names[i] = labelText(f)
	}
	return strings.Join(names, ", ")
}

// annotationFits reports whether values of the annotated type a can be
// read as values of c (Candid's subtyping, within reason).
func annotationFits(a *ttype, c *ctype, depth int) bool {
	if c.kind == types.IDLReserved || a.name == "empty" {
		return true
	}
	if depth > 100 {
		return false
	}
	switch a.name {
	case "opt":
		return c.kind == types.IDLOpt && annotationFits(a.elem, c.elem, depth+1)
	case "vec":
		if c.kind == types.IDLBlob {
			return a.elem.name == "nat8"
		}
		return c.kind == types.IDLVec && annotationFits(a.elem, c.elem, depth+1)
	case "record":
		if c.kind != types.IDLRecord && c.kind != types.IDLTuple {
			return false
		}
		for _, cf := range c.wire {
			i := ttypeField(a, cf.id)
			if i < 0 {
				if k := cf.t.kind; k != types.IDLOpt && k != types.IDLNull && k != types.IDLReserved {
					return false
				}
			} else if !annotationFits(a.ftypes[i], cf.t, depth+1) {
				return false
			}
		}
		return true
	case "variant":
		if c.kind != types.IDLVariant {
			return false
		}
		for i, f := range a.fields {
			ok := false
			for _, cf := range c.wire {
				ok = ok || (cf.id == f.id && annotationFits(a.ftypes[i], cf.t, depth+1))
			}
			if !ok {
				return false
			}
		}
		return true
	case "null":
		return c.kind == types.IDLNull || c.kind == types.IDLUnit || c.kind == types.IDLOpt
	case "nat":
		return c.kind == types.IDLNat || c.kind == types.IDLInt
	}
	return c.isPrim() && a.name == prims[c.kind].name
}

func ttypeField(a *ttype, id uint32) int {
	for i, f := range a.fields {
		if f.id == id {
			return i
		}
	}
	return -1
}

func ttypeString(a *ttype) string {
	switch a.name {
	case "opt":
		return "opt " + ttypeString(a.elem)
	case "vec":
		if a.elem.name == "nat8" {
			return "blob"
		}
		return "vec " + ttypeString(a.elem)
	case "record", "variant":
		parts := make([]string, len(a.fields))
		for i, f := range a.fields {
			parts[i] = f.label + " : " + ttypeString(a.ftypes[i])
		}
		return a.name + " { " + strings.Join(parts, "; ") + " }"
	}
	return a.name
}

// candidType writes c in Candid's notation; a recursive type is written by
// its Motoko name where it recurs.
func candidType(c *ctype) string {
	var b strings.Builder
	writeCandidType(&b, c, map[*ctype]bool{})
	return b.String()
}

func writeCandidType(b *strings.Builder, c *ctype, open map[*ctype]bool) {
	if c.isPrim() {
		b.WriteString(prims[c.kind].name)
		return
	}
	if open[c] {
		b.WriteString(types.String(c.mo))
		return
	}
	open[c] = true
	defer delete(open, c)
	switch c.kind {
	case types.IDLBlob:
		b.WriteString("blob")
	case types.IDLOpt, types.IDLVec:
		b.WriteString(map[types.IDLKind]string{types.IDLOpt: "opt ", types.IDLVec: "vec "}[c.kind])
		writeCandidType(b, c.elem, open)
	case types.IDLRecord, types.IDLTuple, types.IDLVariant:
		b.WriteString(map[bool]string{true: "variant {", false: "record {"}[c.kind == types.IDLVariant])
		if len(c.wire) == 0 {
			b.WriteByte('}')
			return
		}
		for i, f := range c.wire {
			if i > 0 {
				b.WriteByte(';')
			}
			b.WriteByte(' ')
			switch {
			case c.kind == types.IDLTuple:
			case c.kind == types.IDLVariant && isNullValue(f.t):
				b.WriteString(labelText(f))
				continue
			default:
				b.WriteString(labelText(f) + " : ")
			}
			writeCandidType(b, f.t, open)
		}
		b.WriteString(" }")
	case types.IDLFunc:
		b.WriteString("func")
	case types.IDLService:
		b.WriteString("service")
	}
}
