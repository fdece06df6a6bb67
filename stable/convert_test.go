package stable

import (
	"strings"
	"testing"

	"github.com/mori-lang/mori/value"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func num(n int64) value.Value { return value.Signed(n) }

func record(fields map[string]value.Value) value.Value {
	names := make([]string, 0, len(fields))
	for n := range fields {
		names = append(names, n)
	}
	l := value.LayoutOf(names)
	vs := make([]value.Value, len(l.Names))
	for i, n := range l.Names {
		vs[i] = fields[n]
	}
	return value.MakeObject(l, vs)
}

func array(elems ...value.Value) value.Value { return value.MakeArray(elems) }

// Values carried to a new type, shown as debug_show shows them there.
func TestConvert(t *testing.T) {
	tests := []struct {
		name     string
		mode     Mode
		old, new string
		v        value.Value
		want     string
	}{
		{"enhanced keeps a value", Enhanced, "{a : Nat; b : [Text]}", "{a : Int; b : [Text]}",
			record(map[string]value.Value{"a": num(1), "b": array(value.Text("x"))}), "{a = +1; b = [\"x\"]}"},
		{"enhanced turns Null into ()", Enhanced, "(Nat, Null)", "(Nat, ())", value.MakeTuple([]value.Value{num(1), value.Null}), "(1, ())"},
		{"enhanced turns () into Null", Enhanced, "?()", "?Null", value.MakeOpt(value.Unit), "?null"},
		{"enhanced adds a case", Enhanced, "{#a : Nat}", "{#a : Nat; #b}", value.MakeVariant("a", num(2)), "#a(2)"},
		{"classical drops a field", Classical, "{a : Nat; b : Text}", "{a : Nat}",
			record(map[string]value.Value{"a": num(1), "b": value.Text("gone")}), "{a = 1}"},
		{"classical fills an optional field", Classical, "{a : Nat}", "{a : Nat; b : ?Text}",
			record(map[string]value.Value{"a": num(1)}), "{a = 1; b = null}"},
		// The decoder goes by the types, not the values.
		{"classical: an option that no longer fits is null", Classical, "[?Int]", "[?Nat]",
			array(value.MakeOpt(num(3)), value.Null), "[null, null]"},
		{"classical: an option whose payload fits", Classical, "[?{#a; #b}]", "[?{#a}]",
			array(value.MakeOpt(value.MakeVariant("a", value.Unit)), value.MakeOpt(value.MakeVariant("b", value.Unit))), "[?(#a), null]"},
		{"classical wraps a value in an option", Classical, "Nat", "?Nat", num(4), "?4"},
		{"classical keeps ?null apart from null", Classical, "[??Nat]", "[??Int]", array(value.MakeOpt(value.Null), value.Null), "[?null, null]"},
		{"classical reads a Blob as [Nat8]", Classical, "Blob", "[Nat8]", value.MakeBlob("\x01\xff"), "[1, 255]"},
		{"classical reads [Nat8] as a Blob", Classical, "[Nat8]", "Blob", array(value.Word(1), value.Word(255)), "\"\\01\\FF\""},
		{"classical reads a tuple as a record", Classical, "(Nat, Text)", "{_0_ : Nat; _1_ : Text}",
			value.MakeTuple([]value.Value{num(5), value.Text("t")}), "{_0_ = 5; _1_ = \"t\"}"},
		{"classical matches tags by hash", Classical, "{#a_ : Nat}", "{#a : Nat}", value.MakeVariant("a_", num(6)), "#a(6)"},
		{"classical keeps a variant that fits", Classical, "{#a; #b : Nat}", "{#b : Nat}", value.MakeVariant("b", num(7)), "#b(7)"},
		{"classical cuts a list where it no longer fits", Classical, "List<{#a; #b}>", "List<{#a}>",
			value.MakeOpt(value.MakeTuple([]value.Value{value.MakeVariant("a", value.Unit),
				value.MakeOpt(value.MakeTuple([]value.Value{value.MakeVariant("b", value.Unit), value.Null}))})), "?(#a, null)"},
	}
	defs := "type List<T> = ?(T, List<T>);"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := motokoTypes(t, defs, tt.old, tt.new)
			got := Convert(tt.mode, tt.v, ts[0], ts[1])
			assert.Equal(t, tt.want, value.Show(got, ts[1]))
		})
	}
}

// A trap deep in a long value is not recovered by the options around it.
func TestConvertTrapsDeepInAList(t *testing.T) {
	ts := motokoTypes(t, "type List<T> = ?(T, List<T>);", "List<Nat32>", "List<Char>")
	list := value.Null
	for i := 0; i < 1000; i++ {
		n := uint64('a')
		if i == 10 {
			n = 0xD800
		}
		list = value.MakeOpt(value.MakeTuple([]value.Value{value.Word(n), list}))
	}
	assert.PanicsWithError(t, codepointOutOfRange, func() { Convert(Classical, list, ts[0], ts[1]) })
}

