//go:build !linux

package main

// heapInHugePages does nothing here: see hugepages_linux.go.
func heapInHugePages() {}
