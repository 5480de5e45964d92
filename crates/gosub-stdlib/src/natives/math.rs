//! `math`'s natives. The results must be Go's bit for bit (linux/amd64 is the reference):
//!
//! * IEEE operations are exact in both languages: `Sqrt`, `Floor`, `Ceil`, `Trunc`, `Abs`, `FMA`,
//!   `Mod`, `Remainder`, `Round`, `RoundToEven`, and the bit-level functions (`Frexp`, `Ldexp`, `Modf`,
//!   `Ilogb`, `Logb`, `Nextafter`, the `Float*bits` conversions), which are written here from their
//!   definitions.
//! * Where Go's result is not the correctly rounded one, Go's method is followed: `Pow` (repeated
//!   squaring of the `Frexp` mantissa for the integer part of `y`, `Exp(yf·Log(x))` for the fraction),
//!   `Hypot` (`p·√(1+(q/p)²)`), `Pow10` (a product of two correctly rounded powers of ten).
//! * The remaining transcendental functions use Rust's `f64` methods (the platform libm); the tests
//!   compare every function with values recorded from Go (`testdata/math.txt`) and list, in
//!   `LIBM_DIFFERENCES`, the functions for which some recorded input differs in the last bit.
//!
//! Go's own special-case NaN is `0x7FF8000000000001` ([`go_nan`]); NaNs produced by hardware operations
//! have whatever bits the operation gives, in Go as here.

// Polynomial coefficients keep the digits of the published tables they come from; the compiler rounds
// them to the nearest f64, which is the value the reference implementation uses too.
#![allow(clippy::excessive_precision)]

use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, LN_2, PI};

use gosub_vm::{Fault, Native, Registry};

pub(super) fn register(r: &mut Registry) {
    r.add("math.Float64bits", |n| {
        let x = n.slot(0);
        n.set(0, x);
        Ok(())
    });
    r.add("math.Float64frombits", |n| {
        let x = n.slot(0);
        n.set(0, x);
        Ok(())
    });
    r.add("math.Float32bits", |n| {
        let x = n.float(0);
        n.set(0, u64::from(float32_bits(x)));
        Ok(())
    });
    r.add("math.Float32frombits", |n| {
        let b = n.slot(0) as u32;
        n.set_float(0, float32_from_bits(b));
        Ok(())
    });
    r.add("math.Abs", |n| f1(n, f64::abs));
    r.add("math.Max", |n| f2(n, max));
    r.add("math.Min", |n| f2(n, min));
    r.add("math.Sqrt", |n| f1(n, f64::sqrt));
    r.add("math.Cbrt", |n| f1(n, cbrt));
    r.add("math.Pow", |n| f2(n, pow));
    r.add("math.Pow10", |n| {
        let e = n.int(0);
        n.set_float(0, pow10(e));
        Ok(())
    });
    r.add("math.Hypot", |n| f2(n, hypot));
    r.add("math.Floor", |n| f1(n, f64::floor));
    r.add("math.Ceil", |n| f1(n, f64::ceil));
    r.add("math.Trunc", |n| f1(n, f64::trunc));
    r.add("math.Round", |n| f1(n, f64::round));
    r.add("math.RoundToEven", |n| f1(n, f64::round_ties_even));
    r.add("math.Mod", |n| f2(n, fmod));
    r.add("math.Remainder", |n| f2(n, remainder));
    r.add("math.Modf", |n| {
        let (i, f) = modf(n.float(0));
        n.set_float(0, i);
        n.set_float(1, f);
        Ok(())
    });
    r.add("math.Frexp", |n| {
        let (f, e) = frexp(n.float(0));
        n.set_float(0, f);
        n.set_int(1, e);
        Ok(())
    });
    r.add("math.Ldexp", |n| {
        let (f, e) = (n.float(0), n.int(1));
        n.set_float(0, ldexp(f, e));
        Ok(())
    });
    r.add("math.Ilogb", |n| {
        let x = n.float(0);
        n.set_int(0, ilogb(x));
        Ok(())
    });
    r.add("math.Logb", |n| f1(n, logb));
    r.add("math.FMA", |n| {
        let (x, y, z) = (n.float(0), n.float(1), n.float(2));
        n.set_float(0, x.mul_add(y, z));
        Ok(())
    });
    r.add("math.Nextafter", |n| f2(n, nextafter));
    r.add("math.Nextafter32", |n| f2(n, nextafter32));
    r.add("math.Exp", |n| f1(n, exp));
    r.add("math.Exp2", |n| f1(n, exp2));
    r.add("math.Expm1", |n| f1(n, expm1));
    r.add("math.Log", |n| f1(n, log));
    r.add("math.Log2", |n| f1(n, log2));
    r.add("math.Log10", |n| f1(n, log10));
    r.add("math.Log1p", |n| f1(n, log1p));
    r.add("math.Sin", |n| f1(n, sin));
    r.add("math.Cos", |n| f1(n, cos));
    r.add("math.Tan", |n| f1(n, tan));
    r.add("math.Asin", |n| f1(n, asin));
    r.add("math.Acos", |n| f1(n, acos));
    r.add("math.Atan", |n| f1(n, atan));
    r.add("math.Atan2", |n| f2(n, atan2));
    r.add("math.Sinh", |n| f1(n, sinh));
    r.add("math.Cosh", |n| f1(n, cosh));
    r.add("math.Tanh", |n| f1(n, tanh));
    r.add("math.Asinh", |n| f1(n, asinh));
    r.add("math.Acosh", |n| f1(n, acosh));
    r.add("math.Atanh", |n| f1(n, atanh));
    r.add("math.Gamma", |n| f1(n, gamma));
    r.add("math.Lgamma", |n| {
        let (l, s) = lgamma(n.float(0));
        n.set_float(0, l);
        n.set_int(1, s);
        Ok(())
    });
    r.add("math.Erf", |n| f1(n, erf));
    r.add("math.Erfc", |n| f1(n, erfc));
}

