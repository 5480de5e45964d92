//! `strconv`'s natives, each a thin call of `gosub-strconv` (Go's exact algorithms, checked there against
//! real Go). The parsers return `(value, code)` with the failure codes of `go/strconv/strconv.go`
//! (`parseOK`, `parseSyntax`, `parseRange`, `parseBase`, `parseBitSize`); the Go side builds the
//! `*NumError`, so errors are ordinary Go values.

use gosub_strconv::{FloatSize, NumErrorKind, ParseFailure, Radix};
use gosub_vm::{Fault, Native, Registry};

use super::{panic_str, substring_from};

pub(super) fn register(r: &mut Registry) {
    r.add("strconv.parseInt", native_parse_int);
    r.add("strconv.parseUint", native_parse_uint);
    r.add("strconv.parseFloat", native_parse_float);
    r.add("strconv.FormatInt", native_format_int);
    r.add("strconv.Itoa", native_itoa);
    r.add("strconv.FormatUint", native_format_uint);
    r.add("strconv.FormatFloat", native_format_float);
    r.add("strconv.Quote", |n| quote_with(n, |s| gosub_strconv::quote(s)));
    r.add("strconv.QuoteToASCII", |n| quote_with(n, |s| gosub_strconv::quote_to_ascii(s)));
    r.add("strconv.QuoteToGraphic", |n| quote_with(n, |s| gosub_strconv::quote_to_graphic(s)));
    r.add("strconv.QuoteRune", |n| quote_rune_with(n, gosub_strconv::quote_rune));
    r.add("strconv.QuoteRuneToASCII", |n| quote_rune_with(n, gosub_strconv::quote_rune_to_ascii));
    r.add("strconv.QuoteRuneToGraphic", |n| quote_rune_with(n, gosub_strconv::quote_rune_to_graphic));
    r.add("strconv.CanBackquote", native_can_backquote);
    r.add("strconv.IsPrint", native_is_print);
    r.add("strconv.IsGraphic", native_is_graphic);
    r.add("strconv.unquote", native_unquote);
    r.add("strconv.unquoteChar", native_unquote_char);
    r.add("strconv.quotedPrefix", native_quoted_prefix);
}

/// The failure codes of `go/strconv/strconv.go`.
const PARSE_OK: i64 = 0;
const PARSE_SYNTAX: i64 = 1;
const PARSE_RANGE: i64 = 2;
const PARSE_BASE: i64 = 3;
const PARSE_BIT_SIZE: i64 = 4;

/// A parse result as the Go side receives it: the value Go returns (also beside an error) and a code.
pub(crate) fn parse_result<T: Default>(result: Result<T, ParseFailure<T>>) -> (T, i64) {
    match result {
        Ok(v) => (v, PARSE_OK),
        Err(failure) => {
            let code = match failure.error.kind {
                NumErrorKind::Syntax => PARSE_SYNTAX,
                NumErrorKind::Range => PARSE_RANGE,
                NumErrorKind::Base(_) => PARSE_BASE,
                NumErrorKind::BitSize(_) => PARSE_BIT_SIZE,
            };
            (failure.value, code)
        }
    }
}

/// `parseInt(s string, base int, bitSize int) (i int64, code int)`.
fn native_parse_int(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let (base, bits) = (n.int(2), n.int(3));
    let (v, code) = parse_result(gosub_strconv::parse_int(n.str(0), base, bits));
    n.set_int(0, v);
    n.set_int(1, code);
    Ok(())
}

/// `parseUint(s string, base int, bitSize int) (u uint64, code int)`.
fn native_parse_uint(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let (base, bits) = (n.int(2), n.int(3));
    let (v, code) = parse_result(gosub_strconv::parse_uint(n.str(0), base, bits));
    n.set(0, v);
    n.set_int(1, code);
    Ok(())
}

