//! The text of a constant in Go's error messages (go/constant's `String`).
//!
//! Go's rules, checked against `go build` by the oracle table:
//!
//! * integers in full decimal, however long;
//! * floats through `float64` with `%.6g` (`0.333333`, `1e+100`), but with all the digits `%g` needs
//!   when `%.6g` would make a non-integer look like an integer (`100000.5`);
//! * floats outside the `float64` range (`1e+1000`, `1e-1000000`) from an approximate mantissa and
//!   decimal exponent, `%.6g` of the mantissa then `e` and the signed exponent;
//! * fractions are first rounded to a 512-bit float, then as above;
//! * complex values as `(re + imi)` with each part formatted by these rules (`(1 + -2i)`);
//! * strings quoted as `strconv.Quote` does, cut to 69 characters plus `...` when the quoted text has
//!   more than 72; booleans as `true`/`false`; the unknown value as `unknown`.

use gosub_strconv::{FloatSize, format_float, quote};

use super::bigfloat::{BigFloat, PREC};
use super::convert::{FLOAT64, big_to_format, round_to_format};
use super::{Float, FloatRepr, Value};

/// Quoted strings longer than this many characters are shortened.
const MAX_QUOTED_CHARS: usize = 72;

impl Value {
    /// The value as go/types prints it inside error messages (`untyped float constant 0.333333`).
    pub fn message_string(&self) -> String {
        match self {
            Value::Unknown => "unknown".to_owned(),
            Value::Bool(value) => value.to_string(),
            Value::String(bytes) => quoted_short(bytes),
            Value::Int(int) => int.to_string(),
            Value::Float(Float(FloatRepr::Rat(rat))) => {
                match BigFloat::from_ratio(rat.numer(), rat.denom(), PREC) {
                    Ok(big) => float_text(&big),
                    // A fraction below 2^4096 cannot overflow the exponent; say something sensible anyway.
                    Err(_) => "unknown".to_owned(),
                }
            }
            Value::Float(Float(FloatRepr::Big(big))) => float_text(big),
            Value::Complex(complex) => {
                format!("({} + {}i)", complex.re().message_string(), complex.im().message_string())
            }
        }
    }
}

fn quoted_short(bytes: &[u8]) -> String {
    // Every byte of the input gives at least one character of output and a multi-byte character at most
    // four bytes, so 300 bytes yield more than 72 characters with any damage from the cut (a split
    // UTF-8 sequence) well past the 69 that are kept. This avoids quoting a huge string in full.
    const ENOUGH: usize = 300;
    let quoted = quote(&bytes[..bytes.len().min(ENOUGH)]);
    if quoted.chars().count() <= MAX_QUOTED_CHARS {
        return quoted;
    }
    let mut short: String = quoted.chars().take(MAX_QUOTED_CHARS - 3).collect();
    short.push_str("...");
    short
}

fn float_text(float: &BigFloat) -> String {
    let (neg, mant, exp) = float.parts();
    let value = big_to_format(float, &FLOAT64);
    if float.is_zero() == (value == 0.0) && value.is_finite() {
        let text = format_float(value, b'g', 6, FloatSize::F64);
        if !float.is_int() && !text.contains('.') {
            return format_float(value, b'g', -1, FloatSize::F64);
        }
        return text;
    }
    // Out of the float64 range: value = m × 2^binary with 0.5 ≤ |m| < 1, and 2^binary = 10^decimal.
    let binary = float.binary_exponent();
    let mantissa = round_to_format(neg, mant, exp - binary, false, &FLOAT64);
    let decimal = binary as f64 * std::f64::consts::LOG10_2;
    // Go truncates the decimal exponent towards zero and moves the fraction into the mantissa.
    let mut exponent = decimal as i64;
    let mut mantissa = mantissa * 10f64.powf(decimal - exponent as f64);
    let magnitude = mantissa.abs();
    // Below 1 - 0.5e-6 the mantissa would not round up to 1 in six digits, so it takes a digit more.
    if magnitude < 0.9999995 {
        mantissa *= 10.0;
        exponent -= 1;
    } else if magnitude >= 10.0 {
        mantissa /= 10.0;
        exponent += 1;
    }
    format!("{}e{:+}", format_float(mantissa, b'g', 6, FloatSize::F64), exponent)
}
