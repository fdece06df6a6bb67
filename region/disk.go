package region

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/mori-lang/mori/heap"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// Keeping stable memory on disk.
//
// A Disk is a directory holding one bbolt database, stateFile, with four
// buckets: "mori" (the format and the manager's metadata), "pages" (every
// page written, keyed by its index in big-endian, PageSize bytes each),
// "present" (the same keys with empty values: which pages exist, read
// without touching the pages) and "records" (what the caller keeps beside
// the memory: for a canister, its stable variables). Save is one bbolt
// transaction holding the pages written since the last Save and whatever
// metadata or record changed, so a crash at any instant leaves the last
// saved state or the new one, and saving costs time in proportion to the
// pages changed, not to the memory held. Pages are read from the database
// when first used and kept in memory while they are few
// (maxResidentPages).

const (
	stateFile = "state.db"
	// ownerFile names the process holding the database's lock.
	ownerFile     = "owner"
	formatVersion = "mori state 1"
	// lockWait is how long Open waits for another process's lock.
	lockWait = 100 * time.Millisecond
	// mmapSize is the address space bbolt maps from the start (the file
	// stays as large as its data): growing the map within a transaction
	// would copy every page the transaction wrote so far.
	mmapSize = 1 << 36
	// maxResidentPages bounds the pages (256 MiB) kept in memory between
	// saves; past it a Save lets go of them and they are read again when
	// used.
	maxResidentPages = 4096
)

var (
	moriBucket    = []byte("mori")
	pagesBucket   = []byte("pages")
	presentBucket = []byte("present")
	recordsBucket = []byte("records")
	allBuckets    = [][]byte{moriBucket, pagesBucket, presentBucket, recordsBucket}
	formatKey     = []byte("format")
	memoryKey     = []byte("memory")
)

// Disk is a directory keeping one canister's stable memory, and records of
// the caller's, across processes. It holds a lock on the directory until
// Close. A Disk is not safe for concurrent use.
type Disk struct {
	dir string
	db  *bolt.DB
	// What is saved: the manager's metadata as last written (nil before
	// the first Save) and the records.
	memory  []byte
	records map[string][]byte
	// generation counts saves: only the store saved last may save next.
	generation uint64
	// maxResident is maxResidentPages, lowered by tests.
	maxResident int
	// damage is a damaged page found when reading it (Load checks which
	// pages exist, not each page's bytes): the next Save fails with it.
	damage error
}

// OpenDisk opens the state directory dir, making it when missing. It fails
// with a clear error when dir holds something else than a mori state, a
// damaged one or one of another format version, or when another process
// has it open.
func OpenDisk(dir string) (*Disk, error) {
	if err := prepareDir(dir); err != nil {
		return nil, err
	}
	db, err := openDB(dir)
	if err != nil {
		return nil, err
	}
	d := &Disk{dir: dir, db: db, records: map[string][]byte{}, maxResident: maxResidentPages}
	if err := d.readHeader(); err != nil {
		db.Close()
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(strconv.Itoa(os.Getpid())+"\n"), 0o644); err != nil {
		db.Close()
		return nil, fmt.Errorf("state %s: %v", dir, err)
	}
	return d, nil
}

// prepareDir makes dir if missing and refuses a directory that holds
// other things than a mori state.
func prepareDir(dir string) error {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("state %s: %v", dir, err)
		}
		return nil
	case err != nil:
		return fmt.Errorf("state %s: %v", dir, err)
	case !info.IsDir():
		return fmt.Errorf("state %s: not a directory", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("state %s: %v", dir, err)
	}
	var others []string
	for _, e := range entries {
		switch e.Name() {
		case stateFile:
			return nil
		case ownerFile:
		default:
			others = append(others, e.Name())
		}
	}
	if len(others) > 0 {
		return fmt.Errorf("state %s: not a mori state directory: it holds %s and no %s", dir, strings.Join(others, ", "), stateFile)
	}
	return nil
}

func openDB(dir string) (db *bolt.DB, err error) {
	defer func() {
		if r := recover(); r != nil {
			db, err = nil, fmt.Errorf("state %s: %s is damaged: %v", dir, stateFile, r)
		}
	}()
	db, err = bolt.Open(filepath.Join(dir, stateFile), 0o644, &bolt.Options{
		Timeout: lockWait, FreelistType: bolt.FreelistMapType, InitialMmapSize: mmapSize,
	})
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return nil, fmt.Errorf("state %s is in use by another mori process%s", dir, holder(dir))
	case err != nil:
		return nil, fmt.Errorf("state %s: %s is not a mori state or is damaged: %v", dir, stateFile, err)
	}
	return db, nil
}

// holder names the process that holds dir's lock, as far as it said.
func holder(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, ownerFile))
	if err != nil {
		return ""
	}
	return " (pid " + strings.TrimSpace(string(b)) + ")"
}

// guard runs a database operation, turning a panic of bbolt's on a damaged
// file into an error.
func (d *Disk) guard(op func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s is damaged: %v", stateFile, r)
		}
	}()
	return op()
}

