// Package driver runs mori's pipeline for one program: it finds and parses
// the source files (the main file, relative imports, `mo:base`/`mo:core`
// from the embedded library, `--package` folders), type-checks them and
// hands the checked modules to the evaluator. The command line and the
// golden tests both go through it.
package driver

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/check"
	"github.com/mori-lang/mori/parser"
	"github.com/mori-lang/mori/prim"
	"github.com/mori-lang/mori/stdlib"
)

// Loader finds source files. Names are slash-separated and relative to Dir
// (the working directory when Dir is empty), and are the names messages show.
type Loader struct {
	Dir string
	// Packages maps a package name to its folder, for `mo:NAME/...`
	// (moc's --package flag); base and core default to the embedded library.
	Packages map[string]string
	// parsed remembers each file parsed, by name: the checker asks for a
	// module at every import of it (a library module is imported by many
	// siblings), and a REPL session asks again in each entry, when the
	// file may have changed.
	parsed map[string]parsedFile
	// Verdicts, when set, remembers the library files that parsed and the
	// modules that checked (see check.Verdicts and CheckCache): a package
	// file that parsed before is parsed without its function bodies.
	Verdicts check.Verdicts
	// BeforeLibraries, when set, is called once, before the first package
	// module is loaded: the syntax trees and types of a program's libraries
	// are most of what its start-up allocates, and the command line prepares
	// the heap for them.
	BeforeLibraries func()
}

// parsedFile is a file's syntax tree and what says it is still current: the
// file's size and modification time, or the embedded source it came from.
type parsedFile struct {
	size     int64
	mod      time.Time
	embedded []byte
	prog     *ast.Program
	digest   string // of the source, for check.Source.Digest
}

// parseFile parses the file at file as name (a package's when library); one
// parsed before and unchanged since is not read again. found is false when
// there is no such file.
func (l *Loader) parseFile(name, file string, library bool) (f parsedFile, found bool, err error) {
	info, err := os.Stat(file)
	if err != nil || info.IsDir() {
		return f, false, nil
	}
	if f, ok := l.parsed[name]; ok && f.embedded == nil && f.size == info.Size() && f.mod.Equal(info.ModTime()) {
		return f, true, nil
	}
	src, sum, err := readSource(file)
	if big := tooLarge(name, err); big != nil {
		return f, true, big
	}
	if err != nil {
		return f, false, nil
	}
	f = parsedFile{size: info.Size(), mod: info.ModTime(), digest: sum}
	if f.prog, err = l.parseSource(name, src, f.digest, library); err != nil {
		return f, true, err
	}
	l.remember(name, f)
	return f, true, nil
}

// parseSource parses a file; a library file that parsed before is parsed
// without its function bodies (parser.ParseLibrary).
func (l *Loader) parseSource(name, src, digest string, library bool) (*ast.Program, error) {
	if !library || l.Verdicts == nil {
		return parser.ParseFile(name, src)
	}
	key := "parses " + digest
	if l.Verdicts.Passed(key) {
		return parser.ParseLibrary(name, src)
	}
	prog, err := parser.ParseFile(name, src)
	if err == nil {
		l.Verdicts.RecordPass(key)
	}
	return prog, err
}

// parseEmbedded parses a module of mori's own library.
func (l *Loader) parseEmbedded(name string, src []byte) (parsedFile, error) {
	if f, ok := l.parsed[name]; ok && bytes.Equal(f.embedded, src) {
		return f, nil
	}
	f := parsedFile{embedded: src, digest: digest(src)}
	var err error
	if f.prog, err = l.parseSource(name, string(src), f.digest, true); err != nil {
		return parsedFile{}, err
	}
	l.remember(name, f)
	return f, nil
}

func (l *Loader) remember(name string, f parsedFile) {
	if l.parsed == nil {
		l.parsed = map[string]parsedFile{}
	}
	l.parsed[name] = f
}

// path is where the file of a name is.
func (l *Loader) path(name string) string {
	return filepath.Join(l.Dir, filepath.FromSlash(name))
}

