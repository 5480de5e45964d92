//! The binary float formats of `FormatFloat`: `'b'` (`-ddddp±ddd`, the raw mantissa and binary
//! exponent) and `'x'`/`'X'` (`-0x1.hhhhp±dd`, a normalised hexadecimal fraction).
//!
//! `'b'` shows the stored fields of the given size, so `float32(0.5)` is `8388608p-24` while `0.5` is
//! `4503599627370496p-53`. `'x'` depends only on the value: the mantissa is normalised to a leading `1`
//! (subnormals too), a negative precision trims trailing zero hex digits, and a precision `p` rounds the
//! fraction to `p` hex digits, half to even, carrying into the exponent when it rounds up to 2.
//! Callers have already dealt with NaN and infinities.

use crate::FloatSize;

/// Appends `value` in Go's `'b'` format, reading the fields of `size`.
pub(crate) fn append_b(dst: &mut Vec<u8>, value: f64, size: FloatSize) {
    let (negative, mantissa, exponent) = match size {
        FloatSize::F64 => {
            let bits = value.to_bits();
            let biased = ((bits >> 52) & 0x7FF) as i64;
            let fraction = bits & ((1 << 52) - 1);
            if biased == 0 {
                (bits >> 63 == 1, fraction, 1 - 1023 - 52)
            } else {
                (bits >> 63 == 1, fraction | (1 << 52), biased - 1023 - 52)
            }
        }
        FloatSize::F32 => {
            let bits = (value as f32).to_bits();
            let biased = i64::from((bits >> 23) & 0xFF);
            let fraction = u64::from(bits & ((1 << 23) - 1));
            if biased == 0 {
                (bits >> 31 == 1, fraction, 1 - 127 - 23)
            } else {
                (bits >> 31 == 1, fraction | (1 << 23), biased - 127 - 23)
            }
        }
    };
    if negative {
        dst.push(b'-');
    }
    crate::itoa::append_uint(dst, mantissa, crate::Radix::DECIMAL);
    dst.push(b'p');
    if exponent >= 0 {
        dst.push(b'+');
    }
    crate::itoa::append_int(dst, exponent, crate::Radix::DECIMAL);
}

/// The position of the leading 1 of a normalised mantissa: 1 + 15 hex digits fill 61 bits.
const LEAD_BIT: u32 = 60;

/// Appends `value` in Go's `'x'` (`fmt == b'x'`) or `'X'` format with `prec` hex digits after the point
/// (negative: as many as needed).
pub(crate) fn append_x(dst: &mut Vec<u8>, value: f64, fmt: u8, prec: i64) {
    let bits = value.to_bits();
    let negative = bits >> 63 == 1;
    let biased = ((bits >> 52) & 0x7FF) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exponent) =
        if biased == 0 { (fraction, -1074i64) } else { (fraction | (1 << 52), biased - 1075) };
    if mantissa == 0 {
        exponent = 0;
    } else {
        // Normalise so that the leading 1 sits at LEAD_BIT; `exponent` then belongs to `1.fff…`.
        let shift = mantissa.leading_zeros() as i64 - (63 - i64::from(LEAD_BIT));
        mantissa <<= shift;
        exponent += i64::from(LEAD_BIT) - shift;
    }
    if (0..15).contains(&prec) {
        let dropped = LEAD_BIT - 4 * prec as u32;
        let half = 1u64 << (dropped - 1);
        let rest = mantissa & ((1u64 << dropped) - 1);
        mantissa >>= dropped;
        if rest > half || (rest == half && mantissa & 1 == 1) {
            mantissa += 1;
        }
        mantissa <<= dropped;
        if mantissa >> (LEAD_BIT + 1) != 0 {
            // 1.fff… rounded up to 2: renormalise.
            mantissa >>= 1;
            exponent += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    if negative {
        dst.push(b'-');
    }
    dst.extend_from_slice(&[b'0', fmt, b'0' + (mantissa >> LEAD_BIT) as u8]);
    let mut frac = mantissa & ((1u64 << LEAD_BIT) - 1);
    let digit_count = if prec < 0 {
        // Shortest: only the hex digits up to the last non-zero one.
        if frac == 0 { 0 } else { 15 - (frac.trailing_zeros() / 4) as i64 }
    } else {
        prec
    };
    if digit_count > 0 {
        dst.push(b'.');
        for _ in 0..digit_count.min(15) {
            dst.push(hex[(frac >> (LEAD_BIT - 4)) as usize]);
            frac = (frac << 4) & ((1u64 << LEAD_BIT) - 1);
        }
        if digit_count > 15 {
            dst.resize(dst.len() + (digit_count - 15) as usize, b'0');
        }
    }
    dst.push(if fmt == b'X' { b'P' } else { b'p' });
    dst.push(if exponent < 0 { b'-' } else { b'+' });
    let magnitude = exponent.unsigned_abs();
    if magnitude < 10 {
        dst.push(b'0');
    }
    crate::itoa::append_uint(dst, magnitude, crate::Radix::DECIMAL);
}

#[cfg(test)]
mod tests {
    use crate::{FloatSize, format_float};

    #[test]
    fn binary_forms() {
        assert_eq!(format_float(3.0, b'x', -1, FloatSize::F64), "0x1.8p+01");
        assert_eq!(format_float(3.0, b'b', -1, FloatSize::F64), "6755399441055744p-51");
        assert_eq!(format_float(0.5, b'b', -1, FloatSize::F32), "8388608p-24");
        assert_eq!(format_float(0.0, b'x', -1, FloatSize::F64), "0x0p+00");
        assert_eq!(format_float(1.0, b'X', 2, FloatSize::F64), "0X1.00P+00");
    }
}