func (d *Disk) errorf(format string, args ...any) error {
	return fmt.Errorf("state %s: "+format, append([]any{d.dir}, args...)...)
}

// readHeader checks the format and reads the metadata and records; a new
// database gets its buckets.
func (d *Disk) readHeader() error {
	fresh := false
	err := d.guard(func() error {
		return d.db.View(func(tx *bolt.Tx) error {
			meta := tx.Bucket(moriBucket)
			if meta == nil {
				if k, _ := tx.Cursor().First(); k != nil {
					return fmt.Errorf("%s is not a mori state: it holds %q", stateFile, k)
				}
				fresh = true
				return nil
			}
			if f := meta.Get(formatKey); string(f) != formatVersion {
				return fmt.Errorf("%s has format %q; this mori reads %q", stateFile, f, formatVersion)
			}
			for _, name := range allBuckets {
				if tx.Bucket(name) == nil {
					return fmt.Errorf("%s is damaged: bucket %q is missing", stateFile, name)
				}
			}
			if m := meta.Get(memoryKey); m != nil {
				d.memory = bytes.Clone(m)
			}
			return tx.Bucket(recordsBucket).ForEach(func(k, v []byte) error {
				if v == nil {
					return fmt.Errorf("%s is damaged: record %q is a bucket", stateFile, k)
				}
				d.records[string(k)] = bytes.Clone(v)
				return nil
			})
		})
	})
	if err != nil {
		return d.errorf("%v", err)
	}
	if !fresh {
		return nil
	}
	err = d.db.Update(func(tx *bolt.Tx) error {
		for _, name := range allBuckets {
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		return tx.Bucket(moriBucket).Put(formatKey, []byte(formatVersion))
	})
	if err != nil {
		return d.errorf("%v", err)
	}
	return nil
}

// Close releases the directory.
func (d *Disk) Close() error {
	os.Remove(filepath.Join(d.dir, ownerFile))
	return d.db.Close()
}

// Saved reports whether the directory holds a saved state.
func (d *Disk) Saved() bool { return d.memory != nil }

// Record returns the record saved under name, nil if none.
func (d *Disk) Record(name string) []byte { return d.records[name] }

// Load returns the saved stable memory with the limits of cfg (an empty
// one when nothing was saved), or an error saying how the saved one is
// damaged.
func (d *Disk) Load(cfg Config) (*Manager, error) {
	s := d.newStore(false)
	if d.memory == nil {
		return NewManager(cfg, s), nil
	}
	var saved diskMemory
	if err := json.Unmarshal(d.memory, &saved); err != nil {
		return nil, d.errorf("%v: %v", errDamaged, err)
	}
	m, err := restore(saved, cfg, s)
	if err != nil {
		return nil, d.errorf("%v", err)
	}
	err = d.guard(func() error {
		return d.db.View(func(tx *bolt.Tx) error {
			return tx.Bucket(presentBucket).ForEach(func(k, v []byte) error {
				if len(k) != 8 || v == nil || len(v) != 0 {
					return damaged("page entry %x", k)
				}
				i := binary.BigEndian.Uint64(k)
				if i >= m.PhysicalPages() {
					return damaged("page %d beyond the memory's %d pages", i, m.PhysicalPages())
				}
				s.table.SetPage(i, notLoaded)
				return nil
			})
		})
	})
	if err != nil {
		return nil, d.errorf("%v", err)
	}
	return m, nil
}

// Fresh returns an empty stable memory with the limits of cfg that
// replaces the saved one at its first Save, as a reinstall does.
func (d *Disk) Fresh(cfg Config) *Manager { return NewManager(cfg, d.newStore(true)) }

// Save writes m (from Load or Fresh, with no step open) and the records
// in one transaction: the pages written since the last Save, and the
// metadata and records that changed. Records not named are deleted. Save
// keeps the records' bytes.
func (d *Disk) Save(m *Manager, records map[string][]byte) error {
	s, ok := m.store.(*diskPages)
	switch {
	case d.damage != nil:
		return d.damage
	case !ok || s.disk != d:
		return d.errorf("saving a stable memory that is not kept here")
	case s.generation != d.generation:
		return d.errorf("saving a stable memory replaced since")
	case m.journal.open:
		return d.errorf("saving in the middle of a step")
	}
	memory, err := json.Marshal(m.saved())
	if err != nil {
		return d.errorf("%v", err)
	}
	if len(s.dirty) == 0 && !s.replaces && bytes.Equal(memory, d.memory) && maps.EqualFunc(records, d.records, bytes.Equal) {
		m.dropCache()
		return nil // nothing changed: no transaction at all
	}
	dirty := make([]uint64, 0, len(s.dirty))
	for i := range s.dirty {
		dirty = append(dirty, i)
	}
	slices.Sort(dirty)
	err = d.guard(func() error {
		return d.db.Update(func(tx *bolt.Tx) error {
			if s.replaces {
				if err := emptyBuckets(tx); err != nil {
					return err
				}
			}
			pages, present := tx.Bucket(pagesBucket), tx.Bucket(presentBucket)
			for _, i := range dirty {
				var key [8]byte
				binary.BigEndian.PutUint64(key[:], i)
				if err := savePage(pages, present, key[:], s.table.Page(i)); err != nil {
					return err
				}
			}
			if s.replaces || !bytes.Equal(memory, d.memory) {
				if err := tx.Bucket(moriBucket).Put(memoryKey, memory); err != nil {
					return err
				}
			}
			return d.putRecords(tx.Bucket(recordsBucket), records, s.replaces)
		})
	})
	if err != nil {
		return d.errorf("saving: %v", err)
	}
	d.memory, d.records = memory, records
	d.generation++
	s.generation = d.generation
	s.replaces = false
	clear(s.dirty)
	if s.held > d.maxResident {
		s.evict()
	}
	// The manager would write its cached page without asking the store,
	// which must see every write after a save.
	m.dropCache()
	return nil
}

// savePage writes page p under key, or deletes it when nil, keeping the
// present bucket in step.
func savePage(pages, present *bolt.Bucket, key []byte, p *Page) error {
	if p == nil {
		if err := pages.Delete(key); err != nil {
			return err
		}
		return present.Delete(key)
	}
	if err := pages.Put(key, p[:]); err != nil {
		return err
	}
	if present.Get(key) != nil {
		return nil // rewriting the same entry would cost a page of the index
	}
	return present.Put(key, []byte{})
}

func emptyBuckets(tx *bolt.Tx) error {
	for _, name := range [][]byte{pagesBucket, presentBucket, recordsBucket} {
		if err := tx.DeleteBucket(name); err != nil {
			return err
		}
		if _, err := tx.CreateBucket(name); err != nil {
			return err
		}
	}
	return nil
}

func (d *Disk) putRecords(b *bolt.Bucket, records map[string][]byte, all bool) error {
	for name, data := range records {
		if old, ok := d.records[name]; all || !ok || !bytes.Equal(old, data) {
			if err := b.Put([]byte(name), data); err != nil {
				return err
			}
		}
	}
	for name := range d.records {
		if _, ok := records[name]; !ok && !all {
			if err := b.Delete([]byte(name)); err != nil {
				return err
			}
		}
	}
	return nil
}

// notLoaded marks in a diskPages table a saved page not read yet.
var notLoaded = new(Page)

// diskPages is the Store of a Manager kept on a Disk: a table of the pages
// read or written in this process over the pages in the database.
type diskPages struct {
	disk  *Disk
	table MemStore
	// dirty holds the pages written since the last save.
	dirty map[uint64]struct{}
	// held counts the pages brought into memory since the last eviction.
	held int
	// replaces says the first save drops everything saved before (Fresh).
	replaces   bool
	generation uint64
}

func (d *Disk) newStore(replaces bool) *diskPages {
	return &diskPages{disk: d, dirty: map[uint64]struct{}{}, replaces: replaces, generation: d.generation}
}

// Page implements Store.
func (s *diskPages) Page(i uint64) *Page {
	p := s.table.Page(i)
	if p == notLoaded {
		p = s.load(i)
	}
	return p
}

// WritablePage implements Store.
func (s *diskPages) WritablePage(i uint64) *Page {
	p := s.Page(i)
	if p == nil {
		p = new(Page)
		s.table.SetPage(i, p)
		s.hold()
	}
	s.dirty[i] = struct{}{}
	return p
}

// SetPage implements Store.
func (s *diskPages) SetPage(i uint64, p *Page) {
	if p == nil && s.table.Page(i) == nil {
		return // not on disk, or already dropped and marked
	}
	if p != nil {
		s.hold()
	}
	s.table.SetPage(i, p)
	s.dirty[i] = struct{}{}
}

func (s *diskPages) load(i uint64) *Page {
	p := new(Page)
	var key [8]byte
	binary.BigEndian.PutUint64(key[:], i)
	err := s.disk.guard(func() error {
		return s.disk.db.View(func(tx *bolt.Tx) error {
			v := tx.Bucket(pagesBucket).Get(key[:])
			if len(v) != PageSize {
				return damaged("page %d has %d bytes", i, len(v))
			}
			copy(p[:], v)
			return nil
		})
	})
	if err != nil && s.disk.damage == nil {
		// The page reads as zeros, and no save will follow.
		s.disk.damage = s.disk.errorf("%v", err)
	}
	s.table.SetPage(i, p)
	s.hold()
	return p
}

// evict lets go of every page in memory; all of them are saved.
func (s *diskPages) evict() {
	for _, l := range s.table.leaves {
		if l == nil {
			continue
		}
		for j, p := range l {
			if p != nil {
				l[j] = notLoaded
			}
		}
	}
	heap.Exempt(-int64(s.held) * PageSize)
	s.held = 0
}

// hold counts one more page kept in memory: stable memory, which the heap
// budget leaves out.
func (s *diskPages) hold() {
	s.held++
	heap.Exempt(PageSize)
}
