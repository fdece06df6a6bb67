package types

import (
	"testing"

	"github.com/mori-lang/mori/ast"
	"github.com/stretchr/testify/assert"
)

func TestIDLKindOf(t *testing.T) {
	typesOfKind := map[IDLKind][]Type{
		NotIDL: {Float32, NewObj(ast.Module, nil, nil), &Func{Sort: ast.LocalFunc},
			&Async{Elem: Nat}, &Var{Name: "T", Bound: Any}},
		IDLNull: {Null}, IDLBool: {Bool}, IDLNat: {Nat}, IDLInt: {Int},
		IDLNat8: {Nat8}, IDLNat16: {Nat16}, IDLNat32: {Nat32}, IDLNat64: {Nat64},
		IDLInt8: {Int8}, IDLInt16: {Int16}, IDLInt32: {Int32}, IDLInt64: {Int64},
		IDLFloat: {Float}, IDLText: {Text}, IDLPrincipal: {Principal},
		IDLReserved: {Any}, IDLEmpty: {None},
		IDLChar:   {Char}, // not Nat32: Candid tells them apart
		IDLUnit:   {Unit}, // not Null: Candid tells them apart
		IDLRegion: {Region}, IDLError: {Error}, IDLBlob: {Blob},
		IDLOpt:     {&Opt{Elem: Nat}},
		IDLVec:     {&Array{Elem: Nat}, &Array{Mut: true, Elem: Nat}},
		IDLTuple:   {&Tuple{Elems: []Type{Nat}}, &Tuple{Elems: []Type{Nat, Text}}},
		IDLRecord:  {NewObj(ast.Object, nil, nil), NewObj(ast.Object, []Field{{Name: "a", Type: Nat}}, nil)},
		IDLVariant: {NewVariant([]Tag{{Name: "a", Type: Unit}})},
		IDLFunc:    {&Func{Sort: ast.SharedFunc}, &Func{Sort: ast.QueryFunc}, &Func{Sort: ast.CompositeQueryFunc}},
		IDLService: {NewObj(ast.Actor, nil, nil)},
	}
	assert.Len(t, typesOfKind, int(NumIDLKinds), "every kind has a case")
	for want, ts := range typesOfKind {
		for _, typ := range ts {
			assert.Equal(t, want, IDLKindOf(typ), String(typ))
		}
	}
}
