// Package stdlib is mori's own Motoko base library: the modules behind
// `import X "mo:base/X"` and `import X "mo:core/X"`, written in Motoko over the
// `mo:⛔` primitives listed in PRIMS.md.
package stdlib

import (
	"embed"
	"io/fs"
)

//go:embed base/*.mo core/*.mo
var files embed.FS

// FS holds the library as base/NAME.mo and core/NAME.mo.
var FS fs.FS = files

// Source returns the Motoko text of the module that `import "mo:PKG/MODULE"`
// names, e.g. Source("base", "Nat"), and whether mori provides it.
func Source(pkg, module string) ([]byte, bool) {
	name := pkg + "/" + module + ".mo"
	if !fs.ValidPath(name) {
		return nil, false
	}
	text, err := fs.ReadFile(FS, name)
	if err != nil {
		return nil, false
	}
	return text, true
}
