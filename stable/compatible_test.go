package stable

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Each rule of both modes, accepted and rejected. Enhanced follows moc's
// runtime check (`memory_compatible`), classical its Candid decoder; the
// drun tests named are moc's, which show the same verdicts.
func TestCompatible(t *testing.T) {
	defs := `type List<T> = ?(T, List<T>);
type Tree = {#leaf; #node : (Tree, Nat, Tree)};
type Tree2 = {#leaf; #node : (Tree2, Int, Tree2)};`
	tests := []struct {
		name      string
		old, new  string
		enhanced  bool
		classical string // "" accepted, else the decoder's words
	}{
		{"same primitive", "Text", "Text", true, ""},
		{"Nat to Int (upgrade-nat-to-int)", "Nat", "Int", true, ""},
		{"Int to Nat", "Int", "Nat", false, "IDL error: unexpected IDL type when parsing Nat"},
		{"Nat8 to Nat", "Nat8", "Nat", false, "IDL error: unexpected IDL type when parsing Nat"},
		{"Nat64 to Int64", "Nat64", "Int64", false, "IDL error: unexpected IDL type when parsing Int64"},
		{"None to anything", "None", "Text", true, ""},
		{"Null to option", "Null", "?Nat", true, ""},
		{"value to option", "Nat", "?Nat", false, ""},
		{"option element-wise", "?Nat", "?Int", true, ""},
		{"option that no longer fits", "?Int", "?Nat", false, ""},
		{"array element-wise", "[Nat]", "[Int]", true, ""},
		{"array of the wrong elements", "[Int]", "[Nat]", false, "IDL error: unexpected IDL type when parsing Nat"},
		{"mutable array invariant (upgrade-mutable-array)", "[var Nat]", "[var Int]", false, ""},
		{"mutable array same", "[var Nat]", "[var Nat]", true, ""},
		{"var field invariant", "{var a : Nat}", "{var a : Int}", false, ""},
		{"field becomes var", "{a : Nat}", "{var a : Nat}", false, "IDL error: unexpecting primitive alias type"},
		{"var field becomes immutable", "{var a : Nat}", "{a : Nat}", false, "IDL error: unexpected IDL type when parsing Nat"},
		{"record field widened", "{a : Nat}", "{a : Int}", true, ""},
		{"record gains a field (upgrade-remove-add-fields)", "{a : Nat}", "{a : Nat; b : Nat}", false, "IDL error: did not find field b in record"},
		{"record gains an optional field", "{a : Nat}", "{a : Nat; b : ?Nat}", false, ""},
		{"record loses a field", "{a : Nat; b : Text}", "{a : Nat}", false, ""},
		{"tuple arity (tuple-upgrades)", "(Nat, Nat)", "(Nat, Nat, Nat)", false, "IDL error: did not find tuple field in record"},
		{"tuple gets shorter", "(Nat, Text, Nat)", "(Nat, Text)", false, ""},
		{"tuple is not a record", "(Nat, Text)", "{_0_ : Nat; _1_ : Text}", false, ""},
		{"variant gains a tag (variant-upgrades)", "{#a; #b : Nat}", "{#a; #b : Int; #c}", true, ""},
		{"variant loses a tag", "{#a; #b}", "{#a}", false, "IDL error: unexpected variant tag"},
		{"variant under var gains no tag", "[var {#a}]", "[var {#a; #b}]", false, ""},
		{"function unchanged (function-upgrades)", "shared (Nat, Bool) -> async (Nat, Bool)", "shared (Nat, Bool) -> async (Nat, Bool)", true, ""},
		{"function parameters contravariant", "shared {#one; #two} -> async {x : Nat}", "shared {#one} -> async {x : Int}", true, ""},
		{"function parameter widened", "shared {#one} -> async ()", "shared {#one; #two} -> async ()", false, ""},
		{"function arity", "shared Nat -> async ()", "shared (Nat, Nat) -> async ()", false, ""},
		{"function becomes query", "shared () -> async Nat", "shared query () -> async Nat", false, ""},
		{"function becomes oneway", "shared () -> async ()", "shared () -> ()", false, ""},
		{"actor reference loses a method", "actor {f : shared () -> async (); g : shared () -> async ()}", "actor {f : shared () -> async ()}", true, ""},
		{"actor reference gains a method", "actor {f : shared () -> async ()}", "actor {f : shared () -> async (); g : shared () -> async ()}", false, ""},
		{"to Any loses data (any-upgrades)", "Nat", "Any", false, ""},
		{"Any stays Any", "Any", "Any", true, ""},
		{"None to Any", "None", "Any", false, ""},
		{"Any to something", "Any", "Nat", false, "IDL error: unexpected IDL type when parsing Nat"},
		{"Blob to [Nat8] (blob-array-mismatch)", "Blob", "[Nat8]", false, ""},
		{"[Nat8] to Blob", "[Nat8]", "Blob", false, ""},
		{"[Nat16] to Blob", "[Nat16]", "Blob", false, "IDL error: blob not a vector of nat8"},
		{"Char to Nat32: one encoding", "Char", "Nat32", true, ""},
		{"Nat32 to Char", "Nat32", "Char", true, "codepoint out of range"},
		{"Null and () share an encoding", "Null", "()", true, ""},
		{"Region stays Region", "Region", "Region", true, ""},
		{"a mutable array is no Region", "[var Nat]", "Region", false, "deserialize_go (Region): unexpected idl_typ"},
		{"a primitive is no Region", "Nat", "Region", false, "IDL error: unexpecting primitive alias type"},
		{"recursive definition (upgrade-recursive-type)", "List<Nat>", "List<Int>", true, ""},
		// A list is an option: what no longer fits ends it.
		{"recursive definition narrowed", "List<Int>", "List<Nat>", false, ""},
		{"recursive variants", "Tree", "Tree2", true, ""},
		{"recursive variants narrowed", "Tree2", "Tree", false, "IDL error: unexpected IDL type when parsing Nat"},
		{"mutable null to option: the runtime's check admits it", "[var Null]", "[var ?Nat]", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := motokoTypes(t, defs, tt.old, tt.new)
			ok, why := Compatible(Enhanced, ts[0], ts[1])
			assert.Equal(t, tt.enhanced, ok, "enhanced")
			if !ok {
				assert.NotEmpty(t, why)
			}
			ok, why = Compatible(Classical, ts[0], ts[1])
			assert.Equal(t, tt.classical == "", ok, "classical")
			assert.Equal(t, tt.classical, why, "classical")
		})
	}
}

// Where moc's static check agrees, Compatible explains in its words.
func TestCompatibleExplainsLikeMoc(t *testing.T) {
	ts := motokoTypes(t, "", "{#a; #b}", "{#a}")
	_, why := Compatible(Enhanced, ts[0], ts[1])
	assert.Equal(t, "case `#b` is missing from expected type \n  {#a}", why)
	ts = motokoTypes(t, "", "Nat", "Any")
	_, why = Compatible(Enhanced, ts[0], ts[1])
	assert.Equal(t, "promoting \n  Nat\n to `Any` loses data", why)
}