/// `ParseFloat`'s value and code; a NaN input gives Go's `math.NaN()` bits (`0x7FF8000000000001`, or
/// its float32 rounding `0x7FF8000000000000` for bit size 32,
/// where `gosub_strconv::parse_float` returns the plain quiet NaN).
pub(crate) fn parse_float(s: &[u8], bits: i64) -> (f64, i64) {
    let (v, code) = parse_result(gosub_strconv::parse_float(s, bits));
    (if v.is_nan() && bits != 32 { super::math::go_nan() } else { v }, code)
}

/// `parseFloat(s string, bitSize int) (f float64, code int)`.
fn native_parse_float(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let bits = n.int(2);
    let (v, code) = parse_float(n.str(0), bits);
    n.set_float(0, v);
    n.set_int(1, code);
    Ok(())
}

/// The digits of `v` in `base` (2..=36, lower-case letters), written at the end of `buf`: returns where
/// they start. 65 bytes hold any `i64` in base 2 with its sign.
pub(crate) fn format_int_into(buf: &mut [u8; 65], v: i64, base: u64) -> usize {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut u = v.unsigned_abs();
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = DIGITS[(u % base) as usize];
        u /= base;
        if u == 0 {
            break;
        }
    }
    if v < 0 {
        i -= 1;
        buf[i] = b'-';
    }
    i
}

/// `FormatInt(i int64, base int) string`; panics as Go on a base outside 2..=36.
fn native_format_int(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let (v, base) = (n.int(0), n.int(1));
    if Radix::new(base).is_none() {
        return Err(panic_str(n, gosub_strconv::ILLEGAL_BASE_PANIC));
    }
    let mut buf = [0u8; 65];
    let at = format_int_into(&mut buf, v, base as u64);
    n.set_str(0, &buf[at..]);
    Ok(())
}

/// `Itoa(i int) string`.
fn native_itoa(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let mut buf = [0u8; 65];
    let at = format_int_into(&mut buf, n.int(0), 10);
    n.set_str(0, &buf[at..]);
    Ok(())
}

/// `FormatUint(i uint64, base int) string`.
fn native_format_uint(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let (v, base) = (n.slot(0), n.int(1));
    let Some(radix) = Radix::new(base) else {
        return Err(panic_str(n, gosub_strconv::ILLEGAL_BASE_PANIC));
    };
    let text = gosub_strconv::format_uint(v, radix);
    n.set_str(0, text.as_bytes());
    Ok(())
}

/// `FormatFloat(f float64, fmt byte, prec, bitSize int) string`; panics as Go on a bit size other than
/// 32 or 64.
fn native_format_float(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let (v, fmt, prec, bits) = (n.float(0), n.slot(1) as u8, n.int(2), n.int(3));
    let Some(size) = FloatSize::from_bits(bits) else {
        return Err(panic_str(n, gosub_strconv::ILLEGAL_FLOAT_BIT_SIZE_PANIC));
    };
    let text = gosub_strconv::format_float(v, fmt, prec, size);
    n.set_str(0, text.as_bytes());
    Ok(())
}

/// A `func(s string) string` quoting native.
fn quote_with(n: &mut Native<'_, '_>, f: fn(&[u8]) -> String) -> Result<(), Fault> {
    let text = f(n.str(0));
    n.set_str(0, text.as_bytes());
    Ok(())
}

/// A `func(r rune) string` quoting native.
fn quote_rune_with(n: &mut Native<'_, '_>, f: fn(i32) -> String) -> Result<(), Fault> {
    let text = f(n.int(0) as i32);
    n.set_str(0, text.as_bytes());
    Ok(())
}

fn native_can_backquote(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let ok = gosub_strconv::can_backquote(n.str(0));
    n.set_bool(0, ok);
    Ok(())
}

fn native_is_print(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let ok = gosub_strconv::is_print(n.int(0) as i32);
    n.set_bool(0, ok);
    Ok(())
}

fn native_is_graphic(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let ok = gosub_strconv::is_graphic(n.int(0) as i32);
    n.set_bool(0, ok);
    Ok(())
}

