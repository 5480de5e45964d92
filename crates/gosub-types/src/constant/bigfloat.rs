//! Binary floating-point numbers with a chosen mantissa precision and a 32-bit exponent.
//!
//! Go's compiler keeps an untyped float constant as an exact fraction while its numerator and
//! denominator stay below 4096 bits. Past that (`1e5000`, `1e-2000`, a long chain of divisions) it
//! switches to a binary float with a 512-bit mantissa (Go's `math/big.Float`), and every later operation
//! on the value rounds to 512 bits. The rounding is observable (`1e5000/1e4999 == 10` is a constant
//! expression whose truth depends on it), so this module reproduces that arithmetic:
//!
//! * every operation computes the exact result and rounds it once, to nearest with ties to even unless a
//!   [`Mode`] says otherwise (Go's `Add`, `Sub`, `Mul` and `Quo` are correctly rounded too, so the
//!   results are identical bit for bit);
//! * exponents are limited to the range of a Go `int32`, as in `math/big`: beyond it a result overflows
//!   ([`Overflow`], Go's infinity, which go/constant turns into an unknown value) or underflows to zero.
//!
//! The mantissa never holds more than the precision's bits (plus the digits of one literal while it is
//! being read), whatever the magnitude, so `1e1000000` costs a few hundred bytes, not megabytes. Values
//! here are magnitudes with a sign; there is no negative zero, no infinity and no NaN, because
//! go/constant never keeps any of them.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::Zero;

/// The mantissa precision of go/constant's float values.
pub(crate) const PREC: u64 = 512;

/// The smallest and largest exponent `e` of a value `0.m × 2^e` with `0.5 ≤ 0.m < 1`, as in `math/big`.
const MIN_EXP: i64 = i32::MIN as i64;
const MAX_EXP: i64 = i32::MAX as i64;

/// How a result that does not fit the precision is rounded (Go's `big.RoundingMode`, the three modes
/// go/constant uses).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    NearestEven,
    /// Towards zero: the magnitude is truncated.
    ToZero,
    /// Away from zero: any dropped bit increases the magnitude.
    AwayFromZero,
}

/// A result whose exponent is above Go's `MaxExp`: `math/big` makes it an infinity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Overflow;

/// The value `(-1)^neg × mant × 2^exp`.
///
/// Invariant: `mant` is odd, or zero with `neg == false` and `exp == 0`, so that each value has exactly
/// one representation and the derived equality is numeric equality.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BigFloat {
    neg: bool,
    mant: BigUint,
    exp: i64,
}

impl BigFloat {
    pub(crate) fn zero() -> BigFloat {
        BigFloat { neg: false, mant: BigUint::zero(), exp: 0 }
    }

    /// The integer `value` rounded to `prec` bits (Go's `SetInt` on a float of that precision).
    pub(crate) fn from_int(value: &BigInt, prec: u64) -> Result<BigFloat, Overflow> {
        round(value.sign() == Sign::Minus, value.magnitude().clone(), 0, false, prec, Mode::NearestEven)
    }

    /// `mant × 2^exp`, rounded to `prec` bits.
    pub(crate) fn from_parts(neg: bool, mant: BigUint, exp: i64, prec: u64) -> Result<BigFloat, Overflow> {
        round(neg, mant, exp, false, prec, Mode::NearestEven)
    }

    /// The fraction `num / den` (`den` nonzero), correctly rounded to `prec` bits (Go's `SetRat`).
    pub(crate) fn from_ratio(num: &BigInt, den: &BigInt, prec: u64) -> Result<BigFloat, Overflow> {
        let neg = (num.sign() == Sign::Minus) != (den.sign() == Sign::Minus);
        divide(neg, num.magnitude(), 0, den.magnitude(), 0, prec)
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.mant.is_zero()
    }

    pub(crate) fn is_negative(&self) -> bool {
        self.neg
    }

    /// The sign and the exact value as an odd integer mantissa and a binary exponent.
    pub(crate) fn parts(&self) -> (bool, &BigUint, i64) {
        (self.neg, &self.mant, self.exp)
    }

