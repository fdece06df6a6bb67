package driver

import (
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/mori-lang/mori/ast"
)

// PrintDeps prints the imports of a file as `moc --print-deps` does: one
// line per import, its URL and, for an import of a file, the file's path.
func PrintDeps(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: mori --print-deps FILE.mo")
		return ExitError
	}
	var l Loader
	prog, err := l.ParseMain(args[0])
	if err != nil {
		fmt.Fprintln(stderr, err)
		return ExitError
	}
	for _, d := range prog.Decs {
		imp, ok := d.(*ast.ImportDec)
		if !ok {
			continue
		}
		url := imp.Path
		if strings.Contains(url, ":") {
			fmt.Fprintln(stdout, url)
			continue
		}
		fmt.Fprintln(stdout, url, importedFile(path.Join(path.Dir(args[0]), url)))
	}
	return ExitOK
}

// importedFile is the file an import of a relative path loads: NAME.mo,
// or NAME/lib.mo when only that exists.
func importedFile(name string) string {
	name = strings.TrimSuffix(name, ".mo")
	if _, err := os.Stat(filepath.FromSlash(name + ".mo")); err != nil {
		if _, err := os.Stat(filepath.FromSlash(name + "/lib.mo")); err == nil {
			return name + "/lib.mo"
		}
	}
	return name + ".mo"
}
