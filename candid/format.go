package candid

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// FormatText prints values as `dfx canister call` shows Candid values:
// `(42 : nat64, "hi")`, `(record { a = 1 : nat; b = "x" })`,
// `(opt (5 : nat))`, `(variant { ok = 3 : nat })`, `()`; lines longer
// than 80 bytes are broken and indented as dfx breaks them. Types without
// a Candid form print the error instead.
func FormatText(ts []types.Type, vs []value.Value) string {
	if len(ts) != len(vs) {
		return fmt.Sprintf("(candid: %d types for %d values)", len(ts), len(vs))
	}
	cs, err := newLowerer().lowerAll(ts)
	if err != nil {
		return "(" + err.Error() + ")"
	}
	ds := make([]*doc, len(cs))
	for i, c := range cs {
		ds[i] = valueDoc(c, vs[i], maxPrettyDepth)
	}
	return render(enclose("(", separated(ds, ","), ")"), lineWidth)
}

// dfx's layout: 80 columns, nesting below 10 levels (and vectors of more
// than 10 elements) printed compactly on one line.
const (
	lineWidth       = 80
	maxPrettyDepth  = 10
	maxPrettyLength = 10
)

func valueDoc(c *ctype, v value.Value, depth int) *doc {
	if depth == 0 {
		return text(compact(c, v))
	}
	switch c.kind {
	case types.IDLText:
		return text(`"` + escapeText(v.AsText(), true) + `"`)
	case types.IDLOpt:
		if v.IsNull() {
			break
		}
		p := v.OptPayload()
		if annotated(c.elem) {
			return cat(keyword("opt"), enclose("(", valueDoc(c.elem, p, depth-1), ")"))
		}
		return cat(keyword("opt"), valueDoc(c.elem, p, depth-1))
	case types.IDLVec:
		elems := v.AsArray().Elems
		if c.elem.kind == types.IDLNat8 || len(elems) > maxPrettyLength {
			break
		}
		ds := make([]*doc, len(elems))
		for i, e := range elems {
			ds[i] = valueDoc(c.elem, e, depth-1)
		}
		return cat(keyword("vec"), encloseSpace("{", separated(ds, ";"), "}"))
	case types.IDLRecord, types.IDLTuple:
		ds := make([]*doc, len(c.wire))
		tuple := isTuple(c)
		for i, f := range c.wire {
			fd := valueDoc(f.t, fieldValue(c, v, f), depth-1)
			if !tuple {
				fd = cat(labelDoc(f), keyword(" ="), fd)
			}
			ds[i] = fd
		}
		return cat(keyword("record"), encloseSpace("{", separated(ds, ";"), "}"))
	case types.IDLVariant:
		vr := v.AsVariant()
		f := c.tagField(vr.Tag)
		fd := labelDoc(f)
		if !isNullValue(f.t) {
			fd = cat(fd, keyword(" ="), valueDoc(f.t, vr.Payload, depth-1))
		}
		return cat(keyword("variant"), encloseSpace("{", fd, "}"))
	}
	return text(compact(c, v))
}

// compact is the one-line form dfx falls back to (Rust's Debug of the value).
func compact(c *ctype, v value.Value) string {
	var b strings.Builder
	writeCompact(&b, c, v)
	return b.String()
}

func writeCompact(b *strings.Builder, c *ctype, v value.Value) {
	switch c.kind {
	case types.IDLNull, types.IDLUnit:
		b.WriteString("null : null")
	case types.IDLReserved:
		b.WriteString("null : reserved")
	case types.IDLBool:
		b.WriteString(strconv.FormatBool(v.AsBool()))
	case types.IDLNat, types.IDLInt:
		b.WriteString(groupDigits(value.IntText(v)) + " : " + prims[c.kind].name)
	case types.IDLNat8:
		b.WriteString(strconv.FormatUint(v.Bits, 10) + " : nat8")
	case types.IDLInt8:
		b.WriteString(strconv.FormatInt(int64(v.Bits), 10) + " : int8")
	case types.IDLNat16, types.IDLNat32, types.IDLNat64, types.IDLChar:
		b.WriteString(groupDigits(strconv.FormatUint(v.Bits, 10)) + " : " + prims[c.kind].name)
	case types.IDLInt16, types.IDLInt32, types.IDLInt64:
		b.WriteString(groupDigits(strconv.FormatInt(int64(v.Bits), 10)) + " : " + prims[c.kind].name)
	case types.IDLFloat:
		b.WriteString(floatText(v.AsFloat()) + " : float64")
	case types.IDLText:
		b.WriteString(`"` + escapeText(v.AsText(), false) + `"`)
	case types.IDLPrincipal:
		b.WriteString(`principal "` + PrincipalText(v.AsPrincipal()) + `"`)
	case types.IDLBlob:
		b.WriteString(blobText(v.AsBlob()))
	case types.IDLOpt:
		switch {
		case v.IsNull():
			b.WriteString("null")
		case annotated(c.elem):
			b.WriteString("opt (")
			writeCompact(b, c.elem, v.OptPayload())
			b.WriteString(")")
		default:
			b.WriteString("opt ")
			writeCompact(b, c.elem, v.OptPayload())
		}
	case types.IDLVec:
		elems := v.AsArray().Elems
		if c.elem.kind == types.IDLNat8 {
			bytes := make([]byte, len(elems))
			for i, e := range elems {
				bytes[i] = byte(e.Bits)
			}
			b.WriteString(blobText(string(bytes)))
			return
		}
		b.WriteString("vec {")
		for _, e := range elems {
			b.WriteByte(' ')
			writeCompact(b, c.elem, e)
			b.WriteByte(';')
		}
		b.WriteString("}")
	case types.IDLRecord, types.IDLTuple:
		b.WriteString("record {")
		for i, f := range c.wire {
			b.WriteByte(' ')
			if f.id != uint32(i) {
				b.WriteString(labelText(f) + " = ")
			}
			writeCompact(b, f.t, fieldValue(c, v, f))
			b.WriteByte(';')
		}
		b.WriteString("}")
	case types.IDLVariant:
		vr := v.AsVariant()
		f := c.tagField(vr.Tag)
		b.WriteString("variant { ")
		if isNullValue(f.t) {
			if _, ok := escapedNumber(f.name); ok {
				b.WriteString(groupDigits(strconv.FormatUint(uint64(f.id), 10)))
			} else {
				b.WriteString(CandidName(f.name)) // unquoted here, as dfx writes it
			}
		} else {
			b.WriteString(labelText(f) + " = ")
			writeCompact(b, f.t, vr.Payload)
		}
		b.WriteString(" }")
	default: // references and None have no values
		b.WriteString("<" + types.String(c.mo) + ">")
	}
}

