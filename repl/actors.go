package repl

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/canister"
	"github.com/mori-lang/mori/driver"
	"github.com/mori-lang/mori/interp"
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// The session's canister: `:install FILE.mo` installs an actor and binds
// it to a name, so that entries call it (`await counter.inc()`); every call
// is a message to the canister, with its atomicity. `:upgrade` upgrades it
// by the same rules as scripts and `:state` shows its stable variables.

func (s *Session) install(arg string) {
	file, name := actorFile(arg)
	if file == "" {
		fmt.Fprintln(s.errs, ":install needs a Motoko file")
		return
	}
	c, err := canister.New(canister.Config{Compile: s.compileActor,
		Regions: region.Config{MaxStablePages: s.opts.Interp.MaxStablePages, MaxBlocks: s.opts.Interp.MaxStableBlocks}})
	if err != nil {
		fmt.Fprintln(s.errs, err)
		return
	}
	if err := c.Install(file, noArgs, false); err != nil {
		fmt.Fprintln(s.errs, failureText(err))
		return
	}
	s.canister, s.canisterName = c, name
	s.bindActor()
}

func (s *Session) upgrade(arg string) {
	if s.canister == nil {
		fmt.Fprintln(s.errs, ":upgrade needs an actor installed with :install first")
		return
	}
	file, _ := actorFile(arg)
	if file == "" {
		fmt.Fprintln(s.errs, ":upgrade needs a Motoko file")
		return
	}
	if err := s.canister.Upgrade(file, noArgs); err != nil {
		fmt.Fprintln(s.errs, failureText(err))
		return
	}
	if s.canister.Warning != "" {
		fmt.Fprintf(s.errs, "warning: classical persistence dropped data in this upgrade; moc's compatibility check rejects it:\n%s\n", s.canister.Warning)
	}
	s.bindActor()
}

// state shows the installed actor's stable variables.
func (s *Session) state(string) {
	if s.canister == nil {
		fmt.Fprintln(s.errs, ":state needs an actor installed with :install first")
		return
	}
	for _, v := range s.canister.Actor().Stable() {
		echoBinding(s.printer, v.Name, v.Mut, v.Type, v.Value)
	}
	s.flushPrinter()
}

func noArgs([]types.Type) ([]interp.Value, error) { return nil, nil }

func failureText(err error) string {
	if f, ok := err.(*canister.Failure); ok {
		msg := f.Code + ": " + f.Message
		if f.Explanation != "" {
			msg += "\n" + f.Explanation
		}
		return msg
	}
	return err.Error()
}

// actorFile reads `FILE.mo` and names the actor after the file.
func actorFile(arg string) (file, name string) {
	if arg == "" {
		return "", ""
	}
	base := strings.TrimSuffix(filepath.Base(arg), ".mo")
	var b strings.Builder
	for i, r := range base {
		switch {
		case unicode.IsLetter(r) || r == '_' || (i > 0 && unicode.IsDigit(r)):
			b.WriteRune(r)
		default:
			b.WriteRune('_')
		}
	}
	return arg, b.String()
}

func (s *Session) compileActor(file string, host *interp.Host) (*interp.Program, error) {
	return driver.CompileActor(filepath.Join(s.opts.Loader.Dir, file), host, driver.ActorOptions{
		Packages: s.opts.Loader.Packages, Stdout: s.out, Verdicts: s.opts.Loader.Verdicts,
		Interp: canister.WithStepLimits(s.opts.Interp, canister.DefaultMessageSteps)})
}

// bindActor binds the installed actor's name to a value of its interface,
// whose methods deliver messages to the canister, and echoes it.
func (s *Session) bindActor() {
	a := s.canister.Actor()
	typ := a.Type()
	names := make([]string, len(typ.Fields()))
	fields := make([]value.Value, len(typ.Fields()))
	for i, f := range typ.Fields() {
		names[i] = f.Name
		fields[i] = s.method(f.Name)
	}
	obj := value.MakeObject(value.LayoutOf(names), fields)
	b := s.checker.Define(s.canisterName, typ)
	s.prog.Define(b, obj)
	echoBinding(s.printer, s.canisterName, false, typ, obj)
	s.flushPrinter()
}

// method is the function behind one method of the bound actor: an
// ingress message to the canister, whose reject the caller may catch.
func (s *Session) method(name string) value.Value {
	c := s.canister
	return value.MakeBuiltin(name, func(_ value.Context, args []value.Value) value.Value {
		ft, _ := c.Actor().Method(name)
		argv := append([]value.Value(nil), args...)
		out, _, err := c.Call(name, ft != nil && ft.Sort == ast.QueryFunc, func(*types.Func) ([]interp.Value, error) { return argv, nil })
		switch {
		case err != nil:
			interp.Throw("canister_reject", err.Error())
		case out.Rejected():
			code := "canister_reject"
			if out.Code != "IC0406" {
				code = "canister_error"
			}
			interp.Throw(code, out.Code+": "+out.Message)
		}
		switch len(out.Reply) {
		case 0:
			return value.Unit
		case 1:
			return out.Reply[0]
		}
		return value.MakeTuple(out.Reply)
	})
}
