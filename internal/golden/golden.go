// Package golden finds mori's golden test programs: each NAME.mo with the
// output moc produced for it in NAME.out beside it (testdata/README.md).
// The golden tests run them; the fuzz tests start from them.
package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Dirs are the folders of golden programs, from the repository's root.
var Dirs = []string{
	"testdata/run",
	"testdata/region",
	"testdata/programs",
	"testdata/regionprograms",
	"testdata/typeerrors",
	"stdlib/testdata",
	"examples",
	"bench",
}

// Files lists the golden programs under root, the repository's root as
// seen from the caller (".." from a package folder).
func Files(root string) ([]string, error) {
	var files []string
	for _, dir := range Dirs {
		mos, err := filepath.Glob(filepath.Join(root, dir, "*.mo"))
		if err != nil {
			return nil, err
		}
		for _, mo := range mos {
			if _, err := os.Stat(strings.TrimSuffix(mo, ".mo") + ".out"); err == nil {
				files = append(files, mo) // not a helper module
			}
		}
	}
	return files, nil
}

// Sources returns the text of every golden program under root.
func Sources(root string) ([]string, error) {
	files, err := Files(root)
	if err != nil {
		return nil, err
	}
	srcs := make([]string, len(files))
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		srcs[i] = string(src)
	}
	return srcs, nil
}

// Transcript is a run as the .out files hold it: what it printed on
// stdout, then on stderr, then `exit status N` when N is not 0.
func Transcript(stdout, stderr string, status int) string {
	out := stdout + stderr
	if status != 0 {
		out += fmt.Sprintf("exit status %d\n", status)
	}
	return out
}

// MopsPackages gives the source folders of the named mops packages, in the
// folder MORI_MOPS_PACKAGES names (one folder per package, as
// bench/libs/README.md lays it out), or why there are none: tests cannot
// fetch mops packages, which live on GitHub and the mops registry.
func MopsPackages(names []string) (dirs map[string]string, why string) {
	root := os.Getenv("MORI_MOPS_PACKAGES")
	if root == "" {
		return nil, "MORI_MOPS_PACKAGES is not set (see bench/libs/README.md)"
	}
	dirs = make(map[string]string, len(names))
	for _, name := range names {
		dirs[name] = filepath.Join(root, name)
	}
	return dirs, ""
}
