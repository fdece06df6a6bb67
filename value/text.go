package value

import "unsafe"

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

// Concat is `a # b` on Text.
func Concat(a, b Value) Value {
	tail := b.AsText()
	if tv, ok := a.Ref.(*textView); ok && len(tv.buf.b) == tv.n {
		tv.buf.b = append(tv.buf.b, tail...)
		return Value{Ref: &textView{buf: tv.buf, n: len(tv.buf.b)}}
	}
	head := a.AsText()
	if len(head)+len(tail) < minTextBuf {
		return Text(head + tail)
	}
	buf := make([]byte, 0, 2*(len(head)+len(tail)))
	buf = append(append(buf, head...), tail...)
	return Value{Ref: &textView{buf: &textBuf{b: buf}, n: len(buf)}}
}
