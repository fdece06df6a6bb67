package interp

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/value"
)

func clockedHost() *Host {
	h := NewHost(region.NewManager(region.Config{}, region.NewMemStore()))
	h.StartClock(ClockStart)
	return h
}

// jobIDs names the jobs by the Nat each test uses as its job.
func jobIDs(jobs []Value) []uint64 {
	ids := make([]uint64, len(jobs))
	for i, j := range jobs {
		ids[i] = j.Bits
	}
	return ids
}

const sec = RoundTime

func TestDueJobs(t *testing.T) {
	type set struct {
		delay     uint64
		recurring bool
	}
	tests := []struct {
		name string
		sets []set
		// at is how long after setting the jobs the handler runs.
		at         uint64
		due        []uint64
		nextExpiry uint64 // after ClockStart+1 (the time they were set)
	}{
		{name: "by expiry, first set first among equals",
			sets: []set{{2 * sec, false}, {1 * sec, false}, {2 * sec, false}, {3 * sec, false}},
			at:   2 * sec, due: []uint64{1, 0, 2}, nextExpiry: 3 * sec},
		{name: "nothing due", sets: []set{{5 * sec, false}}, at: sec, nextExpiry: 5 * sec},
		{name: "a recurring job skips the expiries it missed",
			sets: []set{{2 * sec, true}}, at: 7 * sec, due: []uint64{0}, nextExpiry: 8 * sec},
		{name: "a recurring job of period 0 runs once",
			sets: []set{{0, true}}, at: 0, due: []uint64{0}},
		{name: "ten at a time",
			sets: []set{{0, false}, {0, false}, {0, false}, {0, false}, {0, false}, {0, false},
				{0, false}, {0, false}, {0, false}, {0, false}, {0, false}},
			at: sec, due: []uint64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, nextExpiry: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := clockedHost()
			h.Begin()
			set := h.Time()
			for i, s := range tt.sets {
				h.SetTimer(s.delay, s.recurring, value.Nat(uint64(i)))
			}
			h.Commit()
			h.clock.now = set + tt.at
			assert.Equal(t, tt.due, nilIfEmpty(jobIDs(h.dueJobs())))
			next := h.timers.nextExpiry()
			if next != 0 {
				next -= set
			}
			assert.Equal(t, tt.nextExpiry, next)
			assert.Equal(t, h.timers.nextExpiry(), h.timers.global, "the global timer is armed at the next expiry")
		})
	}
}

func nilIfEmpty(ids []uint64) []uint64 {
	if len(ids) == 0 {
		return nil
	}
	return ids
}

// A trap undoes the timers its execution set and cancelled; the clock
// does not go back.
func TestTimersRollBack(t *testing.T) {
	h := clockedHost()
	h.Begin()
	kept := h.SetTimer(sec, false, value.Nat(1))
	h.Commit()
	h.Begin()
	before := h.Time()
	h.SetTimer(0, false, value.Nat(2))
	h.CancelTimer(kept)
	h.Rollback()
	assert.Equal(t, []timer{{id: kept, expire: before - 1 + sec, job: value.Nat(1)}}, h.timers.pending)
	assert.Equal(t, before-1+sec, h.timers.global)
	h.Begin()
	assert.Greater(t, h.Time(), before)
}

func TestGlobalTimer(t *testing.T) {
	h := clockedHost()
	h.Begin()
	id := h.SetTimer(sec, false, value.Nat(1))
	h.Commit()
	assert.False(t, h.takeDueTimer(), "not yet due")
	h.NewRound()
	assert.True(t, h.takeDueTimer())
	assert.False(t, h.takeDueTimer(), "firing disarms it")

	h.Begin()
	h.CancelTimer(id)
	h.Commit()
	assert.Zero(t, h.timers.global, "cancelling the last timer disarms it")

	h.Begin()
	h.SetTimer(sec, false, value.Nat(1))
	h.ResetTimers()
	h.Commit()
	assert.Empty(t, h.timers.pending)
	h.NewRound()
	assert.False(t, h.takeDueTimer(), "an upgrade drops every timer")
}

// Without a clock (mori run) nothing is ever due.
func TestNoClock(t *testing.T) {
	h := NewHost(region.NewManager(region.Config{}, region.NewMemStore()))
	h.SetGlobalTimer(1)
	h.NewRound()
	h.Begin()
	_, running := h.Now()
	assert.False(t, running)
	assert.False(t, h.takeDueTimer())
}
