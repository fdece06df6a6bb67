package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseSize(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int64 // 0 for an error
	}{
		{"1", 1},
		{"4096", 4096},
		{"64KiB", 64 << 10},
		{"512MiB", 512 << 20},
		{"4GiB", 4 << 30},
		{"0", 0},
		{"0MiB", 0},
		{"-1", 0},
		{"1.5GiB", 0},
		{"GiB", 0},
		{"4gb", 0},
		{"99999999999GiB", 0},
	} {
		got, err := parseSize(tt.in)
		if tt.want == 0 {
			assert.Error(t, err, tt.in)
		} else {
			assert.NoError(t, err, tt.in)
			assert.Equal(t, tt.want, got, tt.in)
		}
	}
}
