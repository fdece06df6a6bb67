package region_test

import (
	"fmt"

	"github.com/mori-lang/mori/region"
)

func Example() {
	m := region.NewManager(region.Config{}, region.NewMemStore())
	esm := m.StableMemory()
	fmt.Println(esm.Grow(1), m.PhysicalPages())

	r, err := m.New() // migrates: ExperimentalStableMemory becomes region 0
	if err != nil {
		panic(err)
	}
	v := m.Region(r)
	fmt.Println(r.ID(), v.Grow(2), m.PhysicalPages())

	fmt.Println(v.Store64(2*region.PageSize-8, 42))
	x, _ := v.Load64(2*region.PageSize - 8)
	fmt.Println(x)
	_, err = v.Load64(2*region.PageSize - 7)
	fmt.Println(err)
	_, err = esm.Load8(region.PageSize)
	fmt.Println(err)

	m.Begin()
	v.Grow(200)
	m.Rollback() // as if the message trapped
	fmt.Println(v.Size(), m.PhysicalPages())
	// Output:
	// 0 1
	// 16 0 384
	// <nil>
	// 42
	// Region error: range out of bounds
	// StableMemory offset out of bounds
	// 2 384
}
