package canister

import "github.com/mori-lang/mori/interp"

// DefaultMessageSteps bounds the calls and loop iterations of each step of
// a message, as the IC bounds the instructions of one message execution
// (40 billion): mori counts steps, which stand for about 100 instructions
// each, so that a message that would run out of instructions on the IC
// traps here too (after some seconds) instead of running forever.
const DefaultMessageSteps = 400_000_000

// WithStepLimits bounds a canister's code in cfg: each message step by
// messageSteps, its installation and each upgrade by 7.5 times as many, as
// the IC's 300 billion instructions for those to its 40 billion for a
// message.
func WithStepLimits(cfg interp.Config, messageSteps int) interp.Config {
	cfg.MessageSteps = messageSteps
	cfg.MaxSteps = messageSteps / 2 * 15
	return cfg
}
