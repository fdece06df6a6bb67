package region

// Trap is a canister trap raised by stable memory; Message is the exact text
// the compiled canister prints, e.g. "Region error: offset out of bounds".
type Trap struct {
	Message string
}

func (t *Trap) Error() string { return t.Message }

// Prefixes of trap messages, chosen by the API an access goes through.
const (
	RegionPrefix       = "Region error: "
	StableMemoryPrefix = "StableMemory "
)

// Migration traps raised by the first Manager.New.
var (
	ErrMigrationInsufficientPages = &Trap{RegionPrefix + "migration failure (insufficient pages)"}
	// moc's text, space before the parenthesis included.
	ErrMigrationTooManyPages = &Trap{RegionPrefix + "migration failure (too many pages for region0 )"}
)

// boundsTraps are the bounds-check traps of one API, allocated once so that
// a failing access allocates nothing.
type boundsTraps struct {
	offset, rng, overflow *Trap
}

func newBoundsTraps(prefix string) *boundsTraps {
	return &boundsTraps{
		offset:   &Trap{prefix + "offset out of bounds"},
		rng:      &Trap{prefix + "range out of bounds"},
		overflow: &Trap{prefix + "range overflow"},
	}
}

var (
	regionTraps       = newBoundsTraps(RegionPrefix)
	stableMemoryTraps = newBoundsTraps(StableMemoryPrefix)
)
