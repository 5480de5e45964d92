//! Text to floats: Go's `ParseFloat`.
//!
//! Syntax (Go's floating-point literal syntax plus a sign, checked against Go by the oracle table):
//! an optional sign; then `inf`, `infinity` (any case, signed or not) or `nan` (any case, never
//! signed); or a decimal mantissa with an optional `e` exponent; or `0x` and a hex mantissa with a
//! *required* `p` exponent. A mantissa needs at least one digit and at most one point; an exponent needs at
//! least one digit and may carry a sign. `_` may appear anywhere in the digits, but every `_` must sit
//! between digits (or follow the `0x`); unlike `ParseInt`, decimal floats accept them too (`1_000.5`).
//! The whole input must be used.
//!
//! Values are rounded once, to nearest-even, directly at the requested size (`bitSize` 32 rounds to
//! `float32`, never through `float64`). Decimal rounding is delegated to Rust's `str::parse`, which is
//! correctly rounded for inputs of any length; this module only checks Go's syntax and hands it a clean
//! `digits e exponent` string. Hex mantissas are rounded here, since they are exact in binary.
//! A finite input that rounds past the largest float is a range error with ±Inf beside it; one that
//! rounds to zero is not an error.

use crate::atoi::underscores_ok;
use crate::error::{NumError, NumErrorKind, ParseFailure};

/// Go's `strconv.ParseFloat(s, bitSize)`: with `bit_size == 32` the result is a `float32` value
/// (exactly representable in the returned `f64`); any other bit size means `float64`, as in Go.
pub fn parse_float(s: impl AsRef<[u8]>, bit_size: i64) -> Result<f64, ParseFailure<f64>> {
    let s = s.as_ref();
    let single = bit_size == 32;
    let failure = |value: f64, kind| ParseFailure { value, error: NumError::new("ParseFloat", s, kind) };
    if let Some(value) = special(s) {
        return Ok(value);
    }
    let Some(literal) = Literal::read(s) else {
        return Err(failure(0.0, NumErrorKind::Syntax));
    };
    let magnitude = match literal.base {
        Base::Decimal => literal.decimal_value(single),
        Base::Hex => literal.hex_value(single),
    };
    let value = if literal.negative { -magnitude } else { magnitude };
    if value.is_infinite() {
        return Err(failure(value, NumErrorKind::Range));
    }
    Ok(value)
}

/// `[+-]inf`, `[+-]infinity` and `nan`, case-insensitively, as the whole input.
fn special(s: &[u8]) -> Option<f64> {
    let (sign, rest) = match s {
        [b'+', rest @ ..] => (1.0, rest),
        [b'-', rest @ ..] => (-1.0, rest),
        _ => (1.0, s),
    };
    if rest.eq_ignore_ascii_case(b"inf") || rest.eq_ignore_ascii_case(b"infinity") {
        return Some(sign * f64::INFINITY);
    }
    if s.eq_ignore_ascii_case(b"nan") {
        return Some(f64::NAN);
    }
    None
}

#[derive(Clone, Copy, PartialEq)]
enum Base {
    Decimal,
    Hex,
}

/// A syntactically valid finite literal, reduced to its digits: the value is
/// `int(digits) × base^(point − digits.len()) × (10 or 2)^exponent`.
struct Literal {
    negative: bool,
    base: Base,
    /// Mantissa digit values (0..=15), leading zeros included, no `_` or point.
    digits: Vec<u8>,
    /// How many of `digits` stand left of the point.
    point: i64,
    /// The written exponent, saturated far beyond any float's range.
    exponent: i64,
}

/// Exponents are saturated here: far past every float's range, yet small enough that adding a digit
/// count to it cannot overflow an i64.
const EXPONENT_LIMIT: i64 = 1 << 40;

impl Literal {
    /// Reads `s` whole as a literal, or gives `None` for any syntax error.
    fn read(s: &[u8]) -> Option<Literal> {
        let mut at = 0;
        let negative = match s.first() {
            Some(b'+') => {
                at = 1;
                false
            }
            Some(b'-') => {
                at = 1;
                true
            }
            _ => false,
        };
        let mut base = Base::Decimal;
        if s.get(at) == Some(&b'0') && matches!(s.get(at + 1), Some(b'x' | b'X')) {
            base = Base::Hex;
            at += 2;
        }
        let mut digits = Vec::new();
        let mut point = None;
        let mut saw_underscore = false;
        while let Some(&byte) = s.get(at) {
            let digit = match byte {
                b'_' => {
                    saw_underscore = true;
                    at += 1;
                    continue;
                }
                b'.' if point.is_none() => {
                    point = Some(digits.len() as i64);
                    at += 1;
                    continue;
                }
                b'0'..=b'9' => byte - b'0',
                b'a'..=b'f' if base == Base::Hex => byte - b'a' + 10,
                b'A'..=b'F' if base == Base::Hex => byte - b'A' + 10,
                _ => break,
            };
            digits.push(digit);
            at += 1;
        }
        if digits.is_empty() {
            return None;
        }
        let point = point.unwrap_or(digits.len() as i64);
        let exponent_char = if base == Base::Hex { b'p' } else { b'e' };
        let mut exponent = 0i64;
        if s.get(at).map(u8::to_ascii_lowercase) == Some(exponent_char) {
            at += 1;
            let negative_exponent = match s.get(at) {
                Some(b'+') => {
                    at += 1;
                    false
                }
                Some(b'-') => {
                    at += 1;
                    true
                }
                _ => false,
            };
            if !s.get(at).is_some_and(u8::is_ascii_digit) {
                return None;
            }
            while let Some(&byte) = s.get(at) {
                match byte {
                    b'_' => saw_underscore = true,
                    b'0'..=b'9' => {
                        exponent = (exponent * 10 + i64::from(byte - b'0')).min(EXPONENT_LIMIT);
                    }
                    _ => break,
                }
                at += 1;
            }
            if negative_exponent {
                exponent = -exponent;
            }
        } else if base == Base::Hex {
            // Go requires the `p` exponent of a hex mantissa.
            return None;
        }
        if at != s.len() || (saw_underscore && !underscores_ok(s)) {
            return None;
        }
        Some(Literal { negative, base, digits, point, exponent })
    }