    /// Go's `MantExp` exponent: the `e` with `2^(e-1) ≤ |x| < 2^e` (0 for zero).
    pub(crate) fn binary_exponent(&self) -> i64 {
        if self.is_zero() { 0 } else { self.top() }
    }

    fn top(&self) -> i64 {
        self.exp + bit_len(&self.mant)
    }

    pub(crate) fn is_int(&self) -> bool {
        self.exp >= 0
    }

    /// The value as an integer if it is one. Callers bound the exponent first (go/constant only asks for
    /// values below 2^4096), so the result is small.
    pub(crate) fn to_exact_int(&self) -> Option<BigInt> {
        let shift = u64::try_from(self.exp).ok()?;
        let sign = if self.neg { Sign::Minus } else { Sign::Plus };
        Some(BigInt::from_biguint(sign, &self.mant << shift))
    }

    /// The value rounded to `prec` bits in `mode` (Go's `Set` into a float of another precision).
    pub(crate) fn round_to(&self, prec: u64, mode: Mode) -> Result<BigFloat, Overflow> {
        round(self.neg, self.mant.clone(), self.exp, false, prec, mode)
    }

    pub(crate) fn neg(&self) -> BigFloat {
        let mut result = self.clone();
        result.neg = !self.neg && !self.is_zero();
        result
    }

    pub(crate) fn add(&self, other: &BigFloat, prec: u64) -> Result<BigFloat, Overflow> {
        if self.is_zero() {
            return other.round_to(prec, Mode::NearestEven);
        }
        if other.is_zero() {
            return self.round_to(prec, Mode::NearestEven);
        }
        let (high, low) = if self.top() >= other.top() { (self, other) } else { (other, self) };
        // Enough bits below `high`'s lowest bit that `low`, if it lies entirely under them, only decides
        // the sticky bit of the rounding.
        let pad = (prec + 2).saturating_sub(bit_len(&high.mant) as u64).max(2);
        let floor = high.exp - pad as i64;
        if low.top() <= floor {
            // |low| < 2^floor: the sum lies strictly between two neighbours at that scale. Computing
            // it exactly could take as many bits as the exponent gap (1e1000000 + 1), and the rounding
            // cannot tell the difference.
            let mant = &high.mant << pad;
            let mant = if high.neg == low.neg { mant } else { mant - 1u32 };
            return round(high.neg, mant, floor, true, prec, Mode::NearestEven);
        }
        // The gap is bounded by the two mantissas and `pad`, so aligning them is cheap.
        let exp = high.exp.min(low.exp);
        let high_mant = &high.mant << (high.exp - exp) as u64;
        let low_mant = &low.mant << (low.exp - exp) as u64;
        if high.neg == low.neg {
            return round(high.neg, high_mant + low_mant, exp, false, prec, Mode::NearestEven);
        }
        match high_mant.cmp(&low_mant) {
            Ordering::Equal => Ok(BigFloat::zero()),
            Ordering::Greater => round(high.neg, high_mant - low_mant, exp, false, prec, Mode::NearestEven),
            Ordering::Less => round(low.neg, low_mant - high_mant, exp, false, prec, Mode::NearestEven),
        }
    }

    pub(crate) fn sub(&self, other: &BigFloat, prec: u64) -> Result<BigFloat, Overflow> {
        self.add(&other.neg(), prec)
    }

    pub(crate) fn mul(&self, other: &BigFloat, prec: u64) -> Result<BigFloat, Overflow> {
        if self.is_zero() || other.is_zero() {
            return Ok(BigFloat::zero());
        }
        round(
            self.neg != other.neg,
            &self.mant * &other.mant,
            self.exp + other.exp,
            false,
            prec,
            Mode::NearestEven,
        )
    }

    /// `self / other`; `None` when `other` is zero (the checker reports the division first).
    pub(crate) fn quo(&self, other: &BigFloat, prec: u64) -> Option<Result<BigFloat, Overflow>> {
        if other.is_zero() {
            return None;
        }
        if self.is_zero() {
            return Some(Ok(BigFloat::zero()));
        }
        Some(divide(self.neg != other.neg, &self.mant, self.exp, &other.mant, other.exp, prec))
    }

