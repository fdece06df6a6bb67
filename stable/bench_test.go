package stable

import (
	"testing"

	"github.com/mori-lang/mori/value"
)

// Carrying a large classical state: the size count walks every value, the
// conversion only what changes.
func BenchmarkCarryClassical(b *testing.B) {
	defs := "type List<T> = ?(T, List<T>);"
	old := sig(b, defs, "list : List<Nat>", "cells : [var Nat]")
	new := sig(b, defs, "list : List<Int>", "cells : [var Nat]", "added : Nat")
	list := value.Null
	for i := 0; i < 100_000; i++ {
		list = value.MakeOpt(value.MakeTuple([]value.Value{value.Signed(int64(i)), list}))
	}
	cells := make([]value.Value, 1_000_000)
	for i := range cells {
		cells[i] = value.Signed(int64(i))
	}
	state := map[string]value.Value{"list": list, "cells": value.MakeArray(cells)}
	b.ResetTimer()
	for b.Loop() {
		if _, rej := Carry(Classical, old, state, new, nil); rej != nil {
			b.Fatal(rej.Trap)
		}
	}
}

// Converting a long list whose representation changes.
func BenchmarkConvertList(b *testing.B) {
	ts := motokoTypes(b, "type List<T> = ?(T, List<T>);", "List<(Nat, Null)>", "List<(Nat, ())>")
	list := value.Null
	for i := 0; i < 100_000; i++ {
		list = value.MakeOpt(value.MakeTuple([]value.Value{value.MakeTuple([]value.Value{value.Signed(int64(i)), value.Null}), list}))
	}
	b.ResetTimer()
	for b.Loop() {
		Convert(Enhanced, list, ts[0], ts[1])
	}
}
