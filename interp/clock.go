package interp

import (
	"crypto/sha256"
	"encoding/binary"
	"sort"

	"github.com/mori-lang/mori/value"
)

// The canister's clock and timers.
//
// A canister's host keeps a simulated clock, so that transcripts are
// deterministic: StartClock starts it (canisters do; `mori run` does not,
// and there the system time and timers trap as in moc's WASI build). Every
// execution (a message's run up to an await, an install, an upgrade, a
// query) begins one nanosecond after the one before, so the time is
// constant within an execution and strictly increasing between them; every
// round begins RoundTime later, as moc's test runner advances the replica's
// time by a second per round.
//
// Timers follow moc's runtime: setTimer records a job in a list ordered by
// expiry and arms the canister's global timer at the earliest expiry; when
// a round begins past it, the global timer fires: a message runs the
// actor's `system func timer`, or without one the default handler, which
// takes up to ten due jobs, re-arms the recurring ones and sends each job
// as a message of its own. The timer list changes with the execution that
// changed it: a trap undoes them.

// ClockStart is the time a new canister's clock starts at, in nanoseconds
// since 1970: 2024-01-01T00:00:00Z.
const ClockStart uint64 = 1_704_067_200_000_000_000

// RoundTime is how far the clock advances from one round to the next.
const RoundTime uint64 = 1_000_000_000

// maxDueJobs is how many due jobs the default timer handler sends at once
// (moc's runtime's bound); the rest wait for the next round.
const maxDueJobs = 10

// timer is one job set by setTimer.
type timer struct {
	id     uint64
	expire uint64
	// delay is the period of a recurring timer, 0 for a one-shot one (moc
	// runs a recurring timer of period 0 once).
	delay uint64
	job   Value
}

// timers are a canister's timers.
type timers struct {
	// pending is ordered by expiry, first set first among equal expiries.
	pending []timer
	lastID  uint64
	// global is the global timer: when the timer message is next due, 0
	// when it is not armed.
	global uint64
}

func (ts timers) clone() timers {
	ts.pending = append([]timer(nil), ts.pending...)
	return ts
}

// nextExpiry is the earliest expiry, 0 without timers.
func (ts *timers) nextExpiry() uint64 {
	if len(ts.pending) == 0 {
		return 0
	}
	return ts.pending[0].expire
}

func (ts *timers) insert(tm timer) {
	i := sort.Search(len(ts.pending), func(i int) bool { return ts.pending[i].expire > tm.expire })
	ts.pending = append(ts.pending, timer{})
	copy(ts.pending[i+1:], ts.pending[i:])
	ts.pending[i] = tm
}

// clock is a canister's simulated time.
type clock struct {
	running bool
	now     uint64
	// draws counts raw_rand calls, which the random bytes depend on.
	draws uint64
}

// StartClock starts the canister's clock at now (ClockStart for a new
// canister, the saved time for a resumed one): from then on the program
// may read the time and set timers.
func (h *Host) StartClock(now uint64) {
	h.clock = clock{running: true, now: now}
}

// Now is the time of the last execution; ok is false without a clock.
func (h *Host) Now() (now uint64, ok bool) { return h.clock.now, h.clock.running }

// newExecution gives the execution beginning its own instant.
func (h *Host) newExecution() {
	if h.clock.running {
		h.clock.now++
	}
}

// NewRound advances the clock to the next round.
func (h *Host) NewRound() {
	if h.clock.running {
		h.clock.now += RoundTime
	}
}

// Time is the system time of the running execution.
func (h *Host) Time() uint64 { return h.clock.now }

// changeTimers keeps the timers as they were before the running execution
// changed them, for a rollback.
func (h *Host) changeTimers() {
	if h.timersBefore == nil {
		before := h.timers.clone()
		h.timersBefore = &before
	}
}

// SetTimer sets a job to run after delay nanoseconds, every delay
// nanoseconds if recurring, and returns its id.
func (h *Host) SetTimer(delay uint64, recurring bool, job Value) uint64 {
	h.changeTimers()
	h.timers.lastID++
	tm := timer{id: h.timers.lastID, expire: h.clock.now + delay, job: job}
	if recurring {
		tm.delay = delay
	}
	h.timers.insert(tm)
	h.timers.global = h.timers.nextExpiry()
	return tm.id
}

// CancelTimer removes the timer id, if it is still pending.
func (h *Host) CancelTimer(id uint64) {
	for i, tm := range h.timers.pending {
		if tm.id == id {
			h.changeTimers()
			h.timers.pending = append(h.timers.pending[:i], h.timers.pending[i+1:]...)
			break
		}
	}
	if len(h.timers.pending) == 0 && h.timers.global != 0 {
		h.changeTimers()
		h.timers.global = 0
	}
}

// SetGlobalTimer arms the global timer at the time at (0 disarms it), as
// the argument of `system func timer` does.
func (h *Host) SetGlobalTimer(at uint64) {
	h.changeTimers()
	h.timers.global = at
}

// ResetTimers drops every timer, as an upgrade does: the new version
// starts with none.
func (h *Host) ResetTimers() {
	h.changeTimers()
	h.timers = timers{}
}

// takeDueTimer disarms the global timer if it is due, between executions,
// and reports whether it was.
func (h *Host) takeDueTimer() bool {
	if !h.clock.running || h.timers.global == 0 || h.timers.global > h.clock.now {
		return false
	}
	h.timers.global = 0
	return true
}

// dueJobs takes the jobs due now (at most maxDueJobs, earliest first),
// re-arms the recurring ones past now and the global timer at the next
// expiry.
func (h *Host) dueJobs() []Value {
	now := h.clock.now
	n := 0
	for n < len(h.timers.pending) && n < maxDueJobs && h.timers.pending[n].expire <= now {
		n++
	}
	if n == 0 && h.timers.global == h.timers.nextExpiry() {
		return nil
	}
	h.changeTimers()
	due := append([]timer(nil), h.timers.pending[:n]...)
	h.timers.pending = append(h.timers.pending[:0], h.timers.pending[n:]...)
	jobs := make([]Value, len(due))
	for i, tm := range due {
		jobs[i] = tm.job
		if tm.delay > 0 {
			// The next expiry after now, skipping those missed.
			tm.expire += tm.delay * (1 + (now-tm.expire)/tm.delay)
			h.timers.insert(tm)
		}
	}
	h.timers.global = h.timers.nextExpiry()
	return jobs
}

// randomBytes are raw_rand's 32 bytes: deterministic, and different for
// every call of a canister's life (the clock never goes back).
func (h *Host) randomBytes() Value {
	h.clock.draws++
	var seed [24]byte
	copy(seed[:8], "raw_rand")
	binary.BigEndian.PutUint64(seed[8:], h.clock.now)
	binary.BigEndian.PutUint64(seed[16:], h.clock.draws)
	sum := sha256.Sum256(seed[:])
	return value.MakeBlob(string(sum[:]))
}