    /// Numeric comparison.
    pub(crate) fn cmp(&self, other: &BigFloat) -> Ordering {
        let sign = |value: &BigFloat| {
            if value.is_zero() {
                0
            } else if value.neg {
                -1
            } else {
                1
            }
        };
        let (left, right) = (sign(self), sign(other));
        if left != right || left == 0 {
            return left.cmp(&right);
        }
        let magnitude = self.top().cmp(&other.top()).then_with(|| {
            // Equal tops: the exponent gap is at most the longer mantissa's length.
            let exp = self.exp.min(other.exp);
            let mine = &self.mant << (self.exp - exp) as u64;
            let theirs = &other.mant << (other.exp - exp) as u64;
            mine.cmp(&theirs)
        });
        if self.neg { magnitude.reverse() } else { magnitude }
    }
}

/// The number of significant bits, as a signed count for exponent arithmetic.
pub(crate) fn bit_len(value: &BigUint) -> i64 {
    // A `BigUint` with more than 2^63 bits cannot exist in memory.
    i64::try_from(value.bits()).unwrap_or(i64::MAX)
}

/// `(num × 2^num_exp) / (den × 2^den_exp)` correctly rounded; `den` is nonzero.
fn divide(
    neg: bool,
    num: &BigUint,
    num_exp: i64,
    den: &BigUint,
    den_exp: i64,
    prec: u64,
) -> Result<BigFloat, Overflow> {
    if num.is_zero() {
        return Ok(BigFloat::zero());
    }
    // Scale the dividend so the quotient has at least prec + 2 bits; the remainder is the sticky bit.
    let scale = (prec as i64 + 2 + bit_len(den) - bit_len(num)).max(0);
    let (quotient, remainder) = (num << scale as u64).div_rem(den);
    round(neg, quotient, num_exp - den_exp - scale, !remainder.is_zero(), prec, Mode::NearestEven)
}

/// Rounds `(-1)^neg × (mant + s) × 2^exp` to `prec` bits, where `s` is 0, or (when `sticky` is set) some
/// number strictly between 0 and 1. With `sticky` the caller gives at least `prec + 1` bits, so the bit
/// that decides the rounding is a real one.
///
/// As in `math/big`, a value whose exponent is below `MinExp` underflows to zero before rounding, and a
/// rounded value above `MaxExp` overflows.
fn round(
    neg: bool,
    mut mant: BigUint,
    mut exp: i64,
    sticky: bool,
    prec: u64,
    mode: Mode,
) -> Result<BigFloat, Overflow> {
    if mant.is_zero() {
        return Ok(BigFloat::zero());
    }
    // No caller needs more than a literal's digits (about 33,000 bits); the bound keeps a mistaken
    // precision from turning the padding below into a huge allocation.
    let prec = prec.clamp(2, 1 << 20);
    if exp + bit_len(&mant) < MIN_EXP {
        return Ok(BigFloat::zero());
    }
    if exp + bit_len(&mant) > MAX_EXP {
        return Err(Overflow);
    }
    if sticky && mant.bits() <= prec {
        // A caller broke the contract above. Padding keeps the answer close and, above all, defined.
        let pad = prec + 1 - mant.bits();
        mant <<= pad;
        exp -= pad as i64;
    }
    let bits = mant.bits();
    if bits > prec {
        let drop = bits - prec;
        let half = mant.bit(drop - 1);
        let below_half = sticky || mant.trailing_zeros().is_some_and(|zeros| zeros < drop - 1);
        mant >>= drop;
        exp += drop as i64;
        let up = match mode {
            Mode::NearestEven => half && (below_half || mant.bit(0)),
            Mode::ToZero => false,
            Mode::AwayFromZero => half || below_half,
        };
        if up {
            mant += 1u32;
            if mant.bits() > prec {
                mant >>= 1u32;
                exp += 1;
            }
        }
    }
    let zeros = mant.trailing_zeros().unwrap_or(0);
    mant >>= zeros;
    exp += zeros as i64;
    if exp + bit_len(&mant) > MAX_EXP {
        return Err(Overflow);
    }
    Ok(BigFloat { neg, mant, exp })
}

