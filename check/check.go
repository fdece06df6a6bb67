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
	span := e.Span.String()
	if e.Span.Start == e.Span.End {
		// moc prints an empty span as one position.
		span = fmt.Sprintf("%s:%d.%d", e.Span.File, e.Span.Start.Line, e.Span.Start.Col)
	}
	return fmt.Sprintf("%s: %s [%s], %s", span, kind, e.Code, e.Msg)
}

// Source is what an Importer returns for one import path.
type Source struct {
	// Path identifies the module: a file path or "mo:base/Nat".
	Path string
	// Program is the module's syntax tree; nil for the primitive module.
	Program *ast.Program
	// Prims gives, for the primitive module `mo:⛔`, each primitive's type,
	// and PrimTypes the types it defines.
	Prims, PrimTypes map[string]ast.Type
	// Library is set for package modules (mo:...), whose traps are reported
	// at the caller's position.
	Library bool
	// Digest identifies a library module's source (a hash of it), for
	// Verdicts; empty, the module is always checked in full.
	Digest string
}

// Verdicts remembers which library modules checked without error, by a key
// that covers a module's source and everything it imports. For a module it
// knows, the checker checks the declarations other than functions; a
// function's signature is resolved when something first uses it (a
// function the parser skipped whole is parsed then, and the module's type
// types the field then, see types.NewLazyObj), and its body is left to
// Info.Complete, which the evaluator calls when it compiles it: a program
// uses few of the functions its imports define. The checks that only
// reject are not run again.
type Verdicts interface {
	// Passed reports whether the module of this key checked before.
	Passed(key string) bool
	// RecordPass remembers that the module of this key checked.
	RecordPass(key string)
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
// persists across calls to CheckProgram, as a REPL needs: each program gets
// a scope of its own inside the previous ones, so it may redeclare their
// names, and a program that fails leaves the scope as it was.
type Checker struct {
	info     *types.Info
	importer Importer
	modules  map[string]*types.Module
	// resolved remembers which module an import names.
	resolved map[importFrom]*types.Module
	order    []*types.Module
	loading  map[string]bool
	top      *scope
	// last is the scope of the last program checked successfully.
	last *scope
	// WarnUnused asks CheckProgram to warn about names the program declares
	// and never uses (M0194), as moc does for files but not REPL entries.
	WarnUnused bool
	// Phase, when set, is told when checking a file enters one of moc's
	// verbose phases: "Parsing" (an imported file is new), "Checking" and
	// "Definedness" (the file's name, as moc shows it).
	Phase    func(phase, file string)
	warnings []*Error
	// declared lists the bindings made so far and public the names that
	// objects export, for the unused-name warnings.
	declared []*types.Binding
	public   map[*ast.Ident]bool
	declFn   map[*types.Binding]*fnCtx
	// forward holds the names declared up front whose declaration has not
	// been checked yet; lazy the signatures of functions not yet needed.
	forward map[*types.Binding]bool
	lazy    map[*types.Binding]func() types.Type
	// preInferred holds the types of generic call arguments inferred while
	// finding the call's type arguments, until the call checks them.
	preInferred map[ast.Expr]types.Type
	// predeclared holds the type definitions (TypeDec and ClassDec) and
	// local modules declared ahead by the enclosing block, so that paths
	// like `M.T` resolve, until their own body is checked.
	predeclared map[ast.Node]any

	// DefaultPersistentActors makes a plain `actor` persistent (moc's
	// --default-persistent-actors): its let and var declarations are
	// stable unless transient.
	DefaultPersistentActors bool
	// explicitness remembers the answers of explicit.
	explicitness map[ast.Expr]bool
	// Verdicts, when set, lets library modules that checked before skip
	// their function bodies until needed.
	Verdicts Verdicts
	// keys holds each library module's key for Verdicts.
	keys map[*types.Module]string
}

// New returns a checker whose results accumulate in one Info.
func New(importer Importer) *Checker {
	return &Checker{
		info:     types.NewInfo(),
		importer: importer,
		modules:  map[string]*types.Module{},
		resolved: map[importFrom]*types.Module{},
		loading:  map[string]bool{},
		top:      newScope(universe),
		declFn:   map[*types.Binding]*fnCtx{},
		forward:  map[*types.Binding]bool{},
		lazy:     map[*types.Binding]func() types.Type{},
		public:   map[*ast.Ident]bool{},

		preInferred:  map[ast.Expr]types.Type{},
		predeclared:  map[ast.Node]any{},
		explicitness: map[ast.Expr]bool{},
		keys:         map[*types.Module]string{},
	}
}

// Info returns everything learned so far.
func (c *Checker) Info() *types.Info { return c.info }

// CheckProgram checks a main program in the persistent top-level scope and
// returns the modules it needs, in dependency order, followed by the
// program itself as a module of Unit type. On an error the checker is left
// as it was before the call (warnings aside).
func (c *Checker) CheckProgram(prog *ast.Program) (mods []*types.Module, err error) {
	start, declared := len(c.order), len(c.declared)
	defer func() {
		if r := recover(); r != nil {
			for _, m := range c.order[start:] {
				delete(c.modules, m.Path)
			}
			c.order = c.order[:start]
			clear(c.loading)
			clear(c.resolved)
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
	e := &env{c: c, sc: newScope(c.top), file: prog.File, span: prog.Span}
	c.loadImports(prog.Decs)
	c.phase("Checking", prog.File)
	c.checkDecs(e, prog.Decs, nil)
	c.phase("Definedness", prog.File)
	c.checkDefinedness(prog.Decs)
	if c.WarnUnused {
		c.warnUnused(c.declared[declared:])
	}
	c.top, c.last = e.sc, e.sc
	main := &types.Module{Path: prog.File, Program: prog, Type: types.Unit}
	return append(append([]*types.Module(nil), c.order[start:]...), main), nil
}

// Define binds name to a value of type t in a new top-level scope, as if
// a program had declared it (a REPL binding an installed actor); the
// evaluator gives the binding its value.
func (c *Checker) Define(name string, t types.Type) *types.Binding {
	sc := newScope(c.top)
	b := &types.Binding{Name: name, Kind: types.LetBinding, Type: t, Decl: &ast.Ident{Name: name}}
	sc.setVal(name, b)
	c.info.Defs[b.Decl] = b
	c.top, c.last = sc, sc
	return b
}

// Discard forgets the names of the last program checked, for a REPL entry
// that trapped when run.
func (c *Checker) Discard() {
	if c.last != nil && c.top == c.last {
		c.top = c.last.parent
	}
	c.last = nil
}

// Infer checks a program in the top-level scope without keeping anything it
// declares, and returns the type of its last declaration.
func (c *Checker) Infer(prog *ast.Program) (t types.Type, err error) {
	top, last := c.top, c.last
	defer func() { c.top, c.last = top, last }()
	if _, err := c.CheckProgram(prog); err != nil {
		return nil, err
	}
	t = types.Unit
	if n := len(prog.Decs); n > 0 {
		switch d := prog.Decs[n-1].(type) {
		case *ast.ExprDec:
			t = c.info.Types[d.X]
		case *ast.LetDec:
			t = c.letType(d)
		}
	}
	return t, nil
}

func (c *Checker) phase(phase, file string) {
	if c.Phase != nil {
		c.Phase(phase, file)
	}
}

// Declared lists what the last program checked declared at its top level:
// its value bindings and its type definitions (by name), in no order.
func (c *Checker) Declared() (vals []*types.Binding, typs []types.TypeField) {
	if c.last == nil {
		return nil, nil
	}
	for _, b := range c.last.vals {
		vals = append(vals, b)
	}
	for _, t := range c.last.typs {
		if t.con != nil {
			typs = append(typs, types.TypeField{Name: t.name, Con: t.con})
		}
	}
	return vals, typs
}

// Lookup finds a value name in the top-level scope.
func (c *Checker) Lookup(name string) *types.Binding { return c.top.lookup(name) }

// Names lists the value names in the top-level scope.
func (c *Checker) Names() []string { return c.top.names() }

// Warnings returns the warnings found since the last call, in the order
// moc reports them.
func (c *Checker) Warnings() []*Error {
	w := c.warnings
	c.warnings = nil
	return w
}

// warn records a warning, unless e is library code (moc warns only about
// the user's own files).
func (c *Checker) warn(e *env, span ast.Span, code, format string, args ...any) {
	if e.quiet {
		return
	}
	c.warnings = append(c.warnings, &Error{Span: span, Kind: "warning", Code: code, Msg: fmt.Sprintf(format, args...)})
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
	// typs holds the type names declared here, in order: most scopes
	// declare a function's few type parameters, if any.
	typs []namedType
	// mods holds the type members of the local modules declared here
	// (nil until one is).
	mods map[string]*modTypes
}

// modTypes is what a type path sees of a local module before the module
// is checked: its public type definitions and public modules.
type modTypes struct {
	types map[string]*types.Con
	mods  map[string]*modTypes
}

// lookupPathHead finds the first name of a type path `M.T`: a local
// module's type members or a value (an imported module, a checked one).
func (s *scope) lookupPathHead(name string) (*modTypes, *types.Binding) {
	for ; s != nil; s = s.parent {
		if m, ok := s.mods[name]; ok {
			return m, nil
		}
		if b, ok := s.vals[name]; ok {
			return nil, b
		}
	}
	return nil, nil
}

// newScope makes a scope whose maps are made at its first name: a library's
// many function signatures each open scopes that mostly stay empty.
func newScope(parent *scope) *scope {
	return &scope{parent: parent}
}

func (s *scope) setVal(name string, b *types.Binding) {
	if s.vals == nil {
		s.vals = map[string]*types.Binding{}
	}
	s.vals[name] = b
}

// namedType is a type name declared in a scope.
type namedType struct {
	name string
	typeEntry
}

func (s *scope) setType(name string, t typeEntry) {
	if i := s.typeIndex(name); i >= 0 {
		s.typs[i].typeEntry = t
		return
	}
	s.typs = append(s.typs, namedType{name, t})
}

// ownType finds a type name declared in this scope itself.
func (s *scope) ownType(name string) (typeEntry, bool) {
	if i := s.typeIndex(name); i >= 0 {
		return s.typs[i].typeEntry, true
	}
	return typeEntry{}, false
}

// typeIndex is the position of a type name of this scope in typs, or -1.
func (s *scope) typeIndex(name string) int {
	for i := range s.typs {
		if s.typs[i].name == name {
			return i
		}
	}
	return -1
}

// ownCon is the type constructor a definition in this scope declared.
func (s *scope) ownCon(name string) *types.Con {
	t, _ := s.ownType(name)
	return t.con
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
		for _, t := range s.typs {
			out = append(out, t.name)
		}
	}
	return out
}

func (s *scope) lookupType(name string) (typeEntry, bool) {
	for ; s != nil; s = s.parent {
		if t, ok := s.ownType(name); ok {
			return t, true
		}
	}
	return typeEntry{}, false
}

// universe holds the primitive type names.
var universe = func() *scope {
	s := newScope(nil)
	for name, p := range types.PrimByName {
		s.setType(name, typeEntry{typ: p})
	}
	s.setType("Any", typeEntry{typ: types.Any})
	s.setType("None", typeEntry{typ: types.None})
	return s
}()

// fnCtx describes the function whose body is being checked.
type fnCtx struct {
	expr   *ast.FuncExpr
	result types.Type
	// returned, when set, collects the types of the values returned
	// instead of checking them against result (see inferLambda).
	returned *[]problem
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
	quiet  bool     // checking a package's library: no warnings
	// trusted says the module checked before (see Verdicts): functions are
	// typed and checked when needed.
	trusted bool
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
	e.sc.setVal(id.Name, b)
	e.c.info.Defs[id] = b
	e.c.declFn[b] = e.fn
	e.c.declared = append(e.c.declared, b)
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

func (s *scope) addModule(name string, m *modTypes) {
	if s.mods == nil {
		s.mods = map[string]*modTypes{}
	}
	s.mods[name] = m
}

// lookupModule finds the local module that a path expression `M.Sub`
// names, if it names one.
// modTypesOf gives the type members of a module's type, and of the
// modules it holds, or nil if t is not a module's type.
func modTypesOf(t types.Type) *modTypes {
	obj, ok := types.Promote(t).(*types.Obj)
	if !ok || obj.Sort != ast.Module {
		return nil
	}
	m := &modTypes{types: map[string]*types.Con{}, mods: map[string]*modTypes{}}
	for _, tf := range obj.TypeFields {
		m.types[tf.Name] = tf.Con
	}
	for _, f := range obj.Fields() {
		if sub := modTypesOf(f.Type); sub != nil {
			m.mods[f.Name] = sub
		}
	}
	return m
}

func (s *scope) lookupModule(x ast.Expr) *modTypes {
	switch x := x.(type) {
	case *ast.VarExpr:
		m, b := s.lookupPathHead(x.Name)
		if b != nil && b.Type != nil {
			return modTypesOf(b.Type) // an imported module
		}
		return m
	case *ast.DotExpr:
		if m := s.lookupModule(x.X); m != nil {
			return m.mods[x.Name.Name]
		}
	}
	return nil
}
