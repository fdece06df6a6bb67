// Package canister simulates one Internet Computer canister running a
// Motoko actor: installing, reinstalling and upgrading its code, and
// delivering ingress messages and queries to it. An upgrade follows the
// IC's and moc's order (old preupgrade, carry-over and compatibility check,
// migration, new body, new postupgrade) and is atomic: when any part of it
// fails the old version keeps running with its state untouched.
//
// The canister deals in Motoko values; encoding them (Candid binary for
// drun scripts, Candid text for people) is its callers' business.
package canister

import (
	"fmt"
	"sort"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/interp"
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/stable"
	"github.com/mori-lang/mori/types"
)

// Compiler turns a source file into a program running in host.
type Compiler func(file string, host *interp.Host) (*interp.Program, error)

// Config configures a canister.
type Config struct {
	Compile Compiler
	Mode    stable.Mode
	Regions region.Config
	// Store makes the stable-memory store of a fresh canister; nil keeps
	// pages in memory.
	Store func() region.Store
}

// Canister is one simulated canister.
type Canister struct {
	cfg   Config
	host  *interp.Host
	actor *interp.Actor
	// Warning is moc's static objection to the last upgrade, which
	// succeeded nonetheless; "" when there is none.
	Warning string
	// stabilized is set by the graph-copy endpoint
	// __motoko_stabilize_before_upgrade: preupgrade has run, messages are
	// blocked until an upgrade succeeds.
	stabilized bool
}

// New makes an empty canister: no code installed yet.
func New(cfg Config) *Canister {
	return &Canister{cfg: cfg}
}

// Failure is a failed install, upgrade or message: the reject code and the
// replica's message, plus, for a rejected upgrade, moc's explanation.
type Failure struct {
	Code        string
	Message     string
	Explanation string
}

func (f *Failure) Error() string { return f.Code + ": " + f.Message }

// CompileError is a program that does not compile; nothing changed.
type CompileError struct{ Err error }

func (e *CompileError) Error() string { return e.Err.Error() }

func trapFailure(err error) *Failure {
	msg := err.Error()
	if e, ok := err.(*interp.Error); ok {
		msg = e.Message
	}
	o := interp.Trapped(msg)
	return &Failure{Code: o.Code, Message: o.Message}
}

// Regions is the canister's stable memory, nil before install.
func (c *Canister) Regions() *region.Manager {
	if c.host == nil {
		return nil
	}
	return c.host.Regions
}

// Actor is the running actor, nil before install.
func (c *Canister) Actor() *interp.Actor { return c.actor }

func (c *Canister) newHost() *interp.Host {
	store := region.Store(region.NewMemStore())
	if c.cfg.Store != nil {
		store = c.cfg.Store()
	}
	return interp.NewHost(c.cfg.Regions, store)
}

// Install installs file on an empty canister (reinstall also on one that
// has code), running its actor body; args are an actor class's arguments.
func (c *Canister) Install(file string, args func(params []types.Type) ([]interp.Value, error), reinstall bool) error {
	if c.actor != nil && !reinstall {
		return &Failure{Code: "IC0538", Message: "Canister " + interp.CanisterIDText + " cannot be installed because the canister is not empty. Try installing with mode='reinstall' instead."}
	}
	host := c.newHost()
	prog, err := c.cfg.Compile(file, host)
	if err != nil {
		return &CompileError{err}
	}
	argv, err := args(prog.ClassParams())
	if err != nil {
		return trapFailure(err)
	}
	host.Begin()
	a, err := prog.Instantiate(nil, argv)
	if err != nil {
		host.Rollback()
		return trapFailure(err)
	}
	host.Commit()
	c.host, c.actor, c.stabilized = host, a, false
	a.RunPending()
	return nil
}

// Upgrade replaces the running code by file's, keeping stable state. An
// upgrade that succeeds although moc's static check rejects it (classical
// persistence silently drops what it cannot carry) leaves that check's
// words in Warning.
func (c *Canister) Upgrade(file string, args func(params []types.Type) ([]interp.Value, error)) error {
	c.Warning = ""
	if c.actor == nil {
		return &Failure{Code: "IC0537", Message: "Attempted to execute a message on canister " + interp.CanisterIDText + " which contains no Wasm module"}
	}
	prog, err := c.cfg.Compile(file, c.host)
	if err != nil {
		return &CompileError{err}
	}
	argv, err := args(prog.ClassParams())
	if err != nil {
		return trapFailure(err)
	}
	c.host.Begin()
	a, fail := c.upgrade(prog, argv)
	if fail != nil {
		c.host.Rollback()
		return fail
	}
	c.host.Commit()
	c.actor, c.stabilized = a, false
	a.RunPending()
	return nil
}