/// Go's `big.Float.pow5` at precision `prec`: 5^n by repeated squaring, the running product rounded to
/// `prec` bits and the square to `prec + 64` bits after every step. The rounding steps are part of
/// the result (a decimal literal beyond the exact range is `mantissa × 2^e × 5^e` computed this way),
/// which is why this is not an exact power rounded once.
pub(crate) fn pow5(n: u64, prec: u64) -> Result<BigFloat, Overflow> {
    // 5^27 is the largest power of five in a u64.
    const TABLE_MAX: u64 = 27;
    if n <= TABLE_MAX {
        return BigFloat::from_parts(false, BigUint::from(5u32).pow(n as u32), 0, prec);
    }
    let mut product = BigFloat::from_parts(false, BigUint::from(5u32).pow(TABLE_MAX as u32), 0, prec)?;
    let mut square = BigFloat::from_parts(false, BigUint::from(5u32), 0, prec + 64)?;
    let mut remaining = n - TABLE_MAX;
    // Once the square overflows, any further factor overflows the product: Go's infinity times a
    // finite positive number is infinity.
    let mut square_overflowed = false;
    while remaining > 0 {
        if remaining & 1 != 0 {
            if square_overflowed {
                return Err(Overflow);
            }
            product = product.mul(&square, prec)?;
        }
        if !square_overflowed {
            match square.mul(&square, prec + 64) {
                Ok(next) => square = next,
                Err(Overflow) => square_overflowed = true,
            }
        }
        remaining >>= 1;
    }
    Ok(product)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn float(value: i64) -> BigFloat {
        BigFloat::from_int(&BigInt::from(value), PREC).unwrap()
    }

    #[test]
    fn rounding_ties_to_even() {
        // 2^4 + 1 = 17 to 4 bits: 10001 → tie between 16 and 18, even mantissa (1000) wins.
        let value = BigFloat::from_int(&BigInt::from(17), 4).unwrap();
        assert_eq!(value, float(16));
        let value = BigFloat::from_int(&BigInt::from(19), 4).unwrap();
        assert_eq!(value, float(20));
        let down = float(19).round_to(4, Mode::ToZero).unwrap();
        assert_eq!(down, float(18));
        let up = float(17).round_to(4, Mode::AwayFromZero).unwrap();
        assert_eq!(up, float(18));
    }

    #[test]
    fn far_apart_addends_round_like_the_exact_sum() {
        let huge = BigFloat::from_parts(false, BigUint::from(1u32), 1_000_000, PREC).unwrap();
        assert_eq!(huge.add(&float(1), PREC).unwrap(), huge);
        assert_eq!(huge.sub(&float(1), PREC).unwrap(), huge);
        // 1 - 2^-600 rounds to 1 at 512 bits; 1 - 2^-511 is representable.
        let tiny = BigFloat::from_parts(false, BigUint::from(1u32), -600, PREC).unwrap();
        assert_eq!(float(1).sub(&tiny, PREC).unwrap(), float(1));
        let small = BigFloat::from_parts(false, BigUint::from(1u32), -511, PREC).unwrap();
        assert_ne!(float(1).sub(&small, PREC).unwrap(), float(1));
        assert_eq!(float(1).sub(&small, PREC).unwrap().add(&small, PREC).unwrap(), float(1));
    }

    #[test]
    fn exponent_limits() {
        assert_eq!(
            BigFloat::from_parts(false, BigUint::from(1u32), i64::from(i32::MAX), PREC),
            Err(Overflow)
        );
        assert!(
            BigFloat::from_parts(false, BigUint::from(1u32), i64::from(i32::MIN) - 5, PREC)
                .unwrap()
                .is_zero()
        );
        assert_eq!(pow5(1_000_000_000, PREC + 64), Err(Overflow));
        assert!(pow5(1_000_000, PREC + 64).is_ok());
    }

    #[test]
    fn comparison_and_division() {
        let third = float(1).quo(&float(3), PREC).unwrap().unwrap();
        assert_eq!(third.cmp(&float(0)), Ordering::Greater);
        assert_eq!(third.neg().cmp(&third), Ordering::Less);
        assert_ne!(third.mul(&float(3), PREC).unwrap(), float(2));
        assert!(float(1).quo(&BigFloat::zero(), PREC).is_none());
        assert_eq!(float(-6).quo(&float(3), PREC).unwrap().unwrap(), float(-2));
    }
}
