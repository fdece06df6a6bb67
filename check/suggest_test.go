package check

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// fullEditDistance is the whole optimal-string-alignment table, the
// reference for the banded editDistance.
func fullEditDistance(a, b string) int {
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

func TestEditDistanceMatchesTheFullTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = "abc"[rng.IntN(3)]
		}
		return string(b)
	}
	for range 20_000 {
		a, b, limit := word(), word(), rng.IntN(5)
		want := fullEditDistance(a, b)
		got, ok := editDistance(a, b, limit)
		if assert.Equal(t, want <= limit, ok, "%q %q limit %d", a, b, limit) && ok {
			assert.Equal(t, want, got, "%q %q", a, b)
		}
	}
}

func TestSuggest(t *testing.T) {
	names := []string{"count", "counter", "amount", "cuont", "x"}
	assert.Equal(t, "\nhelp: did you mean variable count, cuont or counter?", suggest("variable", "coun", names))
	assert.Equal(t, "", suggest("variable", "zzzzzz", names))
}

// Two long names cost time and memory in proportion to their length: the
// issue's two 30_000-character names needed 7 GB before.
func TestSuggestLongNames(t *testing.T) {
	a := strings.Repeat("ab", 15_000)
	near := "x" + a[1:]
	far := strings.Repeat("cd", 15_000)
	assert.Equal(t, "\nhelp: did you mean variable "+near+"?", suggest("variable", a, []string{far, near}))
	long := strings.Repeat("x", 1_000_000)
	assert.Equal(t, "", suggest("field", long, []string{"debugPrint", "x"}))
}

func BenchmarkSuggestLongNames(b *testing.B) {
	for _, n := range []int{30_000, 120_000} {
		a, other := strings.Repeat("ab", n/2), strings.Repeat("ba", n/2)+"c"
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				suggest("variable", a, []string{other})
			}
		})
	}
}