func TestTypHash(t *testing.T) {
	tests := []struct{ elem, cell, want string }{
		{"Nat", "", "VN"},
		{"(Int, ?Bool, Text)", "", "V(I?bt)"},
		{"{foo : Int; var bar : Text}", "var", "Mr(bar!:t,foo:I)"},
		{"{#tag : Int}", "", "Vv(tag:I)"},
		{"List<Nat>", "var", "M0=?(N!0)"},
		{"shared (Int, Bool) -> async Text", "", "VFsp(Ib)(t)"},
	}
	for _, tt := range tests {
		elem := motokoTypes(t, "type List<T> = ?(T, List<T>);", tt.elem)[0]
		assert.Equal(t, tt.want, typHash(&plan{aliasElem: elem, intoCell: tt.cell != ""}), tt.elem)
	}
}

// The decoder reads anything at Any.
func TestConvertToAny(t *testing.T) {
	ts := motokoTypes(t, "", "Text", "?Any")
	assert.False(t, Convert(Classical, value.Text("x"), ts[0], ts[1]).IsNull())
}

// A value the decoder cannot read traps with its words, as moc's decoder
// does outside an option.
func TestConvertTraps(t *testing.T) {
	ts := motokoTypes(t, "", "{#a; #b}", "{#a}")
	assert.PanicsWithError(t, "IDL error: unexpected variant tag", func() {
		Convert(Classical, value.MakeVariant("b", value.Unit), ts[0], ts[1])
	})
	ts = motokoTypes(t, "", "Nat32", "Char")
	assert.PanicsWithError(t, codepointOutOfRange, func() { Convert(Classical, value.Word(0xD800), ts[0], ts[1]) })
	assert.NotPanics(t, func() { Convert(Classical, value.Word('x'), ts[0], ts[1]) })
}

// A value whose representation does not change is not copied: mutable
// data keeps its identity.
func TestConvertKeepsUnchangedValues(t *testing.T) {
	for _, mode := range []Mode{Enhanced, Classical} {
		ts := motokoTypes(t, "type T = {var n : Nat; cells : [var Nat]};", "T", "T")
		v := record(map[string]value.Value{"n": value.CellOf(num(1)), "cells": array(num(1))})
		got := Convert(mode, v, ts[0], ts[1])
		assert.Same(t, v.AsObject(), got.AsObject())
	}
}

// Mutable arrays and cells shared between places stay shared, also when
// they are copied because their contents change.
func TestConvertKeepsSharing(t *testing.T) {
	ts := motokoTypes(t, "", "([var Null], [var Null], {var c : ?Null}, {var c : ?Null})", "([var ()], [var ()], {var c : ?()}, {var c : ?()})")
	shared := array(value.Null, value.Null)
	cell := value.CellOf(value.MakeOpt(value.Null))
	v := value.MakeTuple([]value.Value{shared, shared, record(map[string]value.Value{"c": cell}), record(map[string]value.Value{"c": cell})})
	for _, mode := range []Mode{Enhanced, Classical} {
		got := Convert(mode, v, ts[0], ts[1]).AsTuple()
		assert.NotSame(t, shared.AsArray(), got[0].AsArray(), "the elements change")
		assert.Same(t, got[0].AsArray(), got[1].AsArray())
		c0, _ := got[2].AsObject().Field("c")
		c1, _ := got[3].AsObject().Field("c")
		assert.Same(t, c0.AsCell(), c1.AsCell())
		assert.Equal(t, "([var (), ()], [var (), ()], {c = ?()}, {c = ?()})", value.Show(Convert(mode, v, ts[0], ts[1]), ts[1]))
	}
}

// A cycle through a mutable field is carried as a cycle.
func TestConvertKeepsCycles(t *testing.T) {
	ts := motokoTypes(t, `type Node = {var next : ?Node; v : Nat};
type Node2 = {var next : ?Node2; v : Nat; w : ?Text};`, "Node", "Node2")
	cell := &value.Cell{}
	node := record(map[string]value.Value{"next": {Ref: cell}, "v": num(1)})
	cell.V = value.MakeOpt(node)
	got := Convert(Classical, node, ts[0], ts[1])
	next, _ := got.AsObject().Field("next")
	assert.NotSame(t, cell, next.AsCell())
	// As in moc, the record is copied where it is reached; the cell closes
	// the cycle.
	again, _ := next.AsCell().V.OptPayload().AsObject().Field("next")
	assert.Same(t, next.AsCell(), again.AsCell())
	w, _ := got.AsObject().Field("w")
	assert.True(t, w.IsNull())
}