fn f1(n: &mut Native<'_, '_>, f: fn(f64) -> f64) -> Result<(), Fault> {
    let x = n.float(0);
    n.set_float(0, f(x));
    Ok(())
}

fn f2(n: &mut Native<'_, '_>, f: fn(f64, f64) -> f64) -> Result<(), Fault> {
    let (x, y) = (n.float(0), n.float(1));
    n.set_float(0, f(x, y));
    Ok(())
}

/// Go's `math.NaN()`.
pub(crate) fn go_nan() -> f64 {
    f64::from_bits(0x7FF8_0000_0000_0001)
}

const SIGN: u64 = 1 << 63;
const FRAC_MASK: u64 = (1 << 52) - 1;

/// The bits of a `float32` value held (exactly) in an `f64`; NaN payloads are carried bit for bit.
pub(crate) fn float32_bits(x: f64) -> u32 {
    if x.is_nan() {
        let b = x.to_bits();
        return ((b >> 32) as u32 & 0x8000_0000) | 0x7F80_0000 | ((b & FRAC_MASK) >> 29) as u32;
    }
    (x as f32).to_bits()
}

/// The `float32` with bits `b`, as the `f64` of its value; NaN payloads are carried bit for bit.
pub(crate) fn float32_from_bits(b: u32) -> f64 {
    let f = f32::from_bits(b);
    if f.is_nan() {
        let sign = u64::from(b >> 31) << 63;
        return f64::from_bits(sign | (0x7FF << 52) | (u64::from(b & 0x7F_FFFF) << 29));
    }
    f64::from(f)
}

/// Go's `Max`: +Inf wins over NaN, NaN over everything else, +0 over -0.
pub(crate) fn max(x: f64, y: f64) -> f64 {
    if x == f64::INFINITY || y == f64::INFINITY {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return go_nan();
    }
    if x == 0.0 && y == 0.0 {
        return if x.is_sign_negative() { y } else { x };
    }
    if x > y { x } else { y }
}

/// Go's `Min`: -Inf wins over NaN, NaN over everything else, -0 over +0.
pub(crate) fn min(x: f64, y: f64) -> f64 {
    if x == f64::NEG_INFINITY || y == f64::NEG_INFINITY {
        return f64::NEG_INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return go_nan();
    }
    if x == 0.0 && y == 0.0 {
        return if x.is_sign_negative() { x } else { y };
    }
    if x < y { x } else { y }
}

/// Go's `Mod`: the exact remainder of x/y with x's sign; NaN for y = 0, infinite x, or a NaN.
pub(crate) fn fmod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return go_nan();
    }
    x % y
}

