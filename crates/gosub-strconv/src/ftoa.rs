//! Floats and complex numbers to text: Go's `FormatFloat`, `AppendFloat` and `FormatComplex`.
//!
//! Go's rules, in the order they apply:
//!
//! 1. NaN is `NaN` (its sign is never shown), infinities are `+Inf` and `-Inf`, whatever the format.
//! 2. `'b'` and `'x'`/`'X'` work on the binary representation ([`crate::ftoa_binary`]).
//! 3. Otherwise decimal digits are made ([`Digits`]): with a negative precision the shortest digits that
//!    read back as the same value *at the given bit size*; else the exact value rounded half-to-even to
//!    the digits the format needs (`prec+1` for `%e`, `prec` places after the point for `%f`, `prec`
//!    significant digits for `%g`, where 0 means 1).
//! 4. The digits are laid out. `%e` writes at least two exponent digits (`1e+06`). `%g` uses the `%e`
//!    layout when the exponent is below -4 or at least `eprec`, where `eprec` is 6 for shortest output,
//!    and otherwise the precision, lowered to the digit count when every digit is left of the point;
//!    `%g` never pads with trailing zeros.
//! 5. An unknown format byte `c` gives `%c` (without a sign).
//!
//! For `float32` (`FloatSize::F32`) the value is first rounded to `f32`, as Go's `float32(f)` does.

use crate::decimal::Digits;
use crate::ftoa_binary;

/// The text of Go's panic for a bit size other than 32 or 64 in `FormatFloat`/`AppendFloat`.
pub const ILLEGAL_FLOAT_BIT_SIZE_PANIC: &str = "strconv: illegal AppendFloat/FormatFloat bitSize";

/// The text of Go's panic for a bit size other than 64 or 128 in `FormatComplex`.
pub const ILLEGAL_COMPLEX_BIT_SIZE_PANIC: &str = "invalid bitSize";

/// Which Go float type a value has: it decides the shortest digits (`float32(0.1)` prints `0.1`) and the
/// layout of `'b'`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatSize {
    F32,
    F64,
}

impl FloatSize {
    /// The size for Go's `bitSize` argument of `FormatFloat` (32 or 64); `None` where Go would panic.
    #[must_use]
    pub fn from_bits(bits: i64) -> Option<FloatSize> {
        match bits {
            32 => Some(FloatSize::F32),
            64 => Some(FloatSize::F64),
            _ => None,
        }
    }

    /// The size of each part for Go's `bitSize` argument of `FormatComplex` (64 or 128).
    #[must_use]
    pub fn from_complex_bits(bits: i64) -> Option<FloatSize> {
        match bits {
            64 => Some(FloatSize::F32),
            128 => Some(FloatSize::F64),
            _ => None,
        }
    }
}

/// Go's `strconv.FormatFloat(value, fmt, prec, bitSize)`.
///
/// `fmt` is one of `b'b'`, `b'e'`, `b'E'`, `b'f'`, `b'g'`, `b'G'`, `b'x'`, `b'X'`; any other byte
/// yields `%` and that byte, as in Go. A negative `prec` asks for the shortest exact representation.
/// Precisions are capped at 2³⁰; Go would try (and fail) to allocate that much anyway.
#[must_use]
pub fn format_float(value: f64, fmt: u8, prec: i64, size: FloatSize) -> String {
    let mut out = Vec::with_capacity(24);
    append_float(&mut out, value, fmt, prec, size);
    crate::itoa::ascii_string(out)
}

/// The text of a float under `%v`, `fmt.Println` and the builtin `println`: Go's shortest `'g'`.
#[must_use]
pub fn format_float_shortest(value: f64, size: FloatSize) -> String {
    format_float(value, b'g', -1, size)
}

