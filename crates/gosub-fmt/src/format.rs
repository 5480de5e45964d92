//! The layout layer: one directive's flags, width and precision, and how each primitive (integer,
//! float, string, bytes, rune, bool) is laid out under them, byte for byte as Go's `fmt`.
//!
//! Everything here appends to the output buffer and knows nothing of values, kinds or methods; the
//! printer (`print.rs`) decides which primitive a value is and calls in.

use gosub_strconv::{FloatSize, RUNE_ERROR, decode_rune, push_rune};

pub(crate) const LOWER_DIGITS: &[u8; 17] = b"0123456789abcdefx";
pub(crate) const UPPER_DIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// The highest valid rune, `utf8.MaxRune`.
const MAX_RUNE: u64 = 0x10FFFF;

/// The flags of one directive. `plus_v`/`sharp_v` replace `plus`/`sharp` for the `%v` verb, where they
/// mean "field names" and "Go syntax" instead of "sign" and "alternate form".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Flags {
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    pub plus_v: bool,
    pub sharp_v: bool,
}

/// One directive's layout settings; widths and precisions are never negative.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Layout {
    pub flags: Flags,
    pub width: Option<usize>,
    pub precision: Option<usize>,
}

/// Number of runes Go counts in `b` (`utf8.RuneCount`: each invalid byte is one rune).
fn rune_count(mut b: &[u8]) -> usize {
    if b.is_ascii() {
        return b.len();
    }
    let mut count = 0;
    while !b.is_empty() {
        let (_, width) = decode_rune(b);
        b = &b[width.max(1)..];
        count += 1;
    }
    count
}

impl Layout {
    /// Appends `n` padding bytes: zeros when the `0` flag applies (never on the right), else spaces.
    pub fn write_padding(&self, out: &mut Vec<u8>, n: usize) {
        let byte = if self.flags.zero && !self.flags.minus { b'0' } else { b' ' };
        out.resize(out.len() + n, byte);
    }

    /// Appends `b` padded to the width (counted in runes), on the left unless `-` is set.
    pub fn pad(&self, out: &mut Vec<u8>, b: &[u8]) {
        let Some(width) = self.width.filter(|&w| w != 0) else {
            out.extend_from_slice(b);
            return;
        };
        let fill = width.saturating_sub(rune_count(b));
        if self.flags.minus {
            out.extend_from_slice(b);
            self.write_padding(out, fill);
        } else {
            self.write_padding(out, fill);
            out.extend_from_slice(b);
        }
    }

    /// [`Layout::pad`] with the `0` flag ignored, as Go pads everything but numbers.
    pub fn pad_spaces(&self, out: &mut Vec<u8>, b: &[u8]) {
        let mut plain = *self;
        plain.flags.zero = false;
        plain.pad(out, b);
    }

    /// `true` or `false`, padded.
    pub fn fmt_bool(&self, out: &mut Vec<u8>, v: bool) {
        self.pad(out, if v { b"true" } else { b"false" });
    }

    /// `%U`: `U+0041`, with `#` also `U+0041 'A'` for printable runes; precision sets the minimum
    /// number of hex digits (at least 4).
    pub fn fmt_unicode(&self, out: &mut Vec<u8>, u: u64) {
        let mut text = Vec::with_capacity(16);
        text.extend_from_slice(b"U+");
        let digits = format!("{u:X}");
        let min_digits = self.precision.filter(|&p| p > 4).unwrap_or(4);
        text.resize(text.len() + min_digits.saturating_sub(digits.len()), b'0');
        text.extend_from_slice(digits.as_bytes());
        if self.flags.sharp
            && u <= MAX_RUNE
            && gosub_strconv::is_print(i32::try_from(u).unwrap_or(RUNE_ERROR))
        {
            text.extend_from_slice(b" '");
            push_rune(&mut text, i32::try_from(u).unwrap_or(RUNE_ERROR));
            text.push(b'\'');
        }
        self.pad_spaces(out, &text);
    }

