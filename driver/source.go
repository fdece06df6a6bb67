package driver

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// MaxSourceSize is the size of the largest source file mori reads: far
// more than any Motoko file written by hand or generated, and small enough
// that parsing even the densest file of this size stays well within the
// heap budget. It also stops mori from reading without end from a device
// or a pipe (`mori run /dev/zero`).
const MaxSourceSize = 8 << 20

// errTooLarge says a file is larger than MaxSourceSize.
var errTooLarge = errors.New("file too large (mori reads source files of at most 8 MiB)")

// readSource reads a source file of at most MaxSourceSize bytes.
func readSource(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, MaxSourceSize+1))
	if err != nil {
		return nil, err
	}
	if len(src) > MaxSourceSize {
		return nil, errTooLarge
	}
	return src, nil
}

// tooLarge turns errTooLarge into the error reported for file name.
func tooLarge(name string, err error) error {
	if errors.Is(err, errTooLarge) {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
