//! `sort`'s natives for the typed slices: `Ints`, `Float64s` and `Strings` sort in place in Rust.
//!
//! The order is Go's: ascending, and for floats NaNs first (`x < y || isNaN(x) && !isNaN(y)`). Equal
//! ints or strings cannot be told apart, so sorting them is deterministic whatever the algorithm; the one
//! visible difference from Go's pattern-defeating quicksort is the relative order of `0` and `-0` among
//! floats (equal, but printed differently), which here keeps the input order (a stable sort).
//!
//! `sliceLen` and `sliceSwap` (behind `sort.Slice`) need the dynamic type of an `any` (is it a slice,
//! how many slots per element), which the VM's native API does not expose yet; they are not registered.

use std::cmp::Ordering;
use std::sync::atomic::Ordering::{Acquire, Release};

use gosub_vm::{Fault, Native, Registry};

use super::{unpack_len, unpack_off};

pub(super) fn register(r: &mut Registry) {
    r.add("sort.Ints", native_ints);
    r.add("sort.Float64s", native_float64s);
    r.add("sort.Strings", native_strings);
}

/// Go's order of `sort.Float64s`: NaNs first, then ascending; equal values compare equal.
pub(crate) fn float_order(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

fn native_ints(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let s = n.slice(0);
    let mut vals = n.slice_elems(0, 1);
    vals.sort_unstable_by_key(|&v| v as i64);
    n.store_scalars(s, 0, &vals);
    Ok(())
}

fn native_float64s(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let s = n.slice(0);
    let mut vals = n.slice_elems(0, 1);
    vals.sort_by(|&a, &b| float_order(f64::from_bits(a), f64::from_bits(b)));
    n.store_scalars(s, 0, &vals);
    Ok(())
}

/// Sorts a `[]string` in place: the string values (two slots each) are reordered in the backing object;
/// no string bytes move and nothing is allocated.
fn native_strings(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let s = n.slice(0);
    let (off, len) = (unpack_off(s[1]), unpack_len(s[1]));
    if len < 2 {
        return Ok(());
    }
    let Some(backing) = n.vm.object(s[0]) else { return Ok(()) };
    let heap = n.vm.heap();
    let Some(words) = heap.words(backing).get(off * 2..(off + len) * 2) else {
        return Err(Fault::Internal("sort.Strings: slice outside its backing object".into()));
    };
    let mut items: Vec<[u64; 2]> =
        words.chunks_exact(2).map(|w| [w[0].load(Acquire), w[1].load(Acquire)]).collect();
    let bytes = |v: &[u64; 2]| -> &[u8] {
        let Some(obj) = n.vm.object(v[0]) else { return &[] };
        // SAFETY: string bytes are written once, before the string value is published, and never again.
        let all = unsafe { heap.bytes_unsync(obj) };
        let (o, l) = (unpack_off(v[1]), unpack_len(v[1]));
        all.get(o..o + l).unwrap_or(&[])
    };
    items.sort_by(|a, b| bytes(a).cmp(bytes(b)));
    for (w, v) in words.chunks_exact(2).zip(&items) {
        w[0].store(v[0], Release);
        w[1].store(v[1], Release);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_sort_nans_first() {
        let mut v = [3.0, f64::NAN, -1.0, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 0.5];
        v.sort_by(|a, b| float_order(*a, *b));
        assert!(v[0].is_nan() && v[1].is_nan());
        assert_eq!(v[2..], [f64::NEG_INFINITY, -1.0, 0.5, 3.0, f64::INFINITY]);
    }
}
