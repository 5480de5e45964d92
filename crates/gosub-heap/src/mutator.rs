//! Mutators: per-thread allocation without a global lock on the fast path.
//!
//! A [`Mutator`] owns, for each size class, at most one page to allocate from, plus a copy of the free
//! bits of one word of that page's allocation bitmap. Allocating is: take the lowest free bit, set it in
//! the page's bitmap (a plain load and store: nobody else allocates in an owned page), zero the payload,
//! write the header. When the word runs out the mutator loads the next word of the bitmap; when the page
//! runs out it drops ownership (the page is full, so it goes on no list) and takes another page from the
//! heap under the page-list lock, which happens once per page, not per object.
//!
//! A collection may happen while a mutator owns pages (the mutator is merely stopped). The sweep keeps
//! owned pages (it neither frees nor lists them) and replaces their allocation bitmaps by the mark
//! bitmaps. The mutator's cached word stays correct: every bit it still holds was free before the
//! collection, and a free slot cannot become marked, so it is still free afterwards.

use std::ops::Deref;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use crate::class::{NATIVE_CLASS, NUM_CLASSES, class_of, class_size};
use crate::native::NativeObject;
use crate::object::{HEADER_BYTES, MAX_LEN, NATIVE_HEADER, bytes_header, bytes_payload, words_header};
use crate::page::{BITMAP_WORDS, OBJ_START, PageHeader};
use crate::{AllocError, Heap, ObjRef, ShapeId};

/// Allocation state for one size class.
#[derive(Clone, Copy)]
struct ClassCache {
    /// Address of the owned page, 0 if none.
    page: usize,
    /// Free bits of bitmap word `word` not yet handed out.
    cache: u64,
    /// Current bitmap word.
    word: u32,
    /// Bitmap words of the page.
    nwords: u32,
    /// Address of slot 0.
    base: usize,
    /// Object size.
    size: usize,
}

/// The allocation state of a mutator (also used, behind a lock, by `Heap`'s own allocation methods).
pub(crate) struct MutatorState {
    classes: [ClassCache; NUM_CLASSES],
}

impl MutatorState {
    pub(crate) fn new() -> MutatorState {
        let mut classes =
            [ClassCache { page: 0, cache: 0, word: 0, nwords: 0, base: 0, size: 0 }; NUM_CLASSES];
        for (class, c) in classes.iter_mut().enumerate() {
            c.size = class_size(class) as usize;
        }
        MutatorState { classes }
    }

    /// Address of a fresh slot of `class` (contents undefined), or `None` if memory is exhausted.
    #[inline(always)]
    fn alloc_slot(&mut self, heap: &Heap, class: usize) -> Option<usize> {
        let c = &mut self.classes[class];
        if c.cache == 0 && !c.refill(heap, class) {
            return None;
        }
        let bit = c.cache.trailing_zeros() as usize;
        c.cache &= c.cache - 1;
        let word = c.word as usize % BITMAP_WORDS;
        // SAFETY: the mutator owns `c.page`, an in-use page of a mapped chunk.
        let page = unsafe { PageHeader::of(c.page) };
        let alloc = &page.alloc[word];
        // Load and store rather than fetch_or: only the owner writes an owned page's bitmap outside a
        // collection, and the collection is ordered with us by the stop-the-world handshake.
        alloc.store(alloc.load(Relaxed) | (1 << bit), Relaxed);
        Some(c.base + (word * 64 + bit) * c.size)
    }

    /// Allocates a zeroed words object.
    #[inline(always)]
    pub(crate) fn alloc_words(
        &mut self,
        heap: &Heap,
        shape: ShapeId,
        words: usize,
    ) -> Result<ObjRef, AllocError> {
        if words > MAX_LEN {
            return Err(AllocError::TooLarge);
        }
        let header = words_header(shape, words);
        let Some(class) = class_of(HEADER_BYTES + words * 8) else {
            return heap.alloc_large(words * 8, header);
        };
        let addr = self.alloc_slot(heap, class).ok_or(AllocError::OutOfMemory)?;
        let r = ObjRef::from_addr(addr);
        // SAFETY: the slot is ours and holds at least header + payload; nobody else can see it yet.
        unsafe { init(r, header, words) };
        Ok(r)
    }

