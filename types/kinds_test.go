package types

import (
	"testing"

	"github.com/mori-lang/mori/ast"
	"github.com/stretchr/testify/assert"
)

func TestIDLKindOf(t *testing.T) {
	tests := []struct {
		name string
		t    Type
		want IDLKind
	}{
		{"Null", Null, IDLNull},
		{"Bool", Bool, IDLBool},
		{"Nat", Nat, IDLNat},
		{"Int", Int, IDLInt},
		{"Nat8", Nat8, IDLNat8},
		{"Nat16", Nat16, IDLNat16},
		{"Nat32", Nat32, IDLNat32},
		{"Nat64", Nat64, IDLNat64},
		{"Int8", Int8, IDLInt8},
		{"Int16", Int16, IDLInt16},
		{"Int32", Int32, IDLInt32},
		{"Int64", Int64, IDLInt64},
		{"Float", Float, IDLFloat},
		{"Float32 has no description", Float32, NotIDL},
		{"Char apart from Nat32", Char, IDLChar},
		{"Text", Text, IDLText},
		{"Blob", Blob, IDLBlob},
		{"Principal", Principal, IDLPrincipal},
		{"Error", Error, IDLError},
		{"Region", Region, IDLRegion},
		{"Any is reserved", Any, IDLReserved},
		{"None is empty", None, IDLEmpty},
		{"unit apart from Null", Unit, IDLUnit},
		{"tuple", &Tuple{Elems: []Type{Nat, Text}}, IDLTuple},
		{"option", &Opt{Elem: Nat}, IDLOpt},
		{"array", &Array{Elem: Nat}, IDLVec},
		{"mutable array", &Array{Mut: true, Elem: Nat}, IDLVec},
		{"record", NewObj(ast.Object, []Field{{Name: "a", Type: Nat}}, nil), IDLRecord},
		{"actor", NewObj(ast.Actor, nil, nil), IDLService},
		{"module", NewObj(ast.Module, nil, nil), NotIDL},
		{"variant", NewVariant([]Tag{{Name: "a", Type: Unit}}), IDLVariant},
		{"shared function", &Func{Sort: ast.SharedFunc}, IDLFunc},
		{"query function", &Func{Sort: ast.QueryFunc}, IDLFunc},
		{"local function", &Func{Sort: ast.LocalFunc}, NotIDL},
		{"future", &Async{Elem: Nat}, NotIDL},
		{"type variable", &Var{Name: "T", Bound: Any}, NotIDL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, IDLKindOf(tt.t))
		})
	}
}