// ParseMain parses the program's main file.
func (l *Loader) ParseMain(name string) (*ast.Program, error) {
	src, _, err := readSource(l.path(name))
	if big := tooLarge(name, err); big != nil {
		return nil, big
	}
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read file: %v", name, errorText(err))
	}
	return parser.ParseFile(name, src)
}

func errorText(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// Import resolves an import path written in file from; it is the
// check.Importer of the pipeline.
func (l *Loader) Import(importPath, from string) (*check.Source, error) {
	switch {
	case importPath == "mo:⛔" || importPath == "mo:prim":
		sigs, defs := primSignatures()
		return &check.Source{Path: "mo:⛔", Prims: sigs, PrimTypes: defs}, nil
	case strings.HasPrefix(importPath, "mo:"):
		return l.importPackage(importPath)
	}
	name := path.Join(path.Dir(from), importPath)
	if strings.HasPrefix(from, "mo:") {
		// A library module importing a sibling of its own package.
		return l.importPackage(strings.TrimSuffix(name, ".mo"))
	}
	// As moc: `import M "dir/m"` loads dir/m.mo, else dir/m/lib.mo.
	name = strings.TrimSuffix(name, ".mo")
	f, found, err := l.parseFile(name+".mo", l.path(name+".mo"), false)
	if found {
		name += ".mo"
	} else {
		name += "/lib.mo"
		if f, found, err = l.parseFile(name, l.path(name), false); !found {
			return nil, &check.NotFoundError{Msg: fmt.Sprintf("file %q does not exist", name)}
		}
	}
	if err != nil {
		return nil, err
	}
	return &check.Source{Path: name, Program: f.prog}, nil
}

func (l *Loader) importPackage(importPath string) (*check.Source, error) {
	if prepare := l.BeforeLibraries; prepare != nil {
		l.BeforeLibraries = nil
		prepare()
	}
	pkg, module, _ := strings.Cut(strings.TrimPrefix(importPath, "mo:"), "/")
	if module == "" {
		module = "lib"
	}
	var f parsedFile
	var err error
	if dir, ok := l.Packages[pkg]; ok {
		// As moc: mo:pkg/M is M.mo, else M/lib.mo (a module's folder);
		// mo:pkg alone is lib.mo. The module's path names its own file, so
		// that its relative imports start from its folder.
		var found bool
		importPath = "mo:" + pkg + "/" + module
		if f, found, err = l.parseFile(importPath+".mo", filepath.Join(dir, filepath.FromSlash(module)+".mo"), true); !found {
			importPath += "/lib"
			if f, found, err = l.parseFile(importPath+".mo", filepath.Join(dir, filepath.FromSlash(module), "lib.mo"), true); !found {
				return nil, &check.NotFoundError{Msg: fmt.Sprintf("package %q has no module %q", pkg, module)}
			}
		}
	} else if src, ok := stdlib.Source(pkg, module); ok {
		f, err = l.parseEmbedded(importPath+".mo", src)
	} else {
		return nil, &check.NotFoundError{Msg: fmt.Sprintf("package %q has no module %q", pkg, module)}
	}
	if err != nil {
		return nil, err
	}
	return &check.Source{Path: importPath, Program: f.prog, Library: true, Digest: f.digest}, nil
}

var (
	primOnce           sync.Once
	primSigs, primDefs map[string]ast.Type
)

// primSignatures parses the primitives' type signatures and the prim
// module's type definitions once.
func primSignatures() (sigs, defs map[string]ast.Type) {
	primOnce.Do(func() {
		primSigs = parseTypes(prim.Signatures)
		primDefs = parseTypes(prim.TypeDefinitions)
	})
	return primSigs, primDefs
}

// parseTypes parses the types of a table of Motoko type syntax.
func parseTypes(table map[string]string) map[string]ast.Type {
	names := make([]string, 0, len(table))
	for name := range table {
		names = append(names, name)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, name := range names {
		fmt.Fprintf(&b, "type %s = %s;\n", name, table[name])
	}
	prog, err := parser.ParseFile("mo:⛔", b.String())
	if err != nil {
		panic("prim signatures do not parse: " + err.Error())
	}
	out := make(map[string]ast.Type, len(names))
	for _, d := range prog.Decs {
		td := d.(*ast.TypeDec)
		out[td.Name.Name] = td.Type
	}
	return out
}