func TestCarry(t *testing.T) {
	defs := "type Big = {#small : Nat; #big : Text};"
	t.Run("enhanced keeps the values and drops what is read at Any", func(t *testing.T) {
		old := sig(t, defs, "var count : Nat", "log : [var Text]", "junk : Any")
		new := sig(t, defs, "var count : Int", "log : [var Text]", "junk : Any", "var added : Nat")
		logs := array(value.Text("a"))
		got, rej := Carry(Enhanced, old, map[string]value.Value{"count": num(3), "log": logs, "junk": num(1)}, new, nil)
		require.Nil(t, rej)
		assert.Equal(t, num(3), got["count"])
		assert.Same(t, logs.AsArray(), got["log"].AsArray())
		assert.NotContains(t, got, "junk")
		assert.NotContains(t, got, "added")
	})
	t.Run("enhanced rejects a dropped variable", func(t *testing.T) {
		old := sig(t, defs, "count : Nat", "log : [Text]")
		_, rej := Carry(Enhanced, old, map[string]value.Value{"count": num(3), "log": array()}, sig(t, defs, "count : Nat"), nil)
		require.NotNil(t, rej)
		assert.Equal(t, memoryIncompatible, rej.Trap)
	})
	t.Run("classical discards a dropped variable and resets one it cannot read", func(t *testing.T) {
		old := sig(t, defs, "count : Int", "log : [Text]", "size : Big", "kept : ?Int")
		new := sig(t, defs, "count : Nat", "size : {#small : Nat}", "kept : ?Nat")
		state := map[string]value.Value{"count": num(-1), "log": array(), "size": value.MakeVariant("big", value.Text("x")), "kept": value.MakeOpt(num(-2))}
		got, rej := Carry(Classical, old, state, new, nil)
		require.Nil(t, rej)
		assert.Equal(t, map[string]value.Value{"kept": value.Null}, got)
	})
	t.Run("a migration input the decoder cannot read is not found", func(t *testing.T) {
		old := sig(t, defs, "first : Int")
		m := &Migration{Inputs: sig(t, defs, "first : Nat"), Outputs: sig(t, defs, "second : Nat")}
		_, rej := Carry(Classical, old, map[string]value.Value{"first": num(-1)}, sig(t, defs, "second : Nat"), m)
		require.NotNil(t, rej)
		assert.Equal(t, "stable variable `first` of type `Nat` expected but not found", rej.Trap)
	})
	t.Run("whether a migration input is read can depend on its value", func(t *testing.T) {
		old := sig(t, defs, "first : {#a; #b}")
		m := &Migration{Inputs: sig(t, defs, "first : {#a}"), Outputs: sig(t, defs, "second : Nat")}
		a := value.MakeVariant("a", value.Unit)
		got, rej := Carry(Classical, old, map[string]value.Value{"first": a}, sig(t, defs, "second : Nat"), m)
		require.Nil(t, rej)
		assert.Equal(t, map[string]value.Value{"first": a}, got)
		_, rej = Carry(Classical, old, map[string]value.Value{"first": value.MakeVariant("b", value.Unit)}, sig(t, defs, "second : Nat"), m)
		require.NotNil(t, rej)
		assert.Equal(t, "stable variable `first` of type `{#a}` expected but not found", rej.Trap)
	})
	t.Run("variables keep sharing data between them", func(t *testing.T) {
		old := sig(t, defs, "a : [var Null]", "b : [var Null]")
		new := sig(t, defs, "a : [var ()]", "b : [var ()]")
		shared := array(value.Null)
		got, rej := Carry(Classical, old, map[string]value.Value{"a": shared, "b": shared}, new, nil)
		require.Nil(t, rej)
		assert.Same(t, got["a"].AsArray(), got["b"].AsArray())
	})
	t.Run("classical traps on an alias read at two types", func(t *testing.T) {
		old := sig(t, defs, "a : [var Null]", "b : [var Null]")
		new := sig(t, defs, "a : [var ()]", "b : [var ?Nat]")
		shared := array(value.Null)
		_, rej := Carry(Classical, old, map[string]value.Value{"a": shared, "b": shared}, new, nil)
		require.NotNil(t, rej)
		// a (hash 97) is read first, at [var ()]; b expects [var ?Nat].
		assert.Equal(t, "Stable memory error: Aliased at wrong type, expected: V?N", rej.Trap)
	})
	t.Run("classical serialises at most 4 GiB (stable-size-overflow)", func(t *testing.T) {
		page := value.MakeBlob(strings.Repeat("\x00", 65536))
		pages := make([]value.Value, 65536)
		for i := range pages {
			pages[i] = page
		}
		old := sig(t, defs, "a : [Blob]")
		state := map[string]value.Value{"a": value.MakeArray(pages)}
		_, rej := Carry(Classical, old, state, old, nil)
		require.NotNil(t, rej)
		assert.Equal(t, "buffer_size overflow", rej.Trap)
		_, rej = Carry(Enhanced, old, state, old, nil)
		assert.Nil(t, rej, "stable-size-no-overflow")
		state["a"] = value.MakeArray(pages[:65000])
		_, rej = Carry(Classical, old, state, old, nil)
		assert.Nil(t, rej)
	})
}
