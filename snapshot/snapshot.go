// Package snapshot writes an actor's stable variables, their signature
// (names and types) and their values, as bytes, and reads them back, so
// that a canister's state outlives the process that ran it. Sharing and
// cycles among mutable values survive; Region values are written by id,
// their pages being the region package's business, and shared functions
// by method name.
package snapshot

import (
	"errors"
	"fmt"
	"strings"

	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/stable"
	"github.com/mori-lang/mori/value"
)

// magic starts every snapshot; the version follows it.
const (
	magic   = "mori stable variables "
	version = "1"
)

// Refs connects read values to the canister around them.
type Refs struct {
	// Region finds a region of stable memory by id.
	Region func(id uint64) (*region.Region, bool)
	// Method makes a reference to the actor's public shared function name.
	Method func(name string) value.Value
}

// Encode writes the variables of sig with their values in state (a
// variable missing from state is written as absent). methodName names a
// shared function value after the public method of the actor it is. It
// fails on a value that cannot be saved, saying which variable holds it.
func Encode(sig stable.Signature, state map[string]value.Value, methodName func(value.Value) (string, bool)) ([]byte, error) {
	w := &writer{b: []byte(magic + version + "\n")}
	tw := newTypeWriter(w)
	w.uvarint(uint64(len(sig)))
	for _, v := range sig {
		w.string(v.Name)
		w.bool(v.Mut)
		if err := tw.typ(v.Type); err != nil {
			return nil, fmt.Errorf("stable variable `%s`: %v", v.Name, err)
		}
	}
	sh := newShaper()
	e := &encoder{w: w, nodes: map[nodeKey]uint64{}, methodName: methodName}
	for _, v := range sig {
		x, ok := state[v.Name]
		w.bool(ok)
		if !ok {
			continue
		}
		s, err := sh.shape(v.Type)
		if err == nil {
			err = e.value(s, x)
		}
		if err != nil {
			return nil, fmt.Errorf("stable variable `%s`: %v", v.Name, err)
		}
	}
	return w.b, nil
}

// Decode reads what Encode wrote. Its errors say whether the data is not
// a snapshot, of another version, or damaged.
func Decode(data []byte, refs Refs) (stable.Signature, map[string]value.Value, error) {
	text := string(data)
	if !strings.HasPrefix(text, magic) {
		return nil, nil, errors.New("not mori's stable variables")
	}
	header, _, ok := strings.Cut(text[len(magic):], "\n")
	if !ok || header != version {
		return nil, nil, fmt.Errorf("stable variables saved in format %q; this mori reads format %q", header, version)
	}
	r := &reader{b: data[len(magic)+len(header)+1:]}
	tr := &typeReader{r: r}
	sig := make(stable.Signature, r.count(3))
	for i := range sig {
		sig[i] = stable.Var{Name: r.string(), Mut: r.bool(), Type: tr.typ()}
		if i > 0 && sig[i-1].Name >= sig[i].Name && r.err == nil {
			r.fail("variables out of order")
		}
	}
	if r.err == nil {
		tr.checkProductive()
	}
	state := map[string]value.Value{}
	sh := newShaper()
	d := &decoder{r: r, refs: refs}
	for _, v := range sig {
		if r.err != nil || !r.bool() {
			continue
		}
		s, err := sh.shape(v.Type)
		if err != nil {
			r.fail("stable variable `%s`: %v", v.Name, err)
			break
		}
		state[v.Name] = d.value(s)
	}
	if r.err == nil && len(r.b) > 0 {
		r.fail("%d bytes after the last variable", len(r.b))
	}
	if r.err != nil {
		return nil, nil, r.err
	}
	return sig, state, nil
}
