package driver

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// MopsPackages finds the mops project around dir (the nearest mops.toml in
// dir or a folder above it) and returns its installed packages as
// `mops sources` hands them to moc: each package name with its source
// folder. Dependencies of dependencies count too; when several versions of
// a package are wanted, the project's own choice wins, else the highest.
// Packages are where mops installs them: .mops/NAME@VERSION from the
// registry, .mops/_github/NAME#BRANCH (or NAME@BRANCH, as older mops laid
// them out) from GitHub, and local folders as written; the sources are a
// package's `baseDir` (src by default). No mops.toml gives no packages.
func MopsPackages(dir string) (map[string]string, error) {
	root, err := findMopsRoot(dir)
	if err != nil || root == "" {
		return nil, err
	}
	r := &mopsResolver{root: root, chosen: map[string]mopsDep{}}
	if err := r.collect(filepath.Join(root, "mops.toml"), true); err != nil {
		return nil, err
	}
	pkgs := make(map[string]string, len(r.chosen))
	for name, dep := range r.chosen {
		src, err := dep.sources()
		if err != nil {
			return nil, err
		}
		pkgs[name] = src
	}
	return pkgs, nil
}

// AddMopsPackages adds the packages of the mops project around dir (see
// MopsPackages) to packages, those given already (by --package) keeping
// their folders.
func AddMopsPackages(packages map[string]string, dir string) error {
	mops, err := MopsPackages(dir)
	if err != nil {
		return err
	}
	for name, src := range mops {
		if _, given := packages[name]; !given {
			packages[name] = src
		}
	}
	return nil
}

// findMopsRoot returns the folder of the nearest mops.toml at or above
// dir, or "".
func findMopsRoot(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(abs, "mops.toml")); err == nil {
			return abs, nil
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", nil
		}
		abs = parent
	}
}

// mopsDep is one dependency: a registry version, a GitHub repository or a
// local folder.
type mopsDep struct {
	name, version, repo string
	dir                 string // where it is installed
	local               bool
	root                bool // declared by the project itself
}

type mopsResolver struct {
	root   string
	chosen map[string]mopsDep
	seen   map[string]bool
}

// collect reads the dependencies of the mops.toml file (and, for the
// project's own, its dev-dependencies), then theirs.
func (r *mopsResolver) collect(file string, isRoot bool) error {
	cfg, err := readMopsToml(file)
	if err != nil {
		return err
	}
	deps := cfg["dependencies"]
	if isRoot {
		deps = append(deps, cfg["dev-dependencies"]...)
	}
	for _, kv := range deps {
		dep := r.dependency(kv[0], kv[1], filepath.Dir(file))
		dep.root = isRoot
		if prev, ok := r.chosen[dep.name]; isRoot || !ok || !prev.root && newer(dep, prev) {
			r.chosen[dep.name] = dep
		}
		if r.seen == nil {
			r.seen = map[string]bool{}
		}
		if nested := filepath.Join(dep.dir, "mops.toml"); !r.seen[nested] {
			r.seen[nested] = true
			if _, err := os.Stat(nested); err == nil {
				if err := r.collect(nested, false); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// dependency interprets `name = "value"` of a mops.toml in folder dir.
func (r *mopsResolver) dependency(name, value, dir string) mopsDep {
	mops := filepath.Join(r.root, ".mops")
	switch {
	case strings.HasPrefix(value, "https://github.com/"):
		branch := "master"
		if _, frag, ok := strings.Cut(value, "#"); ok && frag != "" {
			branch = frag
		}
		installed := filepath.Join(mops, "_github", name+"#"+strings.ReplaceAll(branch, "/", "___"))
		if _, err := os.Stat(installed); err != nil {
			installed = filepath.Join(mops, "_github", name+"@"+branch)
		}
		return mopsDep{name: name, repo: value, dir: installed}
	case strings.HasPrefix(value, "/") || strings.HasPrefix(value, "./") || strings.HasPrefix(value, "../"):
		return mopsDep{name: name, dir: filepath.Join(dir, value), local: true}
	}
	return mopsDep{name: name, version: value, dir: filepath.Join(mops, name+"@"+value)}
}

// newer reports whether a is a later release than b, as mops compares
// them (major.minor.patch).
func newer(a, b mopsDep) bool {
	pa, pb := versionParts(a.version), versionParts(b.version)
	for i := range pa {
		if pa[i] != pb[i] {
			return pa[i] > pb[i]
		}
	}
	return false
}

func versionParts(v string) [3]int {
	var parts [3]int
	for i, s := range strings.SplitN(v, ".", 3) {
		parts[i], _ = strconv.Atoi(strings.TrimFunc(s, func(r rune) bool { return r < '0' || r > '9' }))
	}
	return parts
}

// sources is the folder of the dependency's .mo files.
func (d mopsDep) sources() (string, error) {
	if _, err := os.Stat(d.dir); err != nil {
		what := d.name + "@" + d.version
		if d.repo != "" {
			what = d.repo
		}
		if d.local {
			return "", fmt.Errorf("mops.toml: package %s: no folder %s", d.name, d.dir)
		}
		return "", fmt.Errorf("mops.toml: package %s is not installed in .mops (run `mops install`)", what)
	}
	base := "src"
	if cfg, err := readMopsToml(filepath.Join(d.dir, "mops.toml")); err == nil {
		for _, kv := range cfg["package"] {
			if kv[0] == "baseDir" {
				base = kv[1]
			}
		}
	}
	src := filepath.Join(d.dir, base)
	if _, err := os.Stat(src); err != nil && d.local {
		return d.dir, nil
	}
	return src, nil
}

// readMopsToml reads the `key = "value"` entries of each table of a
// mops.toml, in order: the part of TOML mops.toml files use for
// dependencies and package settings. Other lines are ignored.
func readMopsToml(file string) (map[string][][2]string, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	tables := map[string][][2]string{}
	table := ""
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(stripComment(sc.Text()))
		switch {
		case text == "":
		case strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]"):
			table = strings.TrimSpace(strings.Trim(text, "[]"))
		default:
			key, value, ok := strings.Cut(text, "=")
			if !ok {
				continue
			}
			k, kerr := tomlKey(strings.TrimSpace(key))
			v, verr := strconv.Unquote(strings.TrimSpace(value))
			if kerr != nil || verr != nil {
				if table == "dependencies" || table == "dev-dependencies" {
					return nil, fmt.Errorf("%s:%d: expected name = \"value\"", file, line)
				}
				continue
			}
			tables[table] = append(tables[table], [2]string{k, v})
		}
	}
	return tables, sc.Err()
}

// stripComment drops a `#` comment outside quotes.
func stripComment(line string) string {
	inQuote := false
	for i, c := range line {
		switch {
		case c == '"':
			inQuote = !inQuote
		case c == '#' && !inQuote:
			return line[:i]
		}
	}
	return line
}

func tomlKey(key string) (string, error) {
	if strings.HasPrefix(key, "\"") {
		return strconv.Unquote(key)
	}
	if key == "" || strings.ContainsAny(key, " \t\"") {
		return "", fmt.Errorf("bad key %q", key)
	}
	return key, nil
}