// annotated reports whether dfx writes a value of c with its type.
func annotated(c *ctype) bool {
	return (c.kind >= types.IDLNull && c.kind <= types.IDLReserved && c.kind != types.IDLBool && c.kind != types.IDLText) || c.kind == types.IDLChar || c.kind == types.IDLUnit
}

// isNullValue reports whether values of c are Candid's null (a variant
// case with such a payload is written without it).
func isNullValue(c *ctype) bool { return c.kind == types.IDLNull || c.kind == types.IDLUnit }

// isTuple reports whether the record's ids are 0, 1, ... (written without
// labels).
func isTuple(c *ctype) bool {
	for i, f := range c.wire {
		if f.id != uint32(i) {
			return false
		}
	}
	return true
}

func fieldValue(c *ctype, v value.Value, f cfield) value.Value {
	if c.kind == types.IDLTuple {
		return v.AsTuple()[f.index]
	}
	x, _ := v.AsObject().Field(f.name)
	if cell, ok := x.Ref.(*value.Cell); ok {
		return cell.V
	}
	return x
}

func (c *ctype) tagField(tag string) cfield {
	for _, f := range c.fields {
		if f.name == tag {
			return f
		}
	}
	return cfield{name: tag, id: FieldID(tag), t: primTypes[types.IDLNull]}
}

func labelDoc(f cfield) *doc { return text(labelText(f)) }

// labelText is how dfx writes a field label: a number (grouped) for ids,
// the Candid name otherwise, quoted when it is not an identifier.
func labelText(f cfield) string {
	if n, ok := escapedNumber(f.name); ok {
		return groupDigits(strconv.FormatUint(uint64(n), 10))
	}
	return quoteName(CandidName(f.name))
}

func quoteName(name string) string {
	if isCandidID(name) && !candidKeywords[name] {
		return name
	}
	return `"` + escapeText(name, false) + `"`
}

func isCandidID(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
		if !letter && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}

var candidKeywords = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range strings.Fields(`import service func type opt vec record variant blob principal
		nat nat8 nat16 nat32 nat64 int int8 int16 int32 int64 float32 float64 bool text null
		reserved empty oneway query composite_query`) {
		m[k] = true
	}
	return m
}()

// groupDigits puts `_` between groups of three digits.
func groupDigits(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	var b strings.Builder
	b.WriteString(sign)
	first := len(s) % 3
	if first == 0 {
		first = 3
	}
	b.WriteString(s[:first])
	for i := first; i < len(s); i += 3 {
		b.WriteByte('_')
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// floatText writes a float as Rust does, with `.0` on whole numbers.
func floatText(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if math.Trunc(f) == f {
		s += ".0"
	}
	return s
}

// blobText writes a blob: printable ASCII as is (quotes and backslash
// escaped) when all of it is text, every byte as `\xx` otherwise.
func blobText(b string) string {
	var out strings.Builder
	out.WriteString(`blob "`)
	textual := true
	for i := 0; i < len(b); i++ {
		c := b[i]
		if !(c >= 0x20 && c <= 0x7e) && c != '\t' && c != '\n' && c != '\r' {
			textual = false
			break
		}
	}
	const hexDigits = "0123456789abcdef"
	for i := 0; i < len(b); i++ {
		c := b[i]
		if textual && c >= 0x20 && c <= 0x7e && !strings.ContainsRune("\"'`\\", rune(c)) {
			out.WriteByte(c)
			continue
		}
		out.WriteByte('\\')
		out.WriteByte(hexDigits[c>>4])
		out.WriteByte(hexDigits[c&15])
	}
	out.WriteByte('"')
	return out.String()
}

// escapeText escapes a text as Rust does: str::escape_debug (pretty
// printing, top) or Debug (compact form), which leaves `'` alone.
func escapeText(s string, top bool) string {
	var b strings.Builder
	for i, r := range s {
		switch r {
		case 0:
			b.WriteString(`\0`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		case '\n':
			b.WriteString(`\n`)
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\'':
			if top {
				b.WriteString(`\'`)
			} else {
				b.WriteRune(r)
			}
		default:
			extend := unicode.In(r, unicode.Mn, unicode.Me) && (i == 0 || !top)
			if extend || !strconv.IsPrint(r) {
				b.WriteString(`\u{` + strconv.FormatInt(int64(r), 16) + `}`)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}
