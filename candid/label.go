package candid

import "strconv"

// Hash is Candid's field hash of a name: h = h*223 + byte, modulo 2^32.
func Hash(name string) uint32 {
	var h uint32
	for i := 0; i < len(name); i++ {
		h = h*223 + uint32(name[i])
	}
	return h
}

// FieldID is the Candid id of a Motoko field or tag name, as moc maps it:
// `_N_` with N decimal digits (fitting 32 bits) is the id N; otherwise one
// trailing `_` is dropped (so keywords like `type_` can be named) and the
// rest is hashed.
func FieldID(name string) uint32 {
	if n, ok := escapedNumber(name); ok {
		return n
	}
	return Hash(CandidName(name))
}

// CandidName is the Candid spelling of a Motoko field name that is not an
// escaped number: the name without one trailing `_`.
func CandidName(name string) string {
	if len(name) > 0 && name[len(name)-1] == '_' {
		return name[:len(name)-1]
	}
	return name
}

// escapedNumber reads a name of the form `_N_`.
func escapedNumber(name string) (uint32, bool) {
	if len(name) < 3 || name[0] != '_' || name[len(name)-1] != '_' {
		return 0, false
	}
	digits := name[1 : len(name)-1]
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseUint(digits, 10, 32)
	return uint32(n), err == nil
}
