package candid

import (
	"encoding/base32"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"strings"

	"github.com/mori-lang/mori/value"
)

// maxPrincipal is the most bytes a principal may have.
const maxPrincipal = 29

// PrincipalText is the textual form of a principal given by its bytes:
// base32 of a CRC-32 and the bytes, lower case, dashes every 5 characters
// (`aaaaa-aa` for no bytes).
func PrincipalText(bytes string) string { return value.PrincipalText(bytes) }

var base32NoPad = base32.StdEncoding.WithPadding(base32.NoPadding)

// The ways principal text can be wrong, which PrincipalFromText's errors
// wrap (the canister traps differently for each).
var (
	ErrPrincipalShort   = errors.New("too short")
	ErrPrincipalLong    = errors.New("too long")
	ErrPrincipalInvalid = errors.New("invalid")
)

// PrincipalFromText reads the textual form of a principal and returns its
// bytes. The text must be exactly as PrincipalText writes it.
func PrincipalFromText(s string) (string, error) {
	data, err := base32NoPad.DecodeString(strings.ToUpper(strings.ReplaceAll(s, "-", "")))
	if err != nil {
		return "", principalError(ErrPrincipalShort, "principal %q is not base32 text", s)
	}
	if len(data) < 4 {
		return "", principalError(ErrPrincipalShort, "principal %q is too short", s)
	}
	bytes := data[4:]
	if len(bytes) > maxPrincipal {
		return "", principalError(ErrPrincipalLong, "principal %q is too long (at most %d bytes)", s, maxPrincipal)
	}
	if binary.BigEndian.Uint32(data) != crc32.ChecksumIEEE(bytes) {
		return "", principalError(ErrPrincipalInvalid, "principal %q has a wrong checksum", s)
	}
	if want := PrincipalText(string(bytes)); want != s {
		return "", principalError(ErrPrincipalInvalid, "principal %q is not written canonically (%q?)", s, want)
	}
	return string(bytes), nil
}

// kindError is an error of one of the kinds above, with its own message.
type kindError struct {
	kind error
	msg  string
}

func (e *kindError) Error() string { return e.msg }
func (e *kindError) Unwrap() error { return e.kind }

func principalError(kind error, format string, args ...any) error {
	return &kindError{kind: kind, msg: fmt.Sprintf(format, args...)}
}
