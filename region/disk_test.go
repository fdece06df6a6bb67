package region

import (
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"
)

func openTestDisk(t *testing.T, dir string) *Disk {
	t.Helper()
	d, err := OpenDisk(dir)
	require.NoError(t, err)
	return d
}

// sampleMemory makes a memory with ExperimentalStableMemory data migrated
// into region 0, a region of two blocks, an empty region, reserved pages
// and a region id handed out by a rolled-back message.
func sampleMemory(t *testing.T, m *Manager) {
	t.Helper()
	esm := m.StableMemory()
	require.Equal(t, uint64(0), esm.Grow(3))
	require.NoError(t, esm.Store8(2*PageSize+1, 7))
	r, err := m.New()
	require.NoError(t, err)
	v := m.Region(r)
	require.Equal(t, uint64(0), v.Grow(130))
	require.NoError(t, v.Store64(129*PageSize+8, 42))
	_, err = m.New()
	require.NoError(t, err)
	m.ReserveBeyond(5)
	m.Begin()
	_, err = m.New()
	require.NoError(t, err)
	m.Rollback()
}

func TestDiskRoundTrip(t *testing.T) {
	dir := t.TempDir()
	d := openTestDisk(t, dir)
	assert.False(t, d.Saved())
	m := d.Fresh(Config{})
	sampleMemory(t, m)
	require.NoError(t, d.Save(m, map[string][]byte{"vars": []byte("x"), "file": []byte("a.mo")}))
	require.NoError(t, d.Save(m, map[string][]byte{"vars": []byte("y")}))
	require.NoError(t, d.Close())

	d = openTestDisk(t, dir)
	defer d.Close()
	assert.True(t, d.Saved())
	assert.Equal(t, []byte("y"), d.Record("vars"))
	assert.Nil(t, d.Record("file"), "a record not saved again is gone")
	got, err := d.Load(Config{})
	require.NoError(t, err)
	assert.Equal(t, m.saved(), got.saved())
	assert.Equal(t, m.Regions(), got.Regions())
	assert.Equal(t, m.PhysicalPages(), got.PhysicalPages())
	assert.Equal(t, m.LogicalPages(), got.LogicalPages())

	x, err := got.StableMemory().Load8(2*PageSize + 1)
	require.NoError(t, err)
	assert.Equal(t, uint8(7), x)
	r, ok := got.RegionByID(FirstRegionID)
	require.True(t, ok)
	y, err := got.Region(r).Load64(129*PageSize + 8)
	require.NoError(t, err)
	assert.Equal(t, uint64(42), y)
	_, ok = got.RegionByID(FirstRegionID + 2)
	assert.False(t, ok, "the rolled-back region is not kept")
	next, err := got.New()
	require.NoError(t, err)
	assert.Equal(t, uint64(FirstRegionID+2), next.ID())
}

func TestDiskUnmigratedRoundTrip(t *testing.T) {
	dir := t.TempDir()
	d := openTestDisk(t, dir)
	m := d.Fresh(Config{})
	m.StableMemory().Grow(2)
	require.NoError(t, m.StableMemory().Store16(PageSize-1, 0x0102))
	require.NoError(t, d.Save(m, nil))
	require.NoError(t, d.Close())

	d = openTestDisk(t, dir)
	defer d.Close()
	got, err := d.Load(Config{})
	require.NoError(t, err)
	assert.Equal(t, m.saved(), got.saved())
	x, err := got.StableMemory().Load16(PageSize - 1)
	require.NoError(t, err)
	assert.Equal(t, uint16(0x0102), x)
}

// A save writes the pages changed since the last one, not the memory held.
func TestDiskSaveWritesChangedPagesOnly(t *testing.T) {
	d := openTestDisk(t, t.TempDir())
	defer d.Close()
	m := d.Fresh(Config{})
	r, err := m.New()
	require.NoError(t, err)
	v := m.Region(r)
	v.Grow(256)
	for i := range uint64(256) {
		require.NoError(t, v.Store8(i*PageSize, 1))
	}
	writes := func() int64 { s := d.db.Stats(); return s.TxStats.GetWrite() }
	before := writes()
	require.NoError(t, d.Save(m, nil))
	full := writes() - before

	m.Begin()
	require.NoError(t, v.Store8(5*PageSize+3, 2))
	m.Commit()
	assert.Len(t, m.store.(*diskPages).dirty, 1)
	before = writes()
	require.NoError(t, d.Save(m, nil))
	one := writes() - before
	assert.GreaterOrEqual(t, full, int64(100), "bbolt keeps two pages to a leaf")
	assert.Less(t, one, int64(10), "a one-page change wrote %d bbolt pages", one)

	before = writes()
	require.NoError(t, d.Save(m, nil))
	assert.Zero(t, writes()-before, "an unchanged memory writes nothing")
}

