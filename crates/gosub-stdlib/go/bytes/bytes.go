// Package bytes: functions for the manipulation of byte slices, for gosub. Most functions convert to
// string and reuse package strings' logic (the conversion copies, which Go's results also do where a
// new slice is returned).
package bytes

import (
	"strings"
	"unicode/utf8"
)

// MinRead is the minimum slice size passed to a Read call by Buffer.ReadFrom.
const MinRead = 512

// Equal reports whether a and b are the same length and contain the same bytes; nil equals empty.
func Equal(a, b []byte) bool {
	return string(a) == string(b)
}

// Compare returns an integer comparing two byte slices lexicographically.
func Compare(a, b []byte) int {
	return strings.Compare(string(a), string(b))
}

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int { return strings.Index(string(s), string(sep)) }

// IndexByte returns the index of the first instance of c in b, or -1.
func IndexByte(b []byte, c byte) int { return strings.IndexByte(string(b), c) }

// IndexRune returns the byte index of the first occurrence of r in s, or -1.
func IndexRune(s []byte, r rune) int { return strings.IndexRune(string(s), r) }

// IndexAny returns the byte index of the first rune of s in chars, or -1.
func IndexAny(s []byte, chars string) int { return strings.IndexAny(string(s), chars) }

// IndexFunc returns the byte index of the first rune satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return strings.IndexFunc(string(s), f) }

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int { return strings.LastIndex(string(s), string(sep)) }

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s []byte, c byte) int { return strings.LastIndexByte(string(s), c) }

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

// ContainsAny reports whether any of the UTF-8 code points in chars are within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether r is within b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// Count counts the non-overlapping instances of sep in s.
func Count(s, sep []byte) int { return strings.Count(string(s), string(sep)) }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// subslices splits s at the given separators' positions without copying, as Go's Split does: every
// piece aliases s with its capacity clipped.
func subslices(s []byte, parts []string, sepLen int, keepSep bool) [][]byte {
	if parts == nil {
		return nil
	}
	out := make([][]byte, len(parts))
	at := 0
	for i, p := range parts {
		end := at + len(p)
		out[i] = s[at:end:end]
		at = end
		if !keepSep {
			at += sepLen
		}
	}
	return out
}

// Split slices s into all subslices separated by sep.
func Split(s, sep []byte) [][]byte { return SplitN(s, sep, -1) }

// SplitN slices s into subslices separated by sep; n limits the count.
func SplitN(s, sep []byte, n int) [][]byte {
	return subslices(s, strings.SplitN(string(s), string(sep), n), len(sep), false)
}

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return SplitAfterN(s, sep, -1) }

// SplitAfterN slices s into subslices after each instance of sep; n limits the count.
func SplitAfterN(s, sep []byte, n int) [][]byte {
	return subslices(s, strings.SplitAfterN(string(s), string(sep), n), len(sep), true)
}

// Fields splits s around runs of white space.
func Fields(s []byte) [][]byte { return FieldsFunc(s, isSpace) }

func isSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// FieldsFunc splits s at each run of code points satisfying f; the pieces alias s.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	out := [][]byte{}
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				out = append(out, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:len(s):len(s)])
	}
	return out
}

// Join concatenates the elements of s with sep between them into a new byte slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	var b []byte
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	if b == nil {
		b = []byte{}
	}
	return b
}

// Repeat returns a new byte slice consisting of count copies of b.
func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	return []byte(strings.Repeat(string(b), count))
}

// ToUpper returns a copy of s with all Unicode letters mapped to upper case.
func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(string(s))) }

// ToLower returns a copy of s with all Unicode letters mapped to lower case.
func ToLower(s []byte) []byte { return []byte(strings.ToLower(string(s))) }

// ToTitle returns a copy of s with all Unicode letters mapped to title case.
func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(string(s))) }

// Map returns a copy of s with all its characters modified by mapping.
func Map(mapping func(r rune) rune, s []byte) []byte {
	return []byte(strings.Map(mapping, string(s)))
}

// sub returns s[start:end], or nil when that is empty (Go's trimming functions return nil then).
func sub(s []byte, start, end int) []byte {
	if start == end {
		return nil
	}
	return s[start:end]
}

// TrimSpace returns a subslice of s without leading and trailing white space.
func TrimSpace(s []byte) []byte { return TrimFunc(s, isSpace) }

// TrimFunc returns a subslice of s without leading and trailing code points satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns a subslice of s without leading code points satisfying f.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRune(s[i:])
		if !f(r) {
			break
		}
		i += size
	}
	return sub(s, i, len(s))
}

// TrimRightFunc returns a subslice of s without trailing code points satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	j := len(s)
	for j > 0 {
		r, size := utf8.DecodeLastRune(s[:j])
		if !f(r) {
			break
		}
		j -= size
	}
	if j == 0 {
		return nil
	}
	return s[:j]
}

func inCutset(cutset string) func(rune) bool {
	return func(r rune) bool { return strings.ContainsRune(cutset, r) }
}

// Trim returns a subslice of s without leading and trailing code points contained in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	return TrimFunc(s, inCutset(cutset))
}

// TrimLeft returns a subslice of s without leading code points contained in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	return TrimLeftFunc(s, inCutset(cutset))
}

// TrimRight returns a subslice of s without trailing code points contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	return TrimRightFunc(s, inCutset(cutset))
}

// TrimPrefix returns s without the provided leading prefix.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Replace returns a copy of s with the first n non-overlapping instances of old replaced by new.
func Replace(s, old, new []byte, n int) []byte {
	return []byte(strings.Replace(string(s), string(old), string(new), n))
}

// ReplaceAll returns a copy of s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// EqualFold reports whether s and t are equal under simple Unicode case folding.
func EqualFold(s, t []byte) bool { return strings.EqualFold(string(s), string(t)) }

// Cut slices s around the first instance of sep.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// Clone returns a copy of b (nil for nil).
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// Runes interprets s as UTF-8 and returns the equivalent slice of runes.
func Runes(s []byte) []rune { return []rune(string(s)) }

// Title returns a copy of s with the first letter of every word mapped to its title case.
//
// Deprecated: the word-boundary rule does not handle Unicode punctuation properly.
func Title(s []byte) []byte { return []byte(strings.Title(string(s))) }
