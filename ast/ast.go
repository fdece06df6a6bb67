// Package ast defines the syntax tree of a Motoko program as the parser
// produces it. Every node records its source span. The tree carries no type
// information: the checker records types beside it (see package types), so
// one tree can be checked and run many times (as the REPL will).
package ast

import "fmt"

// Pos is a 1-based line and column (columns count bytes, as moc does).
// They are 32 bits: every node holds two, and a source file is at most a
// few megabytes.
type Pos struct {
	Line, Col int32
}

// Span is the source range of a node: Start is its first character and End
// the position just past its last one, the convention of moc's messages.
type Span struct {
	File       string
	Start, End Pos
}

// Where returns the span itself; nodes embed Span, so every node has Where.
func (s Span) Where() Span { return s }

// String formats the span as moc does: "file.mo:3.1-3.10".
func (s Span) String() string {
	return fmt.Sprintf("%s:%d.%d-%d.%d", s.File, s.Start.Line, s.Start.Col, s.End.Line, s.End.Col)
}

// To returns the span from the start of s to the end of t.
func (s Span) To(t Span) Span { return Span{File: s.File, Start: s.Start, End: t.End} }

// Node is any syntax tree node.
type Node interface {
	Where() Span
}

// Program is one source file: a sequence of declarations (imports included).
type Program struct {
	Span
	Decs []Dec
}

// ---------------------------------------------------------------------------
// Declarations

// Dec is a declaration; an expression used as a declaration is an ExprDec.
type Dec interface {
	Node
	decNode()
}

// LetDec is `let pat = value`, or `let pat = value else fail` where fail
// runs when value does not match (it must not complete normally).
type LetDec struct {
	Span
	Pat   Pat
	Value Expr
	Else  Expr // optional
}

// VarDec is `var name : type = value` (Type may be nil).
type VarDec struct {
	Span
	Name  *Ident
	Type  Type
	Value Expr
}

// ExprDec is an expression in declaration position.
type ExprDec struct {
	Span
	X Expr
}

// FuncDec is a named function declaration `func f<T>(params) : result { ... }`.
type FuncDec struct {
	Span
	Func *FuncExpr // Func.Name is set
}

// TypeDec is `type Name<T, U> = type`.
type TypeDec struct {
	Span
	Name   *Ident
	Params []*TypeParam
	Type   Type
}

// ClassDec is `class Name<T>(params) : Result { body }` (Sort says object or actor).
type ClassDec struct {
	Span
	Sort       ObjSort
	Persistent bool // `persistent actor class`
	SharedPat  Pat  // `shared(msg) actor class`, optional
	Name       *Ident
	TypeParams []*TypeParam
	Param      Pat
	Result     Type // optional annotation of the class's object type
	SelfName   *Ident
	Fields     []*DecField
	With       []*ExpField // `(with migration = f) actor class ...`
}

// ImportDec is `import pat "path"`, for example `import Debug "mo:base/Debug"`.
type ImportDec struct {
	Span
	Pat  Pat
	Path string
}

func (*LetDec) decNode()    {}
func (*VarDec) decNode()    {}
func (*ExprDec) decNode()   {}
func (*FuncDec) decNode()   {}
func (*TypeDec) decNode()   {}
func (*ClassDec) decNode()  {}
func (*ImportDec) decNode() {}

// Vis is the visibility of an object, module or actor field.
type Vis int

const (
	Private Vis = iota
	Public
	System
)

// Stability says how an actor field survives upgrades.
type Stability int

const (
	DefaultStability Stability = iota // flexible in an actor, stable in a persistent actor
	Stable
	Flexible  // `flexible var`
	Transient // `transient var`
)

// DecField is a declaration inside an object, module, actor or class body.
type DecField struct {
	Span
	Vis       Vis
	Stability Stability
	Dec       Dec
}

// ---------------------------------------------------------------------------
// Expressions

// Expr is an expression.
type Expr interface {
	Node
	exprNode()
}

// AnonymousPrefix starts the names the parser gives anonymous classes, as
// moc does; no program can write them.
const AnonymousPrefix = "@anon-"

// Ident is a name occurrence with its span (binding or use).
type Ident struct {
	Span
	Name string
}

// LitKind distinguishes literal forms. Number literals stay untyped until the
// checker gives them a type from context.
type LitKind int

const (
	NatLit   LitKind = iota // decimal or hex natural, Value holds its digits without `_`
	FloatLit                // Value holds the source text without `_`
	CharLit                 // Rune is set
	TextLit                 // Text holds the decoded bytes
	BoolLit                 // Bool is set
	NullLit
)

