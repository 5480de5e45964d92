//! UTF-8 decoding and encoding with Go's rules for bad input.
//!
//! Go decodes a byte string one rune at a time and, on anything that is not a valid encoding (a stray
//! continuation byte, a truncated sequence, an overlong form, a surrogate, a value past U+10FFFF),
//! yields U+FFFD with a width of exactly one byte, so the next attempt starts at the following byte.
//! Rust's validator agrees with Go on what is valid, so it is used for the check itself; only the
//! one-byte resynchronisation is ours. Runes are `i32`, as in Go, because Go code can hold any `int32`
//! in a rune, valid or not.

/// `utf8.RuneError`, U+FFFD.
pub const RUNE_ERROR: i32 = 0xFFFD;

/// Go's `utf8.DecodeRune`: the first rune of `s` and its width in bytes.
///
/// An empty input gives `(RUNE_ERROR, 0)`; an invalid encoding gives `(RUNE_ERROR, 1)`.
#[must_use]
pub fn decode_rune(s: &[u8]) -> (i32, usize) {
    let Some(&lead) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if lead < 0x80 {
        return (i32::from(lead), 1);
    }
    let width = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return (RUNE_ERROR, 1),
    };
    match s.get(..width).map(std::str::from_utf8) {
        Some(Ok(text)) => match text.chars().next() {
            Some(c) => (c as i32, width),
            None => (RUNE_ERROR, 1),
        },
        _ => (RUNE_ERROR, 1),
    }
}

/// Whether Go's `utf8.ValidRune` holds: in range and not a surrogate.
pub(crate) fn valid_rune(r: i32) -> bool {
    u32::try_from(r).ok().and_then(char::from_u32).is_some()
}

/// Go's `utf8.AppendRune`: appends the UTF-8 encoding of `r`, or of U+FFFD if `r` is not a valid rune.
pub fn push_rune(dst: &mut Vec<u8>, r: i32) {
    let c = u32::try_from(r).ok().and_then(char::from_u32).unwrap_or(char::REPLACEMENT_CHARACTER);
    let mut buf = [0u8; 4];
    dst.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_like_go() {
        assert_eq!(decode_rune(b""), (RUNE_ERROR, 0));
        assert_eq!(decode_rune(b"a"), ('a' as i32, 1));
        assert_eq!(decode_rune("é!".as_bytes()), ('é' as i32, 2));
        assert_eq!(decode_rune("😀".as_bytes()), (0x1F600, 4));
        assert_eq!(decode_rune(b"\xff"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xe2\x82"), (RUNE_ERROR, 1)); // truncated
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1)); // surrogate
        assert_eq!(decode_rune(b"\xc0\x80"), (RUNE_ERROR, 1)); // overlong
        assert_eq!(decode_rune(b"\xef\xbf\xbd"), (RUNE_ERROR, 3)); // a real U+FFFD is 3 wide
    }
}
