package reallibs

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tarball makes an npm-style tarball holding the given files.
func tarball(t *testing.T, files map[string]string) []byte {
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for name, content := range files {
		require.NoError(t, tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(content))}))
		_, err := tw.Write([]byte(content))
		require.NoError(t, err)
	}
	require.NoError(t, tw.Close())
	require.NoError(t, gz.Close())
	return buf.Bytes()
}

func integrity(data []byte) string {
	sum := sha512.Sum512(data)
	return "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}

// serve answers the tarball of motoko@1.0.0 and counts the requests.
func serve(t *testing.T, data []byte) *int {
	requests := new(int)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		*requests++
		if r.URL.Path != "/motoko/-/motoko-1.0.0.tgz" {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write(data)
	}))
	t.Cleanup(srv.Close)
	saved := Registry
	Registry = srv.URL
	t.Cleanup(func() { Registry = saved })
	return requests
}

const bundleJSON = `{"name": "base", "version": "v9", "files": {
  "Nat.mo": {"content": "module { public let one = 1 }"},
  "pure/List.mo": {"content": "module {}"}}}`

func TestDirFetchesOnceAndCaches(t *testing.T) {
	data := tarball(t, map[string]string{"package/packages/latest/base.json": bundleJSON, "package/index.js": "x"})
	requests := serve(t, data)
	lib := Library{Name: "base", Version: "v9", NPMVersion: "1.0.0", Integrity: integrity(data)}
	root := t.TempDir()
	dir, err := lib.DirIn(root)
	require.NoError(t, err)
	nat, err := os.ReadFile(filepath.Join(dir, "Nat.mo"))
	require.NoError(t, err)
	assert.Equal(t, "module { public let one = 1 }", string(nat))
	assert.FileExists(t, filepath.Join(dir, "pure", "List.mo"))
	again, err := lib.DirIn(root)
	require.NoError(t, err)
	assert.Equal(t, dir, again)
	assert.Equal(t, 1, *requests, "the second call uses the cache")
}

func TestDirRejects(t *testing.T) {
	good := tarball(t, map[string]string{"package/packages/latest/base.json": bundleJSON})
	tests := []struct {
		name    string
		data    []byte
		lib     Library
		wantErr string
	}{
		{"a tarball whose hash differs", good,
			Library{Name: "base", Version: "v9", NPMVersion: "1.0.0", Integrity: "sha512-AAAA"}, "integrity"},
		{"a missing release", good,
			Library{Name: "base", Version: "v9", NPMVersion: "2.0.0", Integrity: integrity(good)}, "404"},
		{"another library version", good,
			Library{Name: "base", Version: "v8", NPMVersion: "1.0.0", Integrity: integrity(good)}, "holds base v9, want base v8"},
		{"no bundle of the library", good,
			Library{Name: "core", Version: "v9", NPMVersion: "1.0.0", Integrity: integrity(good)}, "has no package/packages/latest/core.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			serve(t, tt.data)
			root := t.TempDir()
			_, err := tt.lib.DirIn(root)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.wantErr)
			entries, _ := os.ReadDir(root)
			assert.Empty(t, entries, "nothing is cached")
		})
	}
}

func TestDirRejectsPathsOutsideTheFolder(t *testing.T) {
	data := tarball(t, map[string]string{"package/packages/latest/base.json": `{"name": "base", "version": "v9", "files": {"../evil.mo": {"content": ""}}}`})
	serve(t, data)
	lib := Library{Name: "base", Version: "v9", NPMVersion: "1.0.0", Integrity: integrity(data)}
	_, err := lib.DirIn(t.TempDir())
	require.Error(t, err)
	assert.Contains(t, err.Error(), "bad file name")
}
