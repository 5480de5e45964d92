//! Hand-written scanners for the tokens whose extent or errors a DFA cannot express: numbers, interpreted
//! and raw strings, runes, escapes, general comments, Unicode identifiers and stray characters.
//!
//! Each follows the behaviour of gc's scanner (`cmd/compile/internal/syntax/scanner.go`, Go 1.27): the same
//! acceptance, the same error wording, and the same error position. gc reports most errors "at the most
//! recently read character" (the bad digit, the character after a backslash, the end of a mantissa) and a
//! few at the token start (`string not terminated`); the comments at each report say which. Every scanner
//! returns an end offset on a character boundary that is at least the end of what logos matched, which is
//! what `logos::Lexer::bump` requires.

use super::Lexer;
use super::raw::CharClass;
use crate::token::Tok;

impl<'src> Lexer<'src> {
    /// Scans a number starting at `start` (a digit, or `.` followed by a digit): integer, float or
    /// imaginary, in any base, with `_` separators. Returns its end and its token.
    pub(super) fn number(&mut self, start: usize) -> (usize, Tok<'src>) {
        let bytes = self.text.as_bytes();
        let mut digits = Digits { pos: start, seen_digit: false, seen_separator: false, invalid: None };
        let mut ok = true;
        let mut kind = NumberKind::Int;
        let mut base = 10;
        // `b'0'` for a legacy octal `017`; `x`, `o`, `b` for explicit prefixes; 0 for plain decimal.
        let mut prefix = 0u8;
        let mut seen_point = bytes[start] == b'.';
        if seen_point {
            digits.pos += 1;
        } else {
            if bytes[start] == b'0' {
                digits.pos += 1;
                match digits.peek(bytes).to_ascii_lowercase() {
                    letter @ (b'x' | b'o' | b'b') => {
                        digits.pos += 1;
                        prefix = letter;
                        base = match letter {
                            b'x' => 16,
                            b'o' => 8,
                            _ => 2,
                        };
                    }
                    _ => {
                        // The leading 0 is itself a digit of the legacy octal (or decimal float) literal.
                        prefix = b'0';
                        base = 8;
                        digits.seen_digit = true;
                    }
                }
            }
            digits.scan(bytes, base);
            if digits.peek(bytes) == b'.' {
                if prefix == b'o' || prefix == b'b' {
                    // Reported at the `.`.
                    self.error_at(digits.pos, format!("invalid radix point in {} literal", base_name(base)));
                    ok = false;
                }
                digits.pos += 1;
                seen_point = true;
            }
        }
        if seen_point {
            kind = NumberKind::Float;
            digits.scan(bytes, base);
        }
        if !digits.seen_digit && ok {
            // Reported where a digit was expected (just after the prefix or point).
            self.error_at(digits.pos, format!("{} literal has no digits", base_name(base)));
            ok = false;
        }

        let exponent = digits.peek(bytes);
        if matches!(exponent.to_ascii_lowercase(), b'e' | b'p') {
            if ok {
                let letter = exponent as char;
                if exponent.eq_ignore_ascii_case(&b'e') && prefix != 0 && prefix != b'0' {
                    self.error_at(digits.pos, format!("'{letter}' exponent requires decimal mantissa"));
                    ok = false;
                } else if exponent.eq_ignore_ascii_case(&b'p') && prefix != b'x' {
                    self.error_at(digits.pos, format!("'{letter}' exponent requires hexadecimal mantissa"));
                    ok = false;
                }
            }
            digits.pos += 1;
            kind = NumberKind::Float;
            if matches!(digits.peek(bytes), b'+' | b'-') {
                digits.pos += 1;
            }
            // The exponent needs digits of its own; a separator anywhere still has to be checked below.
            digits.seen_digit = false;
            digits.scan(bytes, 10);
            if !digits.seen_digit && ok {
                self.error_at(digits.pos, "exponent has no digits");
                ok = false;
            }
        } else if prefix == b'x' && kind == NumberKind::Float && ok {
            // Reported at the end of the mantissa.
            self.error_at(digits.pos, "hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }

        if digits.peek(bytes) == b'i' {
            kind = NumberKind::Imag;
            digits.pos += 1;
        }
        let end = digits.pos;
        let literal = &self.text[start..end];

        // Digits too large for the base matter only in integers: `09.5` and `09i` are decimal.
        if let Some(invalid) = digits.invalid
            && kind == NumberKind::Int
            && ok
        {
            let digit = bytes[invalid] as char;
            self.error_at(invalid, format!("invalid digit '{digit}' in {} literal", base_name(base)));
            ok = false;
        }
        if digits.seen_separator
            && ok
            && let Some(index) = invalid_separator(literal)
        {
            self.error_at(start + index, "'_' must separate successive digits");
        }

        let tok = match kind {
            NumberKind::Int => Tok::Int(literal),
            NumberKind::Float => Tok::Float(literal),
            NumberKind::Imag => Tok::Imag(literal),
        };
        (end, tok)
    }

    /// Scans an interpreted string starting at its `"`. An unterminated string ends before the newline (or
    /// at the end of the text), so that the newline still counts for semicolon insertion.
    pub(super) fn string(&mut self, start: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut pos = start + 1;
        loop {
            // Only ASCII bytes stop the loop, so `pos` is on a character boundary whenever it does.
            match bytes.get(pos) {
                Some(b'"') => return pos + 1,
                Some(b'\\') => pos = self.escape(pos + 1, b'"').0,
                Some(b'\n') => {
                    self.error_at(pos, "newline in string");
                    return pos;
                }
                Some(_) => pos += 1,
                None => {
                    // Reported at the opening quote.
                    self.error_span(start, pos, "string not terminated");
                    return pos;
                }
            }
        }
    }

    /// Scans a raw string starting at its backquote. It may span lines; carriage returns stay in the token
    /// text (the checker drops them from the value).
    pub(super) fn raw_string(&mut self, start: usize) -> usize {
        match self.text[start + 1..].find('`') {
            Some(offset) => start + 1 + offset + 1,
            None => {
                // gc words this exactly like the interpreted case, at the opening backquote.
                self.error_span(start, self.text.len(), "string not terminated");
                self.text.len()
            }
        }
    }

    /// Scans a rune literal starting at its `'`. Exactly one character or escape must sit between the quotes.
    pub(super) fn rune(&mut self, start: usize) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut pos = start + 1;
        let mut count = 0;
        // Only the first problem of a rune literal is reported, as in gc.
        let mut ok = true;
        loop {
            match bytes.get(pos) {
                Some(b'\'') => {
                    if ok {
                        if count == 0 {
                            // Reported at the closing quote.
                            self.error_at(pos, "empty rune literal or unescaped '");
                        } else if count != 1 {
                            // Reported at the opening quote.
                            self.error_span(start, pos + 1, "more than one character in rune literal");
                        }
                    }
                    return pos + 1;
                }
                Some(b'\\') => {
                    let (next, escape_ok) = self.escape(pos + 1, b'\'');
                    ok &= escape_ok;
                    pos = next;
                    count += 1;
                }
                Some(b'\n') => {
                    if ok {
                        self.error_at(pos, "newline in rune literal");
                    }
                    return pos;
                }
                Some(_) => {
                    let width = text[pos..].chars().next().map_or(1, char::len_utf8);
                    pos += width;
                    count += 1;
                }
                None => {
                    if ok {
                        self.error_span(start, pos, "rune literal not terminated");
                    }
                    return pos;
                }
            }
        }
    }

    /// Scans the escape whose backslash ends just before `pos`, inside a literal closed by `quote`. Returns
    /// where the escape ends and whether it was valid. An invalid character is left unconsumed (gc reports it
    /// and lets the literal's loop see it again), and an escape cut short by the end of the text is left for
    /// the caller's "not terminated" report.
    fn escape(&mut self, pos: usize, quote: u8) -> (usize, bool) {
        let bytes = self.text.as_bytes();
        let Some(&first) = bytes.get(pos) else {
            return (pos, true);
        };
        let (mut pos, count, base, max) = match first {
            b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' => return (pos + 1, true),
            _ if first == quote => return (pos + 1, true),
            b'0'..=b'7' => (pos, 3, 8, 255),
            b'x' => (pos + 1, 2, 16, 255),
            b'u' => (pos + 1, 4, 16, MAX_RUNE),
            b'U' => (pos + 1, 8, 16, MAX_RUNE),
            _ => {
                // Reported at the character after the backslash.
                self.error_at(pos, "unknown escape");
                return (pos, false);
            }
        };
        let mut value: u32 = 0;
        for _ in 0..count {
            let Some(&byte) = bytes.get(pos) else {
                return (pos, true);
            };
            let digit = match byte {
                b'0'..=b'9' => u32::from(byte - b'0'),
                b'a'..=b'f' => u32::from(byte - b'a') + 10,
                b'A'..=b'F' => u32::from(byte - b'A') + 10,
                _ => base,
            };
            if digit >= base {
                let ch = self.text[pos..].chars().next().unwrap_or('\u{FFFD}');
                let message = format!("invalid character {} in {} escape", quote_rune(ch), base_name(base));
                self.error_at(pos, message);
                return (pos, false);
            }
            // At most eight hexadecimal digits, so this fits in a `u32`.
            value = value * base + digit;
            pos += 1;
        }
        // Both value errors are reported just after the escape's last digit.
        if value > max && base == 8 {
            self.error_at(pos, format!("octal escape value {value} > 255"));
            return (pos, false);
        }
        if value > max || (0xD800..0xE000).contains(&value) {
            self.error_at(pos, format!("escape is invalid Unicode code point {}", unicode_name(value)));
            return (pos, false);
        }
        (pos, true)
    }

    /// Scans a general comment starting at its `/*`. Returns its end and whether it contains a newline
    /// (then it acts like one for semicolon insertion, even when it is not terminated).
    pub(super) fn block_comment(&mut self, start: usize) -> (usize, bool) {
        let end = match self.text[start + 2..].find("*/") {
            Some(offset) => start + 2 + offset + 2,
            None => {
                // Reported at the `/*`.
                self.error_span(start, self.text.len(), "comment not terminated");
                self.text.len()
            }
        };
        (end, self.text[start..end].contains('\n'))
    }

    /// Continues an identifier at `pos`, where a non-ASCII character may follow its ASCII head. Like gc, it
    /// consumes every non-ASCII character and reports those that are neither letters nor decimal digits.
    pub(super) fn ident_tail(&mut self, mut pos: usize) -> usize {
        let text = self.text;
        while let Some(ch) = text[pos..].chars().next() {
            if ch.is_ascii() {
                if !(ch.is_ascii_alphanumeric() || ch == '_') {
                    break;
                }
            } else if !self.is_skipped_char(pos, ch)
                && !matches!(CharClass::of(ch), Some(CharClass::Letter | CharClass::Digit))
            {
                self.error_at(
                    pos,
                    format!("invalid character {} in identifier", unicode_name(u32::from(ch))),
                );
            }
            pos += ch.len_utf8();
        }
        pos
    }

    /// Handles a non-ASCII character at a token start, which gc always takes as the start of an identifier
    /// (reporting it if it is not a letter). Returns the identifier's end, or `None` for a character the
    /// prescan already reported and that gc skips (a BOM, invalid UTF-8).
    pub(super) fn non_ascii_start(&mut self, start: usize, char_end: usize) -> Option<usize> {
        let ch = self.text[start..char_end].chars().next()?;
        if self.is_skipped_char(start, ch) {
            return None;
        }
        match CharClass::of(ch) {
            Some(CharClass::Letter) => {}
            Some(CharClass::Digit) => {
                self.error_at(
                    start,
                    format!("identifier cannot begin with digit {}", unicode_name(u32::from(ch))),
                );
            }
            _ => {
                self.error_at(
                    start,
                    format!("invalid character {} in identifier", unicode_name(u32::from(ch))),
                );
            }
        }
        Some(self.ident_tail(char_end))
    }

    /// Reports an ASCII character that starts no token. NUL was reported by the prescan and is skipped.
    pub(super) fn stray(&mut self, offset: usize) {
        let byte = self.text.as_bytes()[offset];
        if byte != 0 {
            self.error_at(offset, format!("invalid character {}", unicode_name(u32::from(byte))));
        }
    }
}

/// `unicode.MaxRune`.
const MAX_RUNE: u32 = 0x10_FFFF;

#[derive(Clone, Copy, PartialEq, Eq)]
enum NumberKind {
    Int,
    Float,
    Imag,
}

/// The digit-run state of a number being scanned (gc's `digsep` bits and `invalid` index).
struct Digits {
    pos: usize,
    seen_digit: bool,
    seen_separator: bool,
    /// The offset of the first digit too large for the base (only bases up to 10 can have one).
    invalid: Option<usize>,
}

impl Digits {
    fn peek(&self, bytes: &[u8]) -> u8 {
        bytes.get(self.pos).copied().unwrap_or(0)
    }

