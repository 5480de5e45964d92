//! Large objects: anything above the largest size class gets an allocation of its own.
//!
//! Layout of one allocation (16-byte aligned, from the global allocator, zeroed):
//!
//! ```text
//! base + 0   mark word (AtomicU64: 0 or 1; nonzero only during a collection)
//! base + 8   header    <- the ObjRef points here
//! base + 16  payload
//! ```
//!
//! The set of large objects is kept by address, behind `Heap::large`'s lock: allocation inserts, the sweep
//! frees the unmarked ones, and `Heap::find_object` looks addresses up. Large objects are rare (each is at
//! least 8 KiB), so one lock costs nothing measurable next to zeroing the memory.

use std::alloc::Layout;
use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use crate::ObjRef;
use crate::object::{HEADER_BYTES, LARGE_BIT};

/// Bytes before the header.
const PREFIX: usize = 8;

/// The large objects of a heap.
#[derive(Default)]
pub(crate) struct LargeSet {
    /// Addresses (ObjRef bits) of every large object.
    pub(crate) objects: HashSet<usize>,
    /// Sum of their allocation sizes.
    pub(crate) bytes: usize,
}

/// Allocation layout of a large object with `payload` payload bytes.
pub(crate) fn layout(payload: usize) -> Option<Layout> {
    let size = payload.checked_add(PREFIX + HEADER_BYTES)?;
    Layout::from_size_align(size, 16).ok()
}

/// The mark word of a large object.
#[inline(always)]
pub(crate) fn mark_word<'a>(r: ObjRef) -> &'a AtomicU64 {
    // SAFETY: a valid large ObjRef points 8 bytes into its allocation; the word before it is the mark word,
    // 8-aligned, alive as long as the object.
    unsafe { &*std::ptr::with_exposed_provenance::<AtomicU64>(r.addr() - PREFIX) }
}

/// Sets the mark of a large object; true if it was clear.
#[inline]
pub(crate) fn mark(r: ObjRef) -> bool {
    let word = mark_word(r);
    if word.load(Relaxed) != 0 {
        return false;
    }
    word.store(1, Relaxed);
    true
}

impl LargeSet {
    /// Allocates a zeroed large object with `payload` bytes and writes `header`; `None` if memory is
    /// exhausted or the size overflows.
    pub(crate) fn alloc(&mut self, payload: usize, header: u64) -> Option<ObjRef> {
        let layout = layout(payload)?;
        // SAFETY: the layout has a non-zero size (it includes the prefix and header).
        let base = unsafe { std::alloc::alloc_zeroed(layout) };
        if base.is_null() {
            return None;
        }
        let addr = base.expose_provenance() + PREFIX;
        let r = ObjRef::from_addr(addr);
        // SAFETY: the header word lies inside the fresh allocation, 8-aligned; nobody else sees it yet.
        unsafe { (*r.ptr::<AtomicU64>(0)).store(header | LARGE_BIT, Relaxed) };
        self.objects.insert(addr);
        self.bytes += layout.size();
        Some(r)
    }

    /// Frees the unmarked objects and clears the marks of the others. Returns (objects, bytes) freed and
    /// (objects, bytes) kept.
    pub(crate) fn sweep(&mut self) -> ((usize, usize), (usize, usize)) {
        let (mut freed, mut freed_bytes, mut kept, mut kept_bytes) = (0, 0, 0, 0);
        self.objects.retain(|&addr| {
            // SAFETY: every address in the set is a live large object.
            let r = unsafe { ObjRef::from_bits(addr as u64) }.expect("large objects are non-null");
            let size = layout(payload_bytes(r)).expect("layout was valid at allocation").size();
            if mark_word(r).swap(0, Relaxed) != 0 {
                kept += 1;
                kept_bytes += size;
                true
            } else {
                freed += 1;
                freed_bytes += size;
                // SAFETY: the object is unreachable, so nothing uses it; base and layout are those of its
                // allocation.
                unsafe { free(r) };
                false
            }
        });
        self.bytes = kept_bytes;
        ((freed, freed_bytes), (kept, kept_bytes))
    }

    /// Frees every object (the heap is being dropped).
    pub(crate) fn free_all(&mut self) {
        for &addr in &self.objects {
            // SAFETY: the heap is being dropped; nothing can use its objects any more.
            unsafe { free(ObjRef::from_bits(addr as u64).expect("large objects are non-null")) };
        }
        self.objects.clear();
        self.bytes = 0;
    }
}

/// Payload bytes of a large object, from its header.
fn payload_bytes(r: ObjRef) -> usize {
    match r.kind() {
        crate::ObjKind::Words => r.len() * 8,
        crate::ObjKind::Bytes => crate::object::bytes_payload(r.len()),
        crate::ObjKind::Native => 16,
    }
}

/// Returns a large object's memory.
///
/// # Safety
/// `r` is a large object that nothing will use again.
unsafe fn free(r: ObjRef) {
    let layout = layout(payload_bytes(r)).expect("layout was valid at allocation");
    // SAFETY: per the caller; the base is PREFIX bytes before the header, as allocated.
    unsafe { std::alloc::dealloc(r.ptr::<u8>(0).wrapping_sub(PREFIX), layout) };
}
