package repl

import (
	"sort"
	"strings"

	"github.com/mori-lang/mori/lexer"
	"github.com/mori-lang/mori/types"
)

// completer completes the word before the cursor: a keyword or a name in
// scope, a member after `Module.` (or `record.`), a command after `:`.
type completer struct{ s *Session }

// Do implements readline.AutoCompleter: it returns the endings of the
// candidates and how many runes of the line they replace... only extend.
func (c completer) Do(line []rune, pos int) ([][]rune, int) {
	word := currentWord(string(line[:pos]))
	var candidates []string
	prefix := word
	switch {
	case strings.HasPrefix(string(line[:pos]), ":") && !strings.Contains(string(line[:pos]), " "):
		prefix = strings.TrimPrefix(string(line[:pos]), ":")
		for _, cmd := range commands {
			candidates = append(candidates, cmd.name)
		}
	case strings.Contains(word, "."):
		dot := strings.LastIndexByte(word, '.')
		prefix = word[dot+1:]
		candidates = c.members(word[:dot])
	default:
		candidates = append(candidates, lexer.Keywords...)
		candidates = append(candidates, c.s.checker.Names()...)
	}
	sort.Strings(candidates)
	var out [][]rune
	seen := map[string]bool{}
	for _, cand := range candidates {
		if strings.HasPrefix(cand, prefix) && !seen[cand] {
			seen[cand] = true
			out = append(out, []rune(cand[len(prefix):]))
		}
	}
	return out, len([]rune(prefix))
}

// currentWord is the name (with dots) that ends the text.
func currentWord(text string) string {
	i := len(text)
	for i > 0 {
		c := text[i-1]
		if c == '_' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			i--
			continue
		}
		break
	}
	return text[i:]
}

// members lists the fields of the module or object a dotted path names.
func (c completer) members(path string) []string {
	parts := strings.Split(path, ".")
	b := c.s.checker.Lookup(parts[0])
	if b == nil || b.Type == nil {
		return nil
	}
	t := b.Type
	for _, p := range parts[1:] {
		o, ok := types.Promote(t).(*types.Obj)
		if !ok {
			return nil
		}
		f, ok := o.Field(p)
		if !ok {
			return nil
		}
		t = f.Type
	}
	o, ok := types.Promote(t).(*types.Obj)
	if !ok {
		return nil
	}
	var names []string
	for _, f := range o.Fields() {
		names = append(names, f.Name)
	}
	for _, f := range o.TypeFields {
		names = append(names, f.Name)
	}
	return names
}
