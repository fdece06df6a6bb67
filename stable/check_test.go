package stable

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The actor-level rules, in both modes. The verdicts are those of moc's
// runtime and desugared migration code, as its drun tests show them
// (add-remove-stable-fields*, strict-migration).
func TestCheck(t *testing.T) {
	tests := []struct {
		name            string
		old, new        []string
		inputs, outputs []string
		enhanced        string // the trap, "" when accepted
		classical       string
	}{
		{name: "unchanged", old: []string{"count : Nat"}, new: []string{"count : Nat"}},
		{name: "a variable added", old: []string{"count : Nat"}, new: []string{"count : Nat", "var extra : Text"}},
		{
			name: "a variable dropped", old: []string{"count : Nat", "var log : [Text]"}, new: []string{"count : Nat"},
			enhanced: memoryIncompatible,
		},
		{
			// The runtime walks both lists in hash order and stops at the
			// first old variable past the new ones: `y` (hash 121) is
			// dropped after `x` (hash 120) without complaint.
			name: "a dropped variable the runtime overlooks", old: []string{"y : Nat"}, new: []string{"x : Nat"},
		},
		{
			name: "a variable consumed by the migration", old: []string{"first : Nat"}, new: []string{"second : Nat"},
			inputs: []string{"first : Nat"}, outputs: []string{"second : Nat"},
		},
		{
			name: "a migration input the old version lacks", old: []string{"second : Nat"}, new: []string{"second : Nat"},
			inputs:   []string{"firstValue : Nat"},
			enhanced: "stable variable `firstValue` of type `Nat` expected but not found", classical: "stable variable `firstValue` of type `Nat` expected but not found",
		},
		{
			name: "a migration input widened", old: []string{"f : Nat"}, new: []string{"g : Nat"},
			inputs: []string{"f : Int"}, outputs: []string{"g : Nat"},
		},
		{
			// Classical decoding reads anything at Any.
			name: "a migration input promoted to Any", old: []string{"f : Nat"}, new: []string{"g : Nat"},
			inputs: []string{"f : Any"}, outputs: []string{"g : Nat"},
			enhanced: memoryIncompatible,
		},
		{
			// Enhanced persistence drops what is read at Any.
			name: "a migration input of type Any", old: []string{"f : Any"}, new: []string{"g : Nat"},
			inputs: []string{"f : Any"}, outputs: []string{"g : Nat"},
			enhanced: "stable variable `f` of type `Any` expected but not found",
		},
		{
			// Classically the decoder gives up on the value: Carry decides.
			name: "a type narrowed", old: []string{"var n : Int"}, new: []string{"var n : Nat"},
			enhanced: memoryIncompatible,
		},
		{name: "a type widened", old: []string{"var n : Nat"}, new: []string{"var n : Int"}},
		{name: "var and let are alike", old: []string{"var n : Nat"}, new: []string{"n : Nat"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old := sig(t, "", tt.old...)
			new := sig(t, "", tt.new...)
			var m *Migration
			if tt.inputs != nil {
				m = &Migration{Inputs: sig(t, "", tt.inputs...), Outputs: sig(t, "", tt.outputs...)}
			}
			for _, mode := range []struct {
				mode Mode
				want string
			}{{Enhanced, tt.enhanced}, {Classical, tt.classical}} {
				got := Check(mode.mode, old, new, m)
				if mode.want == "" {
					assert.Nil(t, got, "mode %d", mode.mode)
					continue
				}
				require.NotNil(t, got, "mode %d", mode.mode)
				assert.Equal(t, mode.want, got.Trap)
				assert.NotEmpty(t, got.Explanation)
			}
		})
	}
}

// A rejection carries moc's static check.
func TestCheckExplanation(t *testing.T) {
	old := sig(t, "", "count : Nat", "var log : [Text]")
	new := sig(t, "", "count : Int")
	got := Check(Enhanced, old, new, nil)
	require.NotNil(t, got)
	assert.Equal(t, "(unknown location): Compatibility error [M0169], the stable variable `log` of the previous version cannot be implicitly discarded. "+
		"The variable can only be dropped by an explicit migration function, please see "+migrationLink, got.Explanation)

	m := &Migration{Inputs: sig(t, "", "first : Nat")}
	got = Check(Classical, new, new, m)
	require.NotNil(t, got)
	assert.Equal(t, Explain(new, new, m), got.Explanation)
	assert.Contains(t, got.Explanation, "[M0263]")
}

