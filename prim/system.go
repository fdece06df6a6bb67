package prim

import "github.com/mori-lang/mori/value"

// addSystem adds the primitives of systemSignatures. Their traps are moc's
// compiled programs' when run outside a replica.
func addSystem(h Host, m map[string]fn) {
	local := map[string]string{
		"time":                  "cannot get system time when running locally",
		"cyclesBalance":         "cannot read balance when running locally",
		"cyclesAvailable":       "cannot get cycles available when running locally",
		"cyclesAccept":          "cannot accept cycles when running locally",
		"cyclesAdd":             "cannot add cycles when running locally",
		"cyclesBurn":            "cannot burn cycles when running locally",
		"isReplicatedExecution": "cannot get in_replicated_execution when running locally",
		"performanceCounter":    "cannot get performance_counter when running locally",
		"replyDeadline":         "cannot get deadline when running locally",
		"getCertificate":        "cannot get certificate when running locally",
		"setCertifiedData":      "cannot set certified data when running locally",
		"canisterSubnet":        "cannot get actor-subnet-reference when running locally",
		"isController":          "cannot get is_controller when running locally",
		"callerInfoData":        "cannot get caller info when running locally",
		"callerInfoSigner":      "cannot get caller info when running locally",
		"call_raw":              "mori cannot call other canisters",
		"stableVarQuery":        "cannot query stable variables when running locally",
		"setTimer":              "cannot set timers when running locally",
		"cancelTimer":           "cannot cancel timers when running locally",
	}
	for name, msg := range local {
		m[name] = func(value.Context, []value.Value) value.Value {
			value.Fail(msg)
			return value.Unit
		}
	}
	if h.System != nil {
		addCanister(h.System, m)
	}
	m["cyclesRefunded"] = constant(value.Nat(0))
	m["envVarNames"] = constant(value.MakeArray(nil))
	m["envVar"] = constant(value.Null)
	// An actor value is a principal, or the program's own actor object.
	m["principalOfActor"] = unary(func(v value.Value) value.Value {
		if _, ok := v.Ref.(value.Principal); ok {
			return v
		}
		return value.MakePrincipal(h.SelfPrincipal)
	})
	m["actorOfPrincipal"] = unary(func(v value.Value) value.Value { return v })
	// Nothing is collected while a program runs: weak references stay live.
	m["allocWeakRef"] = unary(func(v value.Value) value.Value { return v })
	m["weakGet"] = unary(value.MakeOpt)
	m["isLive"] = constant(value.Bool(true))
}

// addCanister adds the primitives a canister answers and a local run traps
// on: time, timers, whether the execution is replicated, the performance
// counters.
func addCanister(sys System, m map[string]fn) {
	m["time"] = func(value.Context, []value.Value) value.Value { return value.Word(sys.Time()) }
	m["isReplicatedExecution"] = func(value.Context, []value.Value) value.Value { return value.Bool(sys.Replicated()) }
	// mori's steps stand for the IC's instructions: counter 0 counts the
	// running execution's, 1 its call context's.
	m["performanceCounter"] = func(ctx value.Context, args []value.Value) value.Value {
		execution, callContext := ctx.Steps()
		if args[0].Bits == 1 {
			return value.Word(callContext)
		}
		return value.Word(execution)
	}
	m["setTimer"] = func(_ value.Context, args []value.Value) value.Value {
		return value.Nat(sys.SetTimer(args[0].Bits, args[1].AsBool(), args[2]))
	}
	m["cancelTimer"] = func(_ value.Context, args []value.Value) value.Value {
		if id := args[0]; id.IsSmallInt() {
			sys.CancelTimer(id.Bits) // larger ids were never given out
		}
		return value.Unit
	}
}