    /// Allocates a zeroed bytes object.
    #[inline(always)]
    pub(crate) fn alloc_bytes(&mut self, heap: &Heap, len: usize) -> Result<ObjRef, AllocError> {
        if len > MAX_LEN {
            return Err(AllocError::TooLarge);
        }
        let header = bytes_header(len);
        let payload = bytes_payload(len);
        let Some(class) = class_of(HEADER_BYTES + payload) else {
            return heap.alloc_large(payload, header);
        };
        let addr = self.alloc_slot(heap, class).ok_or(AllocError::OutOfMemory)?;
        let r = ObjRef::from_addr(addr);
        // SAFETY: as in alloc_words.
        unsafe { init(r, header, payload / 8) };
        Ok(r)
    }

    /// Allocates a native object owning `obj`.
    pub(crate) fn alloc_native(
        &mut self,
        heap: &Heap,
        obj: Box<dyn NativeObject>,
    ) -> Result<ObjRef, AllocError> {
        let addr = self.alloc_slot(heap, NATIVE_CLASS).ok_or(AllocError::OutOfMemory)?;
        let r = ObjRef::from_addr(addr);
        // SAFETY: the 24-byte slot is ours: the box pointer goes after the header, then the header.
        unsafe {
            r.ptr::<*mut dyn NativeObject>(HEADER_BYTES).write(Box::into_raw(obj));
            (*r.ptr::<AtomicU64>(0)).store(NATIVE_HEADER, Relaxed);
        }
        Ok(r)
    }

    /// Gives up every owned page: pages with free slots become available to other mutators.
    pub(crate) fn release(&mut self, heap: &Heap) {
        let mut partial = Vec::new();
        for (class, c) in self.classes.iter_mut().enumerate() {
            if c.page != 0 {
                // SAFETY: an owned page is an in-use page of a mapped chunk.
                let page = unsafe { PageHeader::of(c.page) };
                page.owned.store(0, Relaxed);
                if page.free_slots() > 0 {
                    partial.push((class, c.page));
                }
                c.page = 0;
                c.cache = 0;
            }
        }
        heap.return_partial_pages(&partial);
    }
}

impl ClassCache {
    /// Finds more free slots: in the rest of the owned page, else in a page from the heap. False if the
    /// system has no memory left.
    #[cold]
    #[inline(never)]
    fn refill(&mut self, heap: &Heap, class: usize) -> bool {
        loop {
            if self.page != 0 {
                // SAFETY: an owned page is an in-use page of a mapped chunk.
                let page = unsafe { PageHeader::of(self.page) };
                while self.word + 1 < self.nwords {
                    self.word += 1;
                    let free = !page.alloc[self.word as usize].load(Relaxed);
                    if free != 0 {
                        self.cache = free;
                        return true;
                    }
                }
                // Full: drop ownership; the next sweep lists the page again if objects in it die.
                page.owned.store(0, Relaxed);
                self.page = 0;
            }
            let Some(addr) = heap.acquire_page(class) else { return false };
            // SAFETY: acquire_page returns an in-use page of a mapped chunk, now owned by us.
            let page = unsafe { PageHeader::of(addr) };
            self.page = addr;
            self.base = addr + OBJ_START;
            self.nwords = page.nwords() as u32;
            self.word = 0;
            let free = !page.alloc[0].load(Relaxed);
            if free != 0 {
                self.cache = free;
                return true;
            }
        }
    }
}

/// Zeroes `words` payload words of a fresh object and writes its header.
///
/// # Safety
/// `r` is a fresh slot (not visible to any other thread) with room for the header and `words` words.
#[inline(always)]
unsafe fn init(r: ObjRef, header: u64, words: usize) {
    let payload = r.ptr::<u64>(HEADER_BYTES);
    // SAFETY: per the caller. Plain writes: the object is published later, through a Release store of its
    // reference, which orders these writes before any other thread's accesses.
    unsafe {
        if words <= 8 {
            for i in 0..words {
                payload.add(i).write(0);
            }
        } else {
            std::ptr::write_bytes(payload, 0, words);
        }
        (*r.ptr::<AtomicU64>(0)).store(header, Relaxed);
    }
}

