package value

import (
	"encoding/base32"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/mori-lang/mori/heap"
	"github.com/mori-lang/mori/types"
)

// Show formats v of static type t as `debug_show` does in a compiled
// canister (not as moc's interpreter does; they differ for Float). It
// traps when the text would be longer than MaxText or outgrow the heap
// budget.
func Show(v Value, t types.Type) string {
	s, f := DebugShow(v, t)
	if f != Ok {
		f.Trap()
	}
	return s.AsText()
}

// DebugShow is `debug_show`: Show's text, or the fault that stopped it,
// for the evaluator to report at the expression.
func DebugShow(v Value, t types.Type) (Value, Fault) {
	var p printer
	p.value(v, t)
	for steps := 1; len(p.stack) > 0; steps++ {
		if p.b.Len() > maxText {
			return Value{}, TextTooLarge
		}
		if steps%showCheckEvery == 0 && heap.OverBudget() {
			return Value{}, OutOfMemory
		}
		p.step()
	}
	if p.b.Len() > maxText {
		return Value{}, TextTooLarge
	}
	return Text(p.b.String()), Ok
}

// showCheckEvery is how many elements are printed between checks of the
// heap budget.
const showCheckEvery = 1 << 16

// A value is printed without recursion, so that a list a million cells
// long prints as well as a short one: the printer keeps a stack of the
// tuples, arrays and records it is inside, each with the next element to
// print. Options and variants print their prefix and go on with their
// payload in place. Once the last element of a composite is under way,
// only its closing bracket remains; runs of equal closing brackets share a
// frame, so a list nests no deeper on the stack than a single cell.

// showFrame is a composite value being printed, t its *types.Tuple,
// *types.Array or *types.Obj; or, with t nil, closing written times times.
type showFrame struct {
	v       Value
	t       types.Type
	next, n int
	closing string
	times   int
}

type printer struct {
	b     strings.Builder
	stack []showFrame
}

// step prints the next element of the innermost composite, or its end.
func (p *printer) step() {
	fr := &p.stack[len(p.stack)-1]
	if fr.t == nil {
		for range fr.times {
			p.b.WriteString(fr.closing)
		}
		p.stack = p.stack[:len(p.stack)-1]
		return
	}
	i := fr.next
	var ev Value
	var et types.Type
	switch ct := fr.t.(type) {
	case *types.Tuple:
		if i > 0 {
			p.b.WriteString(", ")
		}
		ev, et = fr.v.AsTuple()[i], ct.Elems[i]
	case *types.Array:
		if i > 0 {
			p.b.WriteString(", ")
		}
		ev, et = fr.v.AsArray().Elems[i], ct.Elem
	case *types.Obj:
		if i > 0 {
			p.b.WriteString("; ")
		}
		f := ct.Fields()[i]
		p.b.WriteString(f.Name)
		p.b.WriteString(" = ")
		ev, _ = fr.v.AsObject().Field(f.Name)
		if c, ok := ev.Ref.(*Cell); ok {
			ev = c.V
		}
		et = f.Type
	}
	if fr.next++; fr.next == fr.n {
		p.stack = p.stack[:len(p.stack)-1]
		p.pushClosing(closing(fr.t))
	}
	p.value(ev, et)
}

// closing is the bracket that ends the text of a composite type.
func closing(t types.Type) string {
	switch t.(type) {
	case *types.Array:
		return "]"
	case *types.Obj:
		return "}"
	}
	return ")"
}

// open starts printing the n elements of composite v of type t, whose
// opening bracket is written.
func (p *printer) open(v Value, t types.Type, n int) {
	if n == 0 {
		p.b.WriteString(closing(t))
		return
	}
	p.stack = append(p.stack, showFrame{v: v, t: t, n: n})
}

// pushClosing leaves text to be written once what is printed next is done.
func (p *printer) pushClosing(text string) {
	if k := len(p.stack); k > 0 && p.stack[k-1].t == nil && p.stack[k-1].closing == text {
		p.stack[k-1].times++
		return
	}
	p.stack = append(p.stack, showFrame{closing: text, times: 1})
}

// value prints v up to its first element, pushing a frame for the rest.
func (p *printer) value(v Value, typ types.Type) {
	for {
		switch t := types.Normalize(typ).(type) {
		case types.Prim:
			showPrim(&p.b, v, t)
		case *types.Tuple:
			p.b.WriteByte('(')
			p.open(v, t, len(t.Elems))
		case *types.Array:
			n := len(v.AsArray().Elems)
			p.b.WriteByte('[')
			if t.Mut {
				p.b.WriteString("var")
				if n > 0 {
					p.b.WriteByte(' ')
				}
			}
			p.open(v, t, n)
		case *types.Obj:
			p.b.WriteByte('{')
			p.open(v, t, len(t.Fields()))
		case *types.Opt:
			if v.IsNull() {
				p.b.WriteString("null")
				return
			}
			v = v.OptPayload()
			p.b.WriteByte('?')
			if startsWithSign(v, t.Elem) {
				p.b.WriteByte('(')
				p.pushClosing(")")
			}
			typ = t.Elem
			continue
		case *types.Variant:
			vr := v.AsVariant()
			p.b.WriteByte('#')
			p.b.WriteString(vr.Tag)
			tag, _ := t.Tag(vr.Tag)
			v = vr.Payload
			pt := types.Normalize(tag.Type)
			if tt, ok := pt.(*types.Tuple); ok {
				// `#b(1, 2)`, and `#a` for a unit payload.
				if len(tt.Elems) > 0 {
					typ = pt
					continue
				}
				return
			}
			p.b.WriteByte('(')
			p.pushClosing(")")
			typ = pt
			continue
		default:
			// Functions, type parameters and the like have no debug_show;
			// the checker rejects them, so this only guards against a bad tree.
			fmt.Fprintf(&p.b, "<%T>", t)
		}
		return
	}
}