// Writes after a save reach the disk even on the page the manager caches.
func TestDiskSeesWritesAfterSave(t *testing.T) {
	dir := t.TempDir()
	d := openTestDisk(t, dir)
	m := d.Fresh(Config{})
	m.StableMemory().Grow(1)
	m.Begin()
	require.NoError(t, m.StableMemory().Store8(0, 1))
	m.Commit()
	require.NoError(t, d.Save(m, nil))
	require.NoError(t, m.StableMemory().Store8(1, 2)) // no step open
	require.NoError(t, d.Save(m, nil))
	require.NoError(t, d.Close())

	d = openTestDisk(t, dir)
	defer d.Close()
	got, err := d.Load(Config{})
	require.NoError(t, err)
	x, err := got.StableMemory().Load16(0)
	require.NoError(t, err)
	assert.Equal(t, uint16(0x0201), x)
}

// Pages let go of after a save are read back when used again.
func TestDiskEvictsSavedPages(t *testing.T) {
	d := openTestDisk(t, t.TempDir())
	defer d.Close()
	d.maxResident = 16
	m := d.Fresh(Config{})
	v := m.StableMemory()
	n := uint64(d.maxResident + 10)
	v.Grow(n)
	for i := range n {
		require.NoError(t, v.Store32(i*PageSize+100, uint32(i)+1))
	}
	require.NoError(t, d.Save(m, nil))
	s := m.store.(*diskPages)
	assert.Zero(t, s.held)
	assert.Same(t, notLoaded, s.table.Page(7))
	for _, i := range []uint64{0, 7, n - 1} {
		x, err := v.Load32(i*PageSize + 100)
		require.NoError(t, err)
		assert.Equal(t, uint32(i)+1, x)
	}
}

// A reinstall's memory replaces the saved one only once it is saved.
func TestDiskFreshReplacesOnSave(t *testing.T) {
	dir := t.TempDir()
	d := openTestDisk(t, dir)
	m := d.Fresh(Config{})
	sampleMemory(t, m)
	require.NoError(t, d.Save(m, map[string][]byte{"vars": []byte("old")}))

	abandoned := d.Fresh(Config{})
	abandoned.StableMemory().Grow(1)
	require.NoError(t, d.Save(m, map[string][]byte{"vars": []byte("old")}), "an unsaved fresh memory changes nothing")

	fresh := d.Fresh(Config{})
	fresh.StableMemory().Grow(1)
	require.NoError(t, fresh.StableMemory().Store8(10, 9))
	require.NoError(t, d.Save(fresh, map[string][]byte{"vars": []byte("new")}))
	assert.ErrorContains(t, d.Save(m, nil), "replaced since")
	require.NoError(t, d.Close())

	d = openTestDisk(t, dir)
	defer d.Close()
	got, err := d.Load(Config{})
	require.NoError(t, err)
	assert.Equal(t, fresh.saved(), got.saved())
	assert.Equal(t, []byte("new"), d.Record("vars"))
	x, err := got.StableMemory().Load8(10)
	require.NoError(t, err)
	assert.Equal(t, uint8(9), x)
	var pages int
	require.NoError(t, d.db.View(func(tx *bolt.Tx) error {
		pages = tx.Bucket(pagesBucket).Stats().KeyN
		return nil
	}))
	assert.Equal(t, 1, pages, "the old memory's pages are gone")
}

func TestDiskSaveMisuse(t *testing.T) {
	d := openTestDisk(t, t.TempDir())
	defer d.Close()
	assert.ErrorContains(t, d.Save(newTestManager(Config{}), nil), "not kept here")
	m := d.Fresh(Config{})
	m.Begin()
	assert.ErrorContains(t, d.Save(m, nil), "middle of a step")
}

// savedState makes a directory holding a saved sample memory, then lets
// change edit its database.
func savedState(t *testing.T, change func(tx *bolt.Tx) error) string {
	t.Helper()
	dir := t.TempDir()
	d := openTestDisk(t, dir)
	m := d.Fresh(Config{})
	sampleMemory(t, m)
	require.NoError(t, d.Save(m, nil))
	require.NoError(t, d.Close())
	if change != nil {
		db, err := bolt.Open(filepath.Join(dir, stateFile), 0o644, nil)
		require.NoError(t, err)
		require.NoError(t, db.Update(change))
		require.NoError(t, db.Close())
	}
	return dir
}

// editMemory changes the saved metadata.
func editMemory(edit func(s *diskMemory)) func(tx *bolt.Tx) error {
	return func(tx *bolt.Tx) error {
		b := tx.Bucket(moriBucket)
		var s diskMemory
		if err := json.Unmarshal(b.Get(memoryKey), &s); err != nil {
			return err
		}
		edit(&s)
		data, err := json.Marshal(s)
		if err != nil {
			return err
		}
		return b.Put(memoryKey, data)
	}
}

func pageKey(i uint64) []byte { return binary.BigEndian.AppendUint64(nil, i) }

