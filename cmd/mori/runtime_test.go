package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGCPercentKeepsTheFloor(t *testing.T) {
	const mib = 1 << 20
	tests := []struct {
		live, roots, floor uint64
		want               int
	}{
		{live: 0, floor: 32 * mib, want: 800},                       // first goal 4 MiB * 8 = the floor
		{live: 4 * mib, roots: mib / 2, floor: 32 * mib, want: 622}, // 4 MiB live, next at 32 MiB
		{live: 16 * mib, floor: 32 * mib, want: 100},
		{live: 100 * mib, floor: 32 * mib, want: 100},
		// Little live, as after a collection at start-up: at most 800, as
		// the runtime's goal is at least 4 MiB * GOGC/100.
		{live: mib / 4, roots: mib / 4, floor: 32 * mib, want: 800},
		{live: 15 * mib, roots: 2 * mib, floor: 32 * mib, want: 100},
	}
	for _, tt := range tests {
		got := gcPercent(tt.live, tt.roots, tt.floor)
		assert.Equal(t, tt.want, got, "live %d", tt.live)
		// The runtime's goal, as the comment of gcPercent gives it.
		goal := max(4*mib*uint64(got)/100, tt.live+(tt.live+tt.roots)*uint64(got)/100)
		assert.InDelta(t, float64(max(tt.floor, 2*tt.live+tt.roots)), float64(goal), float64(mib)/10, "goal at live %d", tt.live)
	}
}