/// A per-thread allocator: allocates from pages it owns, without a lock on the fast path.
///
/// Create one per worker thread with [`Heap::mutator`]; it dereferences to its [`Heap`] for the accessors.
/// A mutator may move between threads but is used by one at a time (`&mut self`). It must not allocate,
/// and must not be dropped, while a collection runs (it is stopped like every other mutator).
pub struct Mutator {
    heap: Arc<Heap>,
    state: MutatorState,
}

impl Mutator {
    pub(crate) fn new(heap: Arc<Heap>) -> Mutator {
        Mutator { heap, state: MutatorState::new() }
    }

    /// The heap this mutator allocates in.
    pub fn heap(&self) -> &Arc<Heap> {
        &self.heap
    }

    /// Allocates a zeroed words object of `words` words described by `shape` (whose pattern repeats over
    /// the payload; `words` should be a multiple of its length, and a trailing partial repetition uses the
    /// pattern's prefix). Aborts the process if memory is exhausted (see [`Mutator::try_alloc_words`]).
    #[inline]
    pub fn alloc_words(&mut self, shape: ShapeId, words: usize) -> ObjRef {
        self.try_alloc_words(shape, words).unwrap_or_else(|e| e.abort(words.saturating_mul(8)))
    }

    /// Allocates a zeroed words object, or reports why it cannot.
    #[inline]
    pub fn try_alloc_words(&mut self, shape: ShapeId, words: usize) -> Result<ObjRef, AllocError> {
        self.state.alloc_words(&self.heap, shape, words)
    }

    /// Allocates a zeroed bytes object of `len` bytes. Aborts the process if memory is exhausted.
    #[inline]
    pub fn alloc_bytes(&mut self, len: usize) -> ObjRef {
        self.try_alloc_bytes(len).unwrap_or_else(|e| e.abort(len))
    }

    /// Allocates a zeroed bytes object, or reports why it cannot.
    #[inline]
    pub fn try_alloc_bytes(&mut self, len: usize) -> Result<ObjRef, AllocError> {
        self.state.alloc_bytes(&self.heap, len)
    }

    /// Allocates a bytes object holding a copy of `data`. Aborts the process if memory is exhausted.
    pub fn alloc_bytes_from(&mut self, data: &[u8]) -> ObjRef {
        let r = self.alloc_bytes(data.len());
        copy_bytes(r, data);
        r
    }

    /// Moves `obj` into the heap as a native object. Aborts the process if memory is exhausted.
    pub fn alloc_native<T: NativeObject>(&mut self, obj: T) -> ObjRef {
        self.alloc_native_box(Box::new(obj))
    }

    /// Moves a boxed native object into the heap. Aborts the process if memory is exhausted.
    pub fn alloc_native_box(&mut self, obj: Box<dyn NativeObject>) -> ObjRef {
        self.state.alloc_native(&self.heap, obj).unwrap_or_else(|e| e.abort(24))
    }

    /// Counts `bytes` of memory allocated outside the heap on behalf of heap objects (a native map growing)
    /// towards the next collection.
    pub fn note_external_alloc(&mut self, bytes: usize) {
        self.heap.note_alloc(bytes);
    }
}

/// Copies `data` into the fresh bytes object `r` of the same length.
pub(crate) fn copy_bytes(r: ObjRef, data: &[u8]) {
    debug_assert_eq!(r.len(), data.len());
    // SAFETY: `r` was just allocated with `data.len()` bytes and is not yet visible to any other thread.
    unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), r.ptr::<u8>(HEADER_BYTES), data.len()) };
}

impl Deref for Mutator {
    type Target = Heap;

    fn deref(&self) -> &Heap {
        &self.heap
    }
}

impl Drop for Mutator {
    fn drop(&mut self) {
        self.state.release(&self.heap);
    }
}

impl std::fmt::Debug for Mutator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mutator").finish_non_exhaustive()
    }
}
