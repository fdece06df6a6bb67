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
//     twice the live data once that is above half the floor.
const heapFloor = 32 << 20

func configureRuntime() {
	if os.Getenv("GOMAXPROCS") == "" {
		runtime.GOMAXPROCS(1)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent(0, heapFloor))
		afterEachGC(func() { debug.SetGCPercent(gcPercent(liveHeap(), heapFloor)) })
	}
}

// gcPercent is the GOGC that puts the next collection at twice live, or at
// floor if that is more. Before the first collection (live 0) the runtime
// takes its goal as 4 MiB times GOGC/100.
func gcPercent(live, floor uint64) int {
	const initialHeap = 4 << 20
	if live == 0 {
		return int(floor / initialHeap * 100)
	}
	if 2*live >= floor {
		return 100
	}
	return int((floor - live) * 100 / live)
}

var liveSample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}

// liveHeap is the heap the last collection found live.
func liveHeap() uint64 {
	metrics.Read(liveSample)
	return liveSample[0].Value.Uint64()
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
