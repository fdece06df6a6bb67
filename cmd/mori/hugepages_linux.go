package main

import (
	"bytes"
	"os"
	"runtime"
	"syscall"
)

// heapInHugePages backs the heap's next 12 MiB with transparent huge pages,
// on a kernel that gives them only to memory that asks (THP mode madvise,
// the common default). The syntax trees and types of a program's libraries
// are a few MiB made at start-up, and each fresh 4 KiB page costs the
// kernel a fault at its first touch: on a virtual machine 15-20 µs, more
// than the parsing that fills it, while a 2 MiB page costs about as much
// as one small one (the core Map, List, Text and Nat program: 1650 faults
// and 52 ms; with this, 900 and 40 ms). The runtime maps its heap as it
// grows, a region the size of the allocation that needs it: one 12 MiB
// allocation maps that much at once, which is marked for huge pages and
// freed by a collection for the objects to come. Where that fails, nothing
// else changes. It takes three quarters of the heap floor (12 MiB, six huge
// pages): reaching the floor itself would start a collection of its own.
func heapInHugePages() {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !bytes.Contains(mode, []byte("[madvise]")) {
		return
	}
	ballast := make([]byte, heapFloor/4*3)
	if syscall.Madvise(ballast, syscall.MADV_HUGEPAGE) != nil {
		return
	}
	ballast = nil
	runtime.GC()
}
