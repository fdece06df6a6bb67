package driver

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
)

// CheckCache is a check.Verdicts kept in a folder: a library module that
// checked once (in this build of mori, with these sources) is not checked in
// full again, only the functions a run compiles. Each verdict is a file
// named by a hash of the build's identity and the module's key, holding both;
// it is written to a temporary file and renamed, so concurrent runs see a
// whole file or none, and a file whose content does not match its name (a
// torn or foreign write) is no verdict. Failing to read or write the folder
// only costs speed.
type CheckCache struct {
	dir, build string
}

// NewCheckCache keeps verdicts in dir for the build of mori named build.
func NewCheckCache(dir, build string) *CheckCache {
	return &CheckCache{dir: dir, build: build}
}

// UserCheckCache is the check cache of this executable in the user's cache
// folder ($XDG_CACHE_HOME/mori/checked, ~/.cache/mori/checked): the
// executable's path, size and modification time name the build, so every
// rebuild starts afresh. It is nil when there is no such folder.
func UserCheckCache() *CheckCache {
	cache, err := os.UserCacheDir()
	if err != nil {
		return nil
	}
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	info, err := os.Stat(exe)
	if err != nil {
		return nil
	}
	build := fmt.Sprintf("%s %d %d", exe, info.Size(), info.ModTime().UnixNano())
	return NewCheckCache(filepath.Join(cache, "mori", "checked"), build)
}

// entry is the file of a key's verdict and what it holds.
func (c *CheckCache) entry(key string) (file, content string) {
	content = c.build + "\n" + key + "\n"
	sum := sha256.Sum256([]byte(content))
	name := hex.EncodeToString(sum[:])
	return filepath.Join(c.dir, name[:2], name), content
}

// Passed reports whether a module of this key checked before.
func (c *CheckCache) Passed(key string) bool {
	file, want := c.entry(key)
	got, err := os.ReadFile(file)
	return err == nil && string(got) == want
}

// RecordPass remembers that a module of this key checked.
func (c *CheckCache) RecordPass(key string) {
	file, content := c.entry(key)
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), ".tmp-*")
	if err != nil {
		return
	}
	_, werr := tmp.WriteString(content)
	if cerr := tmp.Close(); werr != nil || cerr != nil || os.Rename(tmp.Name(), file) != nil {
		os.Remove(tmp.Name())
	}
}
