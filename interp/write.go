package interp

import "github.com/mori-lang/mori/value"

// Every assignment to mutable state goes through these functions: the one
// place where an undo journal for trapping actor messages will log the old
// value (they are inlined, so they cost nothing until then).

func setSlot(f *Frame, i int, v Value) { f.slots[i] = v }

func setCell(c *value.Cell, v Value) { c.V = v }

func setElem(a *value.Array, i int, v Value) { a.Elems[i] = v }
