// Package pretty lays out text in nested boxes with optional line breaks,
// the way OCaml's Format module does. moc prints its REPL echoes (values
// and types) with Format; laying them out by the same rules is the only way
// to wrap long lines where moc wraps them.
//
// A Printer takes a stream of Text, Break, Open and Close calls and decides,
// as it goes, which breaks become newlines: a break becomes a newline when
// what follows it up to the next break of the same box does not fit on the
// line. Box kinds decide how breaks of one box relate (see Kind). Flush ends
// the output with a newline and resets the Printer for the next piece.
//
// Sizes are counted in bytes, as Format counts them.
package pretty

import "strings"

// Kind is how a box breaks its lines.
type Kind uint8

const (
	// HBox never breaks.
	HBox Kind = iota
	// VBox breaks at every break hint.
	VBox
	// HVBox breaks at every hint if the box does not fit on the line,
	// at none if it does.
	HVBox
	// HOVBox breaks only where the next piece would not fit.
	HOVBox
	// Box is HOVBox that also breaks where doing so moves the text left
	// (Format's "structural" box, the default of `@[`).
	Box
	// fits is a box (of any kind but VBox) found to fit on the line.
	fits
)

// Margin and MaxIndent are Format's defaults: lines stop short of column 78
// and a new line is never indented past column 68.
const (
	Margin    = 78
	MaxIndent = 68
)

// infinity stands for an unknown size that must not fit.
const infinity = 1_000_000_010

type tokenKind uint8

const (
	tokText tokenKind = iota
	tokBreak
	tokOpen
	tokClose
)

// token is one queued instruction. size is the token's own width for text,
// and for breaks and box openings the width up to the next break or the
// end of the box, negative until it is known.
type token struct {
	kind   tokenKind
	text   string
	width  int // break: spaces when not broken; open: box indent
	offset int // break: extra indent when broken
	box    Kind
	size   int
	length int // what the token adds to the line when not broken
}

type scanEntry struct {
	leftTotal int
	tok       *token
}

type openBox struct {
	kind  Kind
	width int // space left on the line when the box opened, less its indent
}

// Printer is a layout engine; its zero value is not ready, use New.
type Printer struct {
	out strings.Builder

	spaceLeft     int
	currentIndent int
	isNewLine     bool
	leftTotal     int
	rightTotal    int
	depth         int

	queue []*token
	scan  []scanEntry
	boxes []openBox
}

// New returns a Printer ready for a piece of output.
func New() *Printer {
	p := &Printer{}
	p.reset()
	return p
}

// reset starts a fresh piece, inside the outermost HOVBox Format opens.
func (p *Printer) reset() {
	p.queue = p.queue[:0]
	p.leftTotal, p.rightTotal = 1, 1
	p.resetScan()
	p.boxes = p.boxes[:0]
	p.currentIndent = 0
	p.depth = 0
	p.spaceLeft = Margin
	p.isNewLine = true
	p.Open(HOVBox, 0)
}

func (p *Printer) resetScan() {
	p.scan = append(p.scan[:0], scanEntry{leftTotal: -1, tok: &token{size: -1}})
}

// String returns everything flushed so far.
func (p *Printer) String() string { return p.out.String() }

// Text adds text that is never broken.
func (p *Printer) Text(s string) {
	p.enqueue(&token{kind: tokText, text: s, size: len(s), length: len(s)})
	p.advance()
}

// Break adds a break hint: width spaces if the line is not broken here,
// else a newline indented offset columns past the box's indentation.
func (p *Printer) Break(width, offset int) {
	p.scanPush(true, &token{kind: tokBreak, width: width, offset: offset, size: -p.rightTotal, length: width})
}

// Space is Break(1, 0), Format's "@ ".
func (p *Printer) Space() { p.Break(1, 0) }

// Cut is Break(0, 0), Format's "@,".
func (p *Printer) Cut() { p.Break(0, 0) }

// Open opens a box of the given kind; its lines break indent columns
// past the column where it opens.
func (p *Printer) Open(kind Kind, indent int) {
	p.depth++
	p.scanPush(false, &token{kind: tokOpen, width: indent, box: kind, size: -p.rightTotal})
}

