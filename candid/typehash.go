package candid

import (
	"strconv"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// typeSeqHash is moc's compact name of a type sequence (its typ_hash),
// which its decoding traps show: `Nat`, `Text` and `?Nat` give `Nt?N`,
// `type L = ?(Nat, L)` gives `0=?(N!0)`. Each type is named on its own: the
// minimal graph of the type, numbered depth first, with the nodes that
// have arguments and are reached more than once written `i=...` where
// first met and `!i` after.
func typeSeqHash(cs []*ctype) string {
	var b strings.Builder
	for _, c := range cs {
		writeTypeHash(&b, c)
	}
	return b.String()
}

// hashNode is a node of the graph: its constructor and arguments.
type hashNode struct {
	con  hashCon
	args []int
}

type hashCon struct {
	arity  byte // 'u' unary, 'n' n-ary, 'l' labeled, 'f' function, 0 nullary
	text   string
	labels []string // labeled
	split  int      // function: the number of parameters
}

func writeTypeHash(b *strings.Builder, root *ctype) {
	g := minimalGraph(root)
	// Which nodes need a name: those with arguments reached more than once.
	refs := make([]int, len(g))
	refs[0]++
	for _, n := range g {
		for _, a := range n.args {
			refs[a]++
		}
	}
	seen := make([]bool, len(g))
	var write func(i int)
	write = func(i int) {
		n := g[i]
		if len(n.args) > 0 && refs[i] > 1 {
			if seen[i] {
				b.WriteByte('!')
				b.WriteString(strconv.Itoa(i))
				return
			}
			seen[i] = true
			b.WriteString(strconv.Itoa(i))
			b.WriteByte('=')
		}
		b.WriteString(n.con.text)
		switch n.con.arity {
		case 'u':
			write(n.args[0])
		case 'n':
			b.WriteByte('(')
			for _, a := range n.args {
				write(a)
			}
			b.WriteByte(')')
		case 'l':
			b.WriteByte('(')
			for k, a := range n.args {
				if k > 0 {
					b.WriteByte(',')
				}
				b.WriteString(n.con.labels[k])
				b.WriteByte(':')
				write(a)
			}
			b.WriteByte(')')
		case 'f':
			b.WriteByte('(')
			for _, a := range n.args[:n.con.split] {
				write(a)
			}
			b.WriteString(")(")
			for _, a := range n.args[n.con.split:] {
				write(a)
			}
			b.WriteByte(')')
		}
	}
	write(0)
}

// minimalGraph unfolds root into a graph, merges the nodes that describe
// the same infinite tree (coarsest partition refinement) and numbers the
// result depth first from the root.
func minimalGraph(root *ctype) []hashNode {
	ids := map[*ctype]int{}
	var nodes []hashNode
	var visit func(c *ctype) int
	visit = func(c *ctype) int {
		if i, ok := ids[c]; ok {
			return i
		}
		i := len(nodes)
		ids[c] = i
		con, children := hashShape(c)
		nodes = append(nodes, hashNode{con: con})
		args := make([]int, len(children))
		for k, ch := range children {
			args[k] = visit(ch)
		}
		nodes[i].args = args
		return i
	}
	visit(root)

	class := make([]int, len(nodes))
	count := 1
	for {
		keys := map[string]int{}
		next := make([]int, len(nodes))
		for i, n := range nodes {
			var k strings.Builder
			k.WriteString(strconv.Itoa(class[i]))
			k.WriteByte('|')
			k.WriteByte(n.con.arity)
			k.WriteString(n.con.text)
			k.WriteByte('|')
			k.WriteString(strings.Join(n.con.labels, ","))
			k.WriteByte('|')
			k.WriteString(strconv.Itoa(n.con.split))
			for _, a := range n.args {
				k.WriteByte(',')
				k.WriteString(strconv.Itoa(class[a]))
			}
			c, ok := keys[k.String()]
			if !ok {
				c = len(keys)
				keys[k.String()] = c
			}
			next[i] = c
		}
		class = next
		if len(keys) == count {
			break
		}
		count = len(keys)
	}

	// One representative per class, renumbered depth first from the root.
	rep := make([]int, count)
	for i := len(nodes) - 1; i >= 0; i-- {
		rep[class[i]] = i
	}
	number := make([]int, count)
	for i := range number {
		number[i] = -1
	}
	var order []int
	var renumber func(cl int)
	renumber = func(cl int) {
		if number[cl] >= 0 {
			return
		}
		number[cl] = len(order)
		order = append(order, cl)
		for _, a := range nodes[rep[cl]].args {
			renumber(class[a])
		}
	}
	renumber(class[0])
	g := make([]hashNode, len(order))
	for i, cl := range order {
		n := nodes[rep[cl]]
		args := make([]int, len(n.args))
		for k, a := range n.args {
			args[k] = number[class[a]]
		}
		g[i] = hashNode{con: n.con, args: args}
	}
	return g
}

// hashShape is the constructor and children of c as typ_hash sees it.
func hashShape(c *ctype) (hashCon, []*ctype) {
	if c.isPrim() {
		return hashCon{text: prims[c.kind].hash}, nil
	}
	switch c.kind {
	case types.IDLBlob:
		return hashCon{text: "B"}, nil
	case types.IDLOpt:
		return hashCon{arity: 'u', text: "?"}, []*ctype{c.elem}
	case types.IDLVec:
		text := "v"
		if c.mut {
			text = "V"
		}
		return hashCon{arity: 'u', text: text}, []*ctype{c.elem}
	case types.IDLTuple:
		return hashCon{arity: 'n'}, fieldTypes(c.fields)
	case types.IDLRecord, types.IDLService, types.IDLVariant:
		labels := make([]string, len(c.fields))
		for i, f := range c.fields {
			labels[i] = f.name
			if f.mut {
				labels[i] += "!"
			}
		}
		text := map[types.IDLKind]string{types.IDLRecord: "r", types.IDLService: "ra", types.IDLVariant: "v"}[c.kind]
		return hashCon{arity: 'l', text: text, labels: labels}, fieldTypes(c.fields)
	default: // types.IDLFunc
		text := "F" + map[ast.FuncSort]string{ast.SharedFunc: "s", ast.QueryFunc: "q", ast.CompositeQueryFunc: "C"}[c.sort]
		if c.promises {
			text += "r" // moc hashes after lowering async: the callee replies
		}
		args := append(append([]*ctype(nil), c.params...), c.results...)
		return hashCon{arity: 'f', text: text, split: len(c.params)}, args
	}
}

func fieldTypes(fs []cfield) []*ctype {
	ts := make([]*ctype, len(fs))
	for i, f := range fs {
		ts[i] = f.t
	}
	return ts
}
