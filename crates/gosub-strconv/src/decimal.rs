//! Decimal digits of a binary float: the shortest round-trip digits, or the exact value rounded to a
//! fixed number of digits.
//!
//! Both produce a [`Digits`]: ASCII digits `d` without leading or trailing zeros and a decimal-point
//! position `point`, meaning the value `0.d₁d₂…dₙ × 10^point` (zero has no digits). [`crate::ftoa`] lays
//! them out as `%e`, `%f` or `%g`.
//!
//! *Shortest* digits come from the `ryu` crate, which (like Go) picks the even candidate when two
//! shortest strings are equally close; Rust's own `{:e}` does not, and disagrees with Go on about 0.2% of
//! values (design notes §6.1).
//!
//! *Fixed* precision needs the exact value, because Go rounds half to even on the exact binary value
//! (`%.2f` of 0.125 is `0.12`, of 0.375 is `0.38`). Rust's precision formatting (`{:.N}`, `{:.Ne}`) is
//! exactly that: correctly rounded on the exact value, ties to even (since Rust 1.67), at any precision,
//! and fast (Grisu with a Dragon fallback). A slow but obviously exact reference, a bignum expansion of
//! `m × 2^e`, lives in the tests and is compared with it on random values.
//!
//! Both libraries only offer text, so their output is re-read into digits here.

/// Decimal digits `0.d₁d₂…dₙ × 10^point` of a non-negative finite value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Digits {
    /// ASCII digits, no leading or trailing zeros; empty for zero.
    pub d: Vec<u8>,
    pub point: i64,
}

impl Digits {
    /// The shortest digits that read back as `value` at 64-bit precision.
    pub fn shortest_f64(value: f64) -> Digits {
        let mut buffer = ryu::Buffer::new();
        Digits::from_text(buffer.format_finite(value.abs()))
    }

    /// The shortest digits that read back as `value` at 32-bit precision.
    pub fn shortest_f32(value: f32) -> Digits {
        let mut buffer = ryu::Buffer::new();
        Digits::from_text(buffer.format_finite(value.abs()))
    }

    /// `|value|` (finite) rounded half-to-even to `significant` significant digits.
    pub fn rounded_significant(value: f64, significant: i64) -> Digits {
        // A float's exact expansion has at most 767 significant digits; asking for more only adds
        // zeros, which the layout pads anyway.
        let significant = significant.clamp(1, 800) as usize;
        Digits::from_text(&format!("{:.*e}", significant - 1, value.abs()))
    }

    /// `|value|` (finite) rounded half-to-even to `places` digits after the decimal point.
    pub fn rounded_places(value: f64, places: i64) -> Digits {
        // Every float is a multiple of 2^-1074, which has 1074 places; more only adds zeros.
        let places = places.clamp(0, 1100) as usize;
        Digits::from_text(&format!("{:.*}", places, value.abs()))
    }

    /// Re-reads formatted text (`"0.0"`, `"123.45"`, `"1e-7"`, `"1.50e300"`, ...) as digits and a point.
    ///
    /// This is deliberately layout-agnostic: it accepts any mix of a decimal point and an exponent, so a
    /// change in which layout a library chooses cannot change the digits.
    fn from_text(text: &str) -> Digits {
        let (mantissa, exponent) = match text.find(['e', 'E']) {
            Some(at) => (&text[..at], text[at + 1..].parse::<i64>().unwrap_or(0)),
            None => (text, 0),
        };
        let mut digits = Vec::with_capacity(20);
        let mut point = None;
        for &byte in mantissa.as_bytes() {
            match byte {
                b'0'..=b'9' => digits.push(byte),
                b'.' => point = Some(digits.len()),
                _ => {}
            }
        }
        let point = point.unwrap_or(digits.len()) as i64 + exponent;
        Digits::normalized(digits, point)
    }

