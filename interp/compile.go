package interp

import (
	"fmt"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/bug"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// compileError stops compilation of something the evaluator cannot run.
type compileError struct {
	span ast.Span
	msg  string
}

func (e *compileError) Error() string {
	return fmt.Sprintf("%s: type error [M0000], %s", e.span, e.msg)
}

// fail stops compilation at n. A message starting "internal error: " is a
// broken invariant, a bug of mori rather than a limit of it.
func (c *compiler) fail(n ast.Node, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if detail, internal := strings.CutPrefix(msg, "internal error: "); internal {
		panic(bug.New(n.Where().String(), "%s", detail))
	}
	panic(&compileError{span: n.Where(), msg: msg})
}

// scope is the compile-time layout of one run-time Frame.
type scope struct {
	size   int
	parent *scope
}

func (s *scope) alloc() int {
	s.size++
	return s.size - 1
}

// slot is where a binding lives; boxed slots hold a *value.Cell.
type slot struct {
	scope *scope
	index int
	boxed bool
}

// funcState is what changes when compilation enters a function body.
type funcState struct {
	loopDepth int   // loops around the code being compiled, in this function
	doOpts    []int // labels of the enclosing `do ?` blocks, innermost last
	// leaf stays true while the function makes no closures, objects or
	// frames of its own that could outlive a call (see funcCode.leaf).
	leaf bool
}

type compiler struct {
	prog  *Program
	info  *types.Info
	prims map[string]Value
	// modules holds each evaluated module's value, filled by its init.
	modules map[*types.Module]*Value
	// imported gives the name an import binds to its module's value.
	imported map[*types.Binding]*Value

	lib   bool // compiling a library module
	scope *scope
	slots map[*types.Binding]slot
	// selfSlots holds the slot of each object's self name, by identifier.
	selfSlots map[*ast.Ident]slot
	funcState
	// loopLabel is the label directly around the loop being compiled, the
	// target of its `continue`.
	loopLabel int
	labels    map[ast.Expr]int
	jumps     map[ast.Expr]bool
	sites     map[ast.Node]*ast.Span
	// soleAsserts maps the assertion that is a function's whole body to
	// that body's span.
	soleAsserts map[*ast.AssertExpr]ast.Span
}

func newCompiler(info *types.Info, p *Program, prims map[string]Value) *compiler {
	return &compiler{
		prog:      p,
		info:      info,
		prims:     prims,
		modules:   map[*types.Module]*Value{},
		imported:  map[*types.Binding]*Value{},
		slots:     map[*types.Binding]slot{},
		selfSlots: map[*ast.Ident]slot{},
		labels:    map[ast.Expr]int{},
		jumps:     map[ast.Expr]bool{},
		sites:     map[ast.Node]*ast.Span{},

		soleAsserts: map[*ast.AssertExpr]ast.Span{},
		loopLabel:   -1,
	}
}

// site is the position a trap at n reports: n's span in user code, nil in
// library code (the trap is then reported at the user's call).
func (c *compiler) site(n ast.Node) *ast.Span {
	if c.lib {
		return nil
	}
	if s, ok := c.sites[n]; ok {
		return s
	}
	s := n.Where()
	c.sites[n] = &s
	return &s
}

// labelID numbers a label, loop or `do ?` block.
func (c *compiler) labelID(n ast.Expr) int {
	if id, ok := c.labels[n]; ok {
		return id
	}
	id := len(c.labels)
	c.labels[n] = id
	return id
}

// typeOf is the structure of an expression's static type.
func (c *compiler) typeOf(e ast.Expr) types.Type {
	t, ok := c.info.Types[e]
	if !ok {
		c.fail(e, "internal error: no type recorded for this expression")
	}
	return types.Promote(t)
}

// module compiles one module to the code that evaluates it once.
func (c *compiler) module(m *types.Module) evalFn {
	holder := new(Value)
	c.modules[m] = holder
	if m.Prim {
		obj := c.primModule(m)
		return func(*Thread, *Frame) Value {
			*holder = obj
			return Value{}
		}
	}
	c.lib = m.Library
	if m.Type == types.Unit {
		return c.mainProgram(m, holder)
	}
	top := &scope{}
	c.scope = top
	body := c.decs(m.Program.Decs)
	frame := &Frame{}
	return func(t *Thread, _ *Frame) Value {
		frame.slots = make([]Value, top.size)
		*holder = body(t, frame)
		return Value{}
	}
}

// mainProgram compiles a main program into the top-level frame, after the
// names of the main programs compiled before (REPL entries).
func (c *compiler) mainProgram(m *types.Module, holder *Value) evalFn {
	p := c.prog
	if p.top == nil {
		p.top, p.topScope = &Frame{}, &scope{}
	}
	frame, top := p.top, p.topScope
	c.scope = top
	body := c.decs(m.Program.Decs)
	if n := len(m.Program.Decs); n > 0 {
		if d, ok := m.Program.Decs[n-1].(*ast.ClassDec); ok && d.Sort == ast.Actor {
			// An actor class is installed by calling it.
			b := c.info.Defs[d.Name]
			p.actorClass = c.slots[b].index
			p.classParams = b.Type.(*types.Func).Params
		}
	}
	return func(t *Thread, _ *Frame) Value {
		if grow := top.size - len(frame.slots); grow > 0 {
			frame.slots = append(frame.slots, make([]Value, grow)...)
		}
		*holder = body(t, frame)
		p.result = *holder
		return Value{}
	}
}

// primModule builds the value of `mo:⛔` from its static type: a field per
// primitive, and the type-only `Types` module as an empty object.
func (c *compiler) primModule(m *types.Module) Value {
	ot, ok := types.Promote(m.Type).(*types.Obj)
	if !ok {
		c.fail(ast.Span{File: m.Path}, "internal error: primitive module without object type")
	}
	names := make([]string, len(ot.Fields()))
	fields := make([]Value, len(ot.Fields()))
	for i, f := range ot.Fields() {
		names[i] = f.Name
		if v, ok := c.prims[f.Name]; ok {
			fields[i] = v
		} else {
			fields[i] = value.MakeObject(value.LayoutOf(nil), nil)
		}
	}
	return value.MakeObject(value.LayoutOf(names), fields)
}

// ---------------------------------------------------------------------------
// Bindings

// declare gives binding b a slot in the current scope.
func (c *compiler) declare(id *ast.Ident, boxed bool) {
	b, ok := c.info.Defs[id]
	if !ok {
		c.fail(id, "internal error: no binding recorded for %s", id.Name)
	}
	c.slots[b] = slot{scope: c.scope, index: c.scope.alloc(), boxed: boxed}
}

// slotOf finds a binding's slot and its depth from the current scope.
func (c *compiler) slotOf(n ast.Node, b *types.Binding) (slot, int) {
	s, ok := c.slots[b]
	if !ok {
		s, ok = c.selfSlots[b.Decl]
		if !ok {
			c.fail(n, "internal error: %s is used before its declaration was compiled", b.Name)
		}
		c.slots[b] = s
	}
	depth := 0
	for sc := c.scope; sc != s.scope; sc = sc.parent {
		if sc == nil {
			c.fail(n, "internal error: %s is out of scope", b.Name)
		}
		depth++
	}
	return s, depth
}

func frameAt(f *Frame, depth int) *Frame {
	for ; depth > 0; depth-- {
		f = f.up
	}
	return f
}

// load reads a binding.
func (c *compiler) load(n ast.Node, b *types.Binding) evalFn {
	s, depth := c.slotOf(n, b)
	i := s.index
	if s.boxed {
		return func(t *Thread, f *Frame) Value { return frameAt(f, depth).slots[i].AsCell().V }
	}
	switch depth {
	case 0:
		return func(t *Thread, f *Frame) Value { return f.slots[i] }
	case 1:
		return func(t *Thread, f *Frame) Value { return f.up.slots[i] }
	case 2:
		return func(t *Thread, f *Frame) Value { return f.up.up.slots[i] }
	}
	return func(t *Thread, f *Frame) Value { return frameAt(f, depth).slots[i] }
}

// store returns the code that assigns a `var` binding.
func (c *compiler) store(n ast.Node, b *types.Binding) func(t *Thread, f *Frame, v Value) {
	s, depth := c.slotOf(n, b)
	i := s.index
	if s.boxed {
		return func(t *Thread, f *Frame, v Value) { t.setCell(frameAt(f, depth).slots[i].AsCell(), v) }
	}
	switch depth {
	case 0:
		return func(t *Thread, f *Frame, v Value) { t.setSlot(f, i, v) }
	case 1:
		return func(t *Thread, f *Frame, v Value) { t.setSlot(f.up, i, v) }
	}
	return func(t *Thread, f *Frame, v Value) { t.setSlot(frameAt(f, depth), i, v) }
}

// bindingsOf lists the names declarations introduce, with whether each is
// a `var` exposed as a public object field (and so boxed).
func (c *compiler) bindingsOf(decs []ast.Dec, public func(i int) bool) (ids []*ast.Ident, boxed []bool) {
	for i, d := range decs {
		switch d := d.(type) {
		case *ast.LetDec:
			for _, id := range ast.PatVars(d.Pat) {
				ids, boxed = append(ids, id), append(boxed, false)
			}
		case *ast.VarDec:
			ids, boxed = append(ids, d.Name), append(boxed, public(i))
		case *ast.FuncDec:
			ids, boxed = append(ids, d.Func.Name), append(boxed, false)
		case *ast.ClassDec:
			ids, boxed = append(ids, d.Name), append(boxed, false)
		case *ast.ImportDec:
			for _, id := range ast.PatVars(d.Pat) {
				ids, boxed = append(ids, id), append(boxed, false)
			}
		}
	}
	return ids, boxed
}

// needsFreshFrame reports whether names declared inside a loop must get a
// new frame per iteration: only when a closure may capture one of them.
func (c *compiler) needsFreshFrame(ids []*ast.Ident) bool {
	if c.loopDepth == 0 {
		return false
	}
	for _, id := range ids {
		if b := c.info.Defs[id]; b != nil && b.Captured {
			return true
		}
	}
	return false
}
