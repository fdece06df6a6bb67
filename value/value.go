// Package value is the run-time representation of Motoko values.
//
// A Value is two words: Bits for everything that fits in 64 bits and Ref for
// everything else. Which field means what is decided by the value's static
// type, never by inspecting the value, so the representation of a type must
// not depend on where the value came from:
//
//   - Bool: Bits 0 or 1. Char: Bits is the code point.
//   - Nat8..Nat64: Bits is the number. Int8..Int64: Bits is the number
//     sign-extended to 64 bits, so int64(Bits) is its value.
//   - Float: Bits holds the IEEE 754 bits. Float32: those of the Float of the
//     same value (operations round their results to single precision).
//   - Nat and Int share one representation (Nat <: Int needs no conversion):
//     a number that fits in int64 lives in Bits with Ref nil; a bigger one is
//     a *big.Int in Ref. Results are normalised back to small when they fit.
//   - Text is a Go string (UTF-8 bytes), or a *textView made by Concat;
//     read it with AsText. Blob is a Blob (bytes); Principal a Principal
//     (its bytes).
//   - Error (an error value of `throw`/`catch`) is a *Tuple of its code, a
//     variant, and its message Text.
//   - Unit and the empty record have the zero Value; other tuples a *Tuple.
//   - Arrays (mutable or not) an *Array; objects, records, modules an *Object.
//   - Variants a *Variant; options null or the payload itself (see Some).
//   - Functions: a *Builtin here, or a closure type of the evaluator.
//   - Region: the region manager's *region.Region handle.
//   - Mutable object fields and boxed variables hold a *Cell.
package value

import (
	"math"
	"math/big"

	"github.com/mori-lang/mori/heap"
)

// Value is one Motoko value; see the package documentation.
type Value struct {
	Bits uint64
	Ref  any
}

// Unit is `()`.
var Unit = Value{}

// Bool makes a Bool.
func Bool(b bool) Value {
	if b {
		return Value{Bits: 1}
	}
	return Value{}
}

// AsBool reads a Bool.
func (v Value) AsBool() bool { return v.Bits != 0 }

// Char makes a Char from a code point.
func Char(r rune) Value { return Value{Bits: uint64(r)} }

// AsChar reads a Char.
func (v Value) AsChar() rune { return rune(v.Bits) }

// Float makes a Float.
func Float(f float64) Value { return Value{Bits: math.Float64bits(f)} }

// AsFloat reads a Float.
func (v Value) AsFloat() float64 { return math.Float64frombits(v.Bits) }

// Word makes a Nat8..Nat64 value from its bits (the caller keeps them in range).
func Word(u uint64) Value { return Value{Bits: u} }

// Signed makes an Int8..Int64 value, or a small Nat or Int.
func Signed(i int64) Value { return Value{Bits: uint64(i)} }

// AsInt64 reads an Int8..Int64 value, or a Nat or Int known to be small.
func (v Value) AsInt64() int64 { return int64(v.Bits) }

// Text makes a Text.
func Text(s string) Value { return Value{Ref: s} }

// Blob is the representation of a Blob: its bytes, immutable.
type Blob string

// MakeBlob makes a Blob.
func MakeBlob(b string) Value { return Value{Ref: Blob(b)} }

// AsBlob reads a Blob.
func (v Value) AsBlob() string { return string(v.Ref.(Blob)) }

// Principal is the representation of a Principal: its bytes.
type Principal string

// MakePrincipal makes a Principal from its bytes.
func MakePrincipal(b string) Value { return Value{Ref: Principal(b)} }

// AsPrincipal reads the bytes of a Principal.
func (v Value) AsPrincipal() string { return string(v.Ref.(Principal)) }

// Cell is a mutable location: a mutable object field, or a variable that an
// object exposes as a public `var` field, shared by both.
type Cell struct{ V Value }

// CellOf boxes v in a fresh cell.
func CellOf(v Value) Value { return Value{Ref: &Cell{V: v}} }

// AsCell reads a cell reference.
func (v Value) AsCell() *Cell { return v.Ref.(*Cell) }