/// `unquote(s string) (string, bool)`.
fn native_unquote(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    match gosub_strconv::unquote(n.str(0)) {
        Ok(text) => {
            n.set_str(0, &text);
            n.set_bool(2, true);
        }
        Err(_) => {
            n.set_str(0, b"");
            n.set_bool(2, false);
        }
    }
    Ok(())
}

/// `unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)`; the tail
/// shares the argument's bytes.
fn native_unquote_char(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let s = [n.slot(0), n.slot(1)];
    let quote = n.slot(2) as u8;
    let bytes = n.str(0);
    let decoded =
        gosub_strconv::unquote_char(bytes, quote).map(|c| (c.value, c.multibyte, bytes.len() - c.tail.len()));
    match decoded {
        Ok((value, multibyte, consumed)) => {
            let tail = substring_from(s, consumed);
            n.set_int(0, i64::from(value));
            n.set_bool(1, multibyte);
            n.set(2, tail[0]);
            n.set(3, tail[1]);
            n.set_bool(4, true);
        }
        Err(_) => {
            for i in 0..5 {
                n.set(i, 0);
            }
        }
    }
    Ok(())
}

/// `quotedPrefix(s string) int`: the prefix's length, or -1.
fn native_quoted_prefix(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let len = gosub_strconv::quoted_prefix(n.str(0)).map_or(-1, |p| p.len() as i64);
    n.set_int(0, len);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stack formatter agrees with `gosub-strconv` (itself checked against Go) in every base, at
    /// the extremes and around powers of the base.
    #[test]
    fn format_int_into_matches_format_int() {
        let mut values = vec![0, 1, -1, 7, -7, 35, 36, -36, i64::MAX, i64::MIN, i64::MIN + 1];
        for base in 2..=36i64 {
            let mut p = 1i64;
            while let Some(next) = p.checked_mul(base) {
                values.extend([p - 1, p, p + 1, -p, -(p - 1)]);
                p = next;
            }
        }
        for base in 2..=36 {
            let radix = Radix::new(base).expect("valid base");
            for &v in &values {
                let mut buf = [0u8; 65];
                let at = format_int_into(&mut buf, v, base as u64);
                assert_eq!(&buf[at..], gosub_strconv::format_int(v, radix).as_bytes(), "{v} base {base}");
            }
        }
    }

    /// The codes and values that the Go side turns into Go's errors, recorded from Go 1.27
    /// (`testdata/gen_strconv.go`: the value and the error's text).
    #[test]
    fn parse_codes_match_go() {
        let text = include_str!("../../testdata/strconv.txt");
        let mut checked = 0;
        for line in text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            let s = gosub_strconv::unquote(f[1]).expect("quoted input");
            let base: i64 = f[2].parse().expect("base");
            let bits: i64 = f[3].parse().expect("bit size");
            let (value, code) = match f[0] {
                "ParseInt" => {
                    let (v, c) = parse_result(gosub_strconv::parse_int(&s, base, bits));
                    (v.to_string(), c)
                }
                "ParseUint" => {
                    let (v, c) = parse_result(gosub_strconv::parse_uint(&s, base, bits));
                    (v.to_string(), c)
                }
                "ParseFloat" => {
                    let (v, c) = parse_float(&s, bits);
                    (format!("{:016x}", v.to_bits()), c)
                }
                other => panic!("unknown function {other}"),
            };
            let want_code = match f[5] {
                "<nil>" => PARSE_OK,
                e if e.ends_with("invalid syntax") => PARSE_SYNTAX,
                e if e.ends_with("value out of range") => PARSE_RANGE,
                e if e.contains("invalid base") => PARSE_BASE,
                e if e.contains("invalid bit size") => PARSE_BIT_SIZE,
                e => panic!("unexpected error {e}"),
            };
            assert_eq!((value.as_str(), code), (f[4], want_code), "{line}");
            checked += 1;
        }
        assert!(checked > 50, "only {checked} cases");
    }
}
