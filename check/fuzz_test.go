package check_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/bug"
	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/driver"
	"github.com/mori-lang/mori/internal/golden"
	"github.com/mori-lang/mori/parser"
)

// FuzzCheck checks that whatever program parses, the checker answers with
// its types or an error in the program, never with a bug of its own. The
// golden programs are the seeds; those importing files of their own folder
// find none here.
func FuzzCheck(f *testing.F) {
	srcs, err := golden.Sources("..")
	require.NoError(f, err)
	for _, src := range srcs {
		f.Add(src)
	}
	loader := &driver.Loader{Dir: f.TempDir()}
	f.Fuzz(func(t *testing.T, src string) {
		prog, err := parser.ParseFile("f.mo", src)
		if err != nil {
			return
		}
		_, _, err = check.Check(prog, loader.Import)
		var internal *bug.Error
		if errors.As(err, &internal) {
			t.Fatalf("%v\n%s", err, internal.Stack)
		}
	})
}
