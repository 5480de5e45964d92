//! Literal text to constant values, as Go's compiler reads literals.
//!
//! The lexer has already checked the syntax and reported its errors; this module still checks it
//! again, so that any text (a fuzzer's, a future REPL's) gives a value or an error and never a panic.
//! Rules, in Go's terms:
//!
//! * integers (`0x_1F`, `0o17`, `017`, `0b1`, `1_000`) are exact;
//! * a float or imaginary literal is first read as a 512-bit float, exactly as `math/big` reads it
//!   (all mantissa digits, then one multiplication or division by 5^e computed at 576 bits). If that
//!   float's binary exponent is within ±4096 the literal is kept as an exact fraction instead; otherwise
//!   the float is the value, and a float whose exponent overflows `int32` makes the literal malformed
//!   (`1e1000000000`), while one that underflows is zero;
//! * imaginary literals are `0 + xi` with an integer zero real part; an imaginary literal's mantissa
//!   written with decimal digits only is decimal even with a leading zero (`017i` is 17i);
//! * runes are integers; strings are bytes (`"\xff"` is one byte), and raw strings lose their carriage
//!   returns, as the spec says. Escapes follow Go's `strconv.Unquote`, implemented by `gosub-strconv`.

use gosub_syntax::ast::LitKind;
use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::Zero;

use super::arith::{big_value, complex_value, rat_value};
use super::bigfloat::{self, BigFloat, Overflow, PREC};
use super::{ConstError, MAX_FRACTION_BITS, MAX_LITERAL_LEN, Value};

impl Value {
    /// The value of a literal, given its kind and its exact source text (quotes and prefixes included).
    ///
    /// The errors are Go's: `malformed constant: …` for text that is not a literal of that kind or
    /// whose float exponent overflows, and `excessively long constant: …` for numbers longer than
    /// 10,000 characters. An untyped integer literal over 512 bits is a value here; the checker's
    /// [`Value::check_overflow`] reports it (`constant overflow`), as Go does.
    pub fn from_literal(kind: LitKind, text: &str) -> Result<Value, ConstError> {
        let malformed = || ConstError::MalformedLiteral { text: text.to_owned() };
        match kind {
            LitKind::Int | LitKind::Float | LitKind::Imag if text.len() > MAX_LITERAL_LEN => {
                Err(ConstError::LiteralTooLong { text: text.to_owned() })
            }
            LitKind::Int => parse_int(text.as_bytes()).map(Value::Int).ok_or_else(malformed),
            LitKind::Float => match parse_number(text.as_bytes(), false) {
                Some(number) => float_value(&number).ok_or_else(malformed),
                None => Err(malformed()),
            },
            LitKind::Imag => {
                let body = text.strip_suffix('i').ok_or_else(malformed)?;
                let number = parse_number(body.as_bytes(), true).ok_or_else(malformed)?;
                let im = float_value(&number).ok_or_else(malformed)?;
                Ok(complex_value(Value::Int(BigInt::zero()), im))
            }
            LitKind::Rune => {
                let body = text
                    .strip_prefix('\'')
                    .and_then(|rest| rest.strip_suffix('\''))
                    .filter(|body| !body.is_empty())
                    .ok_or_else(malformed)?;
                let char = gosub_strconv::unquote_char(body.as_bytes(), b'\'').map_err(|_| malformed())?;
                if !char.tail.is_empty() {
                    return Err(malformed());
                }
                Ok(Value::Int(BigInt::from(char.value)))
            }
            LitKind::Str | LitKind::RawStr => {
                let quote = if kind == LitKind::Str { '"' } else { '`' };
                if !text.starts_with(quote) {
                    return Err(malformed());
                }
                let bytes = gosub_strconv::unquote(text).map_err(|_| malformed())?;
                Ok(Value::from_bytes(bytes))
            }
        }
    }
}

/// The digits of a number in some base, as `math/big` scans them.
struct Number {
    /// All mantissa digits as one integer, the radix point ignored.
    mantissa: BigUint,
    /// The mantissa's base: 2, 8, 10 or 16.
    base: u32,
    /// Digits after the radix point.
    fraction_digits: i64,
    /// The exponent's value and base: 10 for `e`, 2 for `p`; (0, 10) without one.
    exponent: i64,
    exponent_base: u32,
}

