package parser_test

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/mori-lang/mori/ast"
)

// sexpr renders a syntax tree compactly as S-expressions, so that tests can
// state the expected tree in one line. With spans set, every node is
// followed by `@L.C-L.C`.
type sexpr struct {
	spans bool
	b     strings.Builder
}

func render(n ast.Node, spans bool) string {
	s := &sexpr{spans: spans}
	s.node(n)
	return s.b.String()
}

func (s *sexpr) atom(text string, n ast.Node) {
	s.b.WriteString(text)
	s.span(n)
}

func (s *sexpr) span(n ast.Node) {
	if s.spans {
		sp := n.Where()
		fmt.Fprintf(&s.b, "@%d.%d-%d.%d", sp.Start.Line, sp.Start.Col, sp.End.Line, sp.End.Col)
	}
}

// list writes `(head items...)`; items are nodes, strings or nil (skipped).
func (s *sexpr) list(n ast.Node, head string, items ...any) {
	s.b.WriteString("(" + head)
	for _, item := range items {
		switch item := item.(type) {
		case nil:
			continue
		case string:
			if item != "" {
				s.b.WriteString(" " + item)
			}
		case ast.Node:
			if isNil(item) {
				continue
			}
			s.b.WriteString(" ")
			s.node(item)
		default:
			panic(fmt.Sprintf("sexpr: unexpected item %T", item))
		}
	}
	s.b.WriteString(")")
	s.span(n)
}

// isNil catches typed nil pointers stored in interfaces (an absent Type
// or Value field).
func isNil(n ast.Node) bool {
	v := reflect.ValueOf(n)
	return !v.IsValid() || v.Kind() == reflect.Pointer && v.IsNil()
}

func flag(on bool, text string) any {
	if on {
		return text
	}
	return nil
}

func nodes[T ast.Node](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

var unOpNames = map[ast.UnOp]string{ast.Neg: "neg", ast.Plus: "plus", ast.BitNot: "bitnot", ast.Not: "not"}
var funcSortNames = map[ast.FuncSort]string{ast.SharedFunc: "shared", ast.QueryFunc: "query", ast.CompositeQueryFunc: "composite"}
var objSortNames = map[ast.ObjSort]string{ast.Object: "object", ast.Module: "module", ast.Actor: "actor"}
var visNames = map[ast.Vis]string{ast.Public: "public", ast.System: "system"}
var stabilityNames = map[ast.Stability]string{ast.Stable: "stable", ast.Flexible: "flexible", ast.Transient: "transient"}

func typeArgs(ts []ast.Type) any {
	if ts == nil {
		return nil
	}
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = render(t, false)
	}
	return "<" + strings.Join(parts, ", ") + ">"
}

func typeParams(ps []*ast.TypeParam) any {
	if ps == nil {
		return nil
	}
	parts := make([]string, len(ps))
	for i, tp := range ps {
		parts[i] = tp.Name.Name
		if tp.Bound != nil {
			parts[i] += " <: " + render(tp.Bound, false)
		}
	}
	return "<" + strings.Join(parts, ", ") + ">"
}

