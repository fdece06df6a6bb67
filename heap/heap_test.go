package heap

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMetricsAreMeasured(t *testing.T) {
	assert.NotZero(t, read(objectBytes))
	runtime.GC()
	assert.NotZero(t, read(liveBytes))
}

func TestBudget(t *testing.T) {
	defer SetBudget(DefaultBudget)
	assert.EqualValues(t, DefaultBudget, Budget())

	assert.True(t, Fits(largeAlloc-1), "small allocations are not measured")
	assert.True(t, Fits(64<<20))
	assert.False(t, Fits(DefaultBudget+1))

	SetBudget(32 << 20)
	keep := make([]byte, 40<<20)
	runtime.GC()
	assert.True(t, OverBudget())
	assert.False(t, Fits(largeAlloc))
	runtime.KeepAlive(keep)

	keep = nil
	runtime.GC()
	assert.False(t, OverBudget())
	assert.True(t, Fits(16<<20), "garbage does not count")
}
