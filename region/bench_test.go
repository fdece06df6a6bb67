package region

import (
	"bufio"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
)

// benchRegion returns a region of two blocks, already written so that
// timings measure access, not page allocation.
func benchRegion(b *testing.B) Memory {
	m := newTestManager(Config{})
	r, err := m.New()
	if err != nil {
		b.Fatal(err)
	}
	v := m.Region(r)
	v.Grow(2 * BlockPages)
	if err := v.StoreBlob(0, make([]byte, 2*blockBytes)); err != nil {
		b.Fatal(err)
	}
	return v
}

func BenchmarkLoad64InPage(b *testing.B) {
	v := benchRegion(b)
	var sum uint64
	for i := 0; b.Loop(); i++ {
		x, err := v.Load64(uint64(i*8) & (PageSize - 8))
		if err != nil {
			b.Fatal(err)
		}
		sum += x
	}
	_ = sum
}

func BenchmarkStore64InPage(b *testing.B) {
	v := benchRegion(b)
	for i := 0; b.Loop(); i++ {
		if err := v.Store64(uint64(i*8)&(PageSize-8), uint64(i)); err != nil {
			b.Fatal(err)
		}
	}
}

// The blob copies are 1 MiB at an odd offset, so they cross pages.
const benchBlobSize = 1 << 20

func BenchmarkStoreBlob(b *testing.B) {
	v := benchRegion(b)
	blob := make([]byte, benchBlobSize)
	b.SetBytes(benchBlobSize)
	for b.Loop() {
		if err := v.StoreBlob(blockBytes-3, blob); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadBlob(b *testing.B) {
	v := benchRegion(b)
	b.SetBytes(benchBlobSize)
	for b.Loop() {
		if _, err := v.LoadBlob(blockBytes-3, benchBlobSize); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGrowTo256GiB grows 64 regions in turns until they own every block
// (256 GiB) without writing, then reports the process's resident memory,
// which must stay small. Run it alone (-run '^$') so that no test's memory
// is counted.
func BenchmarkGrowTo256GiB(b *testing.B) {
	debug.FreeOSMemory() // return whatever earlier benchmarks left behind
	var keep *Manager
	for b.Loop() {
		m := newTestManager(Config{MaxStablePages: lowBlockBase + DefaultMaxBlocks*BlockPages})
		var rs []*Region
		for range 64 {
			r, err := m.New()
			if err != nil {
				b.Fatal(err)
			}
			rs = append(rs, r)
		}
		for i := 0; i < DefaultMaxBlocks; i++ {
			if m.Region(rs[i%len(rs)]).Grow(BlockPages) == GrowFailed {
				b.Fatalf("grow %d failed", i)
			}
		}
		last := m.Region(rs[len(rs)-1])
		if x, err := last.Load64(last.Size()*PageSize - 8); err != nil || x != 0 {
			b.Fatalf("last word: %d, %v", x, err)
		}
		keep = m
	}
	if got := keep.PhysicalPages() - lowBlockBase; got*PageSize != 256<<30 {
		b.Fatalf("regions own %d pages", got)
	}
	rss := vmRSSMiB(b)
	b.ReportMetric(rss, "RSS-MiB")
	if rss >= 64 {
		b.Fatalf("RSS %.1f MiB, want under 64 MiB", rss)
	}
}

// vmRSSMiB reads the resident set size from /proc/self/status.
func vmRSSMiB(b *testing.B) float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		b.Skip("no /proc/self/status:", err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if kib, ok := strings.CutPrefix(s.Text(), "VmRSS:"); ok {
			n, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(kib, "kB")), 64)
			if err != nil {
				b.Fatal(err)
			}
			return n / 1024
		}
	}
	b.Fatal("VmRSS not found")
	return 0
}
