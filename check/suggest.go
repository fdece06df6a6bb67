package check

import (
	"fmt"
	"math/bits"
	"path"
	"sort"
	"strings"

	"github.com/mori-lang/mori/types"
)

// suggest proposes names close to a misspelt one, as moc does: those that
// extend it, or lie within log2(len) edits of it.
func suggest(desc, name string, names []string) string {
	limit := bits.Len(uint(len(name))) - 1
	type candidate struct {
		dist int
		name string
	}
	var found []candidate
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] || n == name {
			continue
		}
		seen[n] = true
		if strings.HasPrefix(n, name) {
			found = append(found, candidate{len(n) - len(name), n})
		} else if d, ok := editDistance(name, n, limit); ok {
			found = append(found, candidate{d, n})
		}
	}
	if len(found) == 0 {
		return ""
	}
	sort.Slice(found, func(i, j int) bool {
		if found[i].dist != found[j].dist {
			return found[i].dist < found[j].dist
		}
		return found[i].name < found[j].name
	})
	near := make([]string, len(found))
	for i, f := range found {
		near[i] = f.name
	}
	return "\nhelp: did you mean " + desc + " " + oneOf(near, ", ", " or ") + "?"
}

// editDistance counts the insertions, deletions, substitutions and swaps
// of adjacent characters that turn a into b (optimal string alignment),
// when they are at most limit; ok is false when more are needed. Only
// the cells within limit of the table's diagonal can stay within limit,
// so only those are computed: two long names cost time proportional to
// their length times the limit, and memory to their length.
func editDistance(a, b string, limit int) (d int, ok bool) {
	if len(a)-len(b) > limit || len(b)-len(a) > limit {
		return 0, false
	}
	over := limit + 1 // any distance beyond the limit
	// Rows i-2, i-1 and i of the table, each of len(b)+1 cells.
	before, prev, cur := make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = min(j, over)
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-limit), min(len(b), i+limit)
		cur[lo-1] = over
		if lo == 1 {
			cur[0] = min(i, over)
		}
		best := cur[lo-1]
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			c := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				c = min(c, before[j-2]+1)
			}
			cur[j] = min(c, over)
			best = min(best, cur[j])
		}
		if hi < len(b) {
			cur[hi+1] = over // outside the band, for the next row
		}
		if best > limit {
			return 0, false
		}
		before, prev, cur = prev, cur, before
	}
	return prev[len(b)], prev[len(b)] <= limit
}

// conversionHint proposes library functions that convert between two
// primitive types, as moc does after a mismatch: `to...`/`from...`
// functions of the loaded modules, named as the program imported them, or
// with the import to add.
func (c *Checker) conversionHint(e *env, actual, expected types.Type) string {
	from, ok1 := types.Promote(actual).(types.Prim)
	to, ok2 := types.Promote(expected).(types.Prim)
	if !ok1 || !ok2 {
		return ""
	}
	want := &types.Func{Params: []types.Type{from}, Results: []types.Type{to}}
	mods := make([]*types.Module, 0, len(c.modules))
	for _, m := range c.modules {
		if !m.Prim {
			mods = append(mods, m)
		}
	}
	sort.Slice(mods, func(i, j int) bool { return mods[i].Path < mods[j].Path })
	var found []string
	for _, m := range mods {
		name, note := e.sc.nameOfType(m.Type), ""
		if name == "" {
			if !m.Library {
				continue
			}
			name = path.Base(m.Path)
			note = fmt.Sprintf(" after adding `import %s = %q`", name, m.Path)
		}
		found = append(conversions(name, note, m.Type, want, map[types.Type]bool{}), found...)
	}
	if len(found) == 0 {
		return ""
	}
	return "\nMaybe try conversion:\n  " + oneOf(found, ",\n  ", " or\n  ") + "?"
}

// conversions lists the conversion functions of a module and its nested
// modules, last field first, as moc lists them.
func conversions(prefix, note string, t types.Type, want *types.Func, seen map[types.Type]bool) []string {
	obj, ok := types.Promote(t).(*types.Obj)
	if !ok || seen[t] {
		return nil
	}
	seen[t] = true
	var out []string
	for _, f := range obj.Fields() {
		switch ft := types.Normalize(f.Type).(type) {
		case *types.Func:
			if (strings.HasPrefix(f.Name, "to") || strings.HasPrefix(f.Name, "from")) && types.Sub(ft, want) {
				out = append([]string{"`" + prefix + "." + f.Name + "(_)`" + note}, out...)
			}
		case *types.Obj:
			out = append(conversions(prefix+"."+f.Name, note, ft, want, seen), out...)
		}
	}
	return out
}

// oneOf joins items as "a, b or c" with the given separators.
func oneOf(items []string, sep, last string) string {
	if len(items) == 1 {
		return items[0]
	}
	return strings.Join(items[:len(items)-1], sep) + last + items[len(items)-1]
}

// nameOfType finds a name in scope bound to exactly this (module) type.
func (s *scope) nameOfType(t types.Type) string {
	for ; s != nil; s = s.parent {
		for name, b := range s.vals {
			if b.Type == t {
				return name
			}
		}
	}
	return ""
}
