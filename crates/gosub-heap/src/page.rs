//! Pages: 64 KiB blocks that hold small objects of one size class, with side bitmaps.
//!
//! A page starts with a [`PageHeader`] (class, object size, slot count, and two bitmaps of one bit per
//! slot); the objects follow at [`OBJ_START`]. Because pages are aligned to their size, the header of the
//! page holding an object is `address & !(PAGE_SIZE - 1)`, and the slot index is the offset divided by the
//! object size (a multiply by a precomputed reciprocal). Pages are carved from chunks of [`CHUNK_PAGES`]
//! pages mapped from the system (`sys.rs`).
//!
//! Bitmaps:
//! - `alloc`: bit set = slot holds an object allocated since (or surviving) the last collection. The owning
//!   mutator sets bits as it allocates; a sweep replaces the map by the mark bits. Bits past the last slot
//!   are kept set, so a mutator scanning for free bits never finds them.
//! - `mark`: bit set = object reached in the current collection; all clear outside a collection.
//!
//! Every field is an atomic accessed with `Relaxed` ordering: the cross-thread ordering comes from the
//! page-list lock (a page changes owner only through it) and from the stop-the-world handshake around a
//! collection. The atomics only make the rare unsynchronised reader (`Heap::find_object`) well-defined.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering::Relaxed};

/// Size and alignment of a page.
pub(crate) const PAGE_SIZE: usize = 64 * 1024;
/// Pages per chunk.
pub(crate) const CHUNK_PAGES: usize = 64;
/// Size and alignment of a chunk (4 MiB).
pub(crate) const CHUNK_SIZE: usize = PAGE_SIZE * CHUNK_PAGES;
/// Words in each bitmap: enough for the 16-byte class, the densest.
pub(crate) const BITMAP_WORDS: usize = 64;

/// Page state: free (in the pool, or released to the system, which reads as zero).
pub(crate) const STATE_FREE: u32 = 0;
/// Page state: serving a size class.
pub(crate) const STATE_IN_USE: u32 = 1;

/// The header at the start of every page.
#[repr(C)]
pub(crate) struct PageHeader {
    /// [`STATE_FREE`] or [`STATE_IN_USE`].
    pub(crate) state: AtomicU32,
    /// Size class (see `class.rs`).
    pub(crate) class: AtomicU32,
    /// Object size in bytes.
    pub(crate) size: AtomicU32,
    /// Number of object slots.
    pub(crate) nslots: AtomicU32,
    /// `ceil(2^32 / size)`: `offset * magic >> 32 == offset / size` for every multiple of `size` in a page.
    pub(crate) magic: AtomicU32,
    /// 1 while a mutator allocates from this page: a sweep then neither frees it nor lists it.
    pub(crate) owned: AtomicU32,
    /// Slots marked by the last sweep (for statistics).
    pub(crate) live: AtomicU32,
    _reserved: AtomicU32,
    /// Allocation bitmap.
    pub(crate) alloc: [AtomicU64; BITMAP_WORDS],
    /// Mark bitmap.
    pub(crate) mark: [AtomicU64; BITMAP_WORDS],
}

/// Offset of the first object in a page (the header size, rounded to 16).
pub(crate) const OBJ_START: usize = (size_of::<PageHeader>() + 15) & !15;

const _: () = assert!(PAGE_SIZE.is_power_of_two() && CHUNK_SIZE.is_power_of_two());
const _: () = assert!((PAGE_SIZE - OBJ_START) / 16 <= BITMAP_WORDS * 64);
const _: () = assert!(align_of::<PageHeader>() <= 16);

impl PageHeader {
    /// The header of the page containing address `addr`.
    ///
    /// # Safety
    /// `addr` lies inside a page of a mapped chunk.
    #[inline(always)]
    pub(crate) unsafe fn of<'a>(addr: usize) -> &'a PageHeader {
        // SAFETY: the caller guarantees the page exists; the header is at its aligned start and lives as
        // long as the chunk, which outlives every reference handed out by the heap.
        unsafe { &*std::ptr::with_exposed_provenance::<PageHeader>(addr & !(PAGE_SIZE - 1)) }
    }

    /// Address of the page (of its header).
    #[inline(always)]
    pub(crate) fn addr(&self) -> usize {
        (self as *const PageHeader).expose_provenance()
    }