// startsWithSign reports whether the text of v begins with a sign, `?` or
// `#`: such a payload of an option is parenthesised, `?(+5)`, `?(?1)`.
func startsWithSign(v Value, t types.Type) bool {
	switch t := types.Normalize(t).(type) {
	case types.Prim:
		switch {
		case t == types.Int:
			return IntSign(v) != 0
		case t.IsFixed() && t.IsSigned():
			return v.AsInt64() != 0
		case t == types.Float:
			f := v.AsFloat()
			return math.Signbit(f) && !math.IsNaN(f)
		}
	case *types.Opt:
		return !v.IsNull()
	case *types.Variant:
		return true
	}
	return false
}

func showPrim(b *strings.Builder, v Value, p types.Prim) {
	switch p {
	case types.Null:
		b.WriteString("null")
	case types.Bool:
		b.WriteString(strconv.FormatBool(v.AsBool()))
	case types.Nat:
		writeGrouped(b, IntText(v))
	case types.Int:
		writeSigned(b, IntText(v))
	case types.Nat8, types.Nat16, types.Nat32, types.Nat64:
		writeGrouped(b, strconv.FormatUint(v.Bits, 10))
	case types.Int8, types.Int16, types.Int32, types.Int64:
		writeSigned(b, strconv.FormatInt(int64(v.Bits), 10))
	case types.Float, types.Float32:
		b.WriteString(FormatFloat(v.AsFloat()))
	case types.Char:
		b.WriteByte('\'')
		b.WriteRune(v.AsChar())
		b.WriteByte('\'')
	case types.Text:
		b.WriteByte('"')
		b.WriteString(v.AsText())
		b.WriteByte('"')
	case types.Blob:
		b.WriteByte('"')
		for _, c := range []byte(v.AsBlob()) {
			fmt.Fprintf(b, "\\%02X", c)
		}
		b.WriteByte('"')
	case types.Principal:
		b.WriteString(PrincipalText(v.AsPrincipal()))
	default:
		fmt.Fprintf(b, "<%s>", p)
	}
}

var principalEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// PrincipalText is the textual form of a principal: base32 of a CRC-32
// checksum followed by the bytes, in lower case, in groups of five.
func PrincipalText(bytes string) string {
	var data []byte
	data = binary.BigEndian.AppendUint32(data, crc32.ChecksumIEEE([]byte(bytes)))
	data = append(data, bytes...)
	enc := strings.ToLower(principalEncoding.EncodeToString(data))
	var out strings.Builder
	for i := 0; i < len(enc); i += 5 {
		if i > 0 {
			out.WriteByte('-')
		}
		out.WriteString(enc[i:min(i+5, len(enc))])
	}
	return out.String()
}

// FormatFloat formats a Float as debug_show does: printf's `%f`, with NaN
// (whatever its sign) and the infinities spelled out.
func FormatFloat(f float64) string {
	if s, ok := NonFiniteText(f); ok {
		return s
	}
	return strconv.FormatFloat(f, 'f', 6, 64)
}

// NonFiniteText spells NaN (whatever its sign) and the infinities as moc's
// runtime prints them.
func NonFiniteText(f float64) (string, bool) {
	switch {
	case math.IsNaN(f):
		return "NaN", true
	case math.IsInf(f, 1):
		return "inf", true
	case math.IsInf(f, -1):
		return "-inf", true
	}
	return "", false
}

// writeSigned writes a decimal number with an explicit sign unless it is zero.
func writeSigned(b *strings.Builder, digits string) {
	if digits[0] != '-' && digits != "0" {
		b.WriteByte('+')
	}
	if digits[0] == '-' {
		b.WriteByte('-')
		digits = digits[1:]
	}
	writeGrouped(b, digits)
}

// writeGrouped writes unsigned decimal digits with `_` between groups of three.
func writeGrouped(b *strings.Builder, digits string) {
	first := len(digits) % 3
	if first == 0 {
		first = 3
	}
	b.WriteString(digits[:first])
	for i := first; i < len(digits); i += 3 {
		b.WriteByte('_')
		b.WriteString(digits[i : i+3])
	}
}

// IntText is the plain decimal text of a Nat or Int (no `_`, `-` only).
func IntText(v Value) string {
	if v.Ref == nil {
		return strconv.FormatInt(int64(v.Bits), 10)
	}
	return v.Ref.(*big.Int).String()
}
