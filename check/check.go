// Package check type-checks Motoko syntax trees in moc's bidirectional
// style and records what it learns in a types.Info. It reads no files: an
// Importer hands it the syntax tree of each imported module.
package check

import (
	"fmt"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/bug"
	"github.com/mori-lang/mori/types"
)

// Error is a type error, printed as moc prints it; Kind names the other
// errors the checker finds ("import error", "definedness error").
type Error struct {
	Span ast.Span
	Kind string // "" for a type error
	Code string
	Msg  string
}

func (e *Error) Error() string {
	kind := e.Kind
	if kind == "" {
		kind = "type error"
	}
	return fmt.Sprintf("%s: %s [%s], %s", e.Span, kind, e.Code, e.Msg)
}

// Source is what an Importer returns for one import path.
type Source struct {
	// Path identifies the module: a file path or "mo:base/Nat".
	Path string
	// Program is the module's syntax tree; nil for the primitive module.
	Program *ast.Program
	// Prims gives, for the primitive module `mo:⛔`, each primitive's type.
	Prims map[string]ast.Type
	// Library is set for package modules (mo:...), whose traps are reported
	// at the caller's position.
	Library bool
}

// Importer resolves an import path written in file from. When nothing is
// at the path it returns a *NotFoundError; any other error (a syntax error
// in the imported file) is passed on as it is.
type Importer func(path string, from string) (*Source, error)

// NotFoundError says that an import path leads nowhere.
type NotFoundError struct{ Msg string }

func (e *NotFoundError) Error() string { return e.Msg }

// passOn carries an importer's own error out of the checker unchanged.
type passOn struct{ err error }

// Checker checks a program and the modules it imports. Its top-level scope
// persists across calls to CheckProgram, as a REPL needs.
type Checker struct {
	info     *types.Info
	importer Importer
	modules  map[string]*types.Module
	order    []*types.Module
	loading  map[string]bool
	top      *scope
	declFn   map[*types.Binding]*fnCtx
	// forward holds the names declared up front whose declaration has not
	// been checked yet; lazy the signatures of functions not yet needed.
	forward map[*types.Binding]bool
	lazy    map[*types.Binding]func() types.Type
	// preInferred holds the types of generic call arguments inferred while
	// finding the call's type arguments, until the call checks them.
	preInferred map[ast.Expr]types.Type
	// explicitness remembers the answers of explicit.
	explicitness map[ast.Expr]bool
}

// New returns a checker whose results accumulate in one Info.
func New(importer Importer) *Checker {
	return &Checker{
		info:     types.NewInfo(),
		importer: importer,
		modules:  map[string]*types.Module{},
		loading:  map[string]bool{},
		top:      newScope(universe),
		declFn:   map[*types.Binding]*fnCtx{},
		forward:  map[*types.Binding]bool{},
		lazy:     map[*types.Binding]func() types.Type{},

		preInferred:  map[ast.Expr]types.Type{},
		explicitness: map[ast.Expr]bool{},
	}
}

// Info returns everything learned so far.
func (c *Checker) Info() *types.Info { return c.info }

// CheckProgram checks a main program in the persistent top-level scope and
// returns the modules it needs, in dependency order, followed by the
// program itself as a module of Unit type.
func (c *Checker) CheckProgram(prog *ast.Program) (mods []*types.Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			if p, ok := r.(passOn); ok {
				err = p.err
				return
			}
			if e, ok := r.(*Error); ok {
				err = e
				return
			}
			// A checker bug: report it rather than crash.
			err = bug.Recovered(r, prog.File)
		}
	}()
	start := len(c.order)
	e := &env{c: c, sc: c.top, file: prog.File, span: prog.Span}
	c.checkDecs(e, prog.Decs, nil)
	c.checkDefinedness(prog.Decs)
	main := &types.Module{Path: prog.File, Program: prog, Type: types.Unit}
	return append(append([]*types.Module(nil), c.order[start:]...), main), nil
}

// Check checks one main program with a fresh checker.
func Check(prog *ast.Program, importer Importer) ([]*types.Module, *types.Info, error) {
	c := New(importer)
	mods, err := c.CheckProgram(prog)
	return mods, c.info, err
}