    /// An integer in base 2, 8, 10 or 16 with sign, precision (minimum digits), `#` prefixes, `%O`'s
    /// `0o`, and zero padding turned into precision. Allocates nothing beyond the output.
    pub fn fmt_integer(
        &self,
        out: &mut Vec<u8>,
        u: u64,
        base: u32,
        signed: bool,
        verb: char,
        digits: &[u8; 17],
    ) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { u.wrapping_neg() } else { u };
        let flags = self.flags;
        let mut min_digits = 0;
        if let Some(precision) = self.precision {
            min_digits = precision;
            if precision == 0 && u == 0 {
                self.write_padding_spaces(out, self.width.unwrap_or(0));
                return;
            }
        } else if flags.zero
            && !flags.minus
            && let Some(width) = self.width
        {
            min_digits = width;
            if negative || flags.plus || flags.space {
                min_digits = min_digits.saturating_sub(1);
            }
        }
        // Digits are produced backwards into a small buffer; a large precision only adds zeros.
        let mut buf = [0u8; 64];
        let mut i = buf.len();
        let base = u64::from(base);
        loop {
            i -= 1;
            buf[i] = digits[(u % base) as usize];
            u /= base;
            if u == 0 {
                break;
            }
        }
        let body = &buf[i..];
        let zeros = min_digits.saturating_sub(body.len());
        let mut prefix = [0u8; 5];
        let mut prefix_len = 0;
        let mut push = |b: u8| {
            prefix[prefix_len] = b;
            prefix_len += 1;
        };
        if negative {
            push(b'-');
        } else if flags.plus {
            push(b'+');
        } else if flags.space {
            push(b' ');
        }
        if verb == 'O' {
            push(b'0');
            push(b'o');
        }
        if flags.sharp {
            match base {
                2 => {
                    push(b'0');
                    push(b'b');
                }
                8 if zeros == 0 && body[0] != b'0' => push(b'0'),
                16 => {
                    push(b'0');
                    push(digits[16]);
                }
                _ => {}
            }
        }
        let len = prefix_len + zeros + body.len();
        let fill = self.width.map_or(0, |w| w.saturating_sub(len));
        if !flags.minus {
            self.write_padding_spaces(out, fill);
        }
        out.extend_from_slice(&prefix[..prefix_len]);
        out.resize(out.len() + zeros, b'0');
        out.extend_from_slice(body);
        if flags.minus {
            self.write_padding_spaces(out, fill);
        }
    }

    fn write_padding_spaces(&self, out: &mut Vec<u8>, n: usize) {
        out.resize(out.len() + n, b' ');
    }

    /// `s` cut to the precision, counted in runes.
    pub fn truncate<'s>(&self, s: &'s [u8]) -> &'s [u8] {
        let Some(precision) = self.precision else {
            return s;
        };
        let mut i = 0;
        for _ in 0..precision {
            if i >= s.len() {
                return s;
            }
            let (_, width) = decode_rune(&s[i..]);
            i += width.max(1);
        }
        &s[..i.min(s.len())]
    }

    /// `%s`: truncated and padded.
    pub fn fmt_s(&self, out: &mut Vec<u8>, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(out, s);
    }

    /// `%x`/`%X` of a string or byte slice: two hex digits per byte (up to the precision in bytes),
    /// `#` adds `0x`, a space separates bytes (each with its own `0x` under `#`).
    pub fn fmt_sbx(&self, out: &mut Vec<u8>, b: &[u8], digits: &[u8; 17]) {
        let length = self.precision.map_or(b.len(), |p| p.min(b.len()));
        let flags = self.flags;
        let mut width = 2 * length;
        if width > 0 {
            if flags.space {
                if flags.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if flags.sharp {
                width += 2;
            }
        } else {
            if let Some(w) = self.width {
                self.write_padding(out, w);
            }
            return;
        }
        let fill = self.width.map_or(0, |w| w.saturating_sub(width));
        if !flags.minus {
            self.write_padding(out, fill);
        }
        if flags.sharp {
            out.push(b'0');
            out.push(digits[16]);
        }
        for (i, &c) in b[..length].iter().enumerate() {
            if flags.space && i > 0 {
                out.push(b' ');
                if flags.sharp {
                    out.push(b'0');
                    out.push(digits[16]);
                }
            }
            out.push(digits[usize::from(c >> 4)]);
            out.push(digits[usize::from(c & 0xF)]);
        }
        if flags.minus {
            self.write_padding(out, fill);
        }
    }

    /// `%q` of a string: Go-quoted (ASCII-only under `+`), or backquoted under `#` when possible.
    pub fn fmt_q(&self, out: &mut Vec<u8>, s: &[u8]) {
        let s = self.truncate(s);
        let start = out.len();
        if self.flags.sharp && gosub_strconv::can_backquote(s) {
            out.push(b'`');
            out.extend_from_slice(s);
            out.push(b'`');
        } else if self.flags.plus {
            gosub_strconv::append_quote_to_ascii(out, s);
        } else {
            gosub_strconv::append_quote(out, s);
        }
        self.pad_in_place(out, start);
    }

    /// `%c`: the rune as UTF-8 (U+FFFD past the Unicode range).
    pub fn fmt_c(&self, out: &mut Vec<u8>, c: u64) {
        let start = out.len();
        push_rune(out, rune_of(c));
        self.pad_in_place(out, start);
    }

    /// `%q` of an integer: the Go rune literal (ASCII-only under `+`).
    pub fn fmt_qc(&self, out: &mut Vec<u8>, c: u64) {
        let start = out.len();
        if self.flags.plus {
            gosub_strconv::append_quote_rune_to_ascii(out, rune_of(c));
        } else {
            gosub_strconv::append_quote_rune(out, rune_of(c));
        }
        self.pad_in_place(out, start);
    }

    /// [`Layout::pad`] for text already appended at `out[start..]`: padding goes after it, and is
    /// rotated in front of it unless `-` is set. Saves building the text in a buffer of its own.
    pub fn pad_in_place(&self, out: &mut Vec<u8>, start: usize) {
        let Some(width) = self.width.filter(|&w| w != 0) else {
            return;
        };
        let fill = width.saturating_sub(rune_count(&out[start..]));
        self.write_padding(out, fill);
        if !self.flags.minus {
            out[start..].rotate_right(fill);
        }
    }

    /// A float under verb `verb` (one of `b e E f g G x X`) with default precision `prec` (-1 for
    /// shortest): sign rules (`+`, space), `#` alternate form, zero padding after the sign, and
    /// infinities and NaN padded with spaces.
    pub fn fmt_float(&self, out: &mut Vec<u8>, v: f64, size: FloatSize, verb: u8, prec: i64) {
        let flags = self.flags;
        let prec = self.precision.map_or(prec, |p| i64::try_from(p).unwrap_or(i64::MAX));
        if !(flags.plus || flags.space || flags.sharp || flags.zero) {
            // Without sign flags, `#` or zero padding, Go's text is strconv's, padded with spaces
            // (`+Inf` keeps its sign): write it in place, as `Println` of a float does.
            let start = out.len();
            gosub_strconv::append_float(out, v, verb, prec, size);
            self.pad_in_place(out, start);
            return;
        }
        // num[0] is always a sign byte, '+' when the formatted text had none.
        let mut num: Vec<u8> = Vec::with_capacity(32);
        num.push(b'+');
        gosub_strconv::append_float(&mut num, v, verb, prec, size);
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if flags.space && num[0] == b'+' && !flags.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            let start = usize::from(num[1] == b'N' && !flags.space && !flags.plus);
            self.pad_spaces(out, &num[start..]);
            return;
        }
        if flags.sharp && verb != b'b' {
            let mut digits: i64 = match verb {
                b'v' | b'g' | b'G' | b'x' => {
                    if prec == -1 {
                        6
                    } else {
                        prec
                    }
                }
                _ => 0,
            };
            let mut tail: Vec<u8> = Vec::new();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if flags.plus || num[0] != b'+' {
            if flags.zero
                && !flags.minus
                && let Some(width) = self.width
                && width > num.len()
            {
                out.push(num[0]);
                self.write_padding(out, width - num.len());
                out.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(out, &num);
            return;
        }
        self.pad(out, &num[1..]);
    }
}

/// The rune `%c` and `%q` print for an integer: itself, or U+FFFD beyond `utf8.MaxRune`. Values in
/// range that are not valid runes (surrogates) are encoded as U+FFFD by `push_rune` and quoted as
/// such by strconv, as in Go.
fn rune_of(c: u64) -> i32 {
    if c > MAX_RUNE { RUNE_ERROR } else { c as i32 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(width: Option<usize>, precision: Option<usize>, flags: Flags) -> Layout {
        Layout { flags, width, precision }
    }

    #[test]
    fn integer_zero_padding_leaves_room_for_the_sign() {
        let mut out = Vec::new();
        let flags = Flags { zero: true, ..Flags::default() };
        with(Some(5), None, flags).fmt_integer(&mut out, (-42i64) as u64, 10, true, 'd', LOWER_DIGITS);
        assert_eq!(out, b"-0042");
    }

    #[test]
    fn truncate_counts_runes() {
        let layout = with(None, Some(2), Flags::default());
        assert_eq!(layout.truncate("héllo".as_bytes()), "hé".as_bytes());
        assert_eq!(layout.truncate(b"a"), b"a");
    }
}
