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

	"github.com/mori-lang/mori/types"
)

// Show formats v of static type t as `debug_show` does in a compiled
// canister (not as moc's interpreter does; they differ for Float).
func Show(v Value, t types.Type) string {
	var b strings.Builder
	show(&b, v, t)
	return b.String()
}

func show(b *strings.Builder, v Value, t types.Type) {
	switch t := types.Normalize(t).(type) {
	case types.Prim:
		showPrim(b, v, t)
	case *types.Tuple:
		b.WriteByte('(')
		if len(t.Elems) > 0 {
			elems := v.AsTuple()
			for i, et := range t.Elems {
				if i > 0 {
					b.WriteString(", ")
				}
				show(b, elems[i], et)
			}
		}
		b.WriteByte(')')
	case *types.Opt:
		if v.IsNull() {
			b.WriteString("null")
			return
		}
		inner := Show(v.OptPayload(), t.Elem)
		b.WriteByte('?')
		// A payload that starts with a sign, `?` or `#` is parenthesised.
		if inner != "" && strings.IndexByte("+-?#", inner[0]) >= 0 {
			b.WriteByte('(')
			b.WriteString(inner)
			b.WriteByte(')')
		} else {
			b.WriteString(inner)
		}
	case *types.Array:
		elems := v.AsArray().Elems
		b.WriteByte('[')
		if t.Mut {
			b.WriteString("var")
			if len(elems) > 0 {
				b.WriteByte(' ')
			}
		}
		for i, e := range elems {
			if i > 0 {
				b.WriteString(", ")
			}
			show(b, e, t.Elem)
		}
		b.WriteByte(']')
	case *types.Obj:
		b.WriteByte('{')
		var o *Object
		if len(t.Fields) > 0 {
			o = v.AsObject()
		}
		for i, f := range t.Fields {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(f.Name)
			b.WriteString(" = ")
			fv, _ := o.Field(f.Name)
			if c, ok := fv.Ref.(*Cell); ok {
				fv = c.V
			}
			show(b, fv, f.Type)
		}
		b.WriteByte('}')
	case *types.Variant:
		vr := v.AsVariant()
		b.WriteByte('#')
		b.WriteString(vr.Tag)
		tag, _ := t.Tag(vr.Tag)
		switch pt := types.Normalize(tag.Type).(type) {
		case *types.Tuple:
			if len(pt.Elems) > 0 {
				show(b, vr.Payload, pt)
			}
		default:
			b.WriteByte('(')
			show(b, vr.Payload, pt)
			b.WriteByte(')')
		}
	default:
		// Functions, type parameters and the like have no debug_show; the
		// checker rejects them, so this only guards against a bad tree.
		fmt.Fprintf(b, "<%T>", t)
	}
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
