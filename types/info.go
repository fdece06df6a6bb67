package types

import "github.com/mori-lang/mori/ast"

// Info is what the checker learned about a set of files, recorded beside
// their syntax trees. The evaluator compiles from the tree plus Info and
// never re-derives a type.
type Info struct {
	// Types holds the static type of every expression (after context:
	// the literal in `let x : Nat8 = 5` is Nat8).
	Types map[ast.Expr]Type
	// PatTypes holds the type each pattern matches against.
	PatTypes map[ast.Pat]Type
	// Defs maps each binding occurrence of a name (in a VarPat, VarDec,
	// FuncDec, ClassDec, ObjectExpr self name or import) to its binding.
	Defs map[*ast.Ident]*Binding
	// Uses maps each name use to the binding it refers to.
	Uses map[*ast.VarExpr]*Binding
	// Labels maps a break or continue to the label (or loop) it leaves;
	// the implicit labels of loops are the loop expressions themselves.
	Labels map[ast.Expr]ast.Expr
	// Returns maps a return to the function it returns from.
	Returns map[*ast.ReturnExpr]*ast.FuncExpr
	// Operands holds the type an operator works at, for each UnaryExpr,
	// BinaryExpr and OpAssignExpr: in `let i : Int = n - 1` with n : Nat
	// the subtraction is Int subtraction; in `a == b` it is the operands'
	// common type.
	Operands map[ast.Expr]Type
	// Instances holds the type arguments of each call of a generic
	// function, written or inferred.
	Instances map[*ast.CallExpr][]Type
	// Elaborated holds, for a call written with its implicit arguments
	// left out or in contextual dot notation (`m.add(k, v)` for
	// `Map.add(m, k, v)`), the call that runs: arguments inserted, the
	// module function named. It may be elaborated in turn.
	Elaborated map[*ast.CallExpr]*ast.CallExpr
	// Imports maps each import to the module it loads.
	Imports map[*ast.ImportDec]*Module
	// Stable holds the declarations of actor bodies that persist across
	// upgrades.
	Stable map[*Binding]bool
}

// NewInfo returns an empty Info.
func NewInfo() *Info {
	return &Info{
		Types:     map[ast.Expr]Type{},
		PatTypes:  map[ast.Pat]Type{},
		Defs:      map[*ast.Ident]*Binding{},
		Uses:      map[*ast.VarExpr]*Binding{},
		Labels:    map[ast.Expr]ast.Expr{},
		Returns:   map[*ast.ReturnExpr]*ast.FuncExpr{},
		Operands:  map[ast.Expr]Type{},
		Instances: map[*ast.CallExpr][]Type{},

		Elaborated: map[*ast.CallExpr]*ast.CallExpr{},
		Imports:    map[*ast.ImportDec]*Module{},
		Stable:     map[*Binding]bool{},
	}
}

// BindingKind says what introduced a name.
type BindingKind int

const (
	LetBinding    BindingKind = iota // let, pattern variables, parameters
	VarBinding                       // var: mutable
	FuncBinding                      // func declarations
	ClassBinding                     // class declarations (a constructor function)
	ModuleBinding                    // imports and named modules
)

// Binding is one declared name. The evaluator assigns it a storage slot.
type Binding struct {
	Name string
	Kind BindingKind
	Type Type
	Decl *ast.Ident
	// Captured is set when a function nested inside the binding's own
	// function refers to it, so the evaluator must keep it in a frame the
	// closure can share.
	Captured bool
}

// Module is one loaded source file: a library (its body is a module) or the
// program's main file. Prim modules (`mo:⛔`) have no Program.
type Module struct {
	Path    string // as imported: "mo:base/Nat", or the resolved file path
	Program *ast.Program
	Type    Type // the module's object type (Unit for a main program)
	Prim    bool // the built-in `mo:⛔` module, implemented by package prim
	// Library is set for package modules (mo:base, mo:core, --package):
	// a trap inside one is reported at the call in the user's code.
	Library bool
}
