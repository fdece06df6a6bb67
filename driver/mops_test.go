package driver

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeTree creates the files (path → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
}

func TestMopsPackages(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		from  string // the program's folder, relative to the project
		want  map[string]string
	}{
		{
			name:  "no mops.toml",
			files: map[string]string{"prog.mo": ""},
			want:  nil,
		},
		{
			name: "registry packages, found from a folder below",
			files: map[string]string{
				"mops.toml":                    "[dependencies]\nbase = \"0.11.1\" # the base library\n\"map\" = \"9.0.1\"\n",
				".mops/base@0.11.1/src/Nat.mo": "",
				".mops/map@9.0.1/src/lib.mo":   "",
			},
			from: "src/deep",
			want: map[string]string{"base": ".mops/base@0.11.1/src", "map": ".mops/map@9.0.1/src"},
		},
		{
			name: "a dependency's dependencies, the highest version when the project names none",
			files: map[string]string{
				"mops.toml":                 "[dependencies]\na = \"1.0.0\"\nb = \"1.0.0\"\n",
				".mops/a@1.0.0/mops.toml":   "[package]\nname = \"a\"\n[dependencies]\nc = \"0.9.0\"\n",
				".mops/a@1.0.0/src/lib.mo":  "",
				".mops/b@1.0.0/mops.toml":   "[dependencies]\nc = \"0.10.2\"\n",
				".mops/b@1.0.0/src/lib.mo":  "",
				".mops/c@0.9.0/src/lib.mo":  "",
				".mops/c@0.10.2/src/lib.mo": "",
			},
			want: map[string]string{"a": ".mops/a@1.0.0/src", "b": ".mops/b@1.0.0/src", "c": ".mops/c@0.10.2/src"},
		},
		{
			name: "the project's own choice wins, dev-dependencies included",
			files: map[string]string{
				"mops.toml":                "[dependencies]\na = \"1.0.0\"\n[dev-dependencies]\nc = \"0.1.0\"\n",
				".mops/a@1.0.0/mops.toml":  "[dependencies]\nc = \"0.2.0\"\n",
				".mops/a@1.0.0/src/lib.mo": "",
				".mops/c@0.1.0/src/lib.mo": "",
				".mops/c@0.2.0/src/lib.mo": "",
			},
			want: map[string]string{"a": ".mops/a@1.0.0/src", "c": ".mops/c@0.1.0/src"},
		},
		{
			name: "GitHub packages, local folders and a package's baseDir",
			files: map[string]string{
				"mops.toml": "[dependencies]\n" +
					"gh = \"https://github.com/someone/gh#v1.0.0\"\n" +
					"old = \"https://github.com/someone/old\"\n" +
					"shared = \"./shared\"\n" +
					"flat = \"../flat\"\n",
				".mops/_github/gh#v1.0.0/src/lib.mo":  "",
				".mops/_github/old@master/mops.toml":  "[package]\nbaseDir = \"lib\"\n",
				".mops/_github/old@master/lib/lib.mo": "",
				"shared/src/lib.mo":                   "",
				"../flat/lib.mo":                      "",
			},
			want: map[string]string{"gh": ".mops/_github/gh#v1.0.0/src", "old": ".mops/_github/old@master/lib",
				"shared": "shared/src", "flat": "../flat"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := filepath.Join(t.TempDir(), "project")
			writeTree(t, root, tt.files)
			got, err := MopsPackages(filepath.Join(root, tt.from))
			require.NoError(t, err)
			var rel map[string]string
			if got != nil {
				rel = map[string]string{}
				for name, dir := range got {
					r, err := filepath.Rel(root, dir)
					require.NoError(t, err)
					rel[name] = filepath.ToSlash(r)
				}
			}
			assert.Equal(t, tt.want, rel)
		})
	}
}

func TestMopsPackagesErrors(t *testing.T) {
	tests := []struct {
		name, toml, want string
	}{
		{"not installed", "[dependencies]\nmap = \"9.0.1\"\n", "package map@9.0.1 is not installed in .mops (run `mops install`)"},
		{"a missing local folder", "[dependencies]\nx = \"./nowhere\"\n", "package x: no folder"},
		{"a malformed dependency", "[dependencies]\nmap = 9\n", "mops.toml:2: expected name = \"value\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			writeTree(t, root, map[string]string{"mops.toml": tt.toml})
			_, err := MopsPackages(root)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// TestPackageFolderModules checks moc's resolution inside a package:
// mo:pkg is lib.mo, mo:pkg/Dir is Dir.mo or else Dir/lib.mo, whose own
// relative imports start from Dir.
func TestPackageFolderModules(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"pkg/lib.mo":       `module { public let top = "lib" }`,
		"pkg/Tree/lib.mo":  `import Leaf "Leaf"; module { public func name() : Text = "tree of " # Leaf.name }`,
		"pkg/Tree/Leaf.mo": `module { public let name = "leaves" }`,
		"prog.mo": `import P "mo:pkg"; import T "mo:pkg/Tree"; import Leaf "mo:pkg/Tree/Leaf"; import Prim "mo:⛔";
Prim.debugPrint(P.top # ", " # T.name() # ", " # Leaf.name);`,
	})
	var out bytes.Buffer
	code := Run("prog.mo", Options{Loader: Loader{Dir: dir, Packages: map[string]string{"pkg": filepath.Join(dir, "pkg")}}, Stdout: &out, Stderr: &out})
	assert.Equal(t, "lib, tree of leaves, leaves\n", out.String())
	assert.Equal(t, ExitOK, code)
}
