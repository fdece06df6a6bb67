package repl

import (
	"fmt"
	"io"
	"path"
	"sort"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/canister"
	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/interp"
	"github.com/mori-lang/mori/pretty"
	"github.com/mori-lang/mori/types"
)

// Session is the state of one REPL session: the names in scope with their
// types (the checker's top-level scope) and values (the program's top-level
// frame), and its stable memory.
type Session struct {
	opts    Options
	out     io.Writer
	errs    io.Writer
	checker *check.Checker
	prog    *interp.Program
	printer *pretty.Printer
	quit    bool
	// classes holds the type of each class declared, whose instances the
	// echo shows by their structure.
	classes map[*types.Con]bool
	// canister runs the actor installed with :install, bound to
	// canisterName in the session.
	canister     *canister.Canister
	canisterName string
}

// newSession starts a session with nothing in scope.
func newSession(opts Options) *Session {
	s := &Session{opts: opts, out: opts.Stdout, errs: opts.Stderr, printer: pretty.New()}
	s.reset()
	return s
}

// reset forgets every name and value, stable memory included.
func (s *Session) reset() {
	s.checker = check.New(s.opts.Loader.Import)
	s.classes = map[*types.Con]bool{}
	s.canister, s.canisterName = nil, ""
	if s.opts.Verbose {
		s.checker.Phase = s.phase
	}
	cfg := s.opts.Interp
	cfg.Stdout = s.out
	if s.opts.Verbose {
		cfg.BeforeModule = func(m *types.Module) {
			name := m.Path
			if m.Type != types.Unit {
				name = path.Base(name)
			}
			s.phase("Interpreting", name)
		}
	}
	// Compiling no modules cannot fail.
	s.prog, _ = interp.Compile(nil, s.checker.Info(), cfg)
}

// phase prints one of moc's verbose progress lines.
func (s *Session) phase(heading, name string) {
	fmt.Fprintf(s.out, "-- %s %s:\n", heading, name)
}

// loadFile runs a source file in the session's scope, as `moc -i FILE`
// does before reading input; echo says whether to print what it declared.
func (s *Session) loadFile(name string, echo bool) bool {
	if s.opts.Verbose {
		s.phase("Parsing", name)
	}
	prog, err := s.opts.Loader.ParseMain(name)
	if err != nil {
		fmt.Fprintln(s.errs, err)
		return false
	}
	s.checker.WarnUnused = true
	defer func() { s.checker.WarnUnused = false }()
	return s.run(prog, echo)
}

// evalEntry checks, runs and echoes one entry (moc's run_stdin).
func (s *Session) evalEntry(prog *ast.Program) {
	s.run(prog, true)
	if s.opts.Verbose {
		fmt.Fprintln(s.out)
	}
}

// run checks and runs a program in the session's scope and, when echo is
// set, prints what it declared and its value. An error leaves the
// session's state as it was.
func (s *Session) run(prog *ast.Program, echo bool) bool {
	mods, err := s.checker.CheckProgram(prog)
	s.printWarnings()
	if err != nil {
		fmt.Fprintln(s.errs, err)
		return false
	}
	if err := s.prog.Extend(mods); err != nil {
		s.checker.Discard()
		fmt.Fprintln(s.errs, err)
		return false
	}
	if err := s.prog.RunNew(); err != nil {
		s.checker.Discard()
		fmt.Fprintln(s.errs, trapText(err))
		return false
	}
	if echo {
		if s.opts.Verbose {
			s.phase("Finished", prog.File)
		}
		s.echo(prog)
	}
	return true
}

func (s *Session) printWarnings() {
	for _, w := range s.checker.Warnings() {
		fmt.Fprintln(s.errs, w)
	}
}

// echo prints what the last program declared, types first, each kind in
// order of name, then the value of a final expression unless it is `()`.
func (s *Session) echo(prog *ast.Program) {
	defer func() {
		// A value that does not fit its type is mori's bug: report it and
		// keep the session.
		if r := recover(); r != nil {
			s.printer = pretty.New()
			fmt.Fprintf(s.errs, "internal error: cannot echo this entry: %v\n", r)
		}
	}()
	vals, typs := s.checker.Declared()
	sort.Slice(typs, func(i, j int) bool { return typs[i].Name < typs[j].Name })
	for _, t := range typs {
		echoTypeDef(s.printer, t.Name, t.Con)
	}
	sort.Slice(vals, func(i, j int) bool { return vals[i].Name < vals[j].Name })
	for _, b := range vals {
		v, ok := s.prog.Lookup(b)
		if !ok || b.Type == nil {
			continue
		}
		t := b.Type
		if b.Kind == types.ClassBinding {
			if ctor, ok := t.(*types.Func); ok && len(ctor.Results) == 1 {
				if app, ok := ctor.Results[0].(*types.App); ok {
					s.classes[app.Con] = true
				}
			}
		} else {
			t = expandClasses(t, s.classes)
		}
		echoBinding(s.printer, b.Name, b.Kind == types.VarBinding, t, v)
	}
	if n := len(prog.Decs); n > 0 {
		if d, ok := prog.Decs[n-1].(*ast.ExprDec); ok {
			t := expandClasses(s.checker.Info().Types[d.X], s.classes)
			v := s.prog.Result()
			if at, ok := types.Normalize(t).(*types.Async); ok {
				// A message sent by the entry has run: show its reply.
				if reply, ok := interp.Settled(v); ok {
					t, v = at.Elem, reply
				}
			}
			if tup, isTuple := types.Normalize(t).(*types.Tuple); !isTuple || len(tup.Elems) > 0 {
				echoValue(s.printer, t, v)
			}
		}
	}
	s.flushPrinter()
}

// flushPrinter writes what the printer laid out.
func (s *Session) flushPrinter() {
	io.WriteString(s.out, s.printer.String())
	s.printer = pretty.New()
}

// trapText formats a trap as moc's interpreter reports it: a trap raised
// by a primitive is located in the primitive module, with the
// interpreter's wording where it differs from the canister's.
func trapText(err error) string {
	te, ok := err.(*interp.Error)
	if !ok || te.Primitive == "" {
		return err.Error()
	}
	msg := te.Message
	switch {
	case te.Primitive == "trap":
		msg = "explicit trap: " + msg
	case msg == "losing precision":
		msg = "value out of bounds"
	case msg == "codepoint out of range":
		msg = "character value out of bounds"
	}
	return "prim:" + te.Primitive + ": execution error, " + msg
}

// loop reads and evaluates entries until the input ends or `:quit`.
func (s *Session) loop(src LineSource) {
	r := &reader{src: src}
	for !s.quit {
		if s.opts.Verbose {
			s.phase("Parsing", entryName)
		}
		e, err := r.read()
		if err != nil {
			fmt.Fprintln(s.out)
			return
		}
		switch {
		case e.command != "":
			s.command(e.command)
		case e.err != nil:
			fmt.Fprintln(s.errs, e.err)
			if s.opts.Verbose {
				fmt.Fprintln(s.out)
			}
		default:
			s.evalEntry(e.prog)
		}
	}
}

// words splits a command line into its name and argument text.
func words(line string) (string, string) {
	name, arg, _ := strings.Cut(strings.TrimSpace(line), " ")
	return name, strings.TrimSpace(arg)
}