// Close closes the innermost open box.
func (p *Printer) Close() {
	if p.depth <= 1 {
		return
	}
	p.enqueue(&token{kind: tokClose})
	p.setSize(true)
	p.setSize(false)
	p.depth--
}

// Flush closes every box, lays out what is pending, ends the line and
// starts a fresh piece (Format's "@.").
func (p *Printer) Flush() {
	for p.depth > 1 {
		p.Close()
	}
	p.rightTotal = infinity
	p.advance()
	p.out.WriteByte('\n')
	p.reset()
}

func (p *Printer) enqueue(t *token) {
	p.rightTotal += t.length
	p.queue = append(p.queue, t)
}

// advance lays out queued tokens whose size is known, or that cannot fit
// whatever comes next.
func (p *Printer) advance() {
	for len(p.queue) > 0 {
		t := p.queue[0]
		if t.size < 0 && p.rightTotal-p.leftTotal < p.spaceLeft {
			return
		}
		p.queue = p.queue[1:]
		size := t.size
		if size < 0 {
			size = infinity
		}
		p.format(t, size)
		p.leftTotal += t.length
	}
}

// setSize settles the size of the innermost pending break (ofBreak) or box
// opening (!ofBreak) now that what follows it is known.
func (p *Printer) setSize(ofBreak bool) {
	top := p.scan[len(p.scan)-1]
	if top.leftTotal < p.leftTotal {
		p.resetScan()
		return
	}
	switch top.tok.kind {
	case tokBreak:
		if ofBreak {
			top.tok.size += p.rightTotal
			p.scan = p.scan[:len(p.scan)-1]
		}
	case tokOpen:
		if !ofBreak {
			top.tok.size += p.rightTotal
			p.scan = p.scan[:len(p.scan)-1]
		}
	}
}

func (p *Printer) scanPush(ofBreak bool, t *token) {
	p.enqueue(t)
	if ofBreak {
		p.setSize(true)
	}
	p.scan = append(p.scan, scanEntry{leftTotal: p.rightTotal, tok: t})
}

func (p *Printer) format(t *token, size int) {
	switch t.kind {
	case tokText:
		p.spaceLeft -= size
		p.out.WriteString(t.text)
		p.isNewLine = false
	case tokOpen:
		if Margin-p.spaceLeft > MaxIndent {
			p.forceBreak()
		}
		kind := t.box
		if kind != VBox && size <= p.spaceLeft {
			kind = fits
		}
		p.boxes = append(p.boxes, openBox{kind: kind, width: p.spaceLeft - t.width})
	case tokClose:
		if len(p.boxes) > 0 {
			p.boxes = p.boxes[:len(p.boxes)-1]
		}
	case tokBreak:
		if len(p.boxes) == 0 {
			return
		}
		box := p.boxes[len(p.boxes)-1]
		switch box.kind {
		case HOVBox:
			if size > p.spaceLeft {
				p.newLine(box.width, t.offset)
			} else {
				p.sameLine(t.width)
			}
		case Box:
			switch {
			case p.isNewLine:
				p.sameLine(t.width)
			case size > p.spaceLeft:
				p.newLine(box.width, t.offset)
			case p.currentIndent > Margin-box.width+t.offset:
				p.newLine(box.width, t.offset)
			default:
				p.sameLine(t.width)
			}
		case HVBox, VBox:
			p.newLine(box.width, t.offset)
		case fits, HBox:
			p.sameLine(t.width)
		}
	}
}

func (p *Printer) newLine(width, offset int) {
	p.out.WriteByte('\n')
	p.isNewLine = true
	indent := min(Margin-width+offset, MaxIndent)
	p.currentIndent = indent
	p.spaceLeft = Margin - indent
	p.out.WriteString(strings.Repeat(" ", max(indent, 0)))
}

func (p *Printer) sameLine(width int) {
	p.spaceLeft -= width
	p.out.WriteString(strings.Repeat(" ", max(width, 0)))
}

// forceBreak breaks the line when a box would open past MaxIndent.
func (p *Printer) forceBreak() {
	if len(p.boxes) == 0 {
		p.out.WriteByte('\n')
		return
	}
	box := p.boxes[len(p.boxes)-1]
	if box.width > p.spaceLeft && box.kind != fits && box.kind != HBox {
		p.newLine(box.width, 0)
	}
}
