// Package reallibs provides the real Motoko libraries that moc ships and
// the oracle compiles against: motoko-base (moc-0.15.0, bundled by the npm
// package motoko@3.20.0) and motoko-core (v2.5.0, bundled by
// motoko@4.10.0). They are fetched from the npm registry on first use,
// checked against the registry's integrity hash and kept in the user's
// cache folder; nothing of them is part of mori's repository. Tests use
// them to run the libraries as users have them.
package reallibs

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// Library is one library as an npm release of `motoko` bundles it.
type Library struct {
	Name string // the package name, as in mo:NAME
	// Version is the library's own version, as the bundle records it.
	Version string
	// NPMVersion is the release of the npm package `motoko` that bundles
	// it, and Integrity that release's tarball hash as the registry lists
	// it (dist.integrity).
	NPMVersion, Integrity string
}

var (
	// Base is motoko-base as the oracle's mo:base.
	Base = Library{Name: "base", Version: "moc-0.15.0", NPMVersion: "3.20.0",
		Integrity: "sha512-9L9iDe5kdiT8GquwUCmyermnLuJCifHJZ+WBz6iMbv4omt+layBMNgesDMevD1p33oChw+FzUXEBhschmU3Glw=="}
	// Core is motoko-core as the oracle's mo:core.
	Core = Library{Name: "core", Version: "v2.5.0", NPMVersion: "4.10.0",
		Integrity: "sha512-ZrjDsPpa3bGgZkjg+S2rZJr6moQLp23VmvGP9tzlhzukEPSYlnPqZuCrUhdy9sbbb6AW5dNWmH/vklWaIHYfPQ=="}
)

// Registry is where tarballs are fetched from.
var Registry = "https://registry.npmjs.org"

// complete marks a cache folder whose files are all written.
const complete = ".complete"

// Dir returns the folder holding the library's .mo files (as
// `--package NAME DIR` takes it), fetching them into the user's cache
// folder on first use.
func (lib Library) Dir() (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return lib.DirIn(filepath.Join(cache, "mori", "libraries"))
}

// DirIn is Dir with the cache in root.
func (lib Library) DirIn(root string) (string, error) {
	dir := filepath.Join(root, lib.Name+"-"+lib.Version)
	if _, err := os.Stat(filepath.Join(dir, complete)); err == nil {
		return dir, nil
	}
	tarball, err := lib.download()
	if err != nil {
		return "", err
	}
	files, err := lib.extract(tarball)
	if err != nil {
		return "", err
	}
	if err := write(dir, files); err != nil {
		return "", err
	}
	return dir, nil
}

// download fetches the npm tarball and checks its integrity.
func (lib Library) download() ([]byte, error) {
	url := fmt.Sprintf("%s/motoko/-/motoko-%s.tgz", Registry, lib.NPMVersion)
	client := &http.Client{Timeout: 2 * time.Minute}
	resp, err := client.Get(url)
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetching %s: %s", url, resp.Status)
	}
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", url, err)
	}
	sum := sha512.Sum512(data)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != lib.Integrity {
		return nil, fmt.Errorf("%s: integrity %s, want %s", url, got, lib.Integrity)
	}
	return data, nil
}

// bundle is the JSON file in which the npm package ships a library.
type bundle struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Files   map[string]struct {
		Content string `json:"content"`
	} `json:"files"`
}

// extract reads the library's sources out of the tarball:
// package/packages/latest/NAME.json maps each file to its content.
func (lib Library) extract(tarball []byte) (map[string]string, error) {
	want := "package/packages/latest/" + lib.Name + ".json"
	gz, err := gzip.NewReader(bytes.NewReader(tarball))
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("motoko@%s has no %s", lib.NPMVersion, want)
		}
		if err != nil {
			return nil, err
		}
		if h.Name != want {
			continue
		}
		var b bundle
		if err := json.NewDecoder(tr).Decode(&b); err != nil {
			return nil, fmt.Errorf("%s: %w", want, err)
		}
		if b.Name != lib.Name || b.Version != lib.Version {
			return nil, fmt.Errorf("%s holds %s %s, want %s %s", want, b.Name, b.Version, lib.Name, lib.Version)
		}
		files := make(map[string]string, len(b.Files))
		for name, f := range b.Files {
			clean := path.Clean(name)
			if path.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, "../") {
				return nil, fmt.Errorf("%s: bad file name %q", want, name)
			}
			files[clean] = f.Content
		}
		return files, nil
	}
}

// write puts the files in dir, replacing what a broken earlier attempt
// left, and marks it complete last.
func write(dir string, files map[string]string) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dir, complete), nil, 0o644)
}
