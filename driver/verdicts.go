package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// CheckCache is a check.Verdicts kept in a folder: a library file that
// parsed once and a module that checked once (in this build of mori, with
// these sources) are not parsed and checked in full again, only the
// functions a run compiles. Each build of mori has one file of verdicts in
// the folder, named by a hash of the build's identity, with a line per
// verdict (a hash of its key), read once per run. A verdict is appended in a
// single write to the file opened for appending, so runs at the same time
// add whole lines; a line that is not a whole hash (a torn or foreign
// write) is no verdict. Failing to read or write the folder only costs
// speed. Files of builds unused for 30 days are removed.
type CheckCache struct {
	file   string
	passed map[string]bool // nil until the file is read
}

// staleAfter is how long the verdicts of a build unused are kept.
const staleAfter = 30 * 24 * time.Hour

// NewCheckCache keeps verdicts in dir for the build of mori named build.
func NewCheckCache(dir, build string) *CheckCache {
	sum := sha256.Sum256([]byte(build))
	return &CheckCache{file: filepath.Join(dir, hex.EncodeToString(sum[:16])+".verdicts")}
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

func line(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

// Passed reports whether a verdict of this key was recorded.
func (c *CheckCache) Passed(key string) bool {
	if c.passed == nil {
		c.passed = map[string]bool{}
		data, _ := os.ReadFile(c.file)
		for _, l := range bytes.Split(data, []byte{'\n'}) {
			if len(l) == sha256.Size*2 {
				c.passed[string(l)] = true
			}
		}
		if data != nil {
			now := time.Now()
			os.Chtimes(c.file, now, now) // this build is in use
		}
	}
	return c.passed[line(key)]
}

// RecordPass records a verdict of this key.
func (c *CheckCache) RecordPass(key string) {
	l := line(key)
	if c.Passed(key) {
		return
	}
	c.passed[l] = true
	if _, err := os.Stat(c.file); err != nil {
		c.removeStale()
	}
	f, err := os.OpenFile(c.file, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return
	}
	f.WriteString(l + "\n")
	f.Close()
}

// removeStale makes the folder for a new build's file: it removes the files
// of builds unused for staleAfter.
func (c *CheckCache) removeStale() {
	dir := filepath.Dir(c.file)
	if os.MkdirAll(dir, 0o755) != nil {
		return
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		info, err := e.Info()
		if err == nil && strings.HasSuffix(e.Name(), ".verdicts") && time.Since(info.ModTime()) > staleAfter {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