/// Go's `strconv.AppendFloat`: [`format_float`] appended to `dst`.
pub fn append_float(dst: &mut Vec<u8>, value: f64, fmt: u8, prec: i64, size: FloatSize) {
    let value = match size {
        FloatSize::F32 => f64::from(value as f32),
        FloatSize::F64 => value,
    };
    if value.is_nan() {
        dst.extend_from_slice(b"NaN");
        return;
    }
    if value.is_infinite() {
        dst.extend_from_slice(if value > 0.0 { b"+Inf" } else { b"-Inf" });
        return;
    }
    let negative = value.is_sign_negative();
    // Beyond this, output would be gigabytes; capping keeps the arithmetic below free of overflow.
    let prec = prec.min(1 << 30);
    match fmt {
        b'b' => return ftoa_binary::append_b(dst, value, size),
        b'x' | b'X' => return ftoa_binary::append_x(dst, value, fmt, prec),
        _ => {}
    }
    let shortest = prec < 0;
    let mut prec = prec;
    let digits = if shortest {
        let digits = match size {
            FloatSize::F32 => Digits::shortest_f32(value as f32),
            FloatSize::F64 => Digits::shortest_f64(value),
        };
        let count = digits.d.len() as i64;
        prec = match fmt {
            b'e' | b'E' => (count - 1).max(0),
            b'f' => (count - digits.point).max(0),
            _ => count,
        };
        digits
    } else {
        match fmt {
            b'e' | b'E' => Digits::rounded_significant(value, prec + 1),
            b'f' => Digits::rounded_places(value, prec),
            b'g' | b'G' => {
                if prec == 0 {
                    prec = 1;
                }
                Digits::rounded_significant(value, prec)
            }
            // An unknown format prints no digits.
            _ => Digits::default(),
        }
    };
    layout(dst, negative, &digits, fmt, prec, shortest);
}

/// Lays digits out in the `%e`, `%f` or `%g` form (step 4 of the module docs).
fn layout(dst: &mut Vec<u8>, negative: bool, digits: &Digits, fmt: u8, prec: i64, shortest: bool) {
    match fmt {
        b'e' | b'E' => append_e(dst, negative, digits, prec, fmt),
        b'f' => append_f(dst, negative, digits, prec),
        b'g' | b'G' => {
            let count = digits.d.len() as i64;
            let mut eprec = prec;
            if eprec > count && count >= digits.point {
                eprec = count;
            }
            if shortest {
                eprec = 6;
            }
            let exponent = digits.point - 1;
            let exp_char = if fmt == b'g' { b'e' } else { b'E' };
            if exponent < -4 || exponent >= eprec {
                append_e(dst, negative, digits, prec.min(count) - 1, exp_char);
            } else {
                let prec = if prec > digits.point { count } else { prec };
                append_f(dst, negative, digits, (prec - digits.point).max(0));
            }
        }
        _ => dst.extend_from_slice(&[b'%', fmt]),
    }
}

/// `d.ddddde±dd`, with `prec` digits after the point (zero-padded past the known digits).
fn append_e(dst: &mut Vec<u8>, negative: bool, digits: &Digits, prec: i64, exp_char: u8) {
    if negative {
        dst.push(b'-');
    }
    dst.push(digits.d.first().copied().unwrap_or(b'0'));
    if prec > 0 {
        dst.push(b'.');
        let prec = prec as usize;
        let known = digits.d.len().min(prec + 1);
        if known > 1 {
            dst.extend_from_slice(&digits.d[1..known]);
        }
        let written = known.max(1) - 1;
        dst.resize(dst.len() + (prec - written), b'0');
    }
    dst.push(exp_char);
    let exponent = if digits.d.is_empty() { 0 } else { digits.point - 1 };
    dst.push(if exponent < 0 { b'-' } else { b'+' });
    let magnitude = exponent.unsigned_abs();
    if magnitude < 10 {
        dst.push(b'0');
    }
    crate::itoa::append_uint(dst, magnitude, crate::Radix::DECIMAL);
}

