package interp

import (
	"github.com/mori-lang/mori/ast"
	"github.com/mori-lang/mori/heap"
	"github.com/mori-lang/mori/value"
)

// heapCheckEvery is how many steps of a program (calls and loop
// iterations) pass between checks of the heap budget and of the steps
// left: a program that grows its heap by small allocations must run steps
// to do so. Large allocations are checked when they are made (heap.Fits).
const heapCheckEvery = 1 << 14

// The traps of a run out of steps: Config.MaxSteps, Config.MessageSteps.
const (
	stepLimit        = "step limit exceeded"
	messageStepLimit = "message step limit exceeded"
)

// tick counts a step; now and then it checks the heap budget and
// Config.MaxSteps.
func (t *Thread) tick(site *ast.Span) {
	if t.ticks++; t.ticks == heapCheckEvery {
		t.checkLimits(site)
	}
}

// checkLimits traps at site when the program has outgrown the heap budget,
// as a canister whose memory cannot grow, or used up its steps.
func (t *Thread) checkLimits(site *ast.Span) {
	t.steps += t.ticks
	t.ticks = 0
	if heap.OverBudget() {
		trap(site, value.OutOfMemory.String())
	}
	if t.stepsLeft > 0 {
		if t.stepsLeft -= heapCheckEvery; t.stepsLeft <= 0 {
			if t.co != nil {
				trap(site, messageStepLimit)
			}
			trap(site, stepLimit)
		}
	}
}