func TestDiskDamagedOrForeign(t *testing.T) {
	tests := []struct {
		name string
		dir  func(t *testing.T) string
		want string
	}{
		{"a file, not a directory", func(t *testing.T) string {
			path := filepath.Join(t.TempDir(), "f")
			require.NoError(t, os.WriteFile(path, nil, 0o644))
			return path
		}, "not a directory"},
		{"a directory of other things", func(t *testing.T) string {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "main.mo"), nil, 0o644))
			return dir
		}, "not a mori state directory: it holds main.mo and no state.db"},
		{"not a database", func(t *testing.T) string {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, stateFile), []byte("hello, this is not bbolt"), 0o644))
			return dir
		}, "state.db is not a mori state or is damaged"},
		{"another program's database", func(t *testing.T) string {
			dir := t.TempDir()
			db, err := bolt.Open(filepath.Join(dir, stateFile), 0o644, nil)
			require.NoError(t, err)
			require.NoError(t, db.Update(func(tx *bolt.Tx) error {
				_, err := tx.CreateBucket([]byte("users"))
				return err
			}))
			require.NoError(t, db.Close())
			return dir
		}, `state.db is not a mori state: it holds "users"`},
		{"another format version", func(t *testing.T) string {
			return savedState(t, func(tx *bolt.Tx) error {
				return tx.Bucket(moriBucket).Put(formatKey, []byte("mori state 99"))
			})
		}, `state.db has format "mori state 99"; this mori reads "mori state 1"`},
		{"a bucket missing", func(t *testing.T) string {
			return savedState(t, func(tx *bolt.Tx) error { return tx.DeleteBucket(presentBucket) })
		}, `bucket "present" is missing`},
		{"metadata not JSON", func(t *testing.T) string {
			return savedState(t, func(tx *bolt.Tx) error {
				return tx.Bucket(moriBucket).Put(memoryKey, []byte("{"))
			})
		}, "damaged stable memory"},
		{"block owned by another region", func(t *testing.T) string {
			return savedState(t, editMemory(func(s *diskMemory) { s.Owners[1] = 99 }))
		}, "block 1 does not belong to region 16"},
		{"block of no region", func(t *testing.T) string {
			return savedState(t, editMemory(func(s *diskMemory) { s.Owners = append(s.Owners, 16) }))
		}, "damaged stable memory"},
		{"pages without blocks", func(t *testing.T) string {
			return savedState(t, editMemory(func(s *diskMemory) { s.Regions[1].Pages = 1000 }))
		}, "region 16 has 1000 pages in 2 blocks"},
		{"region ids out of order", func(t *testing.T) string {
			return savedState(t, editMemory(func(s *diskMemory) { s.Regions[1], s.Regions[2] = s.Regions[2], s.Regions[1] }))
		}, "out of order"},
		{"region id not handed out", func(t *testing.T) string {
			return savedState(t, editMemory(func(s *diskMemory) { s.NextID = 17 }))
		}, "region id 17 out of order or out of range"},
		{"blocks in a bad place", func(t *testing.T) string {
			return savedState(t, editMemory(func(s *diskMemory) { s.BlockBase = 3 }))
		}, "blocks start at page 3"},
		{"region 0 missing", func(t *testing.T) string {
			return savedState(t, editMemory(func(s *diskMemory) { s.Regions = nil }))
		}, "region 0 is missing"},
		{"unmigrated memory with regions", func(t *testing.T) string {
			return savedState(t, editMemory(func(s *diskMemory) { s.Migrated = false }))
		}, "not migrated to regions has regions"},
		{"bad page entry", func(t *testing.T) string {
			return savedState(t, func(tx *bolt.Tx) error {
				return tx.Bucket(presentBucket).Put([]byte("short"), nil)
			})
		}, "page entry 73686f7274"},
		{"page past the end", func(t *testing.T) string {
			return savedState(t, func(tx *bolt.Tx) error {
				return tx.Bucket(presentBucket).Put(pageKey(1<<20), nil)
			})
		}, "page 1048576 beyond the memory's"},
		{"record that is a bucket", func(t *testing.T) string {
			return savedState(t, func(tx *bolt.Tx) error {
				_, err := tx.Bucket(recordsBucket).CreateBucket([]byte("vars"))
				return err
			})
		}, `record "vars" is a bucket`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := tt.dir(t)
			d, err := OpenDisk(dir)
			if err == nil {
				_, err = d.Load(Config{})
				d.Close()
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), "state "+dir)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// A page found damaged only when read stops the next save.
func TestDiskDamagedPage(t *testing.T) {
	dir := savedState(t, func(tx *bolt.Tx) error {
		return tx.Bucket(pagesBucket).Put(pageKey(BlockPages+2), []byte("short"))
	})
	d := openTestDisk(t, dir)
	defer d.Close()
	m, err := d.Load(Config{})
	require.NoError(t, err)
	_, err = m.StableMemory().Load8(2*PageSize + 1)
	require.NoError(t, err, "the page reads as zeros")
	err = d.Save(m, nil)
	require.Error(t, err)
	assert.Equal(t, "state "+dir+": damaged stable memory: page 130 has 5 bytes", err.Error())
}

func TestDiskLock(t *testing.T) {
	dir := t.TempDir()
	d := openTestDisk(t, dir)
	_, err := OpenDisk(dir)
	require.Error(t, err)
	assert.Equal(t, "state "+dir+" is in use by another mori process (pid "+strconv.Itoa(os.Getpid())+")", err.Error())
	require.NoError(t, d.Close())
	d = openTestDisk(t, dir)
	require.NoError(t, d.Close())
}
