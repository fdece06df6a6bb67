package check

import (
	"fmt"
	"strings"

	"github.com/mori-lang/mori/types"
)

// checkExpansive rejects, as moc does (M0156), generic definitions whose
// unfolding makes ever larger types, such as `type T<A> = ?T<(A, A)>`:
// relating such types would unfold them without end. The test is moc's:
// a graph links each parameter of the block's definitions to the
// parameters of the block's definitions it is an argument of, plainly
// when it is the whole argument and expansively when it is part of it;
// the definitions are expansive when a cycle holds an expansive link.
func (c *Checker) checkExpansive(e *env, cons []*types.Con) {
	g := paramGraph{block: map[*types.Con]bool{}}
	for _, con := range cons {
		g.block[con] = true
	}
	for _, con := range cons {
		g.addDefinition(con)
	}
	component := g.components()
	for _, l := range g.links {
		if l.expansive && component[l.from] == component[l.to] {
			c.fail(e.span, "M0156", "block contains expansive type definitions%s", expansiveMessage(l))
		}
	}
}

// param is the i-th parameter of a definition.
type param struct {
	con *types.Con
	i   int
}

type paramLink struct {
	from, to  param
	expansive bool
}

type paramGraph struct {
	block map[*types.Con]bool // the definitions of the block
	links []paramLink
	from  map[param][]param // links without their labels
}

// addDefinition adds the links of the parameters of con, in its bounds
// and its body.
func (g *paramGraph) addDefinition(con *types.Con) {
	own := map[*types.Var]int{}
	for i, v := range con.Params {
		own[v] = i
	}
	for _, v := range con.Params {
		g.walk(con, own, v.Bound, nil, nil)
	}
	g.walk(con, own, con.Body, nil, nil)
}

// walk finds the parameters of con in t, which is a part of the arguments
// in inside and the whole argument in whole.
func (g *paramGraph) walk(con *types.Con, own map[*types.Var]int, t types.Type, inside, whole []param) {
	nested := append(append([]param(nil), inside...), whole...)
	switch t := t.(type) {
	case *types.Var:
		i, ok := own[t]
		if !ok {
			return
		}
		from := param{con, i}
		for _, to := range inside {
			g.link(from, to, true)
		}
		for _, to := range whole {
			g.link(from, to, false)
		}
	case *types.App:
		for k, arg := range t.Args {
			var as []param
			if g.block[t.Con] {
				as = []param{{t.Con, k}}
			}
			g.walk(con, own, arg, nested, as)
		}
	case *types.Named:
		g.walk(con, own, t.Type, inside, whole)
	case *types.Tuple:
		for _, el := range t.Elems {
			g.walk(con, own, el, nested, nil)
		}
	case *types.Opt:
		g.walk(con, own, t.Elem, nested, nil)
	case *types.Array:
		g.walk(con, own, t.Elem, nested, nil)
	case *types.Async:
		g.walk(con, own, t.Elem, nested, nil)
	case *types.Obj:
		for _, f := range t.Fields() {
			g.walk(con, own, f.Type, nested, nil)
		}
	case *types.Variant:
		for _, tag := range t.Tags {
			g.walk(con, own, tag.Type, nested, nil)
		}
	case *types.Func:
		for _, v := range t.TypeParams {
			g.walk(con, own, v.Bound, nested, nil)
		}
		for _, p := range t.Params {
			g.walk(con, own, p, nested, nil)
		}
		for _, r := range t.Results {
			g.walk(con, own, r, nested, nil)
		}
	}
}

func (g *paramGraph) link(from, to param, expansive bool) {
	g.links = append(g.links, paramLink{from, to, expansive})
	if g.from == nil {
		g.from = map[param][]param{}
	}
	g.from[from] = append(g.from[from], to)
}

// components numbers the strongly connected components of the graph
// (Tarjan's algorithm); parameters without links are left out.
func (g *paramGraph) components() map[param]int {
	index := map[param]int{}
	low := map[param]int{}
	onStack := map[param]bool{}
	component := map[param]int{}
	var stack []param
	var visit func(v param)
	visit = func(v param) {
		index[v] = len(index)
		low[v] = index[v]
		stack = append(stack, v)
		onStack[v] = true
		for _, w := range g.from[v] {
			if _, seen := index[w]; !seen {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if onStack[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] == index[v] {
			n := len(component)
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				component[w] = n
				if w == v {
					break
				}
			}
		}
	}
	for _, l := range g.links {
		if _, seen := index[l.from]; !seen {
			visit(l.from)
		}
	}
	return component
}

// expansiveMessage explains an expansive link in moc's words. Like moc,
// it marks the argument of the target definition at the position of the
// source parameter.
func expansiveMessage(l paramLink) string {
	x := l.from.con.Params[l.from.i].Name
	args := make([]string, len(l.to.con.Params))
	for k := range args {
		args[k] = "_"
		if k == l.from.i {
			args[k] = "-" + x + "-"
		}
	}
	return fmt.Sprintf(":\n  %s\nis expansive, because %s occurs as an indirect argument of recursive type %s<%s>.\n"+
		"(%s would be allowed as an immediate argument, but cannot be part of a larger type expression.)",
		types.Definition(l.from.con), x, l.to.con.Name, strings.Join(args, ","), x)
}
