//! Go-syntax quoted text back to string content: Go's `Unquote`, `UnquoteChar` and `QuotedPrefix`.
//!
//! The observable rules (checked against Go by the oracle table):
//!
//! * A raw string `` `…` `` ends at the first backquote; its content is taken verbatim except that
//!   every `\r` is dropped.
//! * A `"…"` or `'…'` literal is read one [`unquote_char`] at a time up to the closing quote. A raw
//!   newline is an error. Characters that came from `\x` and octal escapes are single bytes (so
//!   `"\xff"` is one byte 0xFF); every other character is written as UTF-8, so a raw invalid byte turns
//!   into U+FFFD. A `'…'` literal holds at most one character (Go 1.27 accepts `''` as empty).
//! * `Unquote` requires the literal to span the whole input; `QuotedPrefix` returns the literal that
//!   starts the input. Every failure is the bare [`SyntaxError`].

use crate::error::SyntaxError;
use crate::utf8::{decode_rune, push_rune, valid_rune};

/// One character decoded by [`unquote_char`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnquotedChar<'a> {
    /// The rune, or for `\x` and octal escapes the byte value.
    pub value: i32,
    /// Whether `value` must be written as UTF-8 (`false` for ASCII and for byte escapes).
    pub multibyte: bool,
    /// The input after this character.
    pub tail: &'a [u8],
}

/// Go's `strconv.UnquoteChar(s, quote)`: decodes the first character or escape of `s`, the body of a
/// literal quoted with `quote` (`"`, `'`, or anything else for "no quote"; only `"` and `'` are
/// special, being forbidden unescaped and permitted escaped).
pub fn unquote_char(s: &[u8], quote: u8) -> Result<UnquotedChar<'_>, SyntaxError> {
    let plain = |value: u8, tail| Ok(UnquotedChar { value: i32::from(value), multibyte: false, tail });
    let &first = s.first().ok_or(SyntaxError)?;
    if first == quote && (quote == b'\'' || quote == b'"') {
        return Err(SyntaxError);
    }
    if first >= 0x80 {
        let (value, width) = decode_rune(s);
        return Ok(UnquotedChar { value, multibyte: true, tail: &s[width..] });
    }
    if first != b'\\' {
        return plain(first, &s[1..]);
    }
    let &escape = s.get(1).ok_or(SyntaxError)?;
    let rest = &s[2..];
    match escape {
        b'a' => plain(0x07, rest),
        b'b' => plain(0x08, rest),
        b'f' => plain(0x0C, rest),
        b'n' => plain(b'\n', rest),
        b'r' => plain(b'\r', rest),
        b't' => plain(b'\t', rest),
        b'v' => plain(0x0B, rest),
        b'x' | b'u' | b'U' => {
            let width = match escape {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let digits = rest.get(..width).ok_or(SyntaxError)?;
            let mut value = 0u32;
            for &digit in digits {
                let nibble = char::from(digit).to_digit(16).ok_or(SyntaxError)?;
                value = value << 4 | nibble;
            }
            let tail = &rest[width..];
            if escape == b'x' {
                return Ok(UnquotedChar { value: value as i32, multibyte: false, tail });
            }
            let value = value as i32;
            if !valid_rune(value) {
                return Err(SyntaxError);
            }
            Ok(UnquotedChar { value, multibyte: true, tail })
        }
        b'0'..=b'7' => {
            let digits = rest.get(..2).ok_or(SyntaxError)?;
            let mut value = u32::from(escape - b'0');
            for &digit in digits {
                if !(b'0'..=b'7').contains(&digit) {
                    return Err(SyntaxError);
                }
                value = value * 8 + u32::from(digit - b'0');
            }
            if value > 255 {
                return Err(SyntaxError);
            }
            Ok(UnquotedChar { value: value as i32, multibyte: false, tail: &rest[2..] })
        }
        b'\\' => plain(b'\\', rest),
        b'\'' | b'"' if escape == quote => plain(escape, rest),
        _ => Err(SyntaxError),
    }
}

/// Go's `strconv.Unquote`: the content of the Go literal that is the whole of `s`.
pub fn unquote(s: impl AsRef<[u8]>) -> Result<Vec<u8>, SyntaxError> {
    let s = s.as_ref();
    let mut out = Vec::with_capacity(s.len());
    let consumed = scan_literal(s, Some(&mut out))?;
    if consumed != s.len() {
        return Err(SyntaxError);
    }
    Ok(out)
}

/// Go's `strconv.QuotedPrefix`: the Go literal at the start of `s`, quotes included.
pub fn quoted_prefix(s: &[u8]) -> Result<&[u8], SyntaxError> {
    let consumed = scan_literal(s, None)?;
    Ok(&s[..consumed])
}

/// Reads the literal at the start of `s`, appending its content to `out` when given, and returns how
/// many bytes of `s` it spans.
fn scan_literal(s: &[u8], mut out: Option<&mut Vec<u8>>) -> Result<usize, SyntaxError> {
    let &quote = s.first().ok_or(SyntaxError)?;
    match quote {
        b'`' => {
            let body = &s[1..];
            let end = body.iter().position(|&byte| byte == b'`').ok_or(SyntaxError)?;
            if let Some(out) = out {
                out.extend(body[..end].iter().filter(|&&byte| byte != b'\r'));
            }
            Ok(end + 2)
        }
        b'"' | b'\'' => {
            let mut rest = &s[1..];
            let mut count = 0usize;
            loop {
                match rest.first() {
                    None | Some(b'\n') => return Err(SyntaxError),
                    Some(&byte) if byte == quote => return Ok(s.len() - rest.len() + 1),
                    Some(_) if quote == b'\'' && count == 1 => return Err(SyntaxError),
                    Some(_) => {}
                }
                let decoded = unquote_char(rest, quote)?;
                if let Some(out) = out.as_deref_mut() {
                    if decoded.multibyte {
                        push_rune(out, decoded.value);
                    } else {
                        // ASCII, or a byte from a `\x`/octal escape (at most 255 by construction).
                        out.push(decoded.value as u8);
                    }
                }
                rest = decoded.tail;
                count += 1;
            }
        }
        _ => Err(SyntaxError),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_cases() {
        assert_eq!(unquote(b"\"\xff\""), Ok("\u{fffd}".as_bytes().to_vec()));
        assert_eq!(unquote(br"'\xff'"), Ok(vec![0xFF]));
        assert_eq!(unquote(b"''"), Ok(vec![]));
        assert_eq!(unquote(b"'ab'"), Err(SyntaxError));
        assert_eq!(unquote(b"`a\rb`"), Ok(b"ab".to_vec()));
        assert_eq!(unquote(b"\"a\nb\""), Err(SyntaxError));
        assert_eq!(unquote(br#""\u00e9\xe9""#), Ok(b"\xc3\xa9\xe9".to_vec()));
        assert_eq!(unquote(br#""\ud800""#), Err(SyntaxError));
        assert_eq!(quoted_prefix(b"`a`b`"), Ok(&b"`a`"[..]));
        assert_eq!(quoted_prefix(b"\"a\"b\""), Ok(&b"\"a\""[..]));
        let decoded = unquote_char(br"\377rest", b'"').unwrap();
        assert_eq!((decoded.value, decoded.multibyte, decoded.tail), (255, false, &b"rest"[..]));
    }
}
