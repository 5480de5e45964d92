//! Conversions between value kinds, representability in a type, and run-time values.
//!
//! Go rounds a constant to `float64` once, from its exact value (a `float64(1)/3` constant is the
//! float64 nearest to 1/3, not the quotient of two float64s), and a `float32` constant straight to
//! `float32` (no double rounding through `float64`). Integers above 512 bits and 512-bit floats follow
//! go/constant's paths, which round to 512 bits first. [`round_to_format`] is the one correctly
//! rounding routine behind all of them, subnormals included.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{ToPrimitive, Zero};

use super::arith::{big_value, complex_value, rat_value};
use super::bigfloat::{self, BigFloat, Mode, PREC};
use super::{
    BasicKind, BinOp, Complex, Float, FloatRepr, MAX_FRACTION_BITS, MAX_SHIFT_COUNT, RepresentError,
    ShiftCountError, Value,
};

/// An IEEE 754 binary format.
pub(super) struct Format {
    /// Significand bits, the implicit one included.
    mantissa_bits: i64,
    /// The exponent of the least significant bit of the smallest subnormal.
    min_lsb: i64,
    /// Values at or above 2^max_exp are infinite.
    max_exp: i64,
}

pub(super) const FLOAT64: Format = Format { mantissa_bits: 53, min_lsb: -1074, max_exp: 1024 };
const FLOAT32: Format = Format { mantissa_bits: 24, min_lsb: -149, max_exp: 128 };

/// `(-1)^neg × (mant + s) × 2^exp` rounded to nearest (ties to even) in `format`, where `s` is zero, or
/// when `sticky` is set some number strictly between 0 and 1 (callers then pass at least
/// `mantissa_bits + 2` bits). Overflow gives an infinity, underflow a signed zero. A `FLOAT32` result is
/// returned as the `f64` of the same value.
pub(super) fn round_to_format(neg: bool, mant: &BigUint, exp: i64, sticky: bool, format: &Format) -> f64 {
    let signed = |magnitude: f64| if neg { -magnitude } else { magnitude };
    if mant.is_zero() {
        return signed(0.0);
    }
    let top = exp.saturating_add(bigfloat::bit_len(mant));
    let mut lsb = top.saturating_sub(format.mantissa_bits).max(format.min_lsb);
    let significand = if lsb <= exp {
        // Exact: at most `mantissa_bits` bits once aligned.
        (mant << (exp - lsb) as u64).to_u64().unwrap_or(u64::MAX)
    } else {
        let drop = (lsb - exp) as u64;
        let half = mant.bit(drop - 1);
        let below_half = sticky || mant.trailing_zeros().is_some_and(|zeros| zeros < drop - 1);
        let mut kept = (mant >> drop).to_u64().unwrap_or(u64::MAX);
        if half && (below_half || kept & 1 == 1) {
            kept += 1;
            if kept >> format.mantissa_bits != 0 {
                kept >>= 1;
                lsb += 1;
            }
        }
        kept
    };
    if significand == 0 {
        return signed(0.0);
    }
    if lsb + i64::from(64 - significand.leading_zeros()) > format.max_exp {
        return signed(f64::INFINITY);
    }
    // Both factors and the product are exact: the significand has at most 53 bits and the product is
    // representable.
    signed(significand as f64 * power_of_two(lsb))
}