/// Go's `Remainder`: the IEEE 754 remainder x - n·y with n the integer nearest x/y (ties to even).
pub(crate) fn remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return go_nan();
    }
    if y.is_infinite() {
        return x;
    }
    let negative = x.is_sign_negative();
    let y = y.abs();
    let mut x = x.abs();
    if x == y {
        return if negative { -0.0 } else { 0.0 };
    }
    if y <= f64::MAX / 2.0 {
        x %= y + y; // exact: now 0 <= x < 2y
    }
    if y < 2.0 * f64::MIN_POSITIVE {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let half = 0.5 * y;
        if x > half {
            x -= y;
            if x >= half {
                x -= y;
            }
        }
    }
    if negative { -x } else { x }
}

/// Go's `Modf`: integer and fractional parts, both with f's sign.
pub(crate) fn modf(f: f64) -> (f64, f64) {
    if f.abs() < 1.0 {
        return (if f.is_sign_negative() { -0.0 } else { 0.0 }, f);
    }
    if f.is_nan() {
        return (f, f);
    }
    let int = f.trunc();
    let frac = f.abs() - int.abs();
    (int, if f.is_sign_negative() { -frac } else { frac })
}

/// `x = m · 2^e` with `m` a 53-bit integer (`2^52 <= m < 2^53`), for finite non-zero x.
fn decompose(x: f64) -> (u64, i64) {
    let b = x.to_bits() & !SIGN;
    let biased = (b >> 52) as i64;
    if biased == 0 {
        // Subnormal: normalize the fraction.
        let shift = i64::from(b.leading_zeros()) - 11;
        return (b << shift, -1074 - shift);
    }
    (b & FRAC_MASK | 1 << 52, biased - 1075)
}

/// Go's `Frexp`: `f = frac · 2^exp` with `|frac|` in [½, 1); zeros, infinities and NaN are returned
/// with exponent 0.
pub(crate) fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let (m, e) = decompose(f);
    let sign = f.to_bits() & SIGN;
    (f64::from_bits(sign | (1022 << 52) | (m & FRAC_MASK)), e + 53)
}

/// Go's `Ldexp`: `frac · 2^exp`, rounded once (to nearest even) where the result is subnormal.
pub(crate) fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || !frac.is_finite() {
        return frac;
    }
    let sign = frac.to_bits() & SIGN;
    let (m, e) = decompose(frac);
    let biased = e.saturating_add(exp).saturating_add(1075);
    if biased >= 2047 {
        return f64::from_bits(sign | f64::INFINITY.to_bits());
    }
    if biased >= 1 {
        return f64::from_bits(sign | (biased as u64) << 52 | (m & FRAC_MASK));
    }
    // Subnormal: the value is m · 2^(biased - 1075) = (m >> shift) units of 2^-1074, rounded.
    let shift = 1 - biased;
    if shift > 53 {
        return f64::from_bits(sign);
    }
    let q = m >> shift;
    let rem = m & ((1 << shift) - 1);
    let half = 1 << (shift - 1);
    let q = if rem > half || (rem == half && q & 1 == 1) { q + 1 } else { q };
    f64::from_bits(sign | q)
}

/// Go's `Ilogb`: the binary exponent; `MinInt32` for 0, `MaxInt32` for infinities and NaN.
pub(crate) fn ilogb(x: f64) -> i64 {
    if x == 0.0 {
        return i64::from(i32::MIN);
    }
    if !x.is_finite() {
        return i64::from(i32::MAX);
    }
    decompose(x).1 + 52
}

/// Go's `Logb`: the binary exponent as a float; -Inf for 0, +Inf for infinities.
pub(crate) fn logb(x: f64) -> f64 {
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_infinite() {
        return f64::INFINITY;
    }
    if x.is_nan() {
        return x;
    }
    (decompose(x).1 + 52) as f64
}

/// Go's `Nextafter`.
pub(crate) fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return go_nan();
    }
    if x == y {
        return x;
    }
    if x == 0.0 {
        return f64::from_bits(1 | (y.to_bits() & SIGN));
    }
    let b = x.to_bits();
    f64::from_bits(if (y > x) == (x > 0.0) { b + 1 } else { b - 1 })
}

/// Go's `Nextafter32` over `float32` values held in `f64`s.
pub(crate) fn nextafter32(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return float32_from_bits(0x7FC0_0000);
    }
    let (xf, yf) = (x as f32, y as f32);
    if xf == yf {
        return x;
    }
    if xf == 0.0 {
        return f64::from(f32::from_bits(1 | (yf.to_bits() & (1 << 31))));
    }
    let b = xf.to_bits();
    f64::from(f32::from_bits(if (yf > xf) == (xf > 0.0) { b + 1 } else { b - 1 }))
}

