// Package canister simulates one Internet Computer canister running a
// Motoko actor: installing, reinstalling and upgrading its code, and
// delivering ingress messages and queries to it. An upgrade follows the
// IC's and moc's order (old preupgrade, carry-over and compatibility check,
// migration, new body, new postupgrade) and is atomic: when any part of it
// fails the old version keeps running with its state untouched.
//
// The canister deals in Motoko values; encoding them (Candid binary for
// drun scripts, Candid text for people) is its callers' business.
//
// # Persistent state
//
// With Config.StateDir the canister keeps its stable state in a directory
// (region.Disk): every region's pages and the region manager's metadata,
// the stable variables (snapshot) and the file installed. It saves after
// every committed install, upgrade and update message, in one transaction
// of the pages changed since the last save plus the small rest, so a crash
// leaves the state before or after that step. A canister opened on a
// saved state runs no code until the first install or upgrade, which is an
// upgrade from the saved stable variables (the old version's preupgrade
// cannot run: the saved values stand for what it would have left); a
// message before that first upgrades to the file installed last.
package canister

import (
	"encoding/binary"
	"fmt"
	"sort"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/interp"
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/snapshot"
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
	// StateDir, if set, is the directory that keeps the canister's stable
	// state across processes (see the package doc).
	StateDir string
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
	// disk keeps the state in cfg.StateDir; nil without one.
	disk *region.Disk
	// saved holds the stable variables read from disk until an install or
	// upgrade starts from them.
	saved *savedVars
	// file is the file installed, which the disk records.
	file string
}

type savedVars struct {
	sig   stable.Signature
	state map[string]interp.Value
}

// Names of what a canister saves beside its stable memory.
const (
	varsRecord  = "stable variables"
	fileRecord  = "installed file"
	modeRecord  = "persistence"
	clockRecord = "time"
)

var modeNames = map[stable.Mode]string{
	stable.Enhanced:  "enhanced orthogonal persistence",
	stable.Classical: "legacy persistence",
}

// New makes a canister: an empty one, or with Config.StateDir the one
// saved there. It fails when the directory cannot be used (see
// region.OpenDisk) or its saved state cannot be read.
func New(cfg Config) (*Canister, error) {
	c := &Canister{cfg: cfg}
	if cfg.StateDir == "" {
		return c, nil
	}
	d, err := region.OpenDisk(cfg.StateDir)
	if err != nil {
		return nil, err
	}
	c.disk = d
	if d.Saved() {
		if err := c.restore(); err != nil {
			d.Close()
			return nil, err
		}
	}
	return c, nil
}

// restore reads the saved state: the stable memory, and the stable
// variables an install or upgrade will start from.
func (c *Canister) restore() error {
	d, dir := c.disk, c.cfg.StateDir
	switch mode := string(d.Record(modeRecord)); mode {
	case modeNames[c.cfg.Mode]:
	case modeNames[stable.Enhanced], modeNames[stable.Classical]:
		return fmt.Errorf("state %s holds a canister of %s; this run uses %s", dir, mode, modeNames[c.cfg.Mode])
	default:
		return fmt.Errorf("state %s is damaged: persistence mode %q", dir, mode)
	}
	m, err := d.Load(c.cfg.Regions)
	if err != nil {
		return err
	}
	host := interp.NewHost(m)
	now, err := savedTime(d.Record(clockRecord))
	if err != nil {
		return fmt.Errorf("state %s is damaged: %v", dir, err)
	}
	host.StartClock(now)
	sig, state, err := snapshot.Decode(d.Record(varsRecord), snapshot.Refs{Region: m.RegionByID, Method: host.MethodRef})
	if err != nil {
		return fmt.Errorf("state %s: saved stable variables: %v", dir, err)
	}
	c.host, c.saved, c.file = host, &savedVars{sig: sig, state: state}, string(d.Record(fileRecord))
	return nil
}

// Close releases the state directory, if any.
func (c *Canister) Close() error {
	if c.disk == nil {
		return nil
	}
	return c.disk.Close()
}

// save writes the state to disk, after a committed step.
func (c *Canister) save() error {
	if c.disk == nil {
		return nil
	}
	vars := c.actor.Stable()
	data, err := snapshot.Encode(signature(vars), values(vars), c.actor.MethodName)
	if err != nil {
		return fmt.Errorf("state %s: cannot save the canister's state: %v", c.cfg.StateDir, err)
	}
	now, _ := c.host.Now()
	return c.disk.Save(c.host.Regions, map[string][]byte{
		varsRecord: data, fileRecord: []byte(c.file), modeRecord: []byte(modeNames[c.cfg.Mode]),
		clockRecord: binary.BigEndian.AppendUint64(nil, now),
	})
}

