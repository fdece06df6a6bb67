package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// The Go runtime's settings for mori, chosen for a machine whose cores other
// processes share (GOMAXPROCS or GOGC set in the environment win, so both
// can be measured):
//
//   - One P. A Motoko program runs on one thread; more Ps only let the
//     collector's background workers take a second core from other
//     processes, and on a loaded machine the program then waits for them
//     (wall time far above CPU time). With one P the collector works in the
//     program's own time slices.
//   - A heap floor. The collector's goal is twice the live heap, as GOGC=100,
//     but never below heapFloor: the interpreter allocates much short-lived
//     memory (frames, tuples, options) and keeps little, and collecting a
//     small heap often costs CPU and saves nothing. Peak memory stays within
//     twice the live data once that is above half the floor. 16 MiB rather
//     than 32: library workloads then take 7-10% more CPU and 12-28% less
//     memory (a B-tree: 30 MiB resident instead of 41).
const heapFloor = 16 << 20

func configureRuntime() {
	if os.Getenv("GOMAXPROCS") == "" {
		runtime.GOMAXPROCS(1)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent(0, 0, heapFloor))
		afterEachGC(func() {
			live, roots := lastCollection()
			debug.SetGCPercent(gcPercent(live, roots, heapFloor))
		})
	}
}

// gcPercent is the GOGC that puts the next collection at twice live, or at
// floor if that is more. The runtime's goal is live + (live + roots) *
// GOGC/100, roots being the stacks and globals it scans, but never below
// 4 MiB times GOGC/100 (its goal before the first collection): so GOGC
// stays at most floor / 4 MiB * 100, or a small live heap would put the
// goal far above the floor (a collection finding 0.2 MiB live once set it
// at 300 MiB).
func gcPercent(live, roots, floor uint64) int {
	const minimumHeap = 4 << 20
	most := int(floor / minimumHeap * 100)
	if 2*live+roots >= floor {
		return 100
	}
	if live+roots == 0 {
		return most
	}
	return min(most, int((floor-live)*100/(live+roots)))
}

var collectionSamples = []metrics.Sample{
	{Name: "/gc/heap/live:bytes"},
	{Name: "/gc/scan/stack:bytes"},
	{Name: "/gc/scan/globals:bytes"},
}

// lastCollection is the heap the last collection found live, and the roots
// it scanned.
func lastCollection() (live, roots uint64) {
	metrics.Read(collectionSamples)
	value := func(i int) uint64 {
		if v := collectionSamples[i].Value; v.Kind() == metrics.KindUint64 {
			return v.Uint64()
		}
		return 0
	}
	return value(0), value(1) + value(2)
}

// gcSentinel is an object only a finalizer refers to: it dies at the next
// collection, and its finalizer runs then.
type gcSentinel struct{ _ *byte }

// afterEachGC calls f (on the finalizer goroutine) after each collection.
func afterEachGC(f func()) {
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		f()
		afterEachGC(f)
	})
}
