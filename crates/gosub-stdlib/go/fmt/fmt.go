// Package fmt: formatted I/O for gosub. The formatting engine is native (in the VM, which knows every
// value's type); the io.Writer plumbing, Errorf's wrapping and the interfaces are Go.
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method, which defines the "native" format for
// that value (used by %v and the Print functions).
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the Go syntax for
// that value (used by %#v).
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method; it controls how the value is
// formatted for every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// Sprint formats using the default formats for its operands and returns the resulting string. Spaces
// are added between operands when neither is a string.
func Sprint(a ...any) string

// Sprintln formats using the default formats, always adding spaces between operands and a newline.
func Sprintln(a ...any) string

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Print formats like Sprint and writes to standard output.
func Print(a ...any) (n int, err error)

// Println formats like Sprintln and writes to standard output.
func Println(a ...any) (n int, err error)

// Printf formats like Sprintf and writes to standard output.
func Printf(format string, a ...any) (n int, err error)

// Fprint formats like Sprint and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	if f, ok := w.(*os.File); ok && f == os.Stdout {
		return Print(a...)
	}
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats like Sprintln and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	if f, ok := w.(*os.File); ok && f == os.Stdout {
		return Println(a...)
	}
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats like Sprintf and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	if f, ok := w.(*os.File); ok && f == os.Stdout {
		return Printf(format, a...)
	}
	return w.Write([]byte(Sprintf(format, a...)))
}

// Append formats like Sprint and appends the result to b.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendln formats like Sprintln and appends the result to b.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

// Appendf formats like Sprintf and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Errorf formats like Sprintf and returns the string as an error. An operand of a %w verb that is an
// error is wrapped: with one %w the result has Unwrap() error, with several Unwrap() []error. Without
// %w the result is what errors.New would return.
func Errorf(format string, a ...any) error {
	s := sprintfWrap(format, a)
	wrapped := wrappedArgs(format, len(a))
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	errs := make([]error, 0, len(wrapped))
	for i, arg := range wrapped {
		if i > 0 && wrapped[i-1] == arg {
			continue
		}
		if e, ok := a[arg].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

// sprintfWrap is Sprintf in which %w formats an error operand as %v does (Sprintf itself reports %w
// as a bad verb); a non-error %w operand still prints as %!w(T=value).
func sprintfWrap(format string, a []any) string

// wrappedArgs returns, sorted, the indexes of the operands that %w verbs in format consume, following
// the argument-numbering rules of Printf ("%[2]w", '*' widths and precisions consume an operand).
func wrappedArgs(format string, nargs int) []int {
	var found []int
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		// Flags.
		for i < len(format) && (format[i] == '+' || format[i] == '-' || format[i] == '#' ||
			format[i] == ' ' || format[i] == '0') {
			i++
		}
		// Width, then precision, each a number, '*', or preceded by an argument index.
		for part := 0; part < 2; part++ {
			if part == 1 {
				if i >= len(format) || format[i] != '.' {
					break
				}
				i++
			}
			i, arg = argIndex(format, i, arg)
			if i < len(format) && format[i] == '*' {
				i++
				arg++
			} else {
				for i < len(format) && '0' <= format[i] && format[i] <= '9' {
					i++
				}
			}
		}
		i, arg = argIndex(format, i, arg)
		if i >= len(format) {
			break
		}
		switch format[i] {
		case '%':
			continue
		case 'w':
			if arg < nargs {
				found = append(found, arg)
			}
		}
		if format[i] >= 0x80 {
			// A multi-byte verb: skip its continuation bytes.
			for i+1 < len(format) && format[i+1]&0xC0 == 0x80 {
				i++
			}
		}
		arg++
	}
	for i := 1; i < len(found); i++ {
		for j := i; j > 0 && found[j] < found[j-1]; j-- {
			found[j], found[j-1] = found[j-1], found[j]
		}
	}
	return found
}

// argIndex parses an explicit argument index "[n]" at format[i], returning the position after it and
// the zero-based operand index it selects (or i and arg unchanged).
func argIndex(format string, i, arg int) (int, int) {
	if i >= len(format) || format[i] != '[' {
		return i, arg
	}
	n := 0
	j := i + 1
	for j < len(format) && '0' <= format[j] && format[j] <= '9' {
		n = n*10 + int(format[j]-'0')
		if n > 1e6 {
			return i, arg
		}
		j++
	}
	if j >= len(format) || format[j] != ']' || j == i+1 {
		return i, arg
	}
	return j + 1, n - 1
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }

// Sscan scans space-separated values from str into the pointed-to operands.
func Sscan(str string, a ...any) (n int, err error)

// Sscanln is Sscan stopping at a newline.
func Sscanln(str string, a ...any) (n int, err error)

// Sscanf scans str according to format.
func Sscanf(str string, format string, a ...any) (n int, err error)

// Scan scans space-separated values from standard input into the pointed-to operands.
func Scan(a ...any) (n int, err error)

// Scanln is Scan stopping at a newline.
func Scanln(a ...any) (n int, err error)

// Scanf scans standard input according to format.
func Scanf(format string, a ...any) (n int, err error)

// Fscan scans space-separated values read from r.
func Fscan(r io.Reader, a ...any) (n int, err error)

// Fscanln is Fscan stopping at a newline.
func Fscanln(r io.Reader, a ...any) (n int, err error)

// Fscanf scans text read from r according to format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)