/// Go's `Hypot` (on amd64): `max · √(1 + (min/max)²)` with |p|, |q|.
pub(crate) fn hypot(p: f64, q: f64) -> f64 {
    let (p, q) = (p.abs(), q.abs());
    if p.is_infinite() || q.is_infinite() {
        return f64::INFINITY;
    }
    if p.is_nan() || q.is_nan() {
        return go_nan();
    }
    let (p, q) = if p < q { (q, p) } else { (p, q) };
    if p == 0.0 {
        return 0.0;
    }
    let q = q / p;
    p * (1.0 + q * q).sqrt()
}

/// The correctly rounded `10^e` (as Go's constant literals give it), for the `Pow10` factors.
fn exact_pow10(e: i64) -> f64 {
    format!("1e{e}").parse::<f64>().unwrap_or(f64::NAN)
}

/// Go's `Pow10`: `10^(32a) · 10^b` for n = 32a + b, or `10^-(32a) / 10^b` for negative n, each factor
/// correctly rounded; 0 below -323 and +Inf above 308.
pub(crate) fn pow10(n: i64) -> f64 {
    if (0..=308).contains(&n) {
        return exact_pow10(32 * (n / 32)) * exact_pow10(n % 32);
    }
    if (-323..0).contains(&n) {
        let m = -n;
        return exact_pow10(-32 * (m / 32)) / exact_pow10(m % 32);
    }
    if n > 0 { f64::INFINITY } else { 0.0 }
}

/// Whether `x` is an odd integer (false beyond 2^53, where every float is even).
fn is_odd_int(x: f64) -> bool {
    if x.abs() >= (1u64 << 53) as f64 {
        return false;
    }
    let (int, frac) = modf(x);
    frac == 0.0 && (int as i64) & 1 == 1
}

/// Go's `Pow`: the IEEE special cases, then x^y as `Exp(yf·Log(x))` for the fraction of |y| (taken in
/// (-½, ½]) times x to the integer part by repeated squaring of x's `Frexp` mantissa, the powers of two
/// kept apart and applied with one `Ldexp`.
pub(crate) fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return go_nan();
    }
    if x == 0.0 {
        if y < 0.0 {
            if x.is_sign_negative() && is_odd_int(y) {
                return f64::NEG_INFINITY;
            }
            return f64::INFINITY;
        }
        if x.is_sign_negative() && is_odd_int(y) {
            return x;
        }
        return 0.0;
    }
    if y.is_infinite() {
        if x == -1.0 {
            return 1.0;
        }
        return if (x.abs() < 1.0) == (y > 0.0) { 0.0 } else { f64::INFINITY };
    }
    if x.is_infinite() {
        if x < 0.0 {
            return pow(1.0 / x, -y);
        }
        return if y < 0.0 { 0.0 } else { f64::INFINITY };
    }
    if y == 0.5 {
        return x.sqrt();
    }
    if y == -0.5 {
        return 1.0 / x.sqrt();
    }
    let (mut yi, mut yf) = modf(y.abs());
    if yf != 0.0 && x < 0.0 {
        return go_nan();
    }
    if yi >= 9.223_372_036_854_775_808e18 {
        if x == -1.0 {
            return 1.0;
        }
        return if (x.abs() < 1.0) == (y > 0.0) { 0.0 } else { f64::INFINITY };
    }
    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp(yf * log(x));
    }
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

fn cbrt(x: f64) -> f64 {
    x.cbrt()
}
fn exp(x: f64) -> f64 {
    x.exp()
}
fn exp2(x: f64) -> f64 {
    x.exp2()
}
fn expm1(x: f64) -> f64 {
    x.exp_m1()
}
fn log(x: f64) -> f64 {
    x.ln()
}
/// Go's `Log2`: exact for powers of two, else `Log(frac)/Ln2 + exp` over `Frexp`.
fn log2(x: f64) -> f64 {
    let (frac, e) = frexp(x);
    if frac == 0.5 {
        return (e - 1) as f64;
    }
    log(frac) * std::f64::consts::LOG2_E + e as f64
}
/// Go's `Log10`: `Log(x) · (1/Ln10)` (that constant rounded once, as Go folds it).
fn log10(x: f64) -> f64 {
    log(x) * std::f64::consts::LOG10_E
}
fn log1p(x: f64) -> f64 {
    x.ln_1p()
}
fn sin(x: f64) -> f64 {
    x.sin()
}
fn cos(x: f64) -> f64 {
    x.cos()
}
fn tan(x: f64) -> f64 {
    x.tan()
}
/// The arctangent on [0, 0.66] (Cephes' rational approximation, as Go evaluates it).
fn atan_kernel(x: f64) -> f64 {
    const P: [f64; 5] = [
        -8.750608600031904122785e-01,
        -1.615753718733365076637e+01,
        -7.500855792314704667340e+01,
        -1.228866684490136173410e+02,
        -6.485021904942025371773e+01,
    ];
    const Q: [f64; 5] = [
        2.485846490142306297962e+01,
        1.650270098316988542046e+02,
        4.328810604912902668951e+02,
        4.853903996359136964868e+02,
        1.945506571482613964425e+02,
    ];
    let z = x * x;
    let num = (((P[0] * z + P[1]) * z + P[2]) * z + P[3]) * z + P[4];
    let den = ((((z + Q[0]) * z + Q[1]) * z + Q[2]) * z + Q[3]) * z + Q[4];
    x * (z * num / den) + x
}