// LitExpr is a literal. Unit `()` is an empty TupleExpr, not a literal.
type LitExpr struct {
	Span
	Kind  LitKind
	Value string // NatLit: decimal or 0x-prefixed digits; FloatLit: source text
	Rune  rune
	Text  string
	Bool  bool
}

// VarExpr is a use of a name.
type VarExpr struct {
	Span
	Name string
}

// UnOp is a unary operator.
type UnOp int

const (
	Neg    UnOp = iota // -x
	Plus               // +x
	BitNot             // ^x
	Not                // not x
)

// UnaryExpr is a unary operation.
type UnaryExpr struct {
	Span
	Op UnOp
	X  Expr
}

// BinOp is a binary operator (arithmetic, bitwise, Text `#`, comparison).
type BinOp int

const (
	Add BinOp = iota
	Sub
	Mul
	Div
	Mod
	Pow
	WrapAdd // +%
	WrapSub // -%
	WrapMul // *%
	WrapPow // **%
	And     // &
	Or      // |
	Xor     // ^
	Shl     // <<
	Shr     // >>
	Rotl    // <<>
	Rotr    // <>>
	Cat     // #
	Eq      // ==
	Neq     // !=
	Lt
	Le
	Gt
	Ge
)

var binOpText = [...]string{
	Add: "+", Sub: "-", Mul: "*", Div: "/", Mod: "%", Pow: "**",
	WrapAdd: "+%", WrapSub: "-%", WrapMul: "*%", WrapPow: "**%",
	And: "&", Or: "|", Xor: "^", Shl: "<<", Shr: ">>", Rotl: "<<>", Rotr: "<>>",
	Cat: "#", Eq: "==", Neq: "!=", Lt: "<", Le: "<=", Gt: ">", Ge: ">=",
}

func (op BinOp) String() string { return binOpText[op] }

// IsRelation reports whether op is a comparison (result Bool).
func (op BinOp) IsRelation() bool { return op >= Eq }

// BinaryExpr is `x op y` for every operator but `and`/`or`.
type BinaryExpr struct {
	Span
	Op   BinOp
	X, Y Expr
}

// AndExpr is the short-circuit `x and y`.
type AndExpr struct {
	Span
	X, Y Expr
}

// OrExpr is the short-circuit `x or y`.
type OrExpr struct {
	Span
	X, Y Expr
}

// AssignExpr is `target := value`.
type AssignExpr struct {
	Span
	Target Expr
	Value  Expr
}

// OpAssignExpr is a compound assignment such as `x += 1` (Op is Add).
type OpAssignExpr struct {
	Span
	Op     BinOp
	Target Expr
	Value  Expr
}

// TupleExpr is `(a, b, c)`; `()` is the empty tuple (unit).
type TupleExpr struct {
	Span
	Elems []Expr
}

// ParenExpr is `(x)`: kept so spans and juxtaposition stay faithful.
type ParenExpr struct {
	Span
	X Expr
}

// ProjExpr is tuple projection `x.0`.
type ProjExpr struct {
	Span
	X     Expr
	Index int
}

// ExpField is a field of a record literal `{var a : T = e}`.
type ExpField struct {
	Span
	Mut   bool
	Name  *Ident
	Type  Type // optional
	Value Expr
}

// RecordExpr is `{a = 1; var b = 2}` or `{r1 and r2 with a = 1}`.
type RecordExpr struct {
	Span
	Bases  []Expr // the records before `with`
	Fields []*ExpField
}

// DotExpr is field access `x.name` (record fields, module members, methods
// of built-in values such as `a.size()`).
type DotExpr struct {
	Span
	X    Expr
	Name *Ident
}

// VariantExpr is `#tag` (Arg nil) or `#tag e`.
type VariantExpr struct {
	Span
	Tag *Ident
	Arg Expr
}

// OptExpr is `?x`.
type OptExpr struct {
	Span
	X Expr
}

// BangExpr is `x!` (inside `do ? {}`).
type BangExpr struct {
	Span
	X Expr
}

// DoOptExpr is `do ? { ... }`.
type DoOptExpr struct {
	Span
	Body *BlockExpr
}

// ArrayExpr is `[a, b]` or `[var a, b]`.
type ArrayExpr struct {
	Span
	Mut   bool
	Elems []Expr
}

// IndexExpr is `x[i]`.
type IndexExpr struct {
	Span
	X     Expr
	Index Expr
}