func (c *Checker) fail(n ast.Node, code, format string, args ...any) {
	// moc keeps no parentheses: an error points inside them.
	for {
		p, ok := n.(*ast.ParenExpr)
		if !ok {
			break
		}
		n = p.X
	}
	panic(&Error{Span: n.Where(), Code: code, Msg: fmt.Sprintf(format, args...)})
}

// show renders a type for a message on its own indented line.
func show(t types.Type) string { return "\n  " + types.String(t) }

// ---------------------------------------------------------------------------
// Scopes

// typeEntry is what a type name denotes: a definition or a type variable.
type typeEntry struct {
	con *types.Con
	v   *types.Var
	typ types.Type // a primitive or Any/None
}

type scope struct {
	parent *scope
	vals   map[string]*types.Binding
	typs   map[string]typeEntry
}

func newScope(parent *scope) *scope {
	return &scope{parent: parent, vals: map[string]*types.Binding{}, typs: map[string]typeEntry{}}
}

func (s *scope) lookup(name string) *types.Binding {
	for ; s != nil; s = s.parent {
		if b, ok := s.vals[name]; ok {
			return b
		}
	}
	return nil
}

// names lists every value name in scope.
func (s *scope) names() []string {
	var out []string
	for ; s != nil; s = s.parent {
		for name := range s.vals {
			out = append(out, name)
		}
	}
	return out
}

// typeNames lists every type name in scope.
func (s *scope) typeNames() []string {
	var out []string
	for ; s != nil; s = s.parent {
		for name := range s.typs {
			out = append(out, name)
		}
	}
	return out
}

func (s *scope) lookupType(name string) (typeEntry, bool) {
	for ; s != nil; s = s.parent {
		if t, ok := s.typs[name]; ok {
			return t, true
		}
	}
	return typeEntry{}, false
}

// universe holds the primitive type names.
var universe = func() *scope {
	s := newScope(nil)
	for name, p := range types.PrimByName {
		s.typs[name] = typeEntry{typ: p}
	}
	s.typs["Any"] = typeEntry{typ: types.Any}
	s.typs["None"] = typeEntry{typ: types.None}
	return s
}()

// fnCtx describes the function whose body is being checked.
type fnCtx struct {
	expr   *ast.FuncExpr
	result types.Type
}

// label is a target of break and continue in scope: a `label` (named) or
// a loop (unnamed, for unlabeled break and continue).
type label struct {
	name string
	node ast.Expr
	typ  types.Type
	next *label
}

// env is the checking context of an expression.
type env struct {
	c      *Checker
	sc     *scope
	fn     *fnCtx
	labels *label
	doOpt  *ast.DoOptExpr
	file   string
	span   ast.Span // the innermost block, which some errors point at
}

func (e *env) inner() *env {
	n := *e
	n.sc = newScope(e.sc)
	return &n
}

// blockScope is the scope of a block expression.
func (e *env) blockScope(b *ast.BlockExpr) *env {
	n := e.inner()
	n.span = b.Span
	return n
}

// declare binds a name in the innermost scope.
func (e *env) declare(id *ast.Ident, kind types.BindingKind, t types.Type) *types.Binding {
	if old, dup := e.sc.vals[id.Name]; dup {
		if old.Decl == id {
			// Declared up front; now its declaration is checked.
			old.Kind, old.Type = kind, t
			delete(e.c.forward, old)
			e.c.info.Defs[id] = old
			return old
		}
		e.c.fail(id, "M0051", "duplicate definition for %s in block", id.Name)
	}
	b := &types.Binding{Name: id.Name, Kind: kind, Type: t, Decl: id}
	e.sc.vals[id.Name] = b
	e.c.info.Defs[id] = b
	e.c.declFn[b] = e.fn
	return b
}

func (c *Checker) record(x ast.Expr, t types.Type) types.Type {
	c.info.Types[x] = t
	return t
}

func joinNames(ids []*ast.Ident) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = id.Name
	}
	return strings.Join(names, ".")
}