/// The arctangent of a non-negative x, reduced to the kernel's range through tan(3π/8) and π/4.
fn atan_positive(x: f64) -> f64 {
    /// π/2 minus its float64 value.
    const MOREBITS: f64 = 6.123233995736765886130e-17;
    const TAN_3PI_8: f64 = 2.41421356237309504880;
    if x <= 0.66 {
        return atan_kernel(x);
    }
    if x > TAN_3PI_8 {
        return FRAC_PI_2 - atan_kernel(1.0 / x) + MOREBITS;
    }
    FRAC_PI_4 + atan_kernel((x - 1.0) / (x + 1.0)) + 0.5 * MOREBITS
}

/// Go's `Atan`.
fn atan(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    if x > 0.0 { atan_positive(x) } else { -atan_positive(-x) }
}

/// Go's `Asin`: through the arctangent of x/√(1-x²), or its complement above 0.7.
fn asin(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    let (negative, x) = if x < 0.0 { (true, -x) } else { (false, x) };
    if x > 1.0 {
        return go_nan();
    }
    let root = (1.0 - x * x).sqrt();
    let t = if x > 0.7 { FRAC_PI_2 - atan_positive(root / x) } else { atan_positive(x / root) };
    if negative { -t } else { t }
}

/// Go's `Acos`: π/2 - Asin(x).
fn acos(x: f64) -> f64 {
    FRAC_PI_2 - asin(x)
}

/// Go's `Atan2`: the special cases, then `Atan(y/x)` moved by π into the left half-plane.
fn atan2(y: f64, x: f64) -> f64 {
    if y.is_nan() || x.is_nan() {
        return go_nan();
    }
    if y == 0.0 {
        return if x >= 0.0 && !x.is_sign_negative() { 0.0f64.copysign(y) } else { PI.copysign(y) };
    }
    if x == 0.0 {
        return FRAC_PI_2.copysign(y);
    }
    if x.is_infinite() {
        let angle = match (x > 0.0, y.is_infinite()) {
            (true, true) => FRAC_PI_4,
            (true, false) => 0.0,
            (false, true) => 3.0 * FRAC_PI_4,
            (false, false) => PI,
        };
        return angle.copysign(y);
    }
    if y.is_infinite() {
        return FRAC_PI_2.copysign(y);
    }
    let q = atan(y / x);
    if x < 0.0 {
        return if q <= 0.0 { q + PI } else { q - PI };
    }
    q
}

/// Go's `Sinh`: `Exp(x)/2` above 21, `(e^x - e^-x)/2` above ½, else Cephes' rational approximation.
fn sinh(x: f64) -> f64 {
    const P: [f64; 4] = [
        -0.6307673640497716991184787251e+6,
        -0.8991272022039509355398013511e+5,
        -0.2894211355989563807284660366e+4,
        -0.2630563213397497062819489e+2,
    ];
    const Q: [f64; 3] = [
        -0.6307673640497716991212077277e+6,
        0.1521517378790019070696485176e+5,
        -0.173678953558233699533450911e+3,
    ];
    let (negative, x) = if x < 0.0 { (true, -x) } else { (false, x) };
    let t = if x > 21.0 {
        exp(x) * 0.5
    } else if x > 0.5 {
        let ex = exp(x);
        (ex - 1.0 / ex) * 0.5
    } else {
        let sq = x * x;
        (((P[3] * sq + P[2]) * sq + P[1]) * sq + P[0]) * x / (((sq + Q[2]) * sq + Q[1]) * sq + Q[0])
    };
    if negative { -t } else { t }
}

