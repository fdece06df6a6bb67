package interp

import "github.com/mori-lang/mori/value"

// Every assignment to mutable state goes through these functions, so that
// while a journal is active (an actor step, a REPL entry) each overwritten
// value is logged and a trap can undo the changes, as the IC does for a
// trapping message. Without a journal they cost one nil test.

func (t *Thread) setSlot(f *Frame, i int, v Value) {
	if t.journal != nil && f.gen != t.journal.gen {
		t.journal.log(undo{frame: f, index: i, old: f.slots[i]})
	}
	f.slots[i] = v
}

func (t *Thread) setCell(c *value.Cell, v Value) {
	if t.journal != nil {
		t.journal.log(undo{cell: c, old: c.V})
	}
	c.V = v
}

func (t *Thread) setElem(a *value.Array, i int, v Value) {
	if t.journal != nil {
		t.journal.log(undo{array: a, index: i, old: a.Elems[i]})
	}
	a.Elems[i] = v
}

// undo is one overwritten location and its old value.
type undo struct {
	frame *Frame
	cell  *value.Cell
	array *value.Array
	index int
	old   Value
}

// journal is the undo log of the running step: an actor message since it
// started or since its last await, a REPL entry, an upgrade.
type journal struct {
	entries []undo
	// gen numbers the steps; frames made in the current one carry it.
	gen uint64
}

func (j *journal) log(u undo) { j.entries = append(j.entries, u) }

// commit keeps every change logged so far and starts a new generation.
func (j *journal) commit() {
	clear(j.entries)
	j.entries = j.entries[:0]
	j.gen++
}

// rollback restores the logged locations, newest first.
func (j *journal) rollback() {
	for i := len(j.entries) - 1; i >= 0; i-- {
		u := j.entries[i]
		switch {
		case u.frame != nil:
			u.frame.slots[u.index] = u.old
		case u.cell != nil:
			u.cell.V = u.old
		default:
			u.array.Elems[u.index] = u.old
		}
	}
	j.commit()
}