// CallExpr is `f<T>(a, b)` or `f x`. Arg is the single argument expression:
// a TupleExpr for `f(a, b)` and `f()`, a ParenExpr for `f(a)`.
type CallExpr struct {
	Span
	Fn       Expr
	TypeArgs []Type // nil when not written
	Arg      Expr
}

// IfExpr is `if c e1 else e2` (Else may be nil).
type IfExpr struct {
	Span
	Cond       Expr
	Then, Else Expr
}

// Case is one `case pat body` of a switch.
type Case struct {
	Span
	Pat  Pat
	Body Expr
}

// SwitchExpr is `switch x { case p e; ... }`.
type SwitchExpr struct {
	Span
	X     Expr
	Cases []*Case
}

// WhileExpr is `while c body`.
type WhileExpr struct {
	Span
	Cond Expr
	Body Expr
}

// LoopExpr is `loop body` or `loop body while c` (While may be nil).
type LoopExpr struct {
	Span
	Body  Expr
	While Expr
}

// ForExpr is `for (pat in iter) body`.
type ForExpr struct {
	Span
	Pat  Pat
	Iter Expr
	Body Expr
}

// LabelExpr is `label name : T body` (Type may be nil).
type LabelExpr struct {
	Span
	Label *Ident
	Type  Type
	Body  Expr
}

// BreakExpr is `break l` or `break l e` (Value may be nil).
type BreakExpr struct {
	Span
	Label *Ident
	Value Expr
}

// ContinueExpr is `continue l`.
type ContinueExpr struct {
	Span
	Label *Ident
}

// ReturnExpr is `return` or `return e`.
type ReturnExpr struct {
	Span
	Value Expr
}

// BlockExpr is `{ decs }` or `do { decs }`; its value is that of the last
// declaration when that is an expression, else unit.
type BlockExpr struct {
	Span
	Decs []Dec
}

// AnnotExpr is `x : T`.
type AnnotExpr struct {
	Span
	X    Expr
	Type Type
}

// DebugShowExpr is `debug_show x`.
type DebugShowExpr struct {
	Span
	X Expr
}

// IgnoreExpr is `ignore x`.
type IgnoreExpr struct {
	Span
	X Expr
}

// AssertExpr is `assert x`.
type AssertExpr struct {
	Span
	X Expr
}

// FuncSort distinguishes local functions from actor messages.
type FuncSort int

const (
	LocalFunc FuncSort = iota
	SharedFunc
	QueryFunc
	CompositeQueryFunc
)

// FuncExpr is a function: `func name<T>(param) : Result = body` or an
// anonymous `func (x : Nat) : Nat { ... }`. Param is a pattern (a TuplePat
// for several parameters). Body is a BlockExpr for block bodies, or, in a
// library file known to parse, Unparsed until ParseBody.
type FuncExpr struct {
	Span
	Sort       FuncSort
	SharedPat  Pat // `shared({caller})`, optional
	Name       *Ident
	TypeParams []*TypeParam
	Param      Pat
	Result     Type // nil when omitted (unit for block bodies)
	Body       Expr
	// Deferred, when set, parses the function: in a library file known to
	// parse, a module's functions are skipped whole (only Span, Sort and
	// Name are set) until needed (see ParseDeferred).
	Deferred func() (*FuncExpr, error)
}

// Unparsed is a block body the parser skipped: a library file that parsed
// before is parsed again without the bodies of its functions, which are
// parsed when checked or run (see FuncExpr.ParseBody).
type Unparsed struct {
	Span
	Parse func() (*BlockExpr, error)
}

// ParseDeferred parses f if the parser skipped it (see Deferred), in place:
// f keeps its Name, which names the declaration's binding.
func (f *FuncExpr) ParseDeferred() error {
	if f.Deferred == nil {
		return nil
	}
	parsed, err := f.Deferred()
	if err != nil {
		return err
	}
	name := f.Name
	*f = *parsed
	f.Name = name
	return nil
}

// ParseBody parses f's body if it is Unparsed.
func (f *FuncExpr) ParseBody() error {
	u, ok := f.Body.(*Unparsed)
	if !ok {
		return nil
	}
	body, err := u.Parse()
	if err != nil {
		return err
	}
	f.Body = body
	return nil
}

// ObjSort is the kind of an object expression or object type.
type ObjSort int

const (
	Object ObjSort = iota
	Module
	Actor
)

// ObjectExpr is `object { ... }`, `module { ... }`, `actor { ... }`
// (also named forms like `module M { ... }`, which the parser turns into
// `let M = module { ... }` with Name set for messages and self reference).
type ObjectExpr struct {
	Span
	Sort       ObjSort
	Persistent bool
	Name       *Ident // optional self name
	Fields     []*DecField
	With       []*ExpField // `(with migration = f) actor { ... }`
}