// Sequences of upgrades from moc's drun tests (enhanced persistence), with
// the verdicts their expected outputs show. Each step upgrades from the
// last accepted version.
func TestCheckFollowsMocsUpgradeTests(t *testing.T) {
	type version struct {
		defs     string
		vars     []string
		inputs   []string // the migration's parameter fields
		outputs  []string
		accepted bool
	}
	tree := "type TreeType = ?(Nat, TreeType, TreeType);"
	tuples := []string{"var pair : (Nat, Nat)", "var largerTuple : (Nat, Text, Float, {key : Nat; value : Char}, [Int])", "var tree : TreeType"}
	variant := func(cases string) string {
		return "type Variant = {#one : Nat; #two : {key : Nat; var name : Text}" + cases + "};"
	}
	tests := map[string][]version{
		"tuple-upgrades": {
			{defs: tree, vars: tuples, accepted: true},
			{defs: tree, vars: append([]string{"var unit : ()"}, tuples...), accepted: true},
			{defs: tree, vars: append([]string{"var unit : Nat"}, tuples...)},
			{defs: tree, vars: []string{"var unit : ()", "var pair : Nat", tuples[1], tuples[2]}},
			{defs: tree, vars: []string{"var unit : ()", tuples[0], "var largerTuple : (Text, Nat, Float, {key : Nat; value : Char}, [Int])", tuples[2]}},
			{defs: "type TreeType = ?(Nat, TreeType, Null);", vars: append([]string{"var unit : ()"}, tuples...)},
			{defs: tree, vars: tuples, inputs: []string{"var unit : ()"}, outputs: []string{}, accepted: true},
			{defs: tree, vars: tuples, accepted: true},
		},
		"variant-upgrades": {
			{defs: variant(""), vars: []string{"var root : Variant"}, accepted: true},
			{defs: variant("; #three : Text"), vars: []string{"var root : Variant"}, accepted: true},
			{defs: variant(""), vars: []string{"var root : Variant"}},
			{defs: "type Variant = {#one : Nat; #two : {key : Nat; var name : Text; newField : Int}; #three : Text};", vars: []string{"var root : Variant"}},
		},
		"any-upgrades": {
			{vars: []string{"var value : Any"}, accepted: true},
			{vars: []string{"var value : Any"}, accepted: true},
			{vars: []string{"var value : Text"}},
		},
		"strict-migration": {
			{vars: []string{"var f : Nat"}, accepted: true},
			{vars: []string{"var f : Int"}, inputs: []string{"f : Any"}, outputs: []string{"f : Int"}},
			{vars: []string{"var f : Int"}, inputs: []string{"f : Nat"}, outputs: []string{"f : Int"}, accepted: true},
			{inputs: []string{}, outputs: []string{}},
			{vars: []string{"var g : Nat"}, inputs: []string{"f : Int"}, outputs: []string{}, accepted: true},
			{vars: []string{"var g : Any"}, inputs: []string{}, outputs: []string{}},
			{vars: []string{"var g : Nat"}, inputs: []string{}, outputs: []string{}, accepted: true},
		},
	}
	for name, versions := range tests {
		t.Run(name, func(t *testing.T) {
			var current Signature
			for i, v := range versions {
				next := sig(t, v.defs, v.vars...)
				var m *Migration
				if v.inputs != nil {
					m = &Migration{Inputs: sig(t, v.defs, v.inputs...), Outputs: sig(t, v.defs, v.outputs...)}
				}
				if i == 0 {
					current = next
					continue
				}
				rej := Check(Enhanced, current, next, m)
				if !v.accepted {
					require.NotNil(t, rej, "version %d", i)
					assert.Equal(t, memoryIncompatible, rej.Trap, "version %d", i)
					continue
				}
				assert.Nil(t, rej, "version %d", i)
				current = next
			}
		})
	}
}