/// `ddd.ddd`, with `prec` digits after the point.
fn append_f(dst: &mut Vec<u8>, negative: bool, digits: &Digits, prec: i64) {
    if negative {
        dst.push(b'-');
    }
    let count = digits.d.len() as i64;
    if digits.point > 0 {
        let whole = digits.point.min(count) as usize;
        dst.extend_from_slice(&digits.d[..whole]);
        dst.resize(dst.len() + (digits.point - whole as i64) as usize, b'0');
    } else {
        dst.push(b'0');
    }
    if prec > 0 {
        dst.push(b'.');
        for place in 0..prec {
            let index = digits.point + place;
            let digit = if (0..count).contains(&index) { digits.d[index as usize] } else { b'0' };
            dst.push(digit);
        }
    }
}

/// Go's `strconv.FormatComplex(complex(re, im), fmt, prec, bitSize)`, which is also fmt's `%v` of a
/// complex value (`(1+2i)`): both parts in the same format, the imaginary one always signed.
#[must_use]
pub fn format_complex(re: f64, im: f64, fmt: u8, prec: i64, part_size: FloatSize) -> String {
    let mut out = Vec::with_capacity(48);
    append_complex(&mut out, re, im, fmt, prec, part_size);
    crate::itoa::ascii_string(out)
}

/// [`format_complex`] appended to `dst`.
pub fn append_complex(dst: &mut Vec<u8>, re: f64, im: f64, fmt: u8, prec: i64, part_size: FloatSize) {
    dst.push(b'(');
    append_float(dst, re, fmt, prec, part_size);
    let imag_start = dst.len();
    append_float(dst, im, fmt, prec, part_size);
    // `NaN` and unsigned numbers get a `+`; `+Inf`, `-Inf` and negatives already carry their sign.
    if !matches!(dst.get(imag_start), Some(b'+' | b'-')) {
        dst.insert(imag_start, b'+');
    }
    dst.extend_from_slice(b"i)");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(value: f64) -> String {
        format_float_shortest(value, FloatSize::F64)
    }

    #[test]
    fn shortest_forms() {
        assert_eq!(g(3.5), "3.5");
        assert_eq!(g(1e6), "1e+06");
        assert_eq!(g(100000.0), "100000");
        assert_eq!(g(1e-5), "1e-05");
        assert_eq!(g(0.0001), "0.0001");
        assert_eq!(g(123456789.0), "1.23456789e+08");
        assert_eq!(g(5e-324), "5e-324");
        assert_eq!(g(-0.0), "-0");
        assert_eq!(g(f64::NAN), "NaN");
        assert_eq!(g(f64::NEG_INFINITY), "-Inf");
        assert_eq!(format_float_shortest(f64::from(1.0f32 / 3.0), FloatSize::F32), "0.33333334");
    }

    #[test]
    fn fixed_precision() {
        assert_eq!(format_float(0.125, b'f', 2, FloatSize::F64), "0.12");
        assert_eq!(format_float(0.375, b'f', 2, FloatSize::F64), "0.38");
        assert_eq!(format_float(2.5, b'f', 0, FloatSize::F64), "2");
        assert_eq!(format_float(1234.5678, b'e', 3, FloatSize::F64), "1.235e+03");
        assert_eq!(format_float(0.0, b'e', 2, FloatSize::F64), "0.00e+00");
        assert_eq!(format_float(1.5, b'g', 5, FloatSize::F64), "1.5");
        assert_eq!(format_float(1e300, b'G', 3, FloatSize::F64), "1E+300");
        assert_eq!(format_float(-1.0, b'z', -1, FloatSize::F64), "%z");
    }

    #[test]
    fn complex() {
        assert_eq!(format_complex(1.0, 2.0, b'g', -1, FloatSize::F64), "(1+2i)");
        assert_eq!(format_complex(1.0, -2.0, b'g', -1, FloatSize::F64), "(1-2i)");
        assert_eq!(format_complex(1.0, f64::NAN, b'g', -1, FloatSize::F64), "(1+NaNi)");
        assert_eq!(format_complex(0.0, f64::INFINITY, b'g', -1, FloatSize::F64), "(0+Infi)");
    }
}
