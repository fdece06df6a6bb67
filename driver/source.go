package driver

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
	"unsafe"
)

// MaxSourceSize is the size of the largest source file mori reads: far
// more than any Motoko file written by hand or generated, and small enough
// that parsing even the densest file of this size stays well within the
// heap budget. It also stops mori from reading without end from a device
// or a pipe (`mori run /dev/zero`).
const MaxSourceSize = 8 << 20

// errTooLarge says a file is larger than MaxSourceSize.
var errTooLarge = errors.New("file too large (mori reads source files of at most 8 MiB)")

// readSource reads a source file of at most MaxSourceSize bytes, and
// returns its text and the SHA-256 digest of it. The file is read into one
// buffer of its size, which becomes the text: a library is many large
// files, and growing and copying buffers costs more than the parts of them
// a run parses. The file is opened by a plain system call: os.Open also
// offers it to the poller and switches it between blocking modes, four
// calls more per file, each costing more than reading a small file.
func readSource(path string) (src, sum string, err error) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	for err == syscall.EINTR { // a signal, opening a pipe
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	}
	if err != nil {
		return "", "", &os.PathError{Op: "open", Path: path, Err: err}
	}
	f := os.NewFile(uintptr(fd), path)
	defer f.Close()
	size := 0
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = int(min(info.Size(), MaxSourceSize))
	}
	buf := make([]byte, 0, size+1) // the 1 to see the end, or that the file grew
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if len(buf) > MaxSourceSize {
			return "", "", errTooLarge
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", "", err
		}
	}
	// Nothing writes to buf from here on, so the text can share it.
	return unsafe.String(unsafe.SliceData(buf), len(buf)), digest(buf), nil
}

func digest(src []byte) string {
	sum := sha256.Sum256(src)
	return hex.EncodeToString(sum[:])
}

// tooLarge turns errTooLarge into the error reported for file name.
func tooLarge(name string, err error) error {
	if errors.Is(err, errTooLarge) {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
