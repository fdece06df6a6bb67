// Package stable decides whether an actor upgrade is accepted and carries
// the values of stable variables from the old version to the new one, as a
// canister compiled by moc does in each persistence mode:
//
//   - Enhanced orthogonal persistence keeps the heap; the runtime compares
//     the old and the new stable types (`memory_compatible` in moc's RTS)
//     and traps `RTS error: Memory-incompatible program upgrade` on a
//     mismatch. Values keep their representation.
//   - Classical persistence serialises the stable variables with Candid
//     before the upgrade and decodes them at their new types after it. The
//     decoder coerces: a variable it cannot read at its new type is not
//     received (its initialiser runs), only malformed or aliased data traps.
//
// In both modes a migration function's input that the old version cannot
// supply traps “stable variable `x` of type `T` expected but not found“.
// Rejections carry moc's static explanation (`moc --stable-compatible`,
// M0169/M0170/M0216) so a user learns what to fix.
package stable

import (
	"sort"

	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// Mode is how a canister keeps its stable variables across an upgrade.
type Mode int

const (
	// Enhanced is enhanced orthogonal persistence, moc's default.
	Enhanced Mode = iota
	// Classical is classical persistence (`--legacy-persistence`).
	Classical
)

// Var is one stable variable of an actor: its name and static type.
type Var struct {
	Name string
	Type types.Type
	// Mut is set for a `var` declaration; moc's messages show its type as
	// `var T`. It does not change what is compatible.
	Mut bool
}

// Signature is an actor's stable variables sorted by name.
type Signature []Var

// Migration is the shape of a migration function: Inputs are the fields of
// its parameter record, Outputs the fields of its result record.
type Migration struct{ Inputs, Outputs Signature }

// Incompatible is a rejected upgrade.
type Incompatible struct {
	// Trap is the canister's message on the drun line.
	Trap string
	// Explanation is moc's static check of the upgrade, in its words
	// (multi-line, one diagnostic after another), or plain words where
	// moc's check has none.
	Explanation string
}

// The canister's trap messages.
const (
	memoryIncompatible = "RTS error: Memory-incompatible program upgrade"
	bufferOverflow     = "buffer_size overflow"
)

func notFound(v Var) string {
	return "stable variable `" + v.Name + "` of type `" + types.String(v.Type) + "` expected but not found"
}

// read is one variable the new version reads from the old state.
type read struct {
	Var
	required bool // a migration input: the upgrade traps without it
}

// reads lists, sorted by name, what the new version reads from the old
// state: without a migration, all its stable variables; with one, the
// migration's inputs and the new variables the migration neither consumes
// nor produces. (new may already have the inputs merged in: the inputs'
// types win.)
func reads(new Signature, m *Migration) []read {
	var rs []read
	taken := map[string]bool{}
	if m != nil {
		for _, v := range m.Inputs {
			rs = append(rs, read{Var: v, required: true})
			taken[v.Name] = true
		}
		for _, v := range m.Outputs {
			taken[v.Name] = true
		}
	}
	for _, v := range new {
		if !taken[v.Name] {
			rs = append(rs, read{Var: v})
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Name < rs[j].Name })
	return rs
}

func find(sig Signature, name string) (Var, bool) {
	for _, v := range sig {
		if v.Name == name {
			return v, true
		}
	}
	return Var{}, false
}

// Check decides an upgrade from old to new at the type level. new is the new
// version's stable variables; with a migration, the old state is read as
// moc does (see reads). nil means accepted.
//
// Enhanced mode decides fully here. In classical mode what the decoder does
// with the values themselves can still fail an upgrade that Check accepts
// (a 4 GiB state, an alias read at two types): Carry decides that.
func Check(mode Mode, old, new Signature, migration *Migration) *Incompatible {
	rs := reads(new, migration)
	if rej := runtimeCheck(mode, old, rs); rej != nil {
		return rej
	}
	for _, r := range rs {
		if !r.required {
			continue
		}
		if _, ok := find(old, r.Name); !ok || !received(mode, r.Type) {
			return &Incompatible{Trap: notFound(r.Var), Explanation: explainRejection(old, rs)}
		}
	}
	return nil
}

// runtimeCheck is enhanced persistence's check of the whole actor.
func runtimeCheck(mode Mode, old Signature, rs []read) *Incompatible {
	if mode == Enhanced && !actorCompatible(old, rs) {
		return &Incompatible{Trap: memoryIncompatible, Explanation: explainRejection(old, rs)}
	}
	return nil
}

// received reports whether the new version gets a value at all for a
// variable it reads at type t, before looking at the value: enhanced
// persistence drops a variable promoted to `Any`.
func received(mode Mode, t types.Type) bool {
	return mode == Classical || t != types.Any
}

// Compatible is the type-level rule (old <= new) of a mode: enhanced, the
// runtime's memory compatibility; classical, that Candid decoding at new
// succeeds for every value of old (an option may still become null). why
// explains a failure: moc's static words where moc's check agrees, else
// the runtime's or the decoder's own.
func Compatible(mode Mode, old, new types.Type) (ok bool, why string) {
	if mode == Enhanced {
		if newMemoryChecker().compatible(covariant, plain(old), plain(new)) {
			return true, ""
		}
		if why := explainTypes("", old, new); why != "" {
			return false, why
		}
		return false, "the runtime's memory compatibility check rejects the change from " + types.String(old) + " to " + types.String(new)
	}
	c := newConverter(mode)
	if msg, fails := c.compile(plain(old), new).failure(); fails {
		return false, msg
	}
	return true, ""
}

// Convert carries a value of static type old to static type new after
// Check accepted the change: enhanced, the value itself unless its
// representation changes (`Null` and `()`); classical, what Candid
// decoding makes of it (dropped fields, options that no longer fit
// becoming null, a Blob read as [Nat8], ...). Mutable arrays and records
// keep their sharing and cycles. A value that cannot be carried (classical:
// one Compatible rejects) traps with the decoder's message, as moc's
// decoder does outside an option; Carry reports such failures instead.
func Convert(mode Mode, v value.Value, old, new types.Type) value.Value {
	c := newConverter(mode)
	out, f := c.run(c.compile(plain(old), new), v)
	if f != nil {
		value.Fail(f.msg)
	}
	return out
}

// Carry carries the old state (each old stable variable's value by name;
// one missing from state counts as absent) into the new version: the
// values the new version receives, by name, for the migration's inputs and
// for its other stable variables that keep their value. A variable missing
// from the result is initialised afresh. It checks everything Check does
// and what depends on the values, in the order the canister does, and one
// converter carries all variables so that data shared between them stays
// shared.
func Carry(mode Mode, old Signature, state map[string]value.Value, new Signature, migration *Migration) (map[string]value.Value, *Incompatible) {
	rs := reads(new, migration)
	if mode == Classical && serialisedSize(old, state) >= sizeLimit {
		return nil, &Incompatible{Trap: bufferOverflow, Explanation: overflowExplanation}
	}
	if rej := runtimeCheck(mode, old, rs); rej != nil {
		return nil, rej
	}
	got := map[string]value.Value{}
	c := newConverter(mode)
	// The decoder reads the fields in hash order, which decides the first
	// trap and the type an alias is first read at.
	byHash := append([]read(nil), rs...)
	sort.SliceStable(byHash, func(i, j int) bool { return labelHash(byHash[i].Name) < labelHash(byHash[j].Name) })
	for _, r := range byHash {
		o, ok := find(old, r.Name)
		v, present := state[r.Name]
		if !ok || !present || !received(mode, r.Type) {
			continue
		}
		v, f := c.run(c.compile(plain(o.Type), r.Type), v)
		if f != nil {
			if f.trap {
				return nil, &Incompatible{Trap: f.msg, Explanation: explainValue(old, rs, r.Var, f.msg)}
			}
			continue // the decoder gave up on it: initialised afresh
		}
		got[r.Name] = v
	}
	for _, r := range rs {
		if _, ok := got[r.Name]; r.required && !ok {
			return nil, &Incompatible{Trap: notFound(r.Var), Explanation: explainValue(old, rs, r.Var, notFound(r.Var))}
		}
	}
	return got, nil
}
