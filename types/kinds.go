package types

import "github.com/mori-lang/mori/ast"

// IDLKind is what a Motoko type is in moc's type descriptions: Candid's
// type table, and the stable-type descriptor that enhanced orthogonal
// persistence compares at an upgrade (moc's to_idl_prim and type_desc).
// Both formats classify types alike; each makes its own of the few kinds
// marked below, so the classification keeps them apart.
type IDLKind uint8

// The kinds before IDLOpt are primitives; in this order they follow the
// Candid type codes.
const (
	NotIDL IDLKind = iota // no description: Float32, a local function, a module, a type variable
	IDLNull
	IDLBool
	IDLNat
	IDLInt
	IDLNat8
	IDLNat16
	IDLNat32
	IDLNat64
	IDLInt8
	IDLInt16
	IDLInt32
	IDLInt64
	IDLFloat
	IDLText
	IDLReserved // Any
	IDLEmpty    // None
	IDLPrincipal
	IDLChar   // written as nat32; Candid's typ_hash and values tell it apart
	IDLUnit   // () is written as null; Candid's typ_hash and values tell it apart
	IDLRegion // the stable descriptor only
	IDLError  // the stable descriptor only
	IDLBlob   // vec nat8 in Candid; a primitive in the enhanced stable descriptor
	IDLOpt
	IDLVec   // [T] and [var T]
	IDLTuple // of one or more
	IDLRecord
	IDLVariant
	IDLFunc // a shared function
	IDLService
	// NumIDLKinds counts the kinds; a format with a kind of its own
	// numbers it from here.
	NumIDLKinds
)

var primIDLKinds = [len(primNames)]IDLKind{
	Null: IDLNull, Bool: IDLBool, Nat: IDLNat, Nat8: IDLNat8, Nat16: IDLNat16, Nat32: IDLNat32,
	Nat64: IDLNat64, Int: IDLInt, Int8: IDLInt8, Int16: IDLInt16, Int32: IDLInt32, Int64: IDLInt64,
	Float: IDLFloat, Float32: NotIDL, Char: IDLChar, Text: IDLText, Blob: IDLBlob, Principal: IDLPrincipal,
	Error: IDLError, Region: IDLRegion,
}

// IDLKindOf classifies a normalized type.
func IDLKindOf(t Type) IDLKind {
	switch t := t.(type) {
	case Prim:
		return primIDLKinds[t]
	case *Tuple:
		if len(t.Elems) == 0 {
			return IDLUnit
		}
		return IDLTuple
	case *Opt:
		return IDLOpt
	case *Array:
		return IDLVec
	case *Obj:
		switch t.Sort {
		case ast.Object:
			return IDLRecord
		case ast.Actor:
			return IDLService
		}
	case *Variant:
		return IDLVariant
	case *Func:
		if t.Sort != ast.LocalFunc {
			return IDLFunc
		}
	}
	switch t {
	case Any:
		return IDLReserved
	case None:
		return IDLEmpty
	}
	return NotIDL
}
