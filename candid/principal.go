package candid

import (
	"encoding/base32"
	"encoding/binary"
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

// PrincipalFromText reads the textual form of a principal and returns its
// bytes. The text must be exactly as PrincipalText writes it.
func PrincipalFromText(s string) (string, error) {
	data, err := base32NoPad.DecodeString(strings.ToUpper(strings.ReplaceAll(s, "-", "")))
	if err != nil {
		return "", fmt.Errorf("principal %q is not base32 text", s)
	}
	if len(data) < 4 {
		return "", fmt.Errorf("principal %q is too short", s)
	}
	bytes := data[4:]
	if len(bytes) > maxPrincipal {
		return "", fmt.Errorf("principal %q is too long (at most %d bytes)", s, maxPrincipal)
	}
	if binary.BigEndian.Uint32(data) != crc32.ChecksumIEEE(bytes) {
		return "", fmt.Errorf("principal %q has a wrong checksum", s)
	}
	if want := PrincipalText(string(bytes)); want != s {
		return "", fmt.Errorf("principal %q is not written canonically (%q?)", s, want)
	}
	return string(bytes), nil
}
