//! Strings and runes to Go-syntax quoted text: Go's `Quote`, `QuoteToASCII`, `QuoteToGraphic`, their
//! rune forms, `CanBackquote`, `IsPrint` and `IsGraphic`.
//!
//! The input is a Go string, i.e. arbitrary bytes, decoded rune by rune with Go's rules
//! ([`crate::decode_rune`]). Each rune is written as itself or as an escape:
//!
//! * a byte that does not start a valid encoding becomes `\xNN` (lowercase hex);
//! * the quote character and `\` are always backslashed;
//! * a printable rune ([`is_print`]; in the `ASCII` forms only printable ASCII; in the `Graphic` forms
//!   also [`is_graphic`] runes such as U+00A0) is written as itself;
//! * otherwise `\a \b \f \n \r \t \v` where they apply, `\xNN` for the other C0 controls and DEL,
//!   `\uNNNN` below U+10000 and `\UNNNNNNNN` above.
//!
//! Quoted output is always valid UTF-8, so it is returned as `String`.

use crate::unicode_tables::{GRAPHIC_EXTRA, PRINT_RANGES};
use crate::utf8::{RUNE_ERROR, decode_rune, push_rune, valid_rune};

/// Which runes may stand for themselves in quoted output.
#[derive(Clone, Copy, PartialEq)]
enum Keep {
    /// [`is_print`] runes: `Quote`.
    Printable,
    /// Printable ASCII only: `QuoteToASCII`.
    Ascii,
    /// [`is_graphic`] runes: `QuoteToGraphic`.
    Graphic,
}

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols (Unicode categories L, M, N,
/// P, S) and the ASCII space. The tables are generated from Go itself (`testdata/gen`), so they follow
/// the Unicode version of the Go release used as the oracle.
#[must_use]
pub fn is_print(r: i32) -> bool {
    let Ok(r) = u32::try_from(r) else {
        return false;
    };
    PRINT_RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < r {
                std::cmp::Ordering::Less
            } else if lo > r {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Go's `strconv.IsGraphic`: [`is_print`] plus the other space separators (category Zs), such as
/// U+00A0 and U+3000.
#[must_use]
pub fn is_graphic(r: i32) -> bool {
    is_print(r) || u32::try_from(r).is_ok_and(|r| GRAPHIC_EXTRA.binary_search(&r).is_ok())
}

/// Go's `strconv.CanBackquote`: whether `s` can be written unchanged as a single-line raw string,
/// i.e. it is valid UTF-8 without a byte order mark, a backquote, DEL or control characters other than
/// tab.
#[must_use]
pub fn can_backquote(s: impl AsRef<[u8]>) -> bool {
    let mut s = s.as_ref();
    while !s.is_empty() {
        let (r, width) = decode_rune(s);
        s = &s[width..];
        if width > 1 {
            // Multibyte runes are printable enough for a raw string, except the invisible BOM.
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR || (r < 0x20 && r != i32::from(b'\t')) || r == 0x60 || r == 0x7F {
            return false;
        }
    }
    true
}

/// Go's `strconv.Quote`.
#[must_use]
pub fn quote(s: impl AsRef<[u8]>) -> String {
    quoted_string(s.as_ref(), Keep::Printable)
}

/// Go's `strconv.QuoteToASCII`.
#[must_use]
pub fn quote_to_ascii(s: impl AsRef<[u8]>) -> String {
    quoted_string(s.as_ref(), Keep::Ascii)
}

/// Go's `strconv.QuoteToGraphic`.
#[must_use]
pub fn quote_to_graphic(s: impl AsRef<[u8]>) -> String {
    quoted_string(s.as_ref(), Keep::Graphic)
}

/// Go's `strconv.QuoteRune`. A value that is not a valid rune (negative, a surrogate, past U+10FFFF)
/// is quoted as U+FFFD, as in Go.
#[must_use]
pub fn quote_rune(r: i32) -> String {
    quoted_rune(r, Keep::Printable)
}

/// Go's `strconv.QuoteRuneToASCII`.
#[must_use]
pub fn quote_rune_to_ascii(r: i32) -> String {
    quoted_rune(r, Keep::Ascii)
}

/// Go's `strconv.QuoteRuneToGraphic`.
#[must_use]
pub fn quote_rune_to_graphic(r: i32) -> String {
    quoted_rune(r, Keep::Graphic)
}

/// Go's `strconv.AppendQuote`.
pub fn append_quote(dst: &mut Vec<u8>, s: impl AsRef<[u8]>) {
    append_quoted(dst, s.as_ref(), b'"', Keep::Printable);
}

/// Go's `strconv.AppendQuoteToASCII`.
pub fn append_quote_to_ascii(dst: &mut Vec<u8>, s: impl AsRef<[u8]>) {
    append_quoted(dst, s.as_ref(), b'"', Keep::Ascii);
}

/// Go's `strconv.AppendQuoteToGraphic`.
pub fn append_quote_to_graphic(dst: &mut Vec<u8>, s: impl AsRef<[u8]>) {
    append_quoted(dst, s.as_ref(), b'"', Keep::Graphic);
}

/// Go's `strconv.AppendQuoteRune`.
pub fn append_quote_rune(dst: &mut Vec<u8>, r: i32) {
    append_quoted_rune(dst, r, Keep::Printable);
}

/// Go's `strconv.AppendQuoteRuneToASCII`.
pub fn append_quote_rune_to_ascii(dst: &mut Vec<u8>, r: i32) {
    append_quoted_rune(dst, r, Keep::Ascii);
}

/// Go's `strconv.AppendQuoteRuneToGraphic`.
pub fn append_quote_rune_to_graphic(dst: &mut Vec<u8>, r: i32) {
    append_quoted_rune(dst, r, Keep::Graphic);
}

fn quoted_string(s: &[u8], keep: Keep) -> String {
    let mut out = Vec::with_capacity(s.len() + 2);
    append_quoted(&mut out, s, b'"', keep);
    utf8_string(out)
}

fn quoted_rune(r: i32, keep: Keep) -> String {
    let mut out = Vec::with_capacity(8);
    append_quoted_rune(&mut out, r, keep);
    utf8_string(out)
}

fn append_quoted(dst: &mut Vec<u8>, mut s: &[u8], quote: u8, keep: Keep) {
    dst.push(quote);
    while !s.is_empty() {
        let (r, width) = decode_rune(s);
        if width == 1 && r == RUNE_ERROR {
            dst.extend_from_slice(b"\\x");
            push_hex(dst, u32::from(s[0]), 2);
        } else {
            append_escaped_rune(dst, r, quote, keep);
        }
        s = &s[width..];
    }
    dst.push(quote);
}

fn append_quoted_rune(dst: &mut Vec<u8>, r: i32, keep: Keep) {
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    dst.push(b'\'');
    append_escaped_rune(dst, r, b'\'', keep);
    dst.push(b'\'');
}

/// Appends one valid rune, escaped as the module docs describe.
fn append_escaped_rune(dst: &mut Vec<u8>, r: i32, quote: u8, keep: Keep) {
    if r == i32::from(quote) || r == i32::from(b'\\') {
        dst.extend_from_slice(&[b'\\', r as u8]);
        return;
    }
    let literal = match keep {
        Keep::Ascii => r < 0x80 && is_print(r),
        Keep::Printable => is_print(r),
        Keep::Graphic => is_graphic(r),
    };
    if literal {
        push_rune(dst, r);
        return;
    }
    let short = match r {
        0x07 => b'a',
        0x08 => b'b',
        0x0C => b'f',
        0x0A => b'n',
        0x0D => b'r',
        0x09 => b't',
        0x0B => b'v',
        _ => 0,
    };
    if short != 0 {
        dst.extend_from_slice(&[b'\\', short]);
    } else if r < 0x20 || r == 0x7F {
        dst.extend_from_slice(b"\\x");
        push_hex(dst, r as u32, 2);
    } else if r < 0x10000 {
        dst.extend_from_slice(b"\\u");
        push_hex(dst, r as u32, 4);
    } else {
        dst.extend_from_slice(b"\\U");
        push_hex(dst, r as u32, 8);
    }
}

/// Appends the low `width` hex digits of `value`, lowercase, as Go's escapes use.
fn push_hex(dst: &mut Vec<u8>, value: u32, width: u32) {
    for place in (0..width).rev() {
        dst.push(b"0123456789abcdef"[((value >> (4 * place)) & 0xF) as usize]);
    }
}

fn utf8_string(bytes: Vec<u8>) -> String {
    // Quoting writes ASCII escapes and whole valid runes only, so this never replaces anything; the
    // lossy path stands in for an `unwrap` that could panic.
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => String::from_utf8_lossy(err.as_bytes()).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(quote(b"\xff\xc2\xa0\xe2\x80\xa8"), r#""\xff\u00a0\u2028""#);
        assert_eq!(quote("a\"\\\n\x07\x00\x7f☺😀"), r#""a\"\\\n\a\x00\x7f☺😀""#);
        assert_eq!(quote_to_ascii("☺😀"), r#""\u263a\U0001f600""#);
        assert_eq!(quote_to_graphic("\u{a0}\t"), "\"\u{a0}\\t\"");
        assert_eq!(quote_rune(-1), "'\u{fffd}'");
        assert_eq!(quote_rune(0xD800), "'\u{fffd}'");
        assert_eq!(quote_rune(i32::from(b'\'')), r"'\''");
        assert_eq!(quote_rune_to_ascii(0x10FFFF), r"'\U0010ffff'");
        assert!(is_print(i32::from(b' ')) && !is_print(0xA0) && is_graphic(0xA0) && !is_print(-5));
        assert!(can_backquote("a\tb") && !can_backquote("a`b") && !can_backquote("\u{feff}"));
    }
}
