package driver

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mori-lang/mori/bug"
	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/interp"
	"github.com/mori-lang/mori/parser"
)

// FuzzPipeline feeds arbitrary source through parsing, checking and
// compiling (not running: an input may loop forever): whatever the input,
// mori must answer with a diagnostic or a program, never a Go panic.
func FuzzPipeline(f *testing.F) {
	for _, dir := range goldenDirs[:3] {
		files, _ := filepath.Glob(filepath.Join(dir, "*.mo"))
		for _, file := range files {
			if src, err := os.ReadFile(file); err == nil && !strings.Contains(string(src), "import") {
				f.Add(string(src))
			}
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		prog, err := parser.ParseFile("fuzz.mo", []byte(src))
		if err != nil {
			return
		}
		loader := &Loader{Dir: t.TempDir()}
		mods, info, err := check.Check(prog, loader.Import)
		var internal *bug.Error
		if errors.As(err, &internal) {
			t.Fatalf("%v\n%s", err, internal.Stack)
		}
		if err != nil {
			return
		}
		_, _ = interp.Compile(mods, info, interp.Config{Stdout: io.Discard})
	})
}
