// Package strconv: conversions to and from string representations of basic data types, for gosub.
// The conversions are natives backed by crates/gosub-strconv (Go's exact algorithms); errors are built
// here in Go, so they are ordinary *NumError values.
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// Failure codes the parsing natives return beside their value.
const (
	parseOK = iota
	parseSyntax
	parseRange
	parseBase    // invalid base
	parseBitSize // invalid bit size
)

// numError builds the error for a failure code; base and bitSize complete the invalid-argument texts.
func numError(fn, s string, code, base, bitSize int) error {
	var err error
	switch code {
	case parseOK:
		return nil
	case parseSyntax:
		err = ErrSyntax
	case parseRange:
		err = ErrRange
	case parseBase:
		err = errors.New("invalid base " + Itoa(base))
	default:
		err = errors.New("invalid bit size " + Itoa(bitSize))
	}
	return &NumError{Func: fn, Num: cloneString(s), Err: err}
}

func cloneString(s string) string { return string([]byte(s)) }

func parseInt(s string, base int, bitSize int) (i int64, code int)
func parseUint(s string, base int, bitSize int) (u uint64, code int)
func parseFloat(s string, bitSize int) (f float64, code int)

// ParseInt interprets s in the given base (0, 2 to 36) and bit size (0 to 64) and returns the value.
// Base 0 takes the base from the prefix (0b, 0o, 0, 0x) and allows underscores.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	i, code := parseInt(s, base, bitSize)
	if code == parseOK {
		return i, nil
	}
	return i, numError("ParseInt", s, code, base, bitSize)
}

// ParseUint is like ParseInt but for unsigned numbers; a sign prefix is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	u, code := parseUint(s, base, bitSize)
	if code == parseOK {
		return u, nil
	}
	return u, numError("ParseUint", s, code, base, bitSize)
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	i, code := parseInt(s, 10, 0)
	if code == parseOK {
		return int(i), nil
	}
	return int(i), numError("Atoi", s, code, 10, 0)
}

// ParseFloat converts s to a floating-point number with the precision of bitSize (32 or 64).
func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	if code == parseOK {
		return f, nil
	}
	return f, numError("ParseFloat", s, code, 10, bitSize)
}

// ParseBool returns the boolean value represented by s: 1, t, T, TRUE, true, True, 0, f, F, FALSE,
// false, False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", cloneString(str), ErrSyntax}
}

// FormatBool returns "true" or "false" according to b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// FormatInt returns the string representation of i in the given base (2 to 36; it panics otherwise).
func FormatInt(i int64, base int) string

// FormatUint returns the string representation of i in the given base (2 to 36).
func FormatUint(i uint64, base int) string

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string

// AppendInt appends the string form of i in base to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

// AppendUint appends the string form of i in base to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

// FormatFloat converts f to a string according to fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and
// prec (-1 for the fewest digits that round-trip), assuming a value of bitSize bits (32 or 64).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// AppendFloat appends the FormatFloat form of f to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// FormatComplex converts c to a string of the form (a+bi).
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// Quote returns a double-quoted Go string literal representing s, escaping control and non-printable
// characters and invalid UTF-8.
func Quote(s string) string

// QuoteToASCII is Quote with every non-ASCII character escaped.
func QuoteToASCII(s string) string

// QuoteToGraphic is Quote that leaves Unicode graphic characters (IsGraphic) unescaped.
func QuoteToGraphic(s string) string

// QuoteRune returns a single-quoted Go character literal representing r.
func QuoteRune(r rune) string

// QuoteRuneToASCII is QuoteRune with non-ASCII characters escaped.
func QuoteRuneToASCII(r rune) string

// QuoteRuneToGraphic is QuoteRune that leaves graphic characters unescaped.
func QuoteRuneToGraphic(r rune) string

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, QuoteToASCII(s)...) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return append(dst, QuoteRuneToASCII(r)...) }

// CanBackquote reports whether s can be represented unchanged as a single-line backquoted string.
func CanBackquote(s string) bool

// IsPrint reports whether r is printable as Go defines it (letters, marks, numbers, punctuation,
// symbols and the ASCII space).
func IsPrint(r rune) bool

// IsGraphic reports whether r is graphic: IsPrint plus the Unicode spaces (category Zs).
func IsGraphic(r rune) bool

// unquote returns the value of the quoted literal s and whether s was valid.
func unquote(s string) (string, bool)

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go literal and returns the value
// it represents (for a single-quoted literal, the character as a string).
func Unquote(s string) (string, error) {
	t, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return t, nil
}

// unquoteChar is UnquoteChar with a success flag instead of an error.
func unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)

// UnquoteChar decodes the first character or escape sequence of the escaped string s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	value, multibyte, tail, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, tail, nil
}

// quotedPrefix returns the length of the quoted string at the start of s, or -1 if there is none.
func quotedPrefix(s string) int

// QuotedPrefix returns the quoted string (as understood by Unquote) at the prefix of s.
func QuotedPrefix(s string) (string, error) {
	n := quotedPrefix(s)
	if n < 0 {
		return "", ErrSyntax
	}
	return s[:n], nil
}
