package check

import (
	"slices"
	"sort"
	"strings"

	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/types"
)

// warnUnused warns, as moc does (M0194), about each of the bindings
// declared that nothing uses, in source order. Names starting with `_`,
// exported object fields and names in library code are exempt.
func (c *Checker) warnUnused(declared []*types.Binding) {
	var unused []*types.Binding
	for _, b := range declared {
		if b.Decl == nil || strings.HasPrefix(b.Name, "_") || strings.HasPrefix(b.Name, ast.AnonymousPrefix) || c.public[b.Decl] ||
			strings.HasPrefix(b.Decl.Span.File, "mo:") {
			continue
		}
		unused = append(unused, b)
	}
	if len(unused) == 0 {
		return // a library module: no need to gather every use so far
	}
	used := map[*types.Binding]bool{}
	for _, b := range c.info.Uses {
		used[b] = true
	}
	unused = slices.DeleteFunc(unused, func(b *types.Binding) bool { return used[b] })
	sort.SliceStable(unused, func(i, j int) bool {
		a, b := unused[i].Decl.Span.Start, unused[j].Decl.Span.Start
		return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
	})
	for _, b := range unused {
		c.warnings = append(c.warnings, &Error{Span: b.Decl.Span, Kind: "warning", Code: "M0194",
			Msg: "unused identifier " + b.Name + " (delete or rename to wildcard `_` or `_" + b.Name + "`)"})
	}
}