    /// Number of bitmap words in use.
    #[inline(always)]
    pub(crate) fn nwords(&self) -> usize {
        (self.nslots.load(Relaxed) as usize).div_ceil(64)
    }

    /// Bits past the last slot in bitmap word `w` (kept set in `alloc`).
    #[inline(always)]
    pub(crate) fn tail_mask(&self, w: usize) -> u64 {
        let nslots = self.nslots.load(Relaxed) as usize;
        if w + 1 == nslots.div_ceil(64) && !nslots.is_multiple_of(64) { !0u64 << (nslots % 64) } else { 0 }
    }

    /// Turns a free page into an empty page of `class` with objects of `size` bytes.
    pub(crate) fn init(&self, class: usize, size: u32) {
        let nslots = ((PAGE_SIZE - OBJ_START) / size as usize) as u32;
        self.class.store(class as u32, Relaxed);
        self.size.store(size, Relaxed);
        self.nslots.store(nslots, Relaxed);
        self.magic.store(((1u64 << 32).div_ceil(u64::from(size))) as u32, Relaxed);
        self.owned.store(0, Relaxed);
        self.live.store(0, Relaxed);
        for w in 0..BITMAP_WORDS {
            self.mark[w].store(0, Relaxed);
            self.alloc[w].store(0, Relaxed);
        }
        let nwords = self.nwords();
        for w in nwords..BITMAP_WORDS {
            self.alloc[w].store(!0, Relaxed);
        }
        self.alloc[nwords - 1].store(self.tail_mask(nwords - 1), Relaxed);
        self.state.store(STATE_IN_USE, Relaxed);
    }

    /// Slot index of the object at `addr`, which must be a slot start in this page.
    #[inline(always)]
    pub(crate) fn slot_of(&self, addr: usize) -> usize {
        let offset = (addr - self.addr() - OBJ_START) as u64;
        ((offset * u64::from(self.magic.load(Relaxed))) >> 32) as usize
    }

    /// Address of slot `slot`.
    #[inline(always)]
    pub(crate) fn slot_addr(&self, slot: usize) -> usize {
        self.addr() + OBJ_START + slot * self.size.load(Relaxed) as usize
    }

    /// Sets the mark bit of the object at `addr`; true if it was clear (first visit).
    #[inline(always)]
    pub(crate) fn mark(&self, addr: usize) -> bool {
        debug_assert!(self.holds_object(addr), "marking {addr:#x}, which is not an allocated object");
        let slot = self.slot_of(addr);
        let word = &self.mark[(slot / 64) % BITMAP_WORDS];
        let bit = 1u64 << (slot % 64);
        let old = word.load(Relaxed);
        if old & bit != 0 {
            return false;
        }
        word.store(old | bit, Relaxed);
        true
    }

    /// Free slots (clear allocation bits).
    pub(crate) fn free_slots(&self) -> usize {
        self.alloc.iter().map(|w| w.load(Relaxed).count_zeros() as usize).sum()
    }

    /// If `addr` is the start of an allocated object in this in-use page, true.
    pub(crate) fn holds_object(&self, addr: usize) -> bool {
        if self.state.load(Relaxed) != STATE_IN_USE {
            return false;
        }
        let Some(offset) = addr.checked_sub(self.addr() + OBJ_START) else { return false };
        let size = self.size.load(Relaxed) as usize;
        if size == 0 || offset % size != 0 {
            return false;
        }
        let slot = offset / size;
        if slot >= self.nslots.load(Relaxed) as usize {
            return false;
        }
        self.alloc[slot / 64].load(Relaxed) & (1 << (slot % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::class::{NUM_CLASSES, class_size};

    #[test]
    fn reciprocal_division_is_exact_for_every_class_and_slot() {
        for class in 0..NUM_CLASSES {
            let size = class_size(class) as u64;
            let magic = (1u64 << 32).div_ceil(size);
            let nslots = (PAGE_SIZE - OBJ_START) as u64 / size;
            assert!(nslots as usize <= BITMAP_WORDS * 64);
            for slot in 0..nslots {
                assert_eq!((slot * size * magic) >> 32, slot, "class {class} slot {slot}");
            }
        }
    }
}
