package repl

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/mori-lang/mori/parser"
	"github.com/mori-lang/mori/region"
	"github.com/mori-lang/mori/types"
)

// command is one `:name` command of the session.
type command struct {
	name string
	args string // how the arguments are written, for :help
	help string
	run  func(s *Session, arg string)
}

// commands is the session's command table, in the order :help lists it.
var commands []command

func init() {
	commands = []command{
		{"help", "", "list the commands", (*Session).help},
		{"type", "EXPR", "show the type of an expression without running it", (*Session).showType},
		{"load", "FILE", "run a file in the session and show what it declares", (*Session).load},
		{"regions", "", "show each region's pages and blocks, and stable memory in all (the installed actor's, if any)", (*Session).regions},
		{"install", "FILE.mo", "install an actor and bind it to the file's name: `await name.method(...)` calls it", (*Session).install},
		{"upgrade", "FILE.mo", "upgrade the installed actor, keeping its stable variables and regions", (*Session).upgrade},
		{"state", "", "show the installed actor's stable variables", (*Session).state},
		{"reset", "", "forget every name, value and region", func(s *Session, _ string) { s.reset() }},
		{"quit", "", "leave the session (also Ctrl-D)", func(s *Session, _ string) { s.quit = true }},
	}
}

// command runs a command line.
func (s *Session) command(line string) {
	name, arg := words(strings.TrimPrefix(line, ":"))
	var found []command
	for _, c := range commands {
		if c.name == name {
			found = []command{c}
			break
		}
		if name != "" && strings.HasPrefix(c.name, name) {
			found = append(found, c)
		}
	}
	switch len(found) {
	case 1:
		found[0].run(s, arg)
	case 0:
		fmt.Fprintf(s.errs, "unknown command :%s (:help lists them)\n", name)
	default:
		names := make([]string, len(found))
		for i, c := range found {
			names[i] = ":" + c.name
		}
		fmt.Fprintf(s.errs, "ambiguous command :%s: %s\n", name, strings.Join(names, ", "))
	}
}

func (s *Session) help(string) {
	w := tabwriter.NewWriter(s.out, 0, 0, 2, ' ', 0)
	for _, c := range commands {
		fmt.Fprintf(w, "  :%s %s\t%s\n", c.name, c.args, c.help)
	}
	w.Flush()
	fmt.Fprintln(s.out, "Anything else is Motoko: declarations or an expression, ended by `;` at the end of a line.")
}

func (s *Session) showType(arg string) {
	if arg == "" {
		fmt.Fprintln(s.errs, ":type needs an expression")
		return
	}
	prog, err := parser.ParseFile(entryName, arg)
	if err != nil {
		fmt.Fprintln(s.errs, err)
		return
	}
	t, err := s.checker.Infer(prog)
	s.printWarnings()
	if err != nil {
		fmt.Fprintln(s.errs, err)
		return
	}
	types.Layout(s.printer, t)
	s.printer.Flush()
	s.flushPrinter()
}

func (s *Session) load(arg string) {
	if arg == "" {
		fmt.Fprintln(s.errs, ":load needs a file")
		return
	}
	s.loadFile(arg, true)
}

// regions prints a table of the regions in use and stable memory's size.
func (s *Session) regions(string) {
	m := s.prog.Regions()
	if s.canister != nil {
		// The installed actor's stable memory is the one that matters.
		m = s.canister.Regions()
	}
	list := m.Regions()
	if len(list) == 0 {
		fmt.Fprintf(s.out, "no regions; stable memory: %d pages\n", m.PhysicalPages())
		return
	}
	w := tabwriter.NewWriter(s.out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "region\tpages\tblocks\tphysical pages\t")
	var pages, blocks uint64
	for _, r := range list {
		physical := r.Blocks * region.BlockPages
		if r.ID == 0 && r.Blocks == 0 {
			physical = r.Pages // ExperimentalStableMemory before regions
		}
		fmt.Fprintf(w, "%d\t%d\t%d\t%d\t\n", r.ID, r.Pages, r.Blocks, physical)
		pages += r.Pages
		blocks += r.Blocks
	}
	fmt.Fprintf(w, "total\t%d\t%d\t%d\t\n", pages, blocks, m.PhysicalPages())
	w.Flush()
}
