//! The order in which `fmt` prints map entries: Go's `internal/fmtsort` rules.
//!
//! Keys of one map share a static type, so only interface keys can differ in type: nil interfaces come
//! first, then keys are grouped by dynamic type (Go orders types by descriptor address, here by
//! [`Reflect::type_order`]) and compared by value. Numbers compare numerically with NaN before
//! everything and equal to itself, strings bytewise, `false` before `true`, pointers and channels by
//! address (nil first), structs field by field and arrays element by element. The sort is stable, as in
//! Go, so equal keys (several NaNs) stay in the host's iteration order.

use std::cmp::Ordering;

use crate::value::{Kind, Reflect};

/// Sorts map entries in place by key.
pub(crate) fn sort_entries<H: Reflect>(host: &H, entries: &mut [(H::Value, H::Value)]) {
    entries.sort_by(|a, b| compare(host, &a.0, &b.0));
}

/// Go's `cmp.Compare` on floats: NaN is below every number and equal to NaN.
fn compare_floats(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        (false, false) => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

/// Nil before non-nil; `None` when neither is nil.
fn nil_compare<H: Reflect>(host: &H, a: &H::Value, b: &H::Value) -> Option<Ordering> {
    match (host.is_nil(a), host.is_nil(b)) {
        (true, true) => Some(Ordering::Equal),
        (true, false) => Some(Ordering::Less),
        (false, true) => Some(Ordering::Greater),
        (false, false) => None,
    }
}

fn compare<H: Reflect>(host: &H, a: &H::Value, b: &H::Value) -> Ordering {
    let kind = host.kind(a);
    let other = host.kind(b);
    if kind != other {
        // Keys of different types only meet below interface keys, which compare by type first. Go
        // answers "less" either way; a consistent answer keeps the order total, which Rust's sort
        // needs to be free of panics.
        return (kind as u8).cmp(&(other as u8));
    }
    match kind {
        k if k.is_signed() => host.int(a).cmp(&host.int(b)),
        k if k.is_unsigned() => host.uint(a).cmp(&host.uint(b)),
        Kind::String => host.bytes(a).cmp(&host.bytes(b)),
        Kind::Float32 | Kind::Float64 => compare_floats(host.float(a), host.float(b)),
        Kind::Complex64 | Kind::Complex128 => {
            let (ar, ai) = host.complex(a);
            let (br, bi) = host.complex(b);
            compare_floats(ar, br).then_with(|| compare_floats(ai, bi))
        }
        Kind::Bool => host.bool(a).cmp(&host.bool(b)),
        Kind::Pointer | Kind::UnsafePointer => host.pointer(a).cmp(&host.pointer(b)),
        Kind::Chan => nil_compare(host, a, b).unwrap_or_else(|| host.pointer(a).cmp(&host.pointer(b))),
        Kind::Struct => {
            let fields = host.num_fields(a).min(host.num_fields(b));
            (0..fields)
                .map(|i| compare(host, &host.field(a, i), &host.field(b, i)))
                .find(|&order| order != Ordering::Equal)
                .unwrap_or(Ordering::Equal)
        }
        Kind::Array => {
            let len = host.len(a).min(host.len(b));
            (0..len)
                .map(|i| compare(host, &host.index(a, i), &host.index(b, i)))
                .find(|&order| order != Ordering::Equal)
                .unwrap_or(Ordering::Equal)
        }
        Kind::Interface => nil_compare(host, a, b).unwrap_or_else(|| {
            let (a, b) = (host.elem(a), host.elem(b));
            host.type_order(&a).cmp(&host.type_order(&b)).then_with(|| compare(host, &a, &b))
        }),
        // Not comparable, so never a map key; Go would panic, and there is nothing to order by.
        _ => Ordering::Equal,
    }
}