func (c *Canister) upgrade(prog *interp.Program, args []interp.Value) (*interp.Actor, *Failure) {
	old := c.actor
	if !c.stabilized {
		if err := old.System("preupgrade"); err != nil {
			return nil, trapFailure(err)
		}
	}
	oldVars := old.Stable()
	state := make(map[string]interp.Value, len(oldVars))
	for _, v := range oldVars {
		state[v.Name] = v.Value
	}
	newSig, migration := signatureOf(prog)
	carried, bad := stable.Carry(c.cfg.Mode, signature(oldVars), state, newSig, migration)
	if bad != nil {
		o := interp.Trapped(bad.Trap)
		return nil, &Failure{Code: o.Code, Message: o.Message, Explanation: bad.Explanation}
	}
	c.Warning = stable.Explain(signature(oldVars), newSig, migration)
	// The old version's stable variables were written past the end of
	// stable memory (classical persistence serialises them there; enhanced
	// persistence keeps a page of its own), which the memory keeps.
	c.host.Regions.ReserveBeyond(stable.SerialisedPages(c.cfg.Mode, signature(oldVars), state))
	a, err := prog.Instantiate(carried, args)
	if err != nil {
		return nil, trapFailure(err)
	}
	if err := a.System("postupgrade"); err != nil {
		return nil, trapFailure(err)
	}
	return a, nil
}

// signature is the stable signature of a version's variables.
func signature(vars []interp.StableVar) stable.Signature {
	sig := make(stable.Signature, len(vars))
	for i, v := range vars {
		sig[i] = stable.Var{Name: v.Name, Type: v.Type, Mut: v.Mut}
	}
	sort.Slice(sig, func(i, j int) bool { return sig[i].Name < sig[j].Name })
	return sig
}

// signatureOf is what a program's actor reads from the old state.
func signatureOf(p *interp.Program) (stable.Signature, *stable.Migration) {
	sig := signature(p.StableSignature())
	mt := p.MigrationType()
	if mt == nil {
		return sig, nil
	}
	return sig, &stable.Migration{Inputs: fieldsOf(mt.Params[0]), Outputs: fieldsOf(mt.Results[0])}
}

func fieldsOf(t types.Type) stable.Signature {
	var sig stable.Signature
	if n, ok := t.(*types.Named); ok {
		t = n.Type
	}
	if o, ok := types.Promote(t).(*types.Obj); ok {
		for _, f := range o.Fields {
			sig = append(sig, stable.Var{Name: f.Name, Type: f.Type, Mut: f.Mut})
		}
	}
	return sig
}

// Call delivers an ingress message (query: a query) to method with args
// decoded by decode from the method's parameter types.
func (c *Canister) Call(method string, query bool, decode func(ft *types.Func) ([]interp.Value, error)) (interp.Outcome, *types.Func, error) {
	if c.actor == nil {
		return interp.Outcome{}, nil, &Failure{Code: "IC0537", Message: "Requested canister has no wasm module"}
	}
	switch method {
	case "__motoko_stabilize_before_upgrade":
		return c.stabilize(), nil, nil
	case "__motoko_destabilize_after_upgrade":
		o := interp.Trapped("RTS error: No destabilization needed")
		return interp.Outcome{Code: "IC0406", Message: o.Code + ": " + o.Message}, nil, nil
	}
	ft, ok := c.actor.Method(method)
	if query && ok && ft.Sort != ast.QueryFunc && ft.Sort != ast.CompositeQueryFunc {
		ok = false // an update method has no query entry point
	}
	if !ok {
		kind := "update"
		if query {
			kind = "query"
		}
		return interp.Outcome{Code: "IC0536", Message: fmt.Sprintf("Error from Canister %s: Canister has no %s method '%s'.", interp.CanisterIDText, kind, method)}, nil, nil
	}
	if c.stabilized {
		return interp.Trapped("Messages are blocked during stabilization"), ft, nil
	}
	args, err := decode(ft)
	if err != nil {
		return interp.Trapped(err.Error()), ft, nil
	}
	return c.actor.Call(method, args, query), ft, nil
}

// stabilize runs the old version's preupgrade ahead of an upgrade, as
// enhanced persistence's graph-copy endpoint does.
func (c *Canister) stabilize() interp.Outcome {
	if c.stabilized {
		return interp.Outcome{}
	}
	c.host.Begin()
	if err := c.actor.System("preupgrade"); err != nil {
		c.host.Rollback()
		f := trapFailure(err)
		return interp.Outcome{Code: f.Code, Message: f.Message}
	}
	c.host.Commit()
	c.stabilized = true
	return interp.Outcome{}
}
