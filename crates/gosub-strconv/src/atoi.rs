//! Text to integers and booleans: Go's `ParseUint`, `ParseInt`, `Atoi` and `ParseBool`.
//!
//! The observable rules (checked against Go by the oracle table), in Go's order of checks:
//!
//! * An empty input is a syntax error before anything else is looked at, even a bad base.
//! * Base 0 reads a prefix: `0b`/`0B`, `0o`/`0O`, `0x`/`0X` (only when a digit could follow, so `"0x"`
//!   alone is octal `0` followed by a bad digit), or a bare leading `0` for octal; otherwise decimal.
//!   Only base 0 allows `_`, and only between digits or after a prefix.
//! * Bases outside 0 and 2..=36, then bit sizes outside 0..=64 (0 means 64), are argument errors.
//! * Digits are read left to right and the *first* problem wins: a byte that is not a digit of the base
//!   is a syntax error, and a digit that makes the value overflow is a range error at once, even if
//!   garbage follows. Misplaced underscores are only judged after all digits were read.
//! * A range error comes with the clamped value: the bit size's maximum (or, for a negative `ParseInt`
//!   input, its minimum).

use crate::error::{NumError, NumErrorKind, ParseFailure};

/// Go's `strconv.ParseUint(s, base, bitSize)`.
pub fn parse_uint(s: impl AsRef<[u8]>, base: i64, bit_size: i64) -> Result<u64, ParseFailure<u64>> {
    let s = s.as_ref();
    parse_unsigned(s, base, bit_size)
        .map_err(|(value, kind)| ParseFailure { value, error: NumError::new("ParseUint", s, kind) })
}

/// The body of `ParseUint`, returning the value Go pairs with the error and the error's kind.
fn parse_unsigned(s: &[u8], base: i64, bit_size: i64) -> Result<u64, (u64, NumErrorKind)> {
    if s.is_empty() {
        return Err((0, NumErrorKind::Syntax));
    }
    let base_zero = base == 0;
    let (base, digits) = match base {
        2..=36 => (base as u64, s),
        0 => match s {
            [b'0', prefix, rest @ ..] if !rest.is_empty() && matches!(prefix, b'b' | b'B') => (2, rest),
            [b'0', prefix, rest @ ..] if !rest.is_empty() && matches!(prefix, b'o' | b'O') => (8, rest),
            [b'0', prefix, rest @ ..] if !rest.is_empty() && matches!(prefix, b'x' | b'X') => (16, rest),
            [b'0', rest @ ..] => (8, rest),
            _ => (10, s),
        },
        _ => return Err((0, NumErrorKind::Base(base))),
    };
    let bit_size = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return Err((0, NumErrorKind::BitSize(bit_size))),
    };
    let max_value = if bit_size == 64 { u64::MAX } else { (1u64 << bit_size) - 1 };
    let mut value = 0u64;
    let mut saw_underscore = false;
    for &byte in digits {
        let digit = match byte {
            b'_' if base_zero => {
                saw_underscore = true;
                continue;
            }
            b'0'..=b'9' => u64::from(byte - b'0'),
            b'a'..=b'z' => u64::from(byte - b'a') + 10,
            b'A'..=b'Z' => u64::from(byte - b'A') + 10,
            _ => return Err((0, NumErrorKind::Syntax)),
        };
        if digit >= base {
            return Err((0, NumErrorKind::Syntax));
        }
        value = match value.checked_mul(base).and_then(|scaled| scaled.checked_add(digit)) {
            Some(next) if next <= max_value => next,
            _ => return Err((max_value, NumErrorKind::Range)),
        };
    }
    if saw_underscore && !underscores_ok(s) {
        return Err((0, NumErrorKind::Syntax));
    }
    Ok(value)
}

/// Go's `strconv.ParseInt(s, base, bitSize)`.
pub fn parse_int(s: impl AsRef<[u8]>, base: i64, bit_size: i64) -> Result<i64, ParseFailure<i64>> {
    let s = s.as_ref();
    parse_signed(s, base, bit_size)
        .map_err(|(value, kind)| ParseFailure { value, error: NumError::new("ParseInt", s, kind) })
}

