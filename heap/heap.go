// Package heap keeps a running program within a memory budget, as a
// canister's heap is bounded: mori traps the program when it needs more,
// instead of growing until the machine gives out.
//
// The budget is a property of the process, like the Go heap it measures.
// Two checks enforce it: code about to make one large allocation (an
// array, a long text, a huge number) asks Fits first, and the evaluator
// asks OverBudget now and then, which catches a heap that grows by many
// small allocations. Go's collector is told of the budget too, so that it
// collects harder before the budget is reached rather than after.
package heap

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// DefaultBudget is the budget when none is set: 4 GiB, the heap of a
// canister compiled to 32-bit Wasm.
const DefaultBudget = 4 << 30

// largeAlloc is the size from which Fits measures the heap.
const largeAlloc = 1 << 20

// budget is the budget in bytes, 0 until SetBudget.
var budget atomic.Int64

// SetBudget sets the budget in bytes (at least 1).
func SetBudget(bytes int64) {
	budget.Store(bytes)
	setLimit()
}

// setLimit tells the collector to collect harder once memory passes the
// budget by a quarter (by then the heap is measured often enough for
// OverBudget to see it), stable memory aside.
func setLimit() {
	b := Budget()
	debug.SetMemoryLimit(b + b/4 + exempt.Load())
}

// exempt is the memory the program holds outside its heap: the pages of
// stable memory, which a canister keeps apart from its heap and which the
// budget therefore does not count.
var exempt atomic.Int64

// Exempt records that n more bytes of stable memory are held (negative n:
// fewer), which the heap measurements leave out.
func Exempt(n int64) {
	const step = 64 << 20 // the collector's limit follows in steps
	if before := exempt.Add(n) - n; before/step != (before+n)/step {
		setLimit()
	}
}

// heapBytes is a heap measurement without the stable memory in it.
func heapBytes(name string) uint64 {
	return read(name) - min(read(name), uint64(max(exempt.Load(), 0)))
}

// Budget returns the budget in bytes.
func Budget() int64 {
	if b := budget.Load(); b > 0 {
		return b
	}
	return DefaultBudget
}

// OverBudget reports whether the live heap, as measured by the last
// collection, exceeds the budget.
func OverBudget() bool { return heapBytes(liveBytes) > uint64(Budget()) }

// Fits reports whether n more bytes fit in the budget: a program about to
// allocate them traps instead when they do not. Garbage not yet collected
// does not count against it. Small allocations are only added up, and
// checked together with OverBudget once they amount to a large one.
func Fits(n int64) bool {
	if n < largeAlloc {
		if unmeasured.Add(n) < largeAlloc {
			return true
		}
		unmeasured.Store(0)
		return !OverBudget()
	}
	b := Budget()
	if n > b {
		return false
	}
	if heapBytes(objectBytes) <= uint64(b-n) {
		return true
	}
	runtime.GC()
	return heapBytes(objectBytes) <= uint64(b-n)
}

// unmeasured adds up the small allocations Fits was asked about since it
// last measured the heap.
var unmeasured atomic.Int64

const (
	liveBytes   = "/gc/heap/live:bytes"
	objectBytes = "/memory/classes/heap/objects:bytes"
)

func read(name string) uint64 {
	sample := []metrics.Sample{{Name: name}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0 // not measured by this Go (a test makes sure it is)
	}
	return sample[0].Value.Uint64()
}
