//! The one place where slot bits become heap references.
//!
//! The VM keeps references as raw `u64` slot bits. The collector is precise: every slot whose kind is
//! [`SlotKind::Ref`] (and every interface data word whose type word has [`IFACE_REF`]) in a frame, a
//! package variable, a heap object or a native handle is reported as a root or traced, so such bits are
//! always 0 or a live object. [`obj`] relies on that invariant; every caller passes bits read from such a
//! slot (or just returned by an allocation).
//!
//! [`SlotKind::Ref`]: gosub_bytecode::SlotKind::Ref
//! [`IFACE_REF`]: gosub_bytecode::layout::IFACE_REF

use gosub_bytecode::SlotKind as BSlot;
use gosub_heap::{ObjRef, SlotKind as HSlot};

/// The object behind reference bits read from a reference slot, `None` for nil.
#[inline(always)]
pub(crate) fn obj(bits: u64) -> Option<ObjRef> {
    // SAFETY: the VM only passes bits read from reference slots (or fresh allocations); the collector
    // traces every such slot precisely (module doc), so non-zero bits name a live object.
    unsafe { ObjRef::from_bits(bits) }
}

/// The heap's slot kind for a bytecode slot kind.
pub(crate) fn heap_kind(kind: BSlot) -> HSlot {
    match kind {
        BSlot::Scalar => HSlot::Scalar,
        BSlot::Ref => HSlot::Ref,
        BSlot::IfaceType => HSlot::IfaceType,
        BSlot::IfaceData => HSlot::IfaceData,
    }
}

/// Converts a list of bytecode slot kinds.
pub(crate) fn heap_kinds(kinds: &[BSlot]) -> Vec<HSlot> {
    kinds.iter().map(|&k| heap_kind(k)).collect()
}
