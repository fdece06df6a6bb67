package reallibs_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mori-lang/mori/driver"
	"github.com/mori-lang/mori/internal/golden"
	"github.com/mori-lang/mori/reallibs"
)

// libraries fetches the real motoko-base and motoko-core (see the package
// documentation), skipping the test when they cannot be had (offline).
func libraries(t *testing.T) map[string]string {
	t.Helper()
	if testing.Short() {
		t.Skip("the real libraries are fetched and run only without -short")
	}
	dirs := map[string]string{}
	for _, lib := range []reallibs.Library{reallibs.Base, reallibs.Core} {
		dir, err := lib.Dir()
		if err != nil {
			t.Skipf("motoko-%s %s is not available (offline?): %v", lib.Name, lib.Version, err)
		}
		dirs[lib.Name] = dir
	}
	return dirs
}

// run runs dir/name as `mori run --package base ... --package core ...`
// with the check cache verdicts and renders what it printed as the .out
// files hold it.
func run(dir, name string, packages map[string]string, verdicts *driver.CheckCache) string {
	var stdout, stderr bytes.Buffer
	code := driver.Run(name, driver.Options{
		Loader: driver.Loader{Dir: dir, Packages: packages, Verdicts: verdicts},
		Stdout: &stdout,
		Stderr: &stderr,
	})
	return golden.Transcript(stdout.String(), stderr.String(), code)
}

// compareDir runs (twice) every program of dir that has an expected output (which moc
// produced, see testdata/README.md) and compares; packages gives each
// program's packages from its source.
func compareDir(t *testing.T, dir string, packages func(src string) map[string]string, skip func(src string) bool) {
	files, err := filepath.Glob(filepath.Join(dir, "*.mo"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		want, err := os.ReadFile(strings.TrimSuffix(file, ".mo") + ".out")
		if err != nil {
			continue // a helper module
		}
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		if skip != nil && skip(string(src)) {
			continue
		}
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			// Twice, as two runs of `mori run`: the first checks the
			// libraries in full, the second trusts them and parses and
			// checks only what the program uses.
			verdicts := driver.NewCheckCache(t.TempDir(), "reallibs")
			assert.Equal(t, string(want), run(dir, name, packages(string(src)), verdicts), "first run")
			assert.Equal(t, string(want), run(dir, name, packages(string(src)), verdicts), "second run")
		})
	}
}

// TestRealBase runs programs using every module of motoko-base against it.
func TestRealBase(t *testing.T) {
	compareDir(t, filepath.Join("testdata", "base"), same(libraries(t)), nil)
}

// TestRealCore runs programs using every module of motoko-core against it.
func TestRealCore(t *testing.T) {
	compareDir(t, filepath.Join("testdata", "core"), same(libraries(t)), nil)
}

// TestEmbeddedBaseAgrees runs the programs written for mori's own mo:base
// (stdlib/testdata, each with the output moc gave with the real library)
// against the real library: the embedded one must not disagree with it.
// A program marked `// mori-only` uses something the real library lacks.
func TestEmbeddedBaseAgrees(t *testing.T) {
	compareDir(t, filepath.Join("..", "stdlib", "testdata"), same(libraries(t)), func(src string) bool {
		return strings.Contains(src, "\n// mori-only") || strings.HasPrefix(src, "// mori-only")
	})
}

// same gives every program the same packages.
func same(packages map[string]string) func(string) map[string]string {
	return func(string) map[string]string { return packages }
}

var packagesLine = regexp.MustCompile(`(?m)^// packages:(.*)$`)

// TestMopsPackages runs programs using region packages from mops
// (testdata/mops, each naming the packages it needs in a `// packages:`
// line) against them and the real motoko-base. mops packages come from
// GitHub and the mops registry, which tests cannot reach: the test runs when
// MORI_MOPS_PACKAGES names a folder holding each package's sources as
// bench/libs/README.md lays out.
func TestMopsPackages(t *testing.T) {
	if _, why := golden.MopsPackages(nil); why != "" {
		t.Skip(why)
	}
	base := libraries(t)["base"]
	compareDir(t, filepath.Join("testdata", "mops"), func(src string) map[string]string {
		var names []string
		if m := packagesLine.FindStringSubmatch(src); m != nil {
			names = strings.Fields(m[1])
		}
		packages, _ := golden.MopsPackages(names)
		packages["base"] = base
		return packages
	}, nil)
}

var importPath = regexp.MustCompile(`import\s+(?:\w+|\{[^}]*\})\s*=?\s*"mo:(base|core)/([^"]+)"`)

// TestEveryModuleIsExercised checks that the programs import every module
// of both libraries.
func TestEveryModuleIsExercised(t *testing.T) {
	dirs := libraries(t)
	for name, dir := range dirs {
		t.Run(name, func(t *testing.T) {
			var modules []string
			require.NoError(t, filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() && strings.HasSuffix(path, ".mo") {
					rel, _ := filepath.Rel(dir, path)
					modules = append(modules, strings.TrimSuffix(filepath.ToSlash(rel), ".mo"))
				}
				return err
			}))
			imported := map[string]bool{}
			programs, err := filepath.Glob(filepath.Join("testdata", name, "*.mo"))
			require.NoError(t, err)
			for _, p := range programs {
				src, err := os.ReadFile(p)
				require.NoError(t, err)
				for _, m := range importPath.FindAllStringSubmatch(string(src), -1) {
					if m[1] == name {
						imported[m[2]] = true
					}
				}
			}
			var missing []string
			for _, m := range modules {
				if !imported[m] {
					missing = append(missing, m)
				}
			}
			sort.Strings(missing)
			assert.Empty(t, missing, "modules of mo:%s no program imports", name)
		})
	}
}
