package interp

import (
	"unicode/utf8"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
	"github.com/mori-lang/mori/value"
)

// Built-in methods of arrays (size, get, put, vals, values, keys), Text
// (size, chars) and Blob (size, get, vals, values, keys). A call `a.size()` is
// compiled to the operation itself; `a.size` alone makes a function value.

// method is a built-in method bound to its receiver; site is where a trap
// is reported.
type method func(t *Thread, recv Value, args []Value, site *ast.Span) Value

var nextLayout = value.LayoutOf([]string{"next"})

// iterator makes an iterator object `{next : () -> ?T}` from a Go function
// returning the next element and whether there was one.
func iterator(next func() (Value, bool)) Value {
	fn := value.MakeBuiltin("next", func(value.Context, []Value) Value {
		v, ok := next()
		if !ok {
			return value.Null
		}
		return value.MakeOpt(v)
	})
	return value.MakeObject(nextLayout, []Value{fn})
}

// indices iterates over 0..n-1.
func indices(n int) Value {
	i := 0
	return iterator(func() (Value, bool) {
		if i >= n {
			return Value{}, false
		}
		i++
		return value.Int(int64(i - 1)), true
	})
}

func arrayIndex(a *value.Array, i Value, site *ast.Span) int {
	if i.Ref != nil || i.Bits >= uint64(len(a.Elems)) {
		trap(site, "Array index out of bounds")
	}
	return int(i.Bits)
}

// builtinMethod finds the method name of a receiver of type t.
func builtinMethod(t types.Type, name string) (method, bool) {
	switch t := t.(type) {
	case *types.Array:
		switch name {
		case "size":
			return func(_ *Thread, r Value, _ []Value, _ *ast.Span) Value {
				return value.Int(int64(len(r.AsArray().Elems)))
			}, true
		case "get":
			return func(_ *Thread, r Value, args []Value, site *ast.Span) Value {
				a := r.AsArray()
				return a.Elems[arrayIndex(a, args[0], site)]
			}, true
		case "put":
			return func(t *Thread, r Value, args []Value, site *ast.Span) Value {
				a := r.AsArray()
				t.setElem(a, arrayIndex(a, args[0], site), args[1])
				return Value{}
			}, true
		case "vals", "values":
			return func(_ *Thread, r Value, _ []Value, _ *ast.Span) Value {
				elems, i := r.AsArray().Elems, 0
				return iterator(func() (Value, bool) {
					if i >= len(elems) {
						return Value{}, false
					}
					i++
					return elems[i-1], true
				})
			}, true
		case "keys":
			return func(_ *Thread, r Value, _ []Value, _ *ast.Span) Value {
				return indices(len(r.AsArray().Elems))
			}, true
		}
	case types.Prim:
		switch {
		case t == types.Text && name == "size":
			return func(_ *Thread, r Value, _ []Value, _ *ast.Span) Value {
				return value.Int(int64(utf8.RuneCountInString(r.AsText())))
			}, true
		case t == types.Text && name == "chars":
			return func(_ *Thread, r Value, _ []Value, _ *ast.Span) Value {
				s := r.AsText()
				return iterator(func() (Value, bool) {
					if s == "" {
						return Value{}, false
					}
					c, n := utf8.DecodeRuneInString(s)
					s = s[n:]
					return value.Char(c), true
				})
			}, true
		case t == types.Blob && name == "size":
			return func(_ *Thread, r Value, _ []Value, _ *ast.Span) Value {
				return value.Int(int64(len(r.AsBlob())))
			}, true
		case t == types.Blob && name == "keys":
			return func(_ *Thread, r Value, _ []Value, _ *ast.Span) Value {
				return indices(len(r.AsBlob()))
			}, true
		case t == types.Blob && name == "get":
			return func(_ *Thread, r Value, args []Value, site *ast.Span) Value {
				b, i := r.AsBlob(), args[0]
				if i.Ref != nil || i.Bits >= uint64(len(b)) {
					trap(site, "Blob index out of bounds")
				}
				return value.Word(uint64(b[i.Bits]))
			}, true
		case t == types.Blob && (name == "vals" || name == "values"):
			return func(_ *Thread, r Value, _ []Value, _ *ast.Span) Value {
				b, i := r.AsBlob(), 0
				return iterator(func() (Value, bool) {
					if i >= len(b) {
						return Value{}, false
					}
					i++
					return value.Word(uint64(b[i-1])), true
				})
			}, true
		}
	}
	return nil, false
}

// methodOf resolves `recv.name` for a built-in receiver type.
func (c *compiler) methodOf(x *ast.DotExpr) (method, int) {
	m, ok := builtinMethod(c.typeOf(x.X), x.Name.Name)
	if !ok {
		c.fail(x, "internal error: no built-in method %s", x.Name.Name)
	}
	ft, _ := c.typeOf(x).(*types.Func)
	if ft == nil {
		c.fail(x, "internal error: method %s without function type", x.Name.Name)
	}
	return m, len(ft.Params)
}

// builtinCall compiles `recv.name(args)` for a built-in method, or returns
// nil when x is another kind of call.
func (c *compiler) builtinCall(x *ast.CallExpr) evalFn {
	dot, ok := x.Fn.(*ast.DotExpr)
	if !ok {
		return nil
	}
	if _, isObj := c.typeOf(dot.X).(*types.Obj); isObj {
		return nil
	}
	m, n := c.methodOf(dot)
	recv := c.operand(dot.X)
	args := c.args(x.Arg, n)
	site := c.site(x)
	if tup, ok := x.Arg.(*ast.TupleExpr); n == 0 && ok && len(tup.Elems) == 0 {
		return func(t *Thread, f *Frame) Value { return m(t, recv(t, f), nil, site) }
	}
	return func(t *Thread, f *Frame) Value {
		r := recv(t, f)
		argv := t.pushArgs(n)
		args(t, f, argv)
		v := m(t, r, argv, site)
		t.popArgs(n)
		return v
	}
}

// builtinMethodValue compiles `recv.name` not applied: a function value.
func (c *compiler) builtinMethodValue(x *ast.DotExpr) evalFn {
	m, _ := c.methodOf(x)
	recv := c.operand(x.X)
	name := x.Name.Name
	site := c.site(x)
	return func(t *Thread, f *Frame) Value {
		r := recv(t, f)
		return value.MakeBuiltin(name, func(ctx value.Context, args []Value) Value { return m(ctx.(*Thread), r, args, site) })
	}
}