/// Go's `Cosh`: `Exp(|x|)/2` above 21, else `(e^x + e^-x)/2`.
fn cosh(x: f64) -> f64 {
    let x = x.abs();
    if x > 21.0 {
        return exp(x) * 0.5;
    }
    let ex = exp(x);
    (ex + 1.0 / ex) * 0.5
}

/// Go's `Tanh`: ±1 beyond log(2^127)/2, `1 - 2/(e^2|x| + 1)` from 0.625, else Cephes' rational
/// approximation.
fn tanh(x: f64) -> f64 {
    const MAXLOG: f64 = 8.8029691931113054295988e+01;
    const P: [f64; 3] = [-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3];
    const Q: [f64; 3] = [1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3];
    let z = x.abs();
    if z > 0.5 * MAXLOG {
        return if x < 0.0 { -1.0 } else { 1.0 };
    }
    if z >= 0.625 {
        let s = exp(2.0 * z);
        let t = 1.0 - 2.0 / (s + 1.0);
        return if x < 0.0 { -t } else { t };
    }
    if x == 0.0 {
        return x;
    }
    let s = x * x;
    x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2])
}

/// 2^28: above it, asinh and acosh are `Log(x) + Ln2`.
const TWO_28: f64 = 268_435_456.0;

/// Go's `Asinh` (the FreeBSD method).
fn asinh(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return x;
    }
    let (negative, x) = if x < 0.0 { (true, -x) } else { (false, x) };
    let t = if x > TWO_28 {
        log(x) + LN_2
    } else if x > 2.0 {
        log(2.0 * x + 1.0 / ((x * x + 1.0).sqrt() + x))
    } else if x < 1.0 / TWO_28 {
        x
    } else {
        log1p(x + x * x / (1.0 + (1.0 + x * x).sqrt()))
    };
    if negative { -t } else { t }
}

/// Go's `Acosh` (the FreeBSD method).
fn acosh(x: f64) -> f64 {
    if x < 1.0 || x.is_nan() {
        return go_nan();
    }
    if x == 1.0 {
        return 0.0;
    }
    if x >= TWO_28 {
        return log(x) + LN_2;
    }
    if x > 2.0 {
        return log(2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt()));
    }
    let t = x - 1.0;
    log1p(t + (2.0 * t + t * t).sqrt())
}

/// Go's `Atanh` (the FreeBSD method).
fn atanh(x: f64) -> f64 {
    if !(-1.0..=1.0).contains(&x) || x.is_nan() {
        return go_nan();
    }
    if x == 1.0 {
        return f64::INFINITY;
    }
    if x == -1.0 {
        return f64::NEG_INFINITY;
    }
    let (negative, x) = if x < 0.0 { (true, -x) } else { (false, x) };
    let t = if x < 1.0 / TWO_28 {
        x
    } else if x < 0.5 {
        let t = x + x;
        0.5 * log1p(t + t * x / (1.0 - x))
    } else {
        0.5 * log1p((x + x) / (1.0 - x))
    };
    if negative { -t } else { t }
}

fn gamma(x: f64) -> f64 {
    // SAFETY: `tgamma` is a pure function of its argument (it may set errno, which nothing reads).
    unsafe { libm::tgamma(x) }
}
fn lgamma(x: f64) -> (f64, i64) {
    let mut sign = 0;
    // SAFETY: `lgamma_r` is a pure function of its argument that writes only through the pointer, which
    // is a live local.
    let l = unsafe { libm::lgamma_r(x, &mut sign) };
    if x.is_infinite() || x == 0.0 {
        return (if x == 0.0 { f64::INFINITY } else { x }, 1); // Go: Lgamma(±Inf) = ±Inf, sign 1 at ±0
    }
    (l, if sign < 0 { -1 } else { 1 })
}
fn erf(x: f64) -> f64 {
    // SAFETY: `erf` is a pure function of its argument.
    unsafe { libm::erf(x) }
}
fn erfc(x: f64) -> f64 {
    // SAFETY: `erfc` is a pure function of its argument.
    unsafe { libm::erfc(x) }
}

/// The C math library functions Rust's stable `f64` lacks (the library std already links).
mod libm {
    unsafe extern "C" {
        pub fn tgamma(x: f64) -> f64;
        pub fn lgamma_r(x: f64, sign: *mut i32) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
    }
}

#[cfg(test)]
mod tests;