/// 2^exp as an `f64`, for -1074 ≤ exp ≤ 1023.
fn power_of_two(exp: i64) -> f64 {
    if exp >= -1022 {
        f64::from_bits(((exp.min(1023) + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (exp.max(-1074) + 1074))
    }
}

/// A fraction rounded to `format` (Go's `big.Rat.Float64`/`Float32`: correctly rounded).
fn ratio_to_format(rat: &BigRational, format: &Format) -> f64 {
    let (num, den) = (rat.numer(), rat.denom());
    let neg = num.sign() == Sign::Minus;
    if num.is_zero() {
        return 0.0;
    }
    // Scale so that the quotient has at least mantissa_bits + 2 bits; the remainder is the sticky bit.
    let scale = (format.mantissa_bits + 2 + bigfloat::bit_len(den.magnitude())
        - bigfloat::bit_len(num.magnitude()))
    .max(0);
    let (quotient, remainder) = (num.magnitude() << scale as u64).div_rem(den.magnitude());
    round_to_format(neg, &quotient, -scale, !remainder.is_zero(), format)
}

pub(super) fn big_to_format(big: &BigFloat, format: &Format) -> f64 {
    let (neg, mant, exp) = big.parts();
    if !big.is_zero() && big.binary_exponent() == i64::from(i32::MIN) {
        // math/big computes this exponent minus one in int32 arithmetic, which wraps: Go turns the
        // smallest exponent into an overflow (`0x1p-2147483649` "overflows" float64). Kept because
        // `go build` reports it.
        return if neg { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    round_to_format(neg, mant, exp, false, format)
}

/// An integer rounded to `format`: directly if it has at most 512 bits (then exact at 512 bits anyway),
/// else through a 512-bit float, as go/constant does for large integers.
fn int_to_format(int: &BigInt, format: &Format) -> f64 {
    if int.bits() <= PREC {
        return round_to_format(int.sign() == Sign::Minus, int.magnitude(), 0, false, format);
    }
    match BigFloat::from_int(int, PREC) {
        Ok(big) => big_to_format(&big, format),
        Err(_) => {
            if int.sign() == Sign::Minus {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            }
        }
    }
}

/// The value of a real (integer or float) constant in `format`; `None` for other kinds.
fn real_to_format(value: &Value, format: &Format) -> Option<f64> {
    Some(match value {
        Value::Int(int) => int_to_format(int, format),
        Value::Float(Float(FloatRepr::Rat(rat))) => ratio_to_format(rat, format),
        Value::Float(Float(FloatRepr::Big(big))) => big_to_format(big, format),
        _ => return None,
    })
}

pub(super) fn float_from_f64(value: f64) -> Value {
    // `from_float` is exact for finite values and maps -0 to 0.
    match BigRational::from_float(value) {
        Some(rat) if value.is_finite() => rat_value(rat),
        _ => Value::Unknown,
    }
}

pub(super) fn make_imag(value: &Value) -> Value {
    match value {
        Value::Int(_) | Value::Float(_) => complex_value(Value::Int(BigInt::zero()), value.clone()),
        _ => Value::Unknown,
    }
}

pub(super) fn make_complex(re: &Value, im: &Value) -> Value {
    re.to_float().binary_op(BinOp::Add, &make_imag(&im.to_float())).unwrap_or(Value::Unknown)
}

/// `value` if it fits the integer type `kind` (int, uint and uintptr are 64 bits).
fn fits_integer(int: &BigInt, kind: BasicKind) -> bool {
    let range = |min: i128, max: i128| int.to_i128().is_some_and(|int| (min..=max).contains(&int));
    match kind {
        BasicKind::Int8 => range(i8::MIN.into(), i8::MAX.into()),
        BasicKind::Int16 => range(i16::MIN.into(), i16::MAX.into()),
        BasicKind::Int32 => range(i32::MIN.into(), i32::MAX.into()),
        BasicKind::Int | BasicKind::Int64 => range(i64::MIN.into(), i64::MAX.into()),
        BasicKind::Uint8 => range(0, u8::MAX.into()),
        BasicKind::Uint16 => range(0, u16::MAX.into()),
        BasicKind::Uint32 => range(0, u32::MAX.into()),
        BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr => range(0, u64::MAX.into()),
        BasicKind::UntypedInt | BasicKind::UntypedRune => true,
        _ => false,
    }
}

impl Value {
    /// Go's `constant.ToInt`: the value as an integer if it is one, else [`Value::Unknown`]. A 512-bit
    /// float within 4 bits of an integer counts as that integer (Go's allowance for rounding errors in
    /// earlier operations), and a complex value with a zero imaginary part converts its real part.
    pub fn to_int(&self) -> Value {
        match self {
            Value::Int(_) => self.clone(),
            Value::Float(Float(FloatRepr::Rat(rat))) if rat.is_integer() => Value::Int(rat.numer().clone()),
            Value::Float(Float(FloatRepr::Big(big))) => big_to_int(big).map_or(Value::Unknown, Value::Int),
            Value::Complex(_) => match self.to_float() {
                float @ Value::Float(_) => float.to_int(),
                _ => Value::Unknown,
            },
            _ => Value::Unknown,
        }
    }

    /// Go's `constant.ToFloat`: integers become exact fractions (512-bit floats beyond 4096 bits),
    /// complex values with a zero imaginary part their real part; else [`Value::Unknown`].
    pub fn to_float(&self) -> Value {
        match self {
            Value::Int(int) if int.bits() < MAX_FRACTION_BITS => {
                rat_value(BigRational::from_integer(int.clone()))
            }
            Value::Int(int) => big_value(BigFloat::from_int(int, PREC)),
            Value::Float(_) => self.clone(),
            Value::Complex(complex) if complex.im.sign() == 0 => complex.re.to_float(),
            _ => Value::Unknown,
        }
    }

    /// Go's `constant.ToComplex`: a real value gets a zero (integer) imaginary part.
    pub fn to_complex(&self) -> Value {
        match self {
            Value::Int(_) | Value::Float(_) => {
                Value::Complex(Box::new(Complex { re: self.clone(), im: Value::Int(BigInt::zero()) }))
            }
            Value::Complex(_) => self.clone(),
            _ => Value::Unknown,
        }
    }

    /// Go's `real(x)` on a constant: the real part, which may be an integer value.
    pub fn real(&self) -> Value {
        match self {
            Value::Int(_) | Value::Float(_) => self.clone(),
            Value::Complex(complex) => complex.re.clone(),
            _ => Value::Unknown,
        }
    }

    /// Go's `imag(x)` on a constant: the imaginary part (an integer zero for a real value).
    pub fn imag(&self) -> Value {
        match self {
            Value::Int(_) | Value::Float(_) => Value::Int(BigInt::zero()),
            Value::Complex(complex) => complex.im.clone(),
            _ => Value::Unknown,
        }
    }

    /// Whether the value fits the basic type `target` and, if it does, the value rounded to it: integer
    /// types need an exact integer in range (`2.0` fits `int`), `float32`/`float64` round to nearest and
    /// fail only on overflow to infinity (`1e-1000` is 0), complex types round each part, strings and
    /// booleans need their own kind. `source` is the constant's type, which decides between
    /// [`RepresentError::Overflows`] and [`RepresentError::Truncated`] as in Go: a non-integer type
    /// to an integer type is "truncated" even for `1e100`. An unknown value fits everything (Go avoids
    /// follow-up errors).
    pub fn representable(&self, source: BasicKind, target: BasicKind) -> Result<Value, RepresentError> {
        if *self == Value::Unknown {
            return Ok(Value::Unknown);
        }
        let rounded = if target.is_integer() {
            match self.to_int() {
                Value::Int(int) if fits_integer(&int, target) => Some(Value::Int(int)),
                _ => None,
            }
        } else if target.is_float() {
            match self.to_float() {
                float @ Value::Float(_) => match target {
                    BasicKind::Float32 => round_float(&float, &FLOAT32),
                    BasicKind::Float64 => round_float(&float, &FLOAT64),
                    _ => Some(float),
                },
                _ => None,
            }
        } else if target.is_complex() {
            match self.to_complex() {
                Value::Complex(complex) => {
                    let format = match target {
                        BasicKind::Complex64 => &FLOAT32,
                        BasicKind::Complex128 => &FLOAT64,
                        _ => return Ok(Value::Complex(complex)),
                    };
                    match (round_float(&complex.re, format), round_float(&complex.im, format)) {
                        (Some(re), Some(im)) => re.binary_op(BinOp::Add, &make_imag(&im)).ok(),
                        _ => None,
                    }
                }
                _ => None,
            }
        } else if target.is_string() {
            matches!(self, Value::String(_)).then(|| self.clone())
        } else if target.is_boolean() {
            matches!(self, Value::Bool(_)).then(|| self.clone())
        } else {
            None
        };
        rounded.ok_or(if !(source.is_numeric() && target.is_numeric()) {
            RepresentError::Invalid
        } else if !source.is_integer() && target.is_integer() {
            RepresentError::Truncated
        } else {
            RepresentError::Overflows
        })
    }

    /// A constant shift count as Go checks it: an integer value (`2.0` is fine), not negative, a `uint`,
    /// and at most [`MAX_SHIFT_COUNT`].
    pub fn shift_count(&self) -> Result<u64, ShiftCountError> {
        match self.to_int() {
            Value::Int(int) if int.sign() == Sign::Minus => Err(ShiftCountError::Negative),
            Value::Int(int) => match int.to_u64() {
                Some(count) if count > MAX_SHIFT_COUNT => Err(ShiftCountError::TooLarge),
                Some(count) => Ok(count),
                None => Err(ShiftCountError::OverflowsUint),
            },
            _ => Err(ShiftCountError::Truncated),
        }
    }

    /// Go's conversion `string(x)` of an integer constant: the UTF-8 encoding of the code point, or of
    /// U+FFFD for a value that is not a valid code point (negative, a surrogate, above U+10FFFF).
    pub fn rune_to_string(&self) -> Value {
        let Value::Int(int) = self else { return Value::Unknown };
        let code_point = int.to_u32().filter(|&code| code <= 0x10FFFF).map_or(0xFFFD, |code| code as i32);
        let mut bytes = Vec::with_capacity(4);
        gosub_strconv::push_rune(&mut bytes, code_point);
        Value::from_bytes(bytes)
    }

    /// The value as an `i64`, for an integer value that fits (Go's `constant.Int64Val`).
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Value::Int(int) => int.to_i64(),
            _ => None,
        }
    }

    /// The value as a `u64`, for an integer value that fits (Go's `constant.Uint64Val`).
    pub fn to_u64(&self) -> Option<u64> {
        match self {
            Value::Int(int) => int.to_u64(),
            _ => None,
        }
    }

    /// The nearest `float64` to a real value (Go's `constant.Float64Val`), possibly infinite; `None`
    /// for other kinds. For a constant of type `float64`, [`Value::representable`] has already rounded
    /// the value, so this is exact.
    pub fn to_f64(&self) -> Option<f64> {
        real_to_format(self, &FLOAT64)
    }

    /// The nearest `float32` to a real value (Go's `constant.Float32Val`), possibly infinite, rounded
    /// once from the exact value.
    pub fn to_f32(&self) -> Option<f32> {
        // The f64 holds a value representable as f32 (or an infinity), so the cast is exact.
        real_to_format(self, &FLOAT32).map(|value| value as f32)
    }

    /// The parts of a numeric value as `complex128` parts.
    pub fn to_complex128(&self) -> Option<(f64, f64)> {
        match self {
            Value::Complex(complex) => Some((complex.re.to_f64()?, complex.im.to_f64()?)),
            _ => Some((self.to_f64()?, 0.0)),
        }
    }

    /// The parts of a numeric value as `complex64` parts.
    pub fn to_complex64(&self) -> Option<(f32, f32)> {
        match self {
            Value::Complex(complex) => Some((complex.re.to_f32()?, complex.im.to_f32()?)),
            _ => Some((self.to_f32()?, 0.0)),
        }
    }

    /// The bytes of a string value.
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::String(bytes) => Some(bytes),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(value) => Some(*value),
            _ => None,
        }
    }
}

/// Go's `roundFloat32`/`roundFloat64`: the nearest value of the format as an exact fraction, `None` on
/// overflow to infinity.
fn round_float(value: &Value, format: &Format) -> Option<Value> {
    let rounded = real_to_format(value, format)?;
    rounded.is_finite().then(|| float_from_f64(rounded))
}

/// Go's `ToInt` of a 512-bit float: exact if it is an integer; else, if rounding it to 508 bits
/// towards or away from zero gives an integer, that integer (the value was probably an integer before
/// rounding errors). Only for magnitudes below 2^4096.
fn big_to_int(big: &BigFloat) -> Option<BigInt> {
    const DELTA: u64 = 4;
    let exponent = big.binary_exponent();
    let limit = MAX_FRACTION_BITS as i64;
    if exponent <= -limit || exponent >= limit {
        return None;
    }
    if big.is_int() {
        return big.to_exact_int();
    }
    [Mode::ToZero, Mode::AwayFromZero].into_iter().find_map(|mode| {
        let near = big.round_to(PREC - DELTA, mode).ok()?;
        if near.is_int() { near.to_exact_int() } else { None }
    })
}
