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
	// parsed remembers each file parsed, by name, with the source it was
	// parsed from: the checker asks for a module at every import of it (a
	// library module is imported by many siblings), and a REPL session asks
	// again in each entry, when the file may have changed.
	parsed map[string]parsedFile
}

type parsedFile struct {
	src  []byte
	prog *ast.Program
}

// parse parses src as the file name, or returns the tree parsed before
// from the same source.
func (l *Loader) parse(name string, src []byte) (*ast.Program, error) {
	if f, ok := l.parsed[name]; ok && bytes.Equal(f.src, src) {
		return f.prog, nil
	}
	prog, err := parser.ParseFile(name, src)
	if err != nil {
		return nil, err
	}
	if l.parsed == nil {
		l.parsed = map[string]parsedFile{}
	}
	l.parsed[name] = parsedFile{src: src, prog: prog}
	return prog, nil
}

func (l *Loader) read(name string) ([]byte, error) {
	return readSource(filepath.Join(l.Dir, filepath.FromSlash(name)))
}

// ParseMain parses the program's main file.
func (l *Loader) ParseMain(name string) (*ast.Program, error) {
	src, err := l.read(name)
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
	src, err := l.read(name + ".mo")
	if err == nil {
		name += ".mo"
	} else if big := tooLarge(name+".mo", err); big != nil {
		return nil, big
	} else {
		name += "/lib.mo"
		if src, err = l.read(name); err != nil {
			if big := tooLarge(name, err); big != nil {
				return nil, big
			}
			return nil, &check.NotFoundError{Msg: fmt.Sprintf("file %q does not exist", name)}
		}
	}
	prog, err := l.parse(name, src)
	if err != nil {
		return nil, err
	}
	return &check.Source{Path: name, Program: prog}, nil
}

func (l *Loader) importPackage(importPath string) (*check.Source, error) {
	pkg, module, _ := strings.Cut(strings.TrimPrefix(importPath, "mo:"), "/")
	if module == "" {
		module = "lib"
	}
	var src []byte
	if dir, ok := l.Packages[pkg]; ok {
		// As moc: mo:pkg/M is M.mo, else M/lib.mo (a module's folder);
		// mo:pkg alone is lib.mo.
		b, err := readSource(filepath.Join(dir, filepath.FromSlash(module)+".mo"))
		if err != nil && tooLarge("", err) == nil {
			module += "/lib"
			b, err = readSource(filepath.Join(dir, filepath.FromSlash(module)+".mo"))
		}
		if big := tooLarge("mo:"+pkg+"/"+module+".mo", err); big != nil {
			return nil, big
		}
		if err != nil {
			return nil, &check.NotFoundError{Msg: fmt.Sprintf("package %q has no module %q", pkg, strings.TrimSuffix(module, "/lib"))}
		}
		// The module's path names its own file, so that its relative
		// imports start from its folder.
		src, importPath = b, "mo:"+pkg+"/"+module
	} else if b, ok := stdlib.Source(pkg, module); ok {
		src = b
	} else {
		return nil, &check.NotFoundError{Msg: fmt.Sprintf("package %q has no module %q", pkg, module)}
	}
	prog, err := l.parse(importPath+".mo", src)
	if err != nil {
		return nil, err
	}
	return &check.Source{Path: importPath, Program: prog, Library: true}, nil
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
	prog, err := parser.ParseFile("mo:⛔", []byte(b.String()))
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