// Tuple is a tuple of two or more values.
type Tuple struct{ Elems []Value }

// MakeTuple makes a tuple value of elems; no elements make unit.
func MakeTuple(elems []Value) Value {
	if len(elems) == 0 {
		return Unit
	}
	return Value{Ref: &Tuple{Elems: elems}}
}

// Tuples and objects of common sizes are allocated in one piece with their
// elements (one allocation instead of two, and an element is read from the
// cache line its header is in).
type (
	tuple2 struct {
		Tuple
		buf [2]Value
	}
	tuple3 struct {
		Tuple
		buf [3]Value
	}
	tuple4 struct {
		Tuple
		buf [4]Value
	}
)

// NewTuple returns a tuple of n (two or more) elements for the caller to
// fill; make it a value with Value{Ref: tuple}.
func NewTuple(n int) *Tuple {
	switch n {
	case 2:
		t := &tuple2{}
		t.Elems = t.buf[:]
		return &t.Tuple
	case 3:
		t := &tuple3{}
		t.Elems = t.buf[:]
		return &t.Tuple
	case 4:
		t := &tuple4{}
		t.Elems = t.buf[:]
		return &t.Tuple
	}
	return &Tuple{Elems: make([]Value, n)}
}

// AsTuple reads the elements of a tuple.
func (v Value) AsTuple() []Value { return v.Ref.(*Tuple).Elems }

// Array is an array, mutable or not (mutability is a property of the type).
type Array struct{ Elems []Value }

// MakeArray makes an array value of elems.
func MakeArray(elems []Value) Value { return Value{Ref: &Array{Elems: elems}} }

// AsArray reads an array.
func (v Value) AsArray() *Array { return v.Ref.(*Array) }

// Variant is a tagged value `#tag payload` (payload unit for `#tag`).
type Variant struct {
	Tag     string
	Payload Value
}

// MakeVariant makes a variant value.
func MakeVariant(tag string, payload Value) Value {
	return Value{Ref: &Variant{Tag: tag, Payload: payload}}
}

// AsVariant reads a variant.
func (v Value) AsVariant() *Variant { return v.Ref.(*Variant) }

// Builtin is a function implemented in Go: a primitive of `mo:⛔` or a
// built-in method such as an array's `vals`. Fn must not keep the args
// slice after it returns (the evaluator reuses it), only values from it.
type Builtin struct {
	Name string
	Fn   func(ctx Context, args []Value) Value
}

// Context is what a Go-implemented function may ask of the running program.
type Context interface {
	// Call applies a function value to arguments (one per parameter).
	Call(fn Value, args []Value) Value
	// Steps counts the steps (calls and loop iterations) taken so far by
	// the running execution and by its whole call context (a message
	// across its awaits): what a canister's performance counters measure.
	Steps() (execution, callContext uint64)
}

// MakeBuiltin makes a function value implemented in Go.
func MakeBuiltin(name string, fn func(ctx Context, args []Value) Value) Value {
	return Value{Ref: &Builtin{Name: name, Fn: fn}}
}

// MaxText is the length of the longest Text, in bytes: moc's runtime
// traps beyond it.
const MaxText = 1<<30 - 1

// maxText is MaxText, lowered by tests that reach it.
var maxText = MaxText

// Reserve traps unless n more bytes fit in the heap budget: a primitive
// about to make a large allocation calls it first.
func Reserve(n int) {
	if !heap.Fits(int64(n)) {
		OutOfMemory.Trap()
	}
}

// Trap is a run-time failure raised with panic; the evaluator recovers it
// and reports its message with the position of the failing code.
type Trap struct{ Message string }

func (t *Trap) Error() string { return t.Message }

// Fail stops execution with a trap carrying message.
func Fail(message string) {
	panic(&Trap{Message: message})
}

// bigOf returns the value of a Nat or Int as a big.Int (fresh for small ones).
func bigOf(v Value) *big.Int {
	if b, ok := v.Ref.(*big.Int); ok {
		return b
	}
	return big.NewInt(int64(v.Bits))
}