/// An integer literal: optional base prefix (`0x`, `0o`, `0b`, or a bare leading `0` for octal), digits
/// separated by single underscores.
fn parse_int(text: &[u8]) -> Option<BigInt> {
    let (base, body, prefixed) = match text {
        [b'0', b'x' | b'X', rest @ ..] => (16, rest, true),
        [b'0', b'o' | b'O', rest @ ..] => (8, rest, true),
        [b'0', b'b' | b'B', rest @ ..] => (2, rest, true),
        [b'0', rest @ ..] if !rest.is_empty() => (8, rest, true),
        _ => (10, text, false),
    };
    let (digits, rest) = take_digits(body, base, prefixed)?;
    if digits.is_empty() || !rest.is_empty() {
        return None;
    }
    BigUint::from_radix_be(&digits, base).map(BigInt::from)
}

/// Takes the digits of `base` at the start of `text`, with single underscores between digits (and,
/// after a base prefix, before the first digit). Returns the digit values (possibly none) and the rest
/// of the text; `None` if an underscore is misplaced.
fn take_digits(text: &[u8], base: u32, after_prefix: bool) -> Option<(Vec<u8>, &[u8])> {
    let mut digits = Vec::with_capacity(text.len());
    // Whether an underscore may come next: after a digit, or right after a base prefix.
    let mut underscore_allowed = after_prefix;
    let mut previous_is_underscore = false;
    let mut used = 0;
    for &byte in text {
        if byte == b'_' {
            if !underscore_allowed {
                return None;
            }
            underscore_allowed = false;
            previous_is_underscore = true;
        } else if let Some(digit) = char::from(byte).to_digit(16).filter(|&digit| digit < base) {
            // A digit below 16 always fits in a byte.
            digits.push(digit as u8);
            underscore_allowed = true;
            previous_is_underscore = false;
        } else {
            break;
        }
        used += 1;
    }
    if previous_is_underscore {
        return None;
    }
    Some((digits, &text[used..]))
}

/// A float literal, or with `imaginary` the body of an imaginary literal (which may also be an integer
/// in any base). Decimal digits may start with zeros (`017i` is 17i).
fn parse_number(text: &[u8], imaginary: bool) -> Option<Number> {
    let (base, body) = match text {
        [b'0', b'x' | b'X', rest @ ..] => (16, rest),
        [b'0', b'o' | b'O', rest @ ..] if imaginary => (8, rest),
        [b'0', b'b' | b'B', rest @ ..] if imaginary => (2, rest),
        _ => (10, text),
    };
    let (mut digits, mut rest) = take_digits(body, base, base != 10)?;
    let mut fraction_digits = 0;
    let mut has_point = false;
    if let [b'.', after @ ..] = rest {
        if base != 10 && base != 16 {
            return None;
        }
        has_point = true;
        let (fraction, after) = take_digits(after, base, false)?;
        fraction_digits = i64::try_from(fraction.len()).ok()?;
        digits.extend_from_slice(&fraction);
        rest = after;
    }
    if digits.is_empty() {
        return None;
    }
    let mantissa = BigUint::from_radix_be(&digits, base)?;
    // Exponent: `e` after a decimal mantissa, `p` after a hexadecimal one (required after a hex point).
    let (exponent, exponent_base) = match rest {
        [] if base == 16 && has_point => return None,
        // A float literal needs a point or an exponent; without either it is an integer literal.
        [] if !imaginary && !has_point => return None,
        [] => (0, 10),
        [b'e' | b'E', after @ ..] if base == 10 => (parse_exponent(after)?, 10),
        [b'p' | b'P', after @ ..] if base == 16 => (parse_exponent(after)?, 2),
        _ => return None,
    };
    Some(Number { mantissa, base, fraction_digits, exponent, exponent_base })
}

/// A signed decimal exponent; `None` if it does not fit an `int64` (Go: malformed constant).
fn parse_exponent(text: &[u8]) -> Option<i64> {
    let (negative, digits) = match text {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, text),
    };
    if digits.is_empty() || digits.first() == Some(&b'_') || digits.last() == Some(&b'_') {
        return None;
    }
    let mut value: i64 = 0;
    let mut previous_underscore = false;
    for &byte in digits {
        if byte == b'_' {
            if previous_underscore {
                return None;
            }
            previous_underscore = true;
            continue;
        }
        previous_underscore = false;
        let digit = i64::from(char::from(byte).to_digit(10)?);
        // Accumulate negatively so that i64::MIN is reachable, as with strconv.ParseInt.
        value = value.checked_mul(10)?.checked_sub(digit)?;
    }
    if negative { Some(value) } else { value.checked_neg() }
}

