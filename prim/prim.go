// Package prim implements the primitive module `mo:⛔`: every function in
// Signatures, operating on value.Value. A failing primitive traps with the
// canister's message (value.Fail); the evaluator reports it at the call in
// the user's code that led to it.
package prim

import (
	"io"
	"sort"

	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/value"
)

// Host is what the primitives act on: the debug output and stable memory.
type Host struct {
	Out     io.Writer
	Regions *region.Manager
	// PrintPrefix starts every debug print (drun shows `debug.print: `).
	PrintPrefix string
	// Callbacks counts the awaits waiting for a reply; nil outside actors.
	Callbacks func() int
	// SelfPrincipal is the program's own canister id (its bytes).
	SelfPrincipal string
	// System is the canister's clock and timers; nil when the program runs
	// locally (`mori run`), where reading the time or setting a timer traps.
	System System
}

// System is what a canister's host gives the time and timer primitives.
type System interface {
	// Time is the running execution's time, in nanoseconds since 1970.
	Time() uint64
	// SetTimer sets job to run after delay nanoseconds (every delay
	// nanoseconds if recurring) and returns its id.
	SetTimer(delay uint64, recurring bool, job value.Value) uint64
	// CancelTimer removes a pending timer.
	CancelTimer(id uint64)
	// Replicated reports whether the running execution is replicated.
	Replicated() bool
}

// fn is a primitive's implementation; args has one value per parameter.
type fn = func(ctx value.Context, args []value.Value) value.Value

// New returns the implementation of every primitive, bound to host, by name.
func New(host Host) map[string]value.Value {
	impls := map[string]fn{}
	for _, add := range []func(Host, map[string]fn){
		addOutput, addNumbers, addText, addFloats, addArrays, addRTS, addRegions, addSystem,
	} {
		add(host, impls)
	}
	out := make(map[string]value.Value, len(impls))
	for name, f := range impls {
		out[name] = value.MakeBuiltin(name, f)
	}
	return out
}

// Missing lists the primitives of Signatures without an implementation
// (a consistency check for tests).
func Missing() []string {
	impls := New(Host{Out: io.Discard, Regions: region.NewManager(region.Config{}, region.NewMemStore())})
	var missing []string
	for name := range Signatures {
		if _, ok := impls[name]; !ok {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	return missing
}

// Helpers that lift plain Go functions to primitives.

func unary(f func(value.Value) value.Value) fn {
	return func(_ value.Context, args []value.Value) value.Value { return f(args[0]) }
}

func binary(f func(a, b value.Value) value.Value) fn {
	return func(_ value.Context, args []value.Value) value.Value { return f(args[0], args[1]) }
}

func constant(v value.Value) fn {
	return func(value.Context, []value.Value) value.Value { return v }
}

func addOutput(h Host, m map[string]fn) {
	print := func(text string) {
		io.WriteString(h.Out, h.PrintPrefix+text+"\n")
	}
	m["debugPrint"] = unary(func(v value.Value) value.Value {
		print(v.AsText())
		return value.Unit
	})
	m["debugPrintNat"] = unary(func(v value.Value) value.Value {
		print(value.Show(v, natType))
		return value.Unit
	})
	m["debugPrintInt"] = unary(func(v value.Value) value.Value {
		print(value.Show(v, intType))
		return value.Unit
	})
	m["debugPrintChar"] = unary(func(v value.Value) value.Value {
		print(string(v.AsChar()))
		return value.Unit
	})
	m["trap"] = unary(func(v value.Value) value.Value {
		value.Fail(v.AsText())
		return value.Unit
	})
}

// addRTS adds the run-time system statistics. mori has no Wasm heap, so
// the memory counters are plausible constants; the stable memory ones are
// real.
func addRTS(h Host, m map[string]fn) {
	m["rts_version"] = constant(value.Text("0.1"))
	for _, name := range []string{"rts_memory_size", "rts_heap_size", "rts_total_allocation",
		"rts_max_live_size", "rts_max_stack_size", "rts_callback_table_size"} {
		m[name] = constant(value.Int(1 << 16))
	}
	for _, name := range []string{"rts_reclaimed", "rts_callback_table_count", "rts_mutator_instructions",
		"rts_collector_instructions", "rts_upgrade_instructions", "rts_lifetime_instructions"} {
		m[name] = constant(value.Int(0))
	}
	if h.Callbacks != nil {
		m["rts_callback_table_count"] = func(value.Context, []value.Value) value.Value {
			return value.Nat(uint64(h.Callbacks()))
		}
	}
	m["rts_stable_memory_size"] = func(value.Context, []value.Value) value.Value {
		return value.Nat(h.Regions.PhysicalPages())
	}
	m["rts_logical_stable_memory_size"] = func(value.Context, []value.Value) value.Value {
		return value.Nat(h.Regions.LogicalPages())
	}
}
