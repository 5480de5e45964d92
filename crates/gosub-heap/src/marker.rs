//! The marker: finds every object reachable from the roots, with an explicit work stack.
//!
//! References are pushed on the work stack unexamined ("mark on pop"). [`Marker::drain`] moves them
//! through a small FIFO, prefetching each object's first cache line as it enters, so that by the time an
//! object leaves the FIFO its header and first words are (usually) in cache. Leaving the FIFO, the object's
//! mark is tested and set (in its page's bitmap, or in the mark word of a large object); the first time
//! only, if its header's scan bit says it may hold references, its reference slots are pushed. Marking is
//! memory-bound (one cache miss per object), and the FIFO overlaps those misses.
//!
//! The Rust stack never grows with the object graph: a ten-million-node list uses a few stack entries.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use crate::native::NativeObject;
use crate::object::{HEADER_BYTES, KIND_MASK, KIND_NATIVE, KIND_WORDS, LARGE_BIT, SCAN_BIT, words_len};
use crate::page::{CHUNK_SIZE, PageHeader};
use crate::shape::{Shape, ShapeId, SlotKind};
use crate::{ObjRef, large};

/// Objects in flight between prefetch and visit.
const FIFO: usize = 16;

/// Marks reachable objects during [`crate::Heap::collect`]. The roots callback and
/// [`NativeObject::trace`] report references to it.
pub struct Marker<'a> {
    /// References reported but not yet visited (possibly already marked).
    stack: Vec<ObjRef>,
    shapes: &'a [Shape],
    /// Sorted chunk addresses, for validating interface data words.
    chunks: &'a [usize],
    /// Large object addresses, for validating interface data words.
    large: &'a HashSet<usize>,
    /// Sum of `external_bytes` over the reachable native objects.
    pub(crate) external_bytes: usize,
}