fn parse_signed(s: &[u8], base: i64, bit_size: i64) -> Result<i64, (i64, NumErrorKind)> {
    if s.is_empty() {
        return Err((0, NumErrorKind::Syntax));
    }
    let (negative, magnitude) = match s {
        [b'+', rest @ ..] => (false, rest),
        [b'-', rest @ ..] => (true, rest),
        _ => (false, s),
    };
    let unsigned = match parse_unsigned(magnitude, base, bit_size) {
        Ok(value) => value,
        // Out of range as unsigned is certainly out of range as signed: clamp below.
        Err((value, NumErrorKind::Range)) => value,
        Err((_, kind)) => return Err((0, kind)),
    };
    // parse_unsigned accepted the bit size, so it is 0 or in 1..=64.
    let bit_size = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bit_size - 1);
    if !negative && unsigned >= cutoff {
        return Err(((cutoff - 1) as i64, NumErrorKind::Range));
    }
    if negative && unsigned > cutoff {
        return Err((0i64.wrapping_sub_unsigned(cutoff), NumErrorKind::Range));
    }
    Ok(if negative { 0i64.wrapping_sub_unsigned(unsigned) } else { unsigned as i64 })
}

/// Go's `strconv.Atoi`: `ParseInt(s, 10, 0)`, reporting errors under the name `Atoi`.
pub fn atoi(s: impl AsRef<[u8]>) -> Result<i64, ParseFailure<i64>> {
    parse_int(s, 10, 0).map_err(|mut failure| {
        failure.error.func = "Atoi";
        failure
    })
}

/// Go's `strconv.ParseBool`: `1 t T TRUE true True` and `0 f F FALSE false False`. Go returns `false`
/// beside the error.
pub fn parse_bool(s: impl AsRef<[u8]>) -> Result<bool, NumError> {
    let s = s.as_ref();
    match s {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => Ok(true),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => Ok(false),
        _ => Err(NumError::new("ParseBool", s, NumErrorKind::Syntax)),
    }
}

/// Whether every `_` in a number (optional sign, optional base prefix, then digits and other bytes)
/// stands between two digits, or between a base prefix and a digit, as Go's literal syntax requires.
/// Hex digits count as digits only after a `0x` prefix. Other bytes (a point, an exponent) end a run of
/// digits, so `1_.5` is rejected but `1_0.5` is not.
pub(crate) fn underscores_ok(s: &[u8]) -> bool {
    #[derive(PartialEq)]
    enum Last {
        Start,
        Digit,
        Underscore,
        Other,
    }
    let s = match s {
        [b'+' | b'-', rest @ ..] => rest,
        _ => s,
    };
    let (hex, body, mut last) = match s {
        [b'0', prefix, rest @ ..] if matches!(prefix, b'b' | b'B' | b'o' | b'O' | b'x' | b'X') => {
            (matches!(prefix, b'x' | b'X'), rest, Last::Digit)
        }
        _ => (false, s, Last::Start),
    };
    for &byte in body {
        if byte.is_ascii_digit() || (hex && byte.is_ascii_hexdigit()) {
            last = Last::Digit;
        } else if byte == b'_' {
            if last != Last::Digit {
                return false;
            }
            last = Last::Underscore;
        } else {
            if last == Last::Underscore {
                return false;
            }
            last = Last::Other;
        }
    }
    last != Last::Underscore
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str, base: i64, bits: i64) -> String {
        match parse_int(s, base, bits) {
            Ok(value) => value.to_string(),
            Err(failure) => format!("{} {}", failure.value, failure.error),
        }
    }

    #[test]
    fn go_cases() {
        assert_eq!(int("-0x_1F", 0, 64), "-31");
        assert_eq!(int("0_17", 0, 64), "15");
        assert_eq!(
            int("9223372036854775808", 10, 64),
            "9223372036854775807 strconv.ParseInt: parsing \"9223372036854775808\": value out of range"
        );
        assert_eq!(int("-9223372036854775808", 10, 64), "-9223372036854775808");
        assert_eq!(int("-129", 10, 8), "-128 strconv.ParseInt: parsing \"-129\": value out of range");
        assert_eq!(int("", 1, 65), "0 strconv.ParseInt: parsing \"\": invalid syntax");
        assert_eq!(int("1", 1, 65), "0 strconv.ParseInt: parsing \"1\": invalid base 1");
        assert_eq!(int("1", 10, 65), "0 strconv.ParseInt: parsing \"1\": invalid bit size 65");
        assert_eq!(int("1__2", 0, 64), "0 strconv.ParseInt: parsing \"1__2\": invalid syntax");
        assert_eq!(atoi("12a").unwrap_err().to_string(), "strconv.Atoi: parsing \"12a\": invalid syntax");
        assert_eq!(parse_uint("0x", 0, 64).unwrap_err().error.kind, NumErrorKind::Syntax);
    }
}