    /// Consumes digits and `_`. For bases up to 10 every decimal digit is consumed and the first one too
    /// large is remembered, so that `0b102` is one literal with an error at the `2`.
    fn scan(&mut self, bytes: &[u8], base: u32) {
        loop {
            let byte = self.peek(bytes);
            let is_digit = if base <= 10 { byte.is_ascii_digit() } else { byte.is_ascii_hexdigit() };
            if byte == b'_' {
                self.seen_separator = true;
            } else if is_digit {
                self.seen_digit = true;
                if base <= 10 && u32::from(byte - b'0') >= base && self.invalid.is_none() {
                    self.invalid = Some(self.pos);
                }
            } else {
                return;
            }
            self.pos += 1;
        }
    }
}

/// The index of the first `_` in a number literal that does not separate two digits (a prefix counts as
/// a digit), or `None`.
fn invalid_separator(literal: &str) -> Option<usize> {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Prev {
        Digit,
        Separator,
        Other,
    }
    let bytes = literal.as_bytes();
    let mut hex = false;
    let mut prev = Prev::Other;
    let mut index = 0;
    if bytes.len() >= 2 && bytes[0] == b'0' && matches!(bytes[1].to_ascii_lowercase(), b'x' | b'o' | b'b') {
        hex = bytes[1].eq_ignore_ascii_case(&b'x');
        prev = Prev::Digit;
        index = 2;
    }
    while index < bytes.len() {
        let byte = bytes[index];
        let current = if byte == b'_' {
            if prev != Prev::Digit {
                return Some(index);
            }
            Prev::Separator
        } else if byte.is_ascii_digit() || (hex && byte.is_ascii_hexdigit()) {
            Prev::Digit
        } else {
            if prev == Prev::Separator {
                return Some(index - 1);
            }
            Prev::Other
        };
        prev = current;
        index += 1;
    }
    (prev == Prev::Separator).then(|| bytes.len() - 1)
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Whether Go's `strconv.IsPrint` holds: letters, marks, numbers, punctuation, symbols and the ASCII space.
fn is_print(ch: char) -> bool {
    if ch.is_ascii() { (' '..='~').contains(&ch) } else { CharClass::of(ch).is_some() }
}

/// A code point as Go's `%#U` prints it: `U+0040 '@'`, or just `U+D800` when it is not printable.
pub(super) fn unicode_name(value: u32) -> String {
    match char::from_u32(value).filter(|&ch| is_print(ch)) {
        Some(ch) => format!("U+{value:04X} '{ch}'"),
        None => format!("U+{value:04X}"),
    }
}

/// A rune as Go's `%q` prints it (`strconv.QuoteRune`): `'x'`, `'\n'`, `'\x00'`, `'\u200b'`.
pub(super) fn quote_rune(ch: char) -> String {
    let body = match ch {
        '\'' => "\\'".to_string(),
        '\\' => "\\\\".to_string(),
        '\u{7}' => "\\a".to_string(),
        '\u{8}' => "\\b".to_string(),
        '\u{c}' => "\\f".to_string(),
        '\n' => "\\n".to_string(),
        '\r' => "\\r".to_string(),
        '\t' => "\\t".to_string(),
        '\u{b}' => "\\v".to_string(),
        _ if is_print(ch) => ch.to_string(),
        _ if ch < ' ' || ch == '\u{7f}' => format!("\\x{:02x}", u32::from(ch)),
        _ if u32::from(ch) < 0x10000 => format!("\\u{:04x}", u32::from(ch)),
        _ => format!("\\U{:08x}", u32::from(ch)),
    };
    format!("'{body}'")
}