/// The value of a float (or imaginary) literal: a fraction when the rounded float is small, else the
/// rounded float; `None` when the float overflows (Go's malformed constant).
fn float_value(number: &Number) -> Option<Value> {
    if number.mantissa.is_zero() {
        return Some(rat_value(BigRational::zero()));
    }
    // The binary and decimal exponents of `mantissa × base^-fraction × exponent_base^exponent`, with
    // powers of ten split into powers of two and five, as math/big does.
    let bits_per_digit = match number.base {
        2 | 10 => 1,
        8 => 3,
        _ => 4,
    };
    let mut exp2 = number.fraction_digits.checked_mul(-bits_per_digit)?;
    let mut exp5 = if number.base == 10 { -number.fraction_digits } else { 0 };
    exp2 = exp2.checked_add(number.exponent)?;
    if number.exponent_base == 10 {
        exp5 = exp5.checked_add(number.exponent)?;
    }
    // Go rejects the literal when the binary exponent of the (unrounded) mantissa is out of range.
    let top = exp2.checked_add(bigfloat::bit_len(&number.mantissa))?;
    if top < i64::from(i32::MIN) || top > i64::from(i32::MAX) {
        return None;
    }
    let float = match read_float(&number.mantissa, exp2, exp5) {
        Ok(float) => float,
        Err(Overflow) => return None,
    };
    let binary_exponent = float.binary_exponent();
    let small = -(MAX_FRACTION_BITS as i64) < binary_exponent && binary_exponent < MAX_FRACTION_BITS as i64;
    if !small {
        return Some(big_value(Ok(float)));
    }
    if float.is_zero() {
        // Underflowed to zero: Go then reads the fraction of "0", not of the digits (which could ask
        // for 10^1886451601).
        return Some(rat_value(BigRational::zero()));
    }
    Some(match exact_fraction(number) {
        Some(rat) => rat_value(rat),
        None => big_value(Ok(float)),
    })
}

/// math/big's reading of `mantissa × 2^exp2 × 5^exp5` at 512 bits: the unrounded mantissa times (or
/// divided by) 5^|exp5| rounded to 576 bits, rounded once more.
fn read_float(mantissa: &BigUint, exp2: i64, exp5: i64) -> Result<BigFloat, Overflow> {
    if exp5 == 0 {
        return BigFloat::from_parts(false, mantissa.clone(), exp2, PREC);
    }
    // Keep every digit: math/big multiplies the whole mantissa before its single rounding.
    let exact = BigFloat::from_parts(false, mantissa.clone(), exp2, mantissa.bits())?;
    match bigfloat::pow5(exp5.unsigned_abs(), PREC + 64) {
        Ok(power) if exp5 > 0 => exact.mul(&power, PREC),
        // A divisor that is never zero.
        Ok(power) => exact.quo(&power, PREC).unwrap_or(Err(Overflow)),
        // 5^n overflowed to infinity: multiplying gives infinity, dividing gives zero.
        Err(Overflow) if exp5 > 0 => Err(Overflow),
        Err(Overflow) => Ok(BigFloat::zero()),
    }
}

/// The exact value of a small literal, as `big.Rat.SetString` reads it; `None` if the powers involved
/// are implausibly large (the caller only asks for values within 2^±4096, so they never are).
fn exact_fraction(number: &Number) -> Option<BigRational> {
    // value = mantissa × 2^twos × 10^tens.
    let (twos, tens) = if number.base == 10 {
        (0, number.exponent.checked_sub(number.fraction_digits)?)
    } else {
        let fraction_bits = number.fraction_digits.checked_mul(i64::from(number.base.trailing_zeros()))?;
        (number.exponent.checked_sub(fraction_bits)?, 0)
    };
    const LIMIT: u64 = 100_000;
    let mut value = BigRational::from_integer(BigInt::from(number.mantissa.clone()));
    for (base, exponent) in [(2u32, twos), (10u32, tens)] {
        if exponent.unsigned_abs() > LIMIT {
            return None;
        }
        let power = BigRational::from_integer(BigInt::from(base).pow(exponent.unsigned_abs() as u32));
        if exponent > 0 {
            value *= power;
        } else if exponent < 0 {
            value /= power;
        }
    }
    Some(value)
}
