package interp

import (
	"errors"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/candid"
	"github.com/mori-lang/mori/value"
)

// Actor references: `actor "text"` is the principal it names; an actor
// value is either the program's own actor (an object) or such a principal
// of another canister, which mori cannot call.

// actorRef compiles `actor e`: the principal of e's text, trapping as the
// canister does on bad text.
func (c *compiler) actorRef(x *ast.ActorRefExpr) evalFn {
	text := c.operand(x.X)
	site := c.site(x)
	return func(t *Thread, f *Frame) Value {
		p, err := candid.PrincipalFromText(text(t, f).AsText())
		switch {
		case errors.Is(err, candid.ErrPrincipalLong):
			trap(site, "blob too long for actor principal")
		case errors.Is(err, candid.ErrPrincipalShort):
			trap(site, "RTS error: blob_of_principal: principal too short")
		case err != nil:
			trap(site, "RTS error: blob_of_principal: invalid principal")
		}
		return value.MakePrincipal(p)
	}
}

// actorMember compiles `a.m` on an actor value: the program's own actor's
// field, the management canister's raw_rand, or for another canister a
// function that traps when called. While the program's own actor is being
// made, its name has no value yet (`actor Self { let m = Self.m; ... }`):
// the method is then a reference by name, as a stable one (Host.MethodRef).
func (c *compiler) actorMember(x *ast.DotExpr, obj evalFn) evalFn {
	site := &value.FieldSite{Name: x.Name.Name}
	remote := remoteMethod(x.Name.Name)
	management := x.Name.Name == "raw_rand"
	var own Value
	return func(t *Thread, f *Frame) Value {
		a := obj(t, f)
		switch ref := a.Ref.(type) {
		case *value.Object:
			return site.Get(ref)
		case nil:
			if own.Ref == nil {
				own = c.prog.host.MethodRef(x.Name.Name)
			}
			return own
		case value.Principal:
			if ref == "" && management {
				return Value{Ref: rawRand}
			}
		}
		return remote
	}
}

// remoteMethod is a method of another canister: calling it traps.
func remoteMethod(name string) Value {
	return value.MakeBuiltin(name, func(value.Context, []value.Value) value.Value {
		value.Fail("mori cannot call other canisters (" + name + ")")
		return value.Unit
	})
}

// rawRand is the management canister's (`actor "aaaaa-aa"`) raw_rand: a
// canister's host answers it (sharedCall); `mori run` cannot call it.
var rawRand = remoteMethod("raw_rand").Ref.(*value.Builtin)