func (s *sexpr) node(n ast.Node) {
	switch n := n.(type) {
	case *ast.Program:
		s.list(n, "program", nodes(n.Decs)...)
	case *ast.Ident:
		s.atom(n.Name, n)

	// Declarations
	case *ast.LetDec:
		s.list(n, "let", n.Pat, n.Value, flag(n.Else != nil, "else"), n.Else)
	case *ast.VarDec:
		s.list(n, "var", n.Name, n.Type, n.Value)
	case *ast.ExprDec:
		s.node(n.X)
	case *ast.FuncDec:
		s.node(n.Func)
	case *ast.TypeDec:
		s.list(n, "type", n.Name, typeParams(n.Params), n.Type)
	case *ast.ClassDec:
		items := []any{objSortNames[n.Sort], flag(n.Persistent, "persistent"), n.SharedPat, n.Name, typeParams(n.TypeParams), n.Param, n.Result}
		if n.SelfName != nil {
			items = append(items, "="+n.SelfName.Name)
		}
		s.list(n, "class", append(items, nodes(n.Fields)...)...)
	case *ast.ImportDec:
		s.list(n, "import", n.Pat, strconv.Quote(n.Path))
	case *ast.DecField:
		if n.Vis == ast.Private && n.Stability == ast.DefaultStability {
			s.node(n.Dec)
			return
		}
		s.list(n, "field", visNames[n.Vis], stabilityNames[n.Stability], n.Dec)

	// Expressions
	case *ast.LitExpr:
		switch n.Kind {
		case ast.NatLit:
			s.atom(n.Value, n)
		case ast.FloatLit:
			s.atom("float:"+n.Value, n)
		case ast.CharLit:
			s.atom(strconv.QuoteRune(n.Rune), n)
		case ast.TextLit:
			s.atom(strconv.Quote(n.Text), n)
		case ast.BoolLit:
			s.atom(strconv.FormatBool(n.Bool), n)
		case ast.NullLit:
			s.atom("null", n)
		}
	case *ast.VarExpr:
		s.atom(n.Name, n)
	case *ast.UnaryExpr:
		s.list(n, unOpNames[n.Op], n.X)
	case *ast.BinaryExpr:
		s.list(n, n.Op.String(), n.X, n.Y)
	case *ast.AndExpr:
		s.list(n, "and", n.X, n.Y)
	case *ast.OrExpr:
		s.list(n, "or", n.X, n.Y)
	case *ast.AssignExpr:
		s.list(n, ":=", n.Target, n.Value)
	case *ast.OpAssignExpr:
		s.list(n, n.Op.String()+"=", n.Target, n.Value)
	case *ast.TupleExpr:
		s.list(n, "tuple", nodes(n.Elems)...)
	case *ast.ParenExpr:
		s.list(n, "paren", n.X)
	case *ast.ProjExpr:
		s.list(n, "proj", n.X, strconv.Itoa(n.Index))
	case *ast.ExpField:
		s.list(n, "field", flag(n.Mut, "var"), n.Name, n.Type, n.Value)
	case *ast.RecordExpr:
		items := nodes(n.Fields)
		if n.Bases != nil {
			items = append([]any{"with"}, items...)
			items = append(nodes(n.Bases), items...)
		}
		s.list(n, "record", items...)
	case *ast.DotExpr:
		s.list(n, "dot", n.X, n.Name)
	case *ast.VariantExpr:
		s.list(n, "#"+n.Tag.Name, n.Arg)
	case *ast.OptExpr:
		s.list(n, "?", n.X)
	case *ast.BangExpr:
		s.list(n, "!", n.X)
	case *ast.DoOptExpr:
		s.list(n, "do?", n.Body)
	case *ast.ArrayExpr:
		s.list(n, "array", append([]any{flag(n.Mut, "var")}, nodes(n.Elems)...)...)
	case *ast.IndexExpr:
		s.list(n, "index", n.X, n.Index)
	case *ast.CallExpr:
		s.list(n, "call", n.Fn, typeArgs(n.TypeArgs), n.Arg)
	case *ast.IfExpr:
		s.list(n, "if", n.Cond, n.Then, n.Else)
	case *ast.Case:
		s.list(n, "case", n.Pat, n.Body)
	case *ast.SwitchExpr:
		s.list(n, "switch", append([]any{n.X}, nodes(n.Cases)...)...)
	case *ast.WhileExpr:
		s.list(n, "while", n.Cond, n.Body)
	case *ast.LoopExpr:
		s.list(n, "loop", n.Body, n.While)
	case *ast.ForExpr:
		s.list(n, "for", n.Pat, n.Iter, n.Body)
	case *ast.LabelExpr:
		s.list(n, "label", n.Label, n.Type, n.Body)
	case *ast.BreakExpr:
		s.list(n, "break", n.Label, n.Value)
	case *ast.ContinueExpr:
		s.list(n, "continue", n.Label)
	case *ast.ReturnExpr:
		s.list(n, "return", n.Value)
	case *ast.BlockExpr:
		s.list(n, "block", nodes(n.Decs)...)
	case *ast.Unparsed:
		// Rendered as what it parses to, to compare with an eager parse.
		b, err := n.Parse()
		if err != nil {
			s.b.WriteString("(unparsable " + err.Error() + ")")
			return
		}
		s.node(b)
	case *ast.AnnotExpr:
		s.list(n, ":", n.X, n.Type)
	case *ast.DebugShowExpr:
		s.list(n, "debug_show", n.X)
	case *ast.IgnoreExpr:
		s.list(n, "ignore", n.X)
	case *ast.AssertExpr:
		s.list(n, "assert", n.X)
	case *ast.FuncExpr:
		// A deferred function too is rendered as what it parses to.
		if err := n.ParseDeferred(); err != nil {
			s.b.WriteString("(unparsable " + err.Error() + ")")
			return
		}
		s.list(n, "func", funcSortNames[n.Sort], n.SharedPat, n.Name, typeParams(n.TypeParams), n.Param, n.Result, n.Body)
	case *ast.ObjectExpr:
		items := []any{flag(n.Persistent, "persistent"), n.Name}
		s.list(n, objSortNames[n.Sort], append(items, nodes(n.Fields)...)...)
	case *ast.AsyncExpr:
		s.list(n, "async", n.X)
	case *ast.AwaitExpr:
		s.list(n, "await", n.X)
	case *ast.TryExpr:
		s.list(n, "try", n.Body, n.CatchPat, n.Catch, flag(n.Finally != nil, "finally"), n.Finally)
	case *ast.DebugExpr:
		s.list(n, "debug", n.X)
	case *ast.ThrowExpr:
		s.list(n, "throw", n.X)

	// Patterns
	case *ast.WildPat:
		s.atom("_", n)
	case *ast.VarPat:
		s.atom(n.Name.Name, n)
	case *ast.LitPat:
		if n.Neg {
			s.list(n, "neg", n.Lit)
		} else {
			s.node(n.Lit)
		}
	case *ast.TuplePat:
		s.list(n, "tuple", nodes(n.Elems)...)
	case *ast.ParenPat:
		s.list(n, "paren", n.Pat)
	case *ast.PatField:
		s.list(n, "field", n.Name, n.Type, n.Pat)
	case *ast.RecordPat:
		s.list(n, "record", nodes(n.Fields)...)
	case *ast.VariantPat:
		s.list(n, "#"+n.Tag.Name, n.Arg)
	case *ast.OptPat:
		s.list(n, "?", n.Pat)
	case *ast.AltPat:
		s.list(n, "or", n.Left, n.Right)
	case *ast.AnnotPat:
		s.list(n, ":", n.Pat, n.Type)

	// Types
	case *ast.PathType:
		names := make([]string, len(n.Path))
		for i, id := range n.Path {
			names[i] = id.Name
		}
		text := strings.Join(names, ".")
		if args := typeArgs(n.Args); args != nil {
			text += args.(string)
		}
		s.atom(text, n)
	case *ast.TupleType:
		s.list(n, "tuple", nodes(n.Elems)...)
	case *ast.TupleTypeElem:
		if n.Name == nil {
			s.node(n.Type)
			return
		}
		s.list(n, "named", n.Name, n.Type)
	case *ast.ParenType:
		s.list(n, "paren", n.Type)
	case *ast.TypeField:
		s.list(n, "field", flag(n.Mut, "var"), n.Name, n.Type)
	case *ast.ObjectType:
		s.list(n, objSortNames[n.Sort], nodes(n.Fields)...)
	case *ast.TagType:
		s.list(n, "#"+n.Tag.Name, n.Type)
	case *ast.VariantType:
		s.list(n, "variant", nodes(n.Tags)...)
	case *ast.OptType:
		s.list(n, "?", n.Elem)
	case *ast.ArrayType:
		s.list(n, "array", flag(n.Mut, "var"), n.Elem)
	case *ast.FuncType:
		s.list(n, "->", funcSortNames[n.Sort], typeParams(n.TypeParams), n.Param, n.Result)
	case *ast.AsyncType:
		s.list(n, "async", n.Elem)
	default:
		panic(fmt.Sprintf("sexpr: unknown node %T", n))
	}
}
