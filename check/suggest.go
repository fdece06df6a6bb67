package check

import (
	"math/bits"
	"sort"
	"strings"
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
		if d := editDistance(name, n); strings.HasPrefix(n, name) || d <= limit {
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
	list := found[0].name
	for i, f := range found[1:] {
		if i == len(found)-2 {
			list += " or " + f.name
		} else {
			list += ", " + f.name
		}
	}
	return "\nhelp: did you mean " + desc + " " + list + "?"
}

// editDistance counts the insertions, deletions, substitutions and swaps
// of adjacent characters that turn a into b (optimal string alignment).
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