// savedTime reads the saved clock; a state saved before mori kept one
// starts at interp.ClockStart.
func savedTime(b []byte) (uint64, error) {
	switch len(b) {
	case 0:
		return interp.ClockStart, nil
	case 8:
		return binary.BigEndian.Uint64(b), nil
	}
	return 0, fmt.Errorf("saved time of %d bytes", len(b))
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

// newHost makes the host of a fresh install: on disk, one whose first
// save replaces the saved state. Its clock goes on from the old host's (a
// reinstall does not turn back time).
func (c *Canister) newHost() *interp.Host {
	var h *interp.Host
	if c.disk != nil {
		h = interp.NewHost(c.disk.Fresh(c.cfg.Regions))
	} else {
		h = interp.NewHost(region.NewManager(c.cfg.Regions, region.NewMemStore()))
	}
	now := interp.ClockStart
	if c.host != nil {
		now, _ = c.host.Now()
	}
	h.StartClock(now)
	return h
}

// Install installs file on an empty canister (reinstall also on one that
// has code), running its actor body; args are an actor class's arguments.
// On a canister restored from disk, install upgrades from the saved state.
func (c *Canister) Install(file string, args func(params []types.Type) ([]interp.Value, error), reinstall bool) error {
	if c.saved != nil && !reinstall {
		return c.Upgrade(file, args)
	}
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
	host.NewRound()
	host.Begin()
	a, err := prog.Instantiate(nil, argv)
	if err != nil {
		host.Rollback()
		return trapFailure(err)
	}
	host.Commit()
	c.host, c.actor, c.stabilized, c.saved, c.file = host, a, false, nil, file
	a.RunPending()
	return c.save()
}

// Upgrade replaces the running code by file's, keeping stable state. An
// upgrade that succeeds although moc's static check rejects it (classical
// persistence silently drops what it cannot carry) leaves that check's
// words in Warning.
func (c *Canister) Upgrade(file string, args func(params []types.Type) ([]interp.Value, error)) error {
	c.Warning = ""
	if c.actor == nil && c.saved == nil {
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
	c.host.NewRound()
	c.host.Begin()
	a, fail := c.upgrade(prog, argv)
	if fail != nil {
		c.host.Rollback()
		return fail
	}
	c.host.Commit()
	c.actor, c.stabilized, c.saved, c.file = a, false, nil, file
	a.RunPending()
	return c.save()
}

func (c *Canister) upgrade(prog *interp.Program, args []interp.Value) (*interp.Actor, *Failure) {
	oldSig, state, fail := c.oldState()
	if fail != nil {
		return nil, fail
	}
	newSig, migration := signatureOf(prog)
	carried, bad := stable.Carry(c.cfg.Mode, oldSig, state, newSig, migration)
	if bad != nil {
		o := interp.Trapped(bad.Trap)
		return nil, &Failure{Code: o.Code, Message: o.Message, Explanation: bad.Explanation}
	}
	c.Warning = stable.Explain(oldSig, newSig, migration)
	// The IC disarms the global timer, and the new version starts with a
	// timer list of its own.
	c.host.ResetTimers()
	// The old version's stable variables were written past the end of
	// stable memory (classical persistence serialises them there; enhanced
	// persistence keeps a page of its own), which the memory keeps.
	c.host.Regions.ReserveBeyond(stable.SerialisedPages(c.cfg.Mode, oldSig, state))
	a, err := prog.Instantiate(carried, args)
	if err != nil {
		return nil, trapFailure(err)
	}
	if err := a.System("postupgrade"); err != nil {
		return nil, trapFailure(err)
	}
	return a, nil
}

// oldState is what an upgrade starts from: the variables saved on disk, or
// the running version's after its preupgrade.
func (c *Canister) oldState() (stable.Signature, map[string]interp.Value, *Failure) {
	if c.saved != nil {
		return c.saved.sig, c.saved.state, nil
	}
	if !c.stabilized {
		if err := c.actor.System("preupgrade"); err != nil {
			return nil, nil, trapFailure(err)
		}
	}
	vars := c.actor.Stable()
	return signature(vars), values(vars), nil
}

func values(vars []interp.StableVar) map[string]interp.Value {
	state := make(map[string]interp.Value, len(vars))
	for _, v := range vars {
		state[v.Name] = v.Value
	}
	return state
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
		for _, f := range o.Fields() {
			sig = append(sig, stable.Var{Name: f.Name, Type: f.Type, Mut: f.Mut})
		}
	}
	return sig
}

// Call delivers an ingress message (query: a query) to method with args
// decoded by decode from the method's parameter types.
func (c *Canister) Call(method string, query bool, decode func(ft *types.Func) ([]interp.Value, error)) (interp.Outcome, *types.Func, error) {
	if c.actor == nil && c.saved != nil {
		if err := c.Upgrade(c.file, noArgs(c.file)); err != nil {
			return interp.Outcome{}, nil, err
		}
	}
	if c.actor == nil {
		return interp.Outcome{}, nil, &Failure{Code: "IC0537", Message: "Requested canister has no wasm module"}
	}
	switch method {
	case "__motoko_stabilize_before_upgrade":
		out := c.stabilize()
		return out, nil, c.save()
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
	out := c.actor.Call(method, args, query)
	if query {
		return out, ft, nil
	}
	return out, ft, c.save()
}

// noArgs are the install arguments of the implicit upgrade to the saved
// file: none, which an actor class with parameters cannot take.
func noArgs(file string) func(params []types.Type) ([]interp.Value, error) {
	return func(params []types.Type) ([]interp.Value, error) {
		if len(params) > 0 {
			return nil, fmt.Errorf("%s is an actor class: upgrade it with its arguments before calling it", file)
		}
		return nil, nil
	}
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
