package value

import (
	"unsafe"

	"github.com/mori-lang/mori/heap"
)

// Building a Text by repeated concatenation (`s #= piece` in a loop) would
// copy the whole text each time. Instead a concatenation result is a view
// of the first n bytes of a growable buffer: appending to the view that
// ends where the buffer ends extends the buffer in place, in amortised
// constant time. The bytes a view covers are never written again, so views
// stay immutable and can be read as strings without copying.

type textView struct {
	buf *textBuf
	n   int
}

type textBuf struct{ b []byte }

// concatenations shorter than this make plain strings.
const minTextBuf = 64

// AsText reads a Text.
func (v Value) AsText() string {
	if s, ok := v.Ref.(string); ok {
		return s
	}
	tv := v.Ref.(*textView)
	return unsafe.String(unsafe.SliceData(tv.buf.b), tv.n)
}

// Concat is `a # b` on Text. It fails when the result would be longer
// than MaxText or would not fit in the heap budget.
func Concat(a, b Value) (Value, Fault) {
	tail := b.AsText()
	if tv, ok := a.Ref.(*textView); ok && len(tv.buf.b) == tv.n {
		n := tv.n + len(tail)
		if n > maxText {
			return Value{}, TextTooLarge
		}
		if n > cap(tv.buf.b) && !heap.Fits(int64(2*n)) {
			return Value{}, OutOfMemory
		}
		tv.buf.b = append(tv.buf.b, tail...)
		return Value{Ref: &textView{buf: tv.buf, n: n}}, Ok
	}
	head := a.AsText()
	n := len(head) + len(tail)
	switch {
	case n > maxText:
		return Value{}, TextTooLarge
	case n < minTextBuf:
		return Text(head + tail), Ok
	case !heap.Fits(int64(2 * n)):
		return Value{}, OutOfMemory
	}
	buf := make([]byte, 0, 2*n)
	buf = append(append(buf, head...), tail...)
	return Value{Ref: &textView{buf: &textBuf{b: buf}, n: n}}, Ok
}