// AsyncExpr is `async e`, or with Star `async* e`: a computation run
// afresh by each `await*` of it, in the awaiting message.
type AsyncExpr struct {
	Span
	Star bool
	X    Expr
}

// AwaitExpr is `await e`, or with Star `await* e`.
type AwaitExpr struct {
	Span
	Star bool
	// Fast is `await?`: a future already settled gives its result without
	// ending the message's step.
	Fast bool
	X    Expr
}

// TryExpr is `try body catch pat handler`, `try body finally cleanup` or
// both clauses (CatchPat and Catch are nil without a catch clause).
type TryExpr struct {
	Span
	Body     Expr
	CatchPat Pat
	Catch    Expr
	Finally  Expr // optional
}

// ToCandidExpr is `to_candid(e1, ..., en)`: the Candid message of the values.
type ToCandidExpr struct {
	Span
	Args []Expr
}

// FromCandidExpr is `from_candid e`: the values of a Candid message, as an
// option of the expected type (null when they do not decode to it).
type FromCandidExpr struct {
	Span
	X Expr
}

func (*ToCandidExpr) exprNode()   {}
func (*FromCandidExpr) exprNode() {}

// DebugExpr is `debug e`: e runs only in debug mode (moc's default).
type DebugExpr struct {
	Span
	X Expr
}

// ActorRefExpr is `actor e`: a reference to the actor whose principal's
// text e evaluates to.
type ActorRefExpr struct {
	Span
	X Expr
}

// ThrowExpr is `throw e`.
type ThrowExpr struct {
	Span
	X Expr
}

func (*LitExpr) exprNode()       {}
func (*VarExpr) exprNode()       {}
func (*UnaryExpr) exprNode()     {}
func (*BinaryExpr) exprNode()    {}
func (*AndExpr) exprNode()       {}
func (*OrExpr) exprNode()        {}
func (*AssignExpr) exprNode()    {}
func (*OpAssignExpr) exprNode()  {}
func (*TupleExpr) exprNode()     {}
func (*ParenExpr) exprNode()     {}
func (*ProjExpr) exprNode()      {}
func (*RecordExpr) exprNode()    {}
func (*DotExpr) exprNode()       {}
func (*VariantExpr) exprNode()   {}
func (*OptExpr) exprNode()       {}
func (*BangExpr) exprNode()      {}
func (*DoOptExpr) exprNode()     {}
func (*ArrayExpr) exprNode()     {}
func (*IndexExpr) exprNode()     {}
func (*CallExpr) exprNode()      {}
func (*IfExpr) exprNode()        {}
func (*SwitchExpr) exprNode()    {}
func (*WhileExpr) exprNode()     {}
func (*LoopExpr) exprNode()      {}
func (*ForExpr) exprNode()       {}
func (*LabelExpr) exprNode()     {}
func (*BreakExpr) exprNode()     {}
func (*ContinueExpr) exprNode()  {}
func (*ReturnExpr) exprNode()    {}
func (*BlockExpr) exprNode()     {}
func (*AnnotExpr) exprNode()     {}
func (*DebugShowExpr) exprNode() {}
func (*IgnoreExpr) exprNode()    {}
func (*AssertExpr) exprNode()    {}
func (*FuncExpr) exprNode()      {}
func (*ObjectExpr) exprNode()    {}
func (*AsyncExpr) exprNode()     {}
func (*AwaitExpr) exprNode()     {}
func (*TryExpr) exprNode()       {}
func (*ThrowExpr) exprNode()     {}
func (*ActorRefExpr) exprNode()  {}
func (*DebugExpr) exprNode()     {}
func (*Unparsed) exprNode()      {}

// ---------------------------------------------------------------------------
// Patterns

// Pat is a pattern.
type Pat interface {
	Node
	patNode()
}

// WildPat is `_`.
type WildPat struct{ Span }

// VarPat binds a name.
type VarPat struct {
	Span
	Name *Ident
}

// LitPat matches a literal; Neg is set for `-1` (and `+1` is kept as is).
type LitPat struct {
	Span
	Neg bool
	Lit *LitExpr
}

// TuplePat is `(p1, p2)`; `()` matches unit.
type TuplePat struct {
	Span
	Elems []Pat
}

// ParenPat is `(p)`.
type ParenPat struct {
	Span
	Pat Pat
}

