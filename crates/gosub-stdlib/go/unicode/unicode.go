// Package unicode: Unicode character properties and case mapping for gosub. ASCII is answered in Go;
// other runes go to natives backed by Rust's Unicode tables where they agree with Go's.
package unicode

const (
	MaxRune         = '\U0010FFFF' // maximum valid Unicode code point
	ReplacementChar = '\uFFFD'     // represents invalid code points
	MaxASCII        = '\u007F'     // maximum ASCII value
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Version is the Unicode edition the tables are derived from.
const Version = "17.0.0"

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	return isLetter(r)
}

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if uint32(r) <= MaxASCII {
		return '0' <= r && r <= '9'
	}
	return isDigit(r)
}

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxASCII {
		return '0' <= r && r <= '9'
	}
	return isNumber(r)
}

// IsUpper reports whether r is an upper-case letter.
func IsUpper(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'A' <= r && r <= 'Z'
	}
	return isUpper(r)
}

// IsLower reports whether r is a lower-case letter.
func IsLower(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 'a' <= r && r <= 'z'
	}
	return isLower(r)
}

// IsTitle reports whether r is a title-case letter.
func IsTitle(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return false
	}
	return isTitle(r)
}

// IsPunct reports whether r is a punctuation character (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxASCII {
		switch r {
		case '!', '"', '#', '%', '&', '\'', '(', ')', '*', ',', '-', '.', '/', ':', ';', '?', '@', '[', '\\',
			']', '_', '{', '}':
			return true
		}
		return false
	}
	return isPunct(r)
}

// IsSymbol reports whether r is a symbolic character (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxASCII {
		switch r {
		case '$', '+', '<', '=', '>', '^', '`', '|', '~':
			return true
		}
		return false
	}
	return isSymbol(r)
}

// IsMark reports whether r is a mark character (category M).
func IsMark(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return false
	}
	return isMark(r)
}

// IsControl reports whether r is a control character (U+0000–U+001F, U+007F–U+009F).
func IsControl(r rune) bool {
	return uint32(r) < 0x20 || 0x7F <= r && r <= 0x9F
}

// IsSpace reports whether r is a space character as defined by Unicode's White Space property.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	switch {
	case r == 0x1680, 0x2000 <= r && r <= 0x200A, r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F,
		r == 0x3000:
		return true
	}
	return false
}

// IsGraphic reports whether r is a graphic character: a letter, mark, number, punctuation, symbol or
// space (categories L, M, N, P, S, Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 0x20 <= r && r < 0x7F
	}
	return isGraphic(r)
}

// IsPrint reports whether r is printable as Go defines it: a graphic character other than a space,
// except ASCII space U+0020.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxASCII {
		return 0x20 <= r && r < 0x7F
	}
	return isPrint(r)
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if uint32(r) <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toUpper(r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if uint32(r) <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return toLower(r)
}

// ToTitle maps r to title case.
func ToTitle(r rune) rune {
	if uint32(r) <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return toTitle(r)
}

// To maps r to the case UpperCase, LowerCase or TitleCase; other cases give ReplacementChar.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// SimpleFold iterates over Unicode code points equivalent under simple case folding: it returns the
// smallest rune greater than r in r's fold orbit, or the smallest rune of the orbit if there is none.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if uint32(r) <= MaxASCII {
		switch {
		case 'A' <= r && r <= 'Z':
			return r + 'a' - 'A'
		case 'a' <= r && r <= 'z':
			// k and s fold to the Kelvin sign and long s, which sort after them.
			if r == 'k' {
				return 0x212A
			}
			if r == 's' {
				return 0x17F
			}
			return r - ('a' - 'A')
		}
		return r
	}
	return simpleFold(r)
}

// The natives below answer for runes outside the ranges handled in Go above.

func isLetter(r rune) bool
func isDigit(r rune) bool
func isNumber(r rune) bool
func isUpper(r rune) bool
func isLower(r rune) bool
func isTitle(r rune) bool
func isPunct(r rune) bool
func isSymbol(r rune) bool
func isMark(r rune) bool
func isGraphic(r rune) bool
func isPrint(r rune) bool
func toUpper(r rune) rune
func toLower(r rune) rune
func toTitle(r rune) rune
func simpleFold(r rune) rune