impl<'a> Marker<'a> {
    pub(crate) fn new(shapes: &'a [Shape], chunks: &'a [usize], large: &'a HashSet<usize>) -> Marker<'a> {
        Marker { stack: Vec::with_capacity(1024), shapes, chunks, large, external_bytes: 0 }
    }

    /// Marks `r` and, before the collection sweeps, everything reachable from it.
    #[inline]
    pub fn mark(&mut self, r: ObjRef) {
        self.stack.push(r);
    }

    /// Marks the object whose bits are `bits`; 0 (nil) is ignored.
    ///
    /// # Safety
    /// `bits` is 0 or the bits of a valid [`ObjRef`] (see [`ObjRef::from_bits`]).
    #[inline]
    pub unsafe fn mark_bits(&mut self, bits: u64) {
        // SAFETY: per the caller.
        if let Some(r) = unsafe { ObjRef::from_bits(bits) } {
            self.stack.push(r);
        }
    }

    /// Marks the data word of an interface if its type word says it is a reference (bit 0) *and* the word
    /// really is the start of an allocated object. A torn interface (a racy Go write) can pair a pointer
    /// type with a scalar data word; such a word is ignored, so this is safe for any input.
    #[inline]
    pub fn mark_iface(&mut self, type_word: u64, data_word: u64) {
        if type_word & 1 != 0
            && let Some(r) = self.object_at(data_word)
        {
            self.stack.push(r);
        }
    }

    /// Marks every reference among `slots`, whose kinds are `kinds` repeated (a frame's registers with the
    /// function's slot map, an array of structs with the struct's pattern). An interface pair split by the
    /// end of `slots` is ignored.
    ///
    /// # Safety
    /// Every `Ref` slot is 0 or the bits of a valid [`ObjRef`].
    pub unsafe fn mark_slots(&mut self, slots: &[u64], kinds: &[SlotKind]) {
        // SAFETY: per the caller.
        unsafe { self.scan_kinds(slots.len(), kinds, |i| slots[i]) }
    }

    /// [`Marker::mark_slots`] over heap words or any other atomic slots.
    ///
    /// # Safety
    /// Every `Ref` slot is 0 or the bits of a valid [`ObjRef`].
    pub unsafe fn mark_atomic_slots(&mut self, slots: &[AtomicU64], kinds: &[SlotKind]) {
        // SAFETY: per the caller.
        unsafe { self.scan_kinds(slots.len(), kinds, |i| slots[i].load(Relaxed)) }
    }

    /// The object whose header is at `bits`, if `bits` is exactly the start of an allocated object of this
    /// heap; `None` for anything else (0, a scalar, an interior address, a freed slot).
    pub fn object_at(&self, bits: u64) -> Option<ObjRef> {
        object_at(self.chunks, self.large, bits)
    }

    /// Marks the references in `len` slots read by `load`, with `kinds` repeated over them.
    ///
    /// # Safety
    /// Every `Ref` slot is 0 or the bits of a valid [`ObjRef`].
    unsafe fn scan_kinds(&mut self, len: usize, kinds: &[SlotKind], load: impl Fn(usize) -> u64) {
        if kinds.is_empty() {
            return;
        }
        for i in 0..len {
            match kinds[i % kinds.len()] {
                SlotKind::Scalar | SlotKind::IfaceData => {}
                // SAFETY: per the caller, a Ref slot is nil or valid.
                SlotKind::Ref => unsafe { self.mark_bits(load(i)) },
                SlotKind::IfaceType => {
                    if i + 1 < len {
                        self.mark_iface(load(i), load(i + 1));
                    }
                }
            }
        }
    }

    /// Marks everything reachable from the references reported so far.
    pub(crate) fn drain(&mut self) {
        let mut fifo = [None::<ObjRef>; FIFO];
        let (mut head, mut len) = (0, 0);
        loop {
            while len < FIFO {
                let Some(r) = self.stack.pop() else { break };
                prefetch(r);
                fifo[(head + len) % FIFO] = Some(r);
                len += 1;
            }
            if len == 0 {
                return;
            }
            let r = fifo[head].take().expect("a queued reference");
            head = (head + 1) % FIFO;
            len -= 1;
            self.visit(r);
        }
    }

    /// Marks `r`; the first time, pushes what it refers to.
    #[inline]
    fn visit(&mut self, r: ObjRef) {
        let h = r.header();
        let first = if h & LARGE_BIT != 0 {
            large::mark(r)
        } else {
            // SAFETY: a small object lies in a page of a mapped chunk.
            unsafe { PageHeader::of(r.addr()) }.mark(r.addr())
        };
        if !first || h & SCAN_BIT == 0 {
            return;
        }
        match h & KIND_MASK {
            KIND_WORDS => self.scan_words(r, h),
            KIND_NATIVE => {
                // SAFETY: a native object's payload holds the pointer of its live Box, written at
                // allocation; the value lives until the sweep that finds it unmarked, after marking.
                let native: &dyn NativeObject = unsafe { &**r.ptr::<*mut dyn NativeObject>(HEADER_BYTES) };
                self.external_bytes += native.external_bytes();
                native.trace(self);
            }
            _ => {}
        }
    }

    /// Pushes the references in the payload of the words object `r` with header `h`.
    fn scan_words(&mut self, r: ObjRef, h: u64) {
        let len = words_len(h);
        // SAFETY: a words object's payload is `len` words right after the header.
        let words: &[AtomicU64] = unsafe { std::slice::from_raw_parts(r.ptr(HEADER_BYTES), len) };
        let shapes = self.shapes;
        let Some(shape) = shapes.get(ShapeId::from_header(h).index()) else { return };
        let n = shape.kinds.len();
        // Whole repetitions of the pattern, then the partial one (its prefix).
        let mut base = 0;
        while base < len {
            for &i in &*shape.refs {
                if let Some(w) = words.get(base + i as usize) {
                    // SAFETY: Ref slots of heap objects hold nil or valid references (heap invariant 2).
                    unsafe { self.mark_bits(w.load(Relaxed)) };
                }
            }
            for &i in &*shape.ifaces {
                let i = base + i as usize;
                if let (Some(t), Some(d)) = (words.get(i), words.get(i + 1)) {
                    self.mark_iface(t.load(Relaxed), d.load(Relaxed));
                }
            }
            base += n;
        }
    }
}

/// Asks the CPU to start loading the object's first cache line.
#[inline(always)]
fn prefetch(r: ObjRef) {
    #[cfg(all(target_arch = "x86_64", not(miri)))]
    // SAFETY: prefetching is a hint; it never faults, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch(r.ptr::<i8>(0), std::arch::x86_64::_MM_HINT_T0);
    }
    #[cfg(not(all(target_arch = "x86_64", not(miri))))]
    let _ = r;
}

/// See [`Marker::object_at`]; `chunks` is sorted.
pub(crate) fn object_at(chunks: &[usize], large: &HashSet<usize>, bits: u64) -> Option<ObjRef> {
    let addr = usize::try_from(bits).ok()?;
    if addr == 0 || addr % 8 != 0 {
        return None;
    }
    if chunks.binary_search(&(addr & !(CHUNK_SIZE - 1))).is_ok() {
        // SAFETY: the address lies in one of our chunks, all of whose pages are mapped.
        let page = unsafe { PageHeader::of(addr) };
        return page.holds_object(addr).then(|| ObjRef::from_addr(addr));
    }
    large.contains(&addr).then(|| ObjRef::from_addr(addr))
}