    /// The magnitude of a decimal literal, correctly rounded by Rust's parser.
    fn decimal_value(&self, single: bool) -> f64 {
        let first = self.digits.iter().position(|&digit| digit != 0);
        let Some(first) = first else {
            return 0.0;
        };
        let significant = &self.digits[first..];
        let scale = self.point - self.digits.len() as i64 + self.exponent;
        // Far outside the range, decide without building a huge exponent: value ≥ 10^(magnitude − 1).
        let magnitude = scale + significant.len() as i64;
        if magnitude > 400 {
            return f64::INFINITY;
        }
        if magnitude < -400 {
            return 0.0;
        }
        let mut text = String::with_capacity(significant.len() + 8);
        text.extend(significant.iter().map(|&digit| char::from(b'0' + digit)));
        text.push('e');
        text.push_str(&scale.to_string());
        // The text is digits, `e`, and an integer: both parsers accept it; 0 can only be reached if
        // a parser ever disagreed, and the oracle table would catch that.
        if single { text.parse::<f32>().map_or(0.0, f64::from) } else { text.parse::<f64>().unwrap_or(0.0) }
    }

    /// The magnitude of a hex literal, rounded to nearest-even at the target precision.
    fn hex_value(&self, single: bool) -> f64 {
        // Keep the first 60+ significant bits exactly; anything further only matters as "nonzero".
        let mut mantissa = 0u64;
        let mut dropped_digits = 0i64;
        let mut sticky = false;
        for &digit in &self.digits {
            if mantissa >> 58 == 0 {
                mantissa = mantissa * 16 + u64::from(digit);
            } else {
                dropped_digits += 1;
                sticky |= digit != 0;
            }
        }
        let exponent = self.exponent + 4 * (self.point - self.digits.len() as i64 + dropped_digits);
        round_binary(mantissa, sticky, exponent, single)
    }
}

/// Rounds `(mantissa + ε) × 2^exponent` to the nearest float, ties to even, where ε is a tiny positive
/// amount if `sticky` (bits below the mantissa were lost) and zero otherwise.
fn round_binary(mantissa: u64, sticky: bool, exponent: i64, single: bool) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    // Precision in bits, the exponent of the smallest subnormal's unit, and of the largest finite's.
    let (precision, min_exponent, max_exponent) = if single { (24, -149, 104) } else { (53, -1074, 971) };
    let top_bit = 63 - i64::from(mantissa.leading_zeros());
    let target = (top_bit - (precision - 1) + exponent).max(min_exponent);
    let shift = target - exponent;
    let mut rounded = if shift <= 0 {
        // Fits exactly; shift ≥ -(precision - 1) because the target keeps `precision` bits.
        u128::from(mantissa) << (-shift)
    } else if shift >= 66 {
        // Everything is dropped and the dropped part is below half a unit.
        0
    } else {
        let wide = u128::from(mantissa);
        let kept = wide >> shift;
        let rest = wide & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        let above_half = rest > half || (rest == half && sticky);
        let tie = rest == half && !sticky;
        if above_half || (tie && kept & 1 == 1) { kept + 1 } else { kept }
    };
    let mut target = target;
    if rounded >> precision != 0 {
        rounded >>= 1;
        target += 1;
    }
    if target > max_exponent {
        return f64::INFINITY;
    }
    // Normal numbers have their top bit at `precision - 1`, giving biased exponent target - min + 1;
    // adding the mantissa (hidden bit included) to `(target - min) << (precision - 1)` encodes both
    // normal and subnormal numbers.
    let biased = (target - min_exponent) as u64;
    if single {
        let bits = (biased << 23) + rounded as u64;
        f64::from(f32::from_bits(bits as u32))
    } else {
        f64::from_bits((biased << 52) + rounded as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(s: &str, bits: i64) -> String {
        match parse_float(s, bits) {
            Ok(value) => format!("{value:?}"),
            Err(failure) => format!("{:?} {}", failure.value, failure.error),
        }
    }

    #[test]
    fn go_cases() {
        assert_eq!(show("1_000.5", 64), "1000.5");
        assert_eq!(show("0x1_0p0", 64), "16.0");
        assert_eq!(show("0X.8P1", 64), "1.0");
        assert_eq!(show("1e-400", 64), "0.0");
        assert_eq!(show("-1e400", 64), "-inf strconv.ParseFloat: parsing \"-1e400\": value out of range");
        assert_eq!(show("0x1p-2000", 64), "0.0");
        assert_eq!(show("0x1.8", 64), "0.0 strconv.ParseFloat: parsing \"0x1.8\": invalid syntax");
        assert_eq!(show("+nan", 64), "0.0 strconv.ParseFloat: parsing \"+nan\": invalid syntax");
        assert_eq!(show("-Infinity", 64), "-inf");
        assert_eq!(show("0x1p-1074", 64), "5e-324");
        assert_eq!(show("0x1p-1075", 64), "0.0");
        assert_eq!(show("0x1.8p-1075", 64), "5e-324");
        assert_eq!(show("0.1", 32), format!("{:?}", f64::from(0.1f32)));
    }
}
