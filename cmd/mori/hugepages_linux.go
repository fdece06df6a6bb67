package main

import (
	"bytes"
	"os"
	"runtime"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugePage is the size of a transparent huge page on Linux (x86-64, arm64).
const hugePage = 2 << 20

// heapInHugePages backs the heap's next 12 MiB with transparent huge pages,
// on a kernel that gives them only to memory that asks (THP mode madvise,
// the common default). The syntax trees and types of a program's libraries
// are a few MiB made at start-up, and each fresh 4 KiB page costs the
// kernel a fault at its first touch: on a virtual machine 15-30 µs, more
// than the parsing that fills it, while a 2 MiB page costs about as much
// as one small one. The runtime maps its heap as it grows, a region the
// size of the allocation that needs it: one 12 MiB allocation maps that
// much at once, which is marked for huge pages and freed by a collection
// for the objects to come. The runtime fills the lowest free pages first,
// those below the allocation in the huge page it starts in, which the
// program has used already (in 4 KiB pages): that one is collapsed into a
// huge page too (MADV_COLLAPSE, Linux 6.1). The core Map, List, Text and
// Nat program: 1650 faults without any of this, 900 with the marked
// region alone, 600-700 with the collapse. Where a step fails, nothing else
// changes. It takes three quarters of the heap floor (12 MiB, six huge
// pages): reaching the floor itself would start a collection of its own.
func heapInHugePages() {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !bytes.Contains(mode, []byte("[madvise]")) {
		return
	}
	ballast := make([]byte, heapFloor/4*3)
	// The region is passed by address only: a Go pointer below the
	// ballast could point into free heap, which the collector rejects.
	start := uintptr(unsafe.Pointer(unsafe.SliceData(ballast)))
	from := start &^ (hugePage - 1)
	if madvise(from, start-from+uintptr(len(ballast)), unix.MADV_HUGEPAGE) != nil {
		return
	}
	if from < start {
		madvise(from, hugePage, unix.MADV_COLLAPSE)
	}
	runtime.KeepAlive(ballast)
	ballast = nil
	runtime.GC()
}

func madvise(addr, n uintptr, advice int) error {
	if _, _, errno := unix.Syscall(unix.SYS_MADVISE, addr, n, uintptr(advice)); errno != 0 {
		return errno
	}
	return nil
}
