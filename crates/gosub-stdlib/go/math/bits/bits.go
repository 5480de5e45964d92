// Package bits: bit counting and manipulation functions for the unsigned integer types, for gosub.
// The 64-bit counting primitives are natives (single machine instructions in Rust); everything else
// is Go built on them.
package bits

// UintSize is the size of a uint in bits.
const UintSize = 64

// LeadingZeros64 returns the number of leading zero bits in x; the result is 64 for x == 0.
func LeadingZeros64(x uint64) int

// TrailingZeros64 returns the number of trailing zero bits in x; the result is 64 for x == 0.
func TrailingZeros64(x uint64) int

// OnesCount64 returns the number of one bits ("population count") in x.
func OnesCount64(x uint64) int

// Reverse64 returns the value of x with its bits in reversed order.
func Reverse64(x uint64) uint64

// ReverseBytes64 returns the value of x with its bytes in reversed order.
func ReverseBytes64(x uint64) uint64

func LeadingZeros(x uint) int     { return LeadingZeros64(uint64(x)) }
func LeadingZeros8(x uint8) int   { return LeadingZeros64(uint64(x)) - 56 }
func LeadingZeros16(x uint16) int { return LeadingZeros64(uint64(x)) - 48 }
func LeadingZeros32(x uint32) int { return LeadingZeros64(uint64(x)) - 32 }

func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros64(uint64(x))
}

func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros64(uint64(x))
}

func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros64(uint64(x))
}

func OnesCount(x uint) int     { return OnesCount64(uint64(x)) }
func OnesCount8(x uint8) int   { return OnesCount64(uint64(x)) }
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// RotateLeft returns x rotated left by (k mod UintSize) bits; to rotate right, pass -k.
func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

func Reverse(x uint) uint       { return uint(Reverse64(uint64(x))) }
func Reverse8(x uint8) uint8    { return uint8(Reverse64(uint64(x)) >> 56) }
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }
func ReverseBytes(x uint) uint  { return uint(ReverseBytes64(uint64(x))) }
func ReverseBytes16(x uint16) uint16 {
	return x>>8 | x<<8
}
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }

// Len returns the minimum number of bits required to represent x; the result is 0 for x == 0.
func Len(x uint) int     { return 64 - LeadingZeros64(uint64(x)) }
func Len8(x uint8) int   { return 64 - LeadingZeros64(uint64(x)) }
func Len16(x uint16) int { return 64 - LeadingZeros64(uint64(x)) }
func Len32(x uint32) int { return 64 - LeadingZeros64(uint64(x)) }
func Len64(x uint64) int { return 64 - LeadingZeros64(x) }

// Add returns the sum with carry of x, y and carry (carry must be 0 or 1).
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	// A carry out happens when both top bits are set, or either is and the sum's is clear.
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

// Sub returns the difference of x, y and borrow (borrow must be 0 or 1).
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 31
	return
}

func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return
}

// Mul returns the full-width product of x and y: (hi, lo).
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

func Mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0, x1 := x&mask32, x>>32
	y0, y1 := y&mask32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1, w2 := t&mask32, t>>32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}

// Div returns the quotient and remainder of (hi, lo) divided by y. It panics for y == 0 (division by
// zero) or y <= hi (quotient overflow).
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError{})
	}
	z := uint64(hi)<<32 | uint64(lo)
	return uint32(z / uint64(y)), uint32(z % uint64(y))
}

// Div64 divides (hi, lo) by y with a shift-and-subtract long division over 64 steps.
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		panic(divideError{})
	}
	if y <= hi {
		panic(overflowError{})
	}
	if hi == 0 {
		return lo / y, lo % y
	}
	r := hi
	for i := 0; i < 64; i++ {
		top := r >> 63
		r = r<<1 | lo>>63
		lo <<= 1
		quo <<= 1
		if top != 0 || r >= y {
			r -= y
			quo |= 1
		}
	}
	return quo, r
}

// Rem returns the remainder of (hi, lo) divided by y; it panics for y == 0 but not on quotient
// overflow.
func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}

// The run-time errors Div raises, printed as Go prints them.
type divideError struct{}

func (divideError) Error() string { return "runtime error: integer divide by zero" }
func (divideError) RuntimeError() {}

type overflowError struct{}

func (overflowError) Error() string { return "runtime error: integer overflow" }
func (overflowError) RuntimeError() {}