    /// Strips leading zeros (moving the point) and trailing zeros; zero becomes no digits at point 0.
    fn normalized(mut digits: Vec<u8>, mut point: i64) -> Digits {
        let leading = digits.iter().take_while(|&&digit| digit == b'0').count();
        if leading == digits.len() {
            return Digits::default();
        }
        digits.drain(..leading);
        point -= leading as i64;
        let kept = digits.iter().rposition(|&digit| digit != b'0').map_or(0, |last| last + 1);
        digits.truncate(kept);
        Digits { d: digits, point }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn show(digits: &Digits) -> String {
        format!("{}@{}", String::from_utf8_lossy(&digits.d), digits.point)
    }

    #[test]
    fn shortest() {
        assert_eq!(show(&Digits::shortest_f64(0.0)), "@0");
        assert_eq!(show(&Digits::shortest_f64(100.0)), "1@3");
        assert_eq!(show(&Digits::shortest_f64(0.001)), "1@-2");
        assert_eq!(show(&Digits::shortest_f64(5e-324)), "5@-323");
        assert_eq!(show(&Digits::shortest_f64(1.5e300)), "15@301");
        assert_eq!(show(&Digits::shortest_f32(0.1)), "1@0");
    }

    #[test]
    fn rounding_is_half_even_on_the_exact_value() {
        assert_eq!(show(&Digits::rounded_places(0.125, 2)), "12@0");
        assert_eq!(show(&Digits::rounded_places(0.375, 2)), "38@0");
        assert_eq!(show(&Digits::rounded_places(9.99, 1)), "1@2");
        assert_eq!(show(&Digits::rounded_places(0.5, 0)), "@0");
        assert_eq!(show(&Digits::rounded_places(0.001, 1)), "@0");
        assert_eq!(show(&Digits::rounded_significant(0.125, 2)), "12@0");
        assert_eq!(show(&Digits::rounded_significant(1024.0, 9)), "1024@4");
        assert_eq!(Digits::rounded_significant(5e-324, 2000).d.len(), 751);
        assert_eq!(reference::exact(5e-324).d.len(), 751);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// The library rounding agrees with the bignum reference, for both kinds of precision.
        #[test]
        fn rounding_matches_reference(bits in any::<u64>(), precision in 0i64..30, wide in any::<bool>()) {
            let value = f64::from_bits(bits);
            prop_assume!(value.is_finite());
            let precision = if wide { precision * 40 } else { precision };
            let mut want = reference::exact(value);
            want.round(precision + 1);
            prop_assert_eq!(show(&Digits::rounded_significant(value, precision + 1)), show(&want));
            let mut want = reference::exact(value);
            want.round(want.point + precision);
            prop_assert_eq!(show(&Digits::rounded_places(value, precision)), show(&want));
        }
    }

    /// A slow, obviously exact expansion: every finite float is `m × 2^e` with an integer `m`, so its
    /// decimal expansion is an integer times a power of ten (`m × 2^e` itself for `e ≥ 0`, and
    /// `m × 5^-e × 10^e` for `e < 0`), computed with a small base-10⁹ bignum and rounded by hand.
    mod reference {
        use super::Digits;

        impl Digits {
            /// The exact decimal expansion of `|value|`, which must be finite.
            pub(super) fn exact_reference(value: f64) -> Digits {
                let bits = value.to_bits();
                let biased = ((bits >> 52) & 0x7FF) as i64;
                let fraction = bits & ((1 << 52) - 1);
                let (mantissa, exponent) =
                    if biased == 0 { (fraction, -1074) } else { (fraction | (1 << 52), biased - 1075) };
                if mantissa == 0 {
                    return Digits::default();
                }
                let mut number = BigDecimal::from_u64(mantissa);
                if exponent >= 0 {
                    number.mul_pow(2, exponent as u32, 29);
                    let digits = number.to_ascii();
                    let point = digits.len() as i64;
                    Digits::normalized(digits, point)
                } else {
                    let shift = -exponent;
                    number.mul_pow(5, shift as u32, 13);
                    let digits = number.to_ascii();
                    let point = digits.len() as i64 - shift;
                    Digits::normalized(digits, point)
                }
            }

            /// Rounds to the first `keep` digits, half to even; the digits are exact, so a 5 that is the last
            /// digit is exactly half way. A negative `keep` rounds to zero, which is right because the value is
            /// then below half a unit of the place being kept (the callers ask for places right of the point).
            pub fn round(&mut self, keep: i64) {
                if keep < 0 {
                    *self = Digits::default();
                    return;
                }
                let keep = keep as usize;
                if keep >= self.d.len() {
                    return;
                }
                let next = self.d[keep];
                let round_up = match next {
                    b'6'..=b'9' => true,
                    b'5' if keep + 1 < self.d.len() => true,
                    // Exactly half: round to even. With nothing kept, the kept part is 0, which is even.
                    b'5' => keep > 0 && (self.d[keep - 1] - b'0') % 2 == 1,
                    _ => false,
                };
                self.d.truncate(keep);
                if round_up {
                    match self.d.iter().rposition(|&digit| digit != b'9') {
                        Some(at) => {
                            self.d[at] += 1;
                            self.d.truncate(at + 1);
                        }
                        None => {
                            // All nines (or nothing kept): the result is 1 followed by zeros, one place up.
                            self.d.clear();
                            self.d.push(b'1');
                            self.point += 1;
                        }
                    }
                }
                let kept = self.d.iter().rposition(|&digit| digit != b'0').map_or(0, |last| last + 1);
                self.d.truncate(kept);
                if self.d.is_empty() {
                    self.point = 0;
                }
            }
        }

        pub(super) fn exact(value: f64) -> Digits {
            Digits::exact_reference(value)
        }

        /// A non-negative integer in base 10⁹, least significant limb first: just enough arithmetic
        /// to expand a float exactly (multiply by a small factor, print).
        struct BigDecimal {
            limbs: Vec<u32>,
        }

        const LIMB: u64 = 1_000_000_000;

        impl BigDecimal {
            fn from_u64(mut value: u64) -> BigDecimal {
                let mut limbs = Vec::with_capacity(8);
                while value > 0 {
                    limbs.push((value % LIMB) as u32);
                    value /= LIMB;
                }
                BigDecimal { limbs }
            }

            /// Multiplies by `base^power`, `step` factors of `base` at a time; `base^step` must keep
            /// `limb × base^step + carry` inside a u64 (2^29 and 5^13 are both below 2^31).
            fn mul_pow(&mut self, base: u64, mut power: u32, step: u32) {
                while power > 0 {
                    let now = power.min(step);
                    self.mul_small(base.pow(now));
                    power -= now;
                }
            }

            fn mul_small(&mut self, factor: u64) {
                let mut carry = 0u64;
                for limb in &mut self.limbs {
                    let product = u64::from(*limb) * factor + carry;
                    *limb = (product % LIMB) as u32;
                    carry = product / LIMB;
                }
                while carry > 0 {
                    self.limbs.push((carry % LIMB) as u32);
                    carry /= LIMB;
                }
            }

            fn to_ascii(&self) -> Vec<u8> {
                let mut out = Vec::with_capacity(self.limbs.len() * 9);
                let mut limbs = self.limbs.iter().rev();
                if let Some(top) = limbs.next() {
                    out.extend_from_slice(top.to_string().as_bytes());
                }
                for limb in limbs {
                    out.extend_from_slice(format!("{limb:09}").as_bytes());
                }
                out
            }
        }
    }
}