// PatField is `name = pat`, or the shorthand `name` (Pat is then a VarPat of
// the same name), optionally annotated `name : T`.
type PatField struct {
	Span
	Name *Ident
	Pat  Pat
	Type Type
}

// RecordPat is `{x; y = p}`.
type RecordPat struct {
	Span
	Fields []*PatField
	// Types are `type T` fields, which bind the object's type member T.
	Types []*Ident
}

// VariantPat is `#tag` or `#tag p`.
type VariantPat struct {
	Span
	Tag *Ident
	Arg Pat // nil for `#tag`
}

// OptPat is `?p`.
type OptPat struct {
	Span
	Pat Pat
}

// AltPat is `p1 or p2`.
type AltPat struct {
	Span
	Left, Right Pat
}

// AnnotPat is `p : T`.
type AnnotPat struct {
	Span
	Pat  Pat
	Type Type
}

func (*WildPat) patNode()    {}
func (*VarPat) patNode()     {}
func (*LitPat) patNode()     {}
func (*TuplePat) patNode()   {}
func (*ParenPat) patNode()   {}
func (*RecordPat) patNode()  {}
func (*VariantPat) patNode() {}
func (*OptPat) patNode()     {}
func (*AltPat) patNode()     {}
func (*AnnotPat) patNode()   {}

// ---------------------------------------------------------------------------
// Types (syntax)

// Type is a type expression.
type Type interface {
	Node
	typeNode()
}

// TypeParam is `T` or `T <: Bound` in a generic declaration.
type TypeParam struct {
	Span
	Name  *Ident
	Bound Type // nil for no bound
}

// PathType is a named type, possibly qualified and applied: `Nat`,
// `M.Map<K, V>`. Primitive type names are ordinary names in scope.
type PathType struct {
	Span
	Path []*Ident
	Args []Type
}

// TupleType is `(A, B)`; `()` is unit. Elements may carry a name, as in
// function parameter lists `(x : Nat, y : Nat)`.
type TupleType struct {
	Span
	Elems []*TupleTypeElem
}

// TupleTypeElem is one component of a tuple type, optionally named.
type TupleTypeElem struct {
	Span
	Name *Ident // nil when unnamed
	Type Type
}

// ParenType is `(T)` or `(x : T)`, kept apart from 1-tuples which do not
// exist. Name is set for the named form, which function types use to name
// a single parameter or result.
type ParenType struct {
	Span
	Name *Ident
	Type Type
}

// TypeField is a field of an object type `{ var a : T }` or a type member
// `type T = ...` of a module type.
type TypeField struct {
	Span
	Mut  bool
	Name *Ident
	Type Type
}

// ObjectType is `{ a : T; var b : U }`, `module { ... }`, `actor { ... }`;
// TypeMembers are its `type T<A> = ...` members.
type ObjectType struct {
	Span
	Sort        ObjSort
	Fields      []*TypeField
	TypeMembers []*TypeDec
}

// TagType is `#tag : T` (Type nil for `#tag`).
type TagType struct {
	Span
	Tag  *Ident
	Type Type
}

// VariantType is `{ #a; #b : T }` (`{#}` is the empty variant).
type VariantType struct {
	Span
	Tags []*TagType
}

// OptType is `?T`.
type OptType struct {
	Span
	Elem Type
}

// ArrayType is `[T]` or `[var T]`.
type ArrayType struct {
	Span
	Mut  bool
	Elem Type
}

// FuncType is `<T>(A, B) -> R` (Sort for `shared`/`query`).
type FuncType struct {
	Span
	Sort       FuncSort
	TypeParams []*TypeParam
	Param      Type
	Result     Type
}

// AsyncType is `async T`, or with Star `async* T`.
type AsyncType struct {
	Span
	Star bool
	Elem Type
}

// WeakType is `weak T`, a reference the collector may clear.
type WeakType struct {
	Span
	Elem Type
}

// AndType is `A and B`, the greatest lower bound of A and B (object types
// combine their fields).
type AndType struct {
	Span
	X, Y Type
}

// OrType is `A or B`, the least upper bound of A and B.
type OrType struct {
	Span
	X, Y Type
}

func (*AndType) typeNode()     {}
func (*OrType) typeNode()      {}
func (*PathType) typeNode()    {}
func (*WeakType) typeNode()    {}
func (*TupleType) typeNode()   {}
func (*ParenType) typeNode()   {}
func (*ObjectType) typeNode()  {}
func (*VariantType) typeNode() {}
func (*OptType) typeNode()     {}
func (*ArrayType) typeNode()   {}
func (*FuncType) typeNode()    {}
func (*AsyncType) typeNode()   {}
