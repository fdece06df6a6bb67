package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGCPercentKeepsTheFloor(t *testing.T) {
	const mib = 1 << 20
	tests := []struct {
		live, floor uint64
		want        int
	}{
		{live: 0, floor: 32 * mib, want: 800},       // first goal 4 MiB * 8 = the floor
		{live: 4 * mib, floor: 32 * mib, want: 700}, // 4 MiB live, next at 32 MiB
		{live: 16 * mib, floor: 32 * mib, want: 100},
		{live: 100 * mib, floor: 32 * mib, want: 100},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, gcPercent(tt.live, tt.floor), "live %d", tt.live)
	}
}
