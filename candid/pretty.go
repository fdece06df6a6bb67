package candid

import "strings"

// A small Wadler-style document printer with the layout rules of the
// Rust `pretty` crate, which dfx uses to show Candid values: a group is
// printed flat when it fits the line together with what follows it up to
// the next possible break.

type docOp uint8

const (
	opText  docOp = iota
	opLine        // a line break
	opAlt         // a: in a broken group, b: in a flat one
	opNest        // a, indented by n more after each break
	opGroup       // a, flat if it fits
	opCat         // kids in order
)

type doc struct {
	op   docOp
	text string
	n    int
	a, b *doc
	kids []*doc
}

var (
	nilDoc  = &doc{op: opCat}
	lineDoc = &doc{op: opAlt, a: &doc{op: opLine}, b: text(" ")} // a space when flat
	softDoc = &doc{op: opAlt, a: &doc{op: opLine}, b: nilDoc}    // nothing when flat
)

func text(s string) *doc                           { return &doc{op: opText, text: s} }
func cat(ds ...*doc) *doc                          { return &doc{op: opCat, kids: ds} }
func nest(n int, d *doc) *doc                      { return &doc{op: opNest, n: n, a: d} }
func group(d *doc) *doc                            { return &doc{op: opGroup, a: d} }
func alt(broken, flat *doc) *doc                   { return &doc{op: opAlt, a: broken, b: flat} }
func (d *doc) isEmpty() bool                       { return d == nilDoc }
func keyword(s string) *doc                        { return text(s + " ") }
func encloseSpace(l string, d *doc, r string) *doc { return encloseWith(l, d, r, lineDoc) }
func enclose(l string, d *doc, r string) *doc      { return encloseWith(l, d, r, softDoc) }

func encloseWith(l string, d *doc, r string, brk *doc) *doc {
	if d.isEmpty() {
		return text(l + r)
	}
	return group(cat(nest(2, cat(text(l), brk, d)), brk, text(r)))
}

// separated puts sep and a break between the docs, and sep after the last
// one too when the enclosing group is broken.
func separated(ds []*doc, sep string) *doc {
	if len(ds) == 0 {
		return nilDoc
	}
	kids := make([]*doc, 0, 2*len(ds))
	for i, d := range ds {
		if i > 0 {
			kids = append(kids, text(sep), lineDoc)
		}
		kids = append(kids, d)
	}
	flat := cat(kids...)
	return alt(cat(flat, text(sep)), flat)
}

type mode uint8

const (
	broken mode = iota
	flat
)

type cmd struct {
	indent int
	mode   mode
	d      *doc
}

// render lays d out in lines of width bytes.
func render(d *doc, width int) string {
	var out strings.Builder
	pos := 0
	stack := []cmd{{0, broken, d}}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch c.d.op {
		case opText:
			out.WriteString(c.d.text)
			pos += len(c.d.text)
		case opLine:
			out.WriteByte('\n')
			out.WriteString(strings.Repeat(" ", c.indent))
			pos = c.indent
		case opAlt:
			next := c.d.b
			if c.mode == broken {
				next = c.d.a
			}
			stack = append(stack, cmd{c.indent, c.mode, next})
		case opNest:
			stack = append(stack, cmd{c.indent + c.d.n, c.mode, c.d.a})
		case opGroup:
			m := c.mode
			if m == broken && fits(c.d.a, stack, pos, width) {
				m = flat
			}
			stack = append(stack, cmd{c.indent, m, c.d.a})
		case opCat:
			for i := len(c.d.kids) - 1; i >= 0; i-- {
				stack = append(stack, cmd{c.indent, c.mode, c.d.kids[i]})
			}
		}
	}
	return out.String()
}

// fits reports whether d printed flat, followed by the rest of the
// document up to its first line break, stays within width.
func fits(d *doc, rest []cmd, pos, width int) bool {
	pending := []*doc{d}
	m := flat
	for {
		if len(pending) == 0 {
			if len(rest) == 0 {
				return true
			}
			pending = append(pending, rest[len(rest)-1].d)
			rest = rest[:len(rest)-1]
			m = broken
		}
		d := pending[len(pending)-1]
		pending = pending[:len(pending)-1]
		switch d.op {
		case opText:
			pos += len(d.text)
			if pos > width {
				return false
			}
		case opLine:
			return m == broken
		case opAlt:
			if m == broken {
				pending = append(pending, d.a)
			} else {
				pending = append(pending, d.b)
			}
		case opNest, opGroup:
			pending = append(pending, d.a)
		case opCat:
			for i := len(d.kids) - 1; i >= 0; i-- {
				pending = append(pending, d.kids[i])
			}
		}
	}
}
