package interp

import "github.com/mori-lang/mori/value"

// Every assignment to mutable state goes through these functions: the one
// place where the undo journal logs the old value. Without a journal they
// cost a nil check.

func (t *Thread) setSlot(f *Frame, i int, v Value) {
	if t.journal != nil {
		t.journal.slots = append(t.journal.slots, savedSlot{f, i, f.slots[i]})
	}
	f.slots[i] = v
}

func (t *Thread) setCell(c *value.Cell, v Value) {
	if t.journal != nil {
		t.journal.cells = append(t.journal.cells, savedCell{c, c.V})
	}
	c.V = v
}

func (t *Thread) setElem(a *value.Array, i int, v Value) {
	if t.journal != nil {
		t.journal.elems = append(t.journal.elems, savedElem{a, i, a.Elems[i]})
	}
	a.Elems[i] = v
}

// journal records the old value of every location a run writes, so that a
// trapping run can be undone.
type journal struct {
	slots []savedSlot
	cells []savedCell
	elems []savedElem
}

type savedSlot struct {
	f *Frame
	i int
	v Value
}

type savedCell struct {
	c *value.Cell
	v Value
}

type savedElem struct {
	a *value.Array
	i int
	v Value
}

// undo restores every logged location, latest write first.
func (j *journal) undo() {
	for k := len(j.slots) - 1; k >= 0; k-- {
		s := j.slots[k]
		s.f.slots[s.i] = s.v
	}
	for k := len(j.cells) - 1; k >= 0; k-- {
		s := j.cells[k]
		s.c.V = s.v
	}
	for k := len(j.elems) - 1; k >= 0; k-- {
		s := j.elems[k]
		s.a.Elems[s.i] = s.v
	}
}
