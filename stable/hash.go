package stable

import (
	"strconv"
	"strings"
)

// labelHash is the Candid field hash moc gives a Motoko field or tag name,
// which orders record and variant fields in both persistence modes: a name
// `_123_` stands for hash 123 itself, and one trailing `_` (how Motoko
// escapes keywords) is dropped before hashing.
func labelHash(name string) uint32 {
	if len(name) > 2 && name[0] == '_' && name[len(name)-1] == '_' {
		digits := name[1 : len(name)-1]
		if strings.Trim(digits, "0123456789") == "" {
			if n, err := strconv.ParseUint(digits, 10, 32); err == nil {
				return uint32(n)
			}
		}
	}
	var h uint32
	for _, c := range []byte(strings.TrimSuffix(name, "_")) {
		h = h*223 + uint32(c)
	}
	return h
}
