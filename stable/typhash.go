package stable

import (
	"strconv"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// typHash names the type an alias was expected at in the decoder's trap, in
// the notation of moc's Typ_hash. moc numbers every part of a type that
// occurs twice; this numbers the definitions a type recurses through, which
// is the same for types whose other parts do not repeat.
func typHash(p *plan) string {
	h := &hasher{cyclic: map[string]bool{}, onPath: map[string]int{}}
	t := types.Type(&types.Array{Mut: true, Elem: p.aliasElem})
	prefix := ""
	if p.intoCell {
		t, prefix = p.aliasElem, "M"
	}
	h.write(t) // finds the recursive definitions
	h.b.Reset()
	h.numbers, h.second = map[string]int{}, true
	h.write(t)
	return prefix + h.b.String()
}

type hasher struct {
	b       strings.Builder
	cyclic  map[string]bool
	onPath  map[string]int
	numbers map[string]int
	second  bool
}

var primHashes = map[types.Prim]string{
	types.Null: "z", types.Bool: "b", types.Nat: "N", types.Nat8: "n8", types.Nat16: "n16",
	types.Nat32: "n32", types.Nat64: "n64", types.Int: "I", types.Int8: "i8", types.Int16: "i16",
	types.Int32: "i32", types.Int64: "i64", types.Float: "f", types.Char: "c", types.Text: "t",
	types.Blob: "B", types.Error: "E", types.Principal: "P", types.Region: "R",
}

func (h *hasher) write(t types.Type) {
	if isApp(t) {
		key := types.Identity(t)
		if _, ok := h.onPath[key]; ok {
			h.cyclic[key] = true
			if h.second {
				h.b.WriteString("!" + strconv.Itoa(h.numbers[key]))
			}
			return
		}
		if h.second && h.cyclic[key] {
			n := len(h.numbers)
			h.numbers[key] = n
			h.b.WriteString(strconv.Itoa(n) + "=")
		}
		h.onPath[key] = 1
		defer delete(h.onPath, key)
	}
	switch t := types.Normalize(t).(type) {
	case types.Prim:
		h.b.WriteString(primHashes[t])
	case *types.Tuple:
		if len(t.Elems) == 0 {
			h.b.WriteString("u")
			return
		}
		h.seq(t.Elems)
	case *types.Opt:
		h.b.WriteString("?")
		h.write(t.Elem)
	case *types.Array:
		if t.Mut {
			h.b.WriteString("V")
		} else {
			h.b.WriteString("v")
		}
		h.write(t.Elem)
	case *types.Obj:
		sorts := map[ast.ObjSort]string{ast.Object: "r", ast.Module: "rm", ast.Actor: "ra"}
		h.b.WriteString(sorts[t.Sort] + "(")
		for i, f := range t.Fields() {
			if i > 0 {
				h.b.WriteString(",")
			}
			h.b.WriteString(f.Name)
			if f.Mut {
				h.b.WriteString("!")
			}
			h.b.WriteString(":")
			h.write(f.Type)
		}
		h.b.WriteString(")")
	case *types.Variant:
		h.b.WriteString("v(")
		for i, g := range t.Tags {
			if i > 0 {
				h.b.WriteString(",")
			}
			h.b.WriteString(g.Name + ":")
			h.write(g.Type)
		}
		h.b.WriteString(")")
	case *types.Func:
		params, results, a := signature(t)
		h.b.WriteString("F" + map[ast.FuncSort]string{ast.SharedFunc: "s", ast.QueryFunc: "q", ast.CompositeQueryFunc: "C"}[t.Sort])
		if a != oneway {
			h.b.WriteString("p")
		}
		h.seq(params)
		h.seq(results)
	default:
		if t == types.Any {
			h.b.WriteString("a")
		} else if t == types.None {
			h.b.WriteString("e")
		}
	}
}

func (h *hasher) seq(ts []types.Type) {
	h.b.WriteString("(")
	for _, e := range ts {
		h.write(e)
	}
	h.b.WriteString(")")
}
