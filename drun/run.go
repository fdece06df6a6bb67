package drun

import (
	"encoding/hex"
	"fmt"
	"io"

	"github.com/mori-lang/mori/candid"
	"github.com/mori-lang/mori/canister"
	"github.com/mori-lang/mori/interp"
	"github.com/mori-lang/mori/types"
)

// createReply is drun's reply to creating the canister: Candid
// `record { canister_id = principal "rwlgt-iiaaa-aaaaa-aaaaa-cai" }`.
const createReply = "4449444c016c01b3c4b1f204680100010a00000000000000000101"

// emptyReply is the Candid encoding of `()`.
const emptyReply = "4449444c0000"

// Options configure a run.
type Options struct {
	Canister canister.Config
	// Out receives the transcript (drun's lines and the debug prints).
	Out io.Writer
	// Explain, if set, receives moc's explanation of a rejected upgrade.
	Explain io.Writer
}

// Run executes the commands against a fresh canister (or the one saved in
// the state directory of opts.Canister) and prints the transcript. It
// stops at a program that does not compile or a state that cannot be read
// or saved, returning its error; everything else, traps included, is part
// of the transcript.
func Run(cmds []Command, opts Options) (err error) {
	c, err := canister.New(opts.Canister)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := c.Close(); err == nil {
			err = cerr
		}
	}()
	for _, cmd := range cmds {
		if cmd.Verb == "install" || cmd.Verb == "reinstall" || cmd.Verb == "upgrade" {
			fmt.Fprintf(opts.Out, "ingress Completed: Reply: 0x%s\n", createReply)
			break
		}
	}
	for _, cmd := range cmds {
		if err := step(c, cmd, opts); err != nil {
			return err
		}
	}
	return nil
}

func step(c *canister.Canister, cmd Command, opts Options) error {
	installArgs := func(params []types.Type) ([]interp.Value, error) {
		if len(params) == 0 {
			return nil, nil
		}
		return candid.Decode(cmd.Arg, params)
	}
	var err error
	switch cmd.Verb {
	case "install", "reinstall":
		err = c.Install(cmd.Target, installArgs, cmd.Verb == "reinstall")
	case "upgrade":
		err = c.Upgrade(cmd.Target, installArgs)
	default:
		return message(c, cmd, opts)
	}
	switch err := err.(type) {
	case nil:
		fmt.Fprintf(opts.Out, "ingress Completed: Reply: 0x%s\n", emptyReply)
		if c.Warning != "" && opts.Explain != nil && cmd.Verb == "upgrade" {
			fmt.Fprintln(opts.Explain, c.Warning)
		}
	case *canister.Failure:
		fmt.Fprintf(opts.Out, "ingress Err: %s: %s\n", err.Code, err.Message)
		if err.Explanation != "" && opts.Explain != nil {
			fmt.Fprintln(opts.Explain, err.Explanation)
		}
	default:
		return err
	}
	return nil
}

func message(c *canister.Canister, cmd Command, opts Options) error {
	query := cmd.Verb == "query"
	prefix := "ingress "
	if query {
		prefix = ""
	}
	out, ft, err := c.Call(cmd.Target, query, func(ft *types.Func) ([]interp.Value, error) {
		return candid.Decode(cmd.Arg, ft.Params)
	})
	if f, ok := err.(*canister.Failure); ok {
		if f.Code == "IC0537" {
			fmt.Fprintf(opts.Out, "Failed to submit ingress message: UserError { code: CanisterWasmModuleNotFound, description: \"Requested canister has no wasm module\" }\n")
		}
		fmt.Fprintf(opts.Out, "%sErr: %s: %s\n", prefix, f.Code, f.Message)
		return nil
	}
	if err != nil {
		return err
	}
	if out.Rejected() {
		fmt.Fprintf(opts.Out, "%sErr: %s: %s\n", prefix, out.Code, out.Message)
		return nil
	}
	reply := emptyReply
	if ft != nil {
		b, err := candid.Encode(interp.ReplyTypes(ft), out.Reply)
		if err != nil {
			return err
		}
		reply = hex.EncodeToString(b)
	}
	status := "ingress Completed"
	if query {
		status = "Ok"
	}
	fmt.Fprintf(opts.Out, "%s: Reply: 0x%s\n", status, reply)
	return nil
}
