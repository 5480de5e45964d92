// The Builder type: efficient string building through Write methods.

package strings

// A Builder builds a string with Write methods. The zero value is ready to use. A non-zero Builder
// must not be copied.
//
// In gosub, buf is the builder's storage: a string whose byte object is larger than the string (the
// object's size is the capacity). The native writes copy bytes past the string's length, into room no
// string handed out covers, and then lengthen buf; String returns buf itself, without copying.
type Builder struct {
	addr *Builder // the receiver seen first, to detect copies by value
	buf  string
}

// String returns the accumulated string.
func (b *Builder) String() string { return b.buf }

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = ""
}

// Grow grows b's capacity, if necessary, to guarantee space for another n bytes.
func (b *Builder) Grow(n int)

// Write appends the contents of p to b's buffer. It always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error)

// WriteByte appends the byte c to b's buffer. It always returns nil.
func (b *Builder) WriteByte(c byte) error

// WriteRune appends the UTF-8 encoding of r to b's buffer.
func (b *Builder) WriteRune(r rune) (int, error)

// WriteString appends the contents of s to b's buffer. It always returns len(s), nil.
func (b *Builder) WriteString(s string) (int, error)
