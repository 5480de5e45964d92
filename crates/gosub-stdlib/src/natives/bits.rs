//! `math/bits`' natives: the 64-bit counting and reversing primitives (single instructions in Rust);
//! the rest of the package is Go built on them.

use gosub_vm::{Fault, Native, Registry};

pub(super) fn register(r: &mut Registry) {
    r.add("math/bits.LeadingZeros64", |n| unary(n, |x| u64::from(x.leading_zeros())));
    r.add("math/bits.TrailingZeros64", |n| unary(n, |x| u64::from(x.trailing_zeros())));
    r.add("math/bits.OnesCount64", |n| unary(n, |x| u64::from(x.count_ones())));
    r.add("math/bits.Reverse64", |n| unary(n, u64::reverse_bits));
    r.add("math/bits.ReverseBytes64", |n| unary(n, u64::swap_bytes));
}

/// A `func(x uint64) T` native whose result is one slot.
fn unary(n: &mut Native<'_, '_>, f: fn(u64) -> u64) -> Result<(), Fault> {
    let x = n.slot(0);
    n.set(0, f(x));
    Ok(())
}

#[cfg(test)]
mod tests {
    /// Values recorded from Go 1.27 (`testdata/gen_bits.go`).
    #[test]
    fn matches_go() {
        let text = include_str!("../../testdata/bits.txt");
        let mut checked = 0;
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<u64> = line.split('\t').map(|w| u64::from_str_radix(w, 16).expect("hex")).collect();
            let x = f[0];
            let got = [
                u64::from(x.leading_zeros()),
                u64::from(x.trailing_zeros()),
                u64::from(x.count_ones()),
                x.reverse_bits(),
                x.swap_bytes(),
            ];
            assert_eq!(got[..], f[1..], "x = {x:#x}");
            checked += 1;
        }
        assert!(checked > 50);
    }
}
