//! The heap: page lists, large objects, shapes, pacing, accessors, and the collection itself.

use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::{Duration, Instant};

use crate::class::{NATIVE_CLASS, NUM_CLASSES, class_size};
use crate::large::LargeSet;
use crate::marker::{Marker, object_at};
use crate::mutator::{Mutator, MutatorState, copy_bytes};
use crate::native::NativeObject;
use crate::object::{HEADER_BYTES, KIND_MASK, KIND_NATIVE, bytes_len, words_len};
use crate::page::{CHUNK_PAGES, PAGE_SIZE, PageHeader, STATE_FREE, STATE_IN_USE};
use crate::shape::{ShapeError, ShapeTable};
use crate::{ObjRef, ShapeId, SlotKind, sys};

/// Why an allocation failed.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum AllocError {
    /// The length exceeds [`crate::MAX_LEN`].
    TooLarge,
    /// The system refused memory.
    OutOfMemory,
}

impl AllocError {
    /// Ends the process as Rust does on allocation failure (an abort, never a panic).
    pub(crate) fn abort(self, bytes: usize) -> ! {
        let layout = std::alloc::Layout::from_size_align(bytes.min(isize::MAX as usize / 2), 8)
            .unwrap_or(std::alloc::Layout::new::<u64>());
        std::alloc::handle_alloc_error(layout)
    }
}

impl std::fmt::Display for AllocError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AllocError::TooLarge => write!(f, "object too large"),
            AllocError::OutOfMemory => write!(f, "out of memory"),
        }
    }
}

impl std::error::Error for AllocError {}

/// Collection pacing.
#[derive(Copy, Clone, Debug)]
pub struct HeapConfig {
    /// Go's GOGC: the next collection is requested when the heap has grown by this percentage of the live
    /// heap left by the previous one (100: at twice the live heap).
    pub gogc: u32,
    /// The heap size below which no collection is requested.
    pub min_heap: usize,
}

impl Default for HeapConfig {
    fn default() -> HeapConfig {
        HeapConfig { gogc: 100, min_heap: 4 << 20 }
    }
}

/// Figures about the heap, for tests, `runtime.ReadMemStats`-like reports and tuning.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Collections so far.
    pub collections: u64,
    /// Bytes of objects that survived the last collection (slot sizes for small objects, allocation
    /// sizes for large ones), plus the external bytes of reachable native objects.
    pub live_bytes: usize,
    /// Objects that survived the last collection.
    pub live_objects: usize,
    /// Objects freed by all collections.
    pub freed_objects: u64,
    /// Bytes freed by all collections.
    pub freed_bytes: u64,
    /// Bytes of memory taken for allocation since the last collection (a whole page's free slots count
    /// when a mutator takes the page).
    pub allocated_since_gc: usize,
    /// The heap size at which the next collection is requested.
    pub next_gc: usize,
    /// Bytes of pages serving objects plus bytes of large objects.
    pub heap_bytes: usize,
    /// Bytes of free pages kept resident for reuse.
    pub free_resident_bytes: usize,
    /// Bytes of free pages whose memory was given back to the system (or never touched).
    pub released_bytes: usize,
    /// Duration of the last collection.
    pub last_pause: Duration,
    /// Total duration of all collections.
    pub total_pause: Duration,
}

/// Pages and their lists; guarded by `Heap::pages`.
pub(crate) struct Pages {
    /// Chunk addresses, sorted.
    pub(crate) chunks: Vec<usize>,
    /// Free pages with resident memory (reused first).
    free_resident: Vec<usize>,
    /// Free pages released to the system or never touched.
    free_released: Vec<usize>,
    /// Per class, in-use pages with free slots that no mutator owns (rebuilt by each sweep).
    partial: [Vec<usize>; NUM_CLASSES],
    /// Pages in use.
    in_use: usize,
}

/// Counters kept across collections; guarded by `Heap::totals`.
#[derive(Default)]
struct Totals {
    collections: u64,
    live_bytes: usize,
    live_objects: usize,
    freed_objects: u64,
    freed_bytes: u64,
    next_gc: usize,
    last_pause: Duration,
    total_pause: Duration,
}

/// The heap shared by every goroutine. See the crate documentation for the object layout, the
/// invariants and the concurrency contract.
pub struct Heap {
    config: HeapConfig,
    /// Registered shapes: written by `register_shape`, read by collections.
    shapes: RwLock<ShapeTable>,
    /// Page lists: taken by mutators when they need a page (once per page) and by collections.
    pages: Mutex<Pages>,
    /// Large objects: taken per large allocation and by collections.
    large: Mutex<LargeSet>,
    /// The allocation state behind `Heap::alloc_*` (for callers without a mutator).
    shared: Mutex<MutatorState>,
    /// Bytes taken for allocation since the last collection. Added to (Relaxed) by mutator slow paths and
    /// large allocations; reset by collections. Only a pacing estimate, so no ordering is needed.
    allocated: AtomicUsize,
    /// When `allocated` reaches this, `gc_requested` is set. Written by collections.
    budget: AtomicUsize,
    /// A collection is due; polled (Relaxed) by `should_collect` at safepoints.
    gc_requested: AtomicBool,
    totals: Mutex<Totals>,
}

/// Locks a mutex, ignoring poisoning: a panic in a native object's `trace` must not disable the heap.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Default for Heap {
    fn default() -> Heap {
        Heap::new()
    }
}

impl Heap {
    /// A heap with Go's default pacing (GOGC=100, at least 4 MiB between collections).
    pub fn new() -> Heap {
        Heap::with_config(HeapConfig::default())
    }

    /// A heap with the given pacing.
    pub fn with_config(config: HeapConfig) -> Heap {
        Heap {
            config,
            shapes: RwLock::new(ShapeTable::new()),
            pages: Mutex::new(Pages {
                chunks: Vec::new(),
                free_resident: Vec::new(),
                free_released: Vec::new(),
                partial: std::array::from_fn(|_| Vec::new()),
                in_use: 0,
            }),
            large: Mutex::new(LargeSet::default()),
            shared: Mutex::new(MutatorState::new()),
            allocated: AtomicUsize::new(0),
            budget: AtomicUsize::new(config.min_heap),
            gc_requested: AtomicBool::new(false),
            totals: Mutex::new(Totals { next_gc: config.min_heap, ..Totals::default() }),
        }
    }

    /// A new per-thread allocator for this heap.
    pub fn mutator(self: &Arc<Heap>) -> Mutator {
        Mutator::new(Arc::clone(self))
    }

    /// Registers a slot pattern and returns its id; identical patterns get the same id. Not a safepoint
    /// (it may wait for a running collection to finish).
    ///
    /// # Panics
    /// If the pattern is invalid (see [`Heap::try_register_shape`]): that is a compiler bug, not a Go error.
    pub fn register_shape(&self, kinds: &[SlotKind]) -> ShapeId {
        self.try_register_shape(kinds).unwrap_or_else(|e| panic!("invalid shape {kinds:?}: {e}"))
    }

    /// Registers a slot pattern, or reports why it is invalid (empty, or interface slots not in
    /// (`IfaceType`, `IfaceData`) pairs).
    pub fn try_register_shape(&self, kinds: &[SlotKind]) -> Result<ShapeId, ShapeError> {
        self.shapes.write().unwrap_or_else(|e| e.into_inner()).register(kinds)
    }

    /// The pattern of a registered shape.
    pub fn shape_kinds(&self, shape: ShapeId) -> Vec<SlotKind> {
        let shapes = self.shapes.read().unwrap_or_else(|e| e.into_inner());
        shapes.kinds(shape).map(<[SlotKind]>::to_vec).unwrap_or_default()
    }

    // ----- allocation without a mutator (takes a lock; for setup code and tests) -----

    /// Like [`Mutator::alloc_words`], through a heap-wide lock.
    pub fn alloc_words(&self, shape: ShapeId, words: usize) -> ObjRef {
        self.try_alloc_words(shape, words).unwrap_or_else(|e| e.abort(words.saturating_mul(8)))
    }

    /// Like [`Mutator::try_alloc_words`], through a heap-wide lock.
    pub fn try_alloc_words(&self, shape: ShapeId, words: usize) -> Result<ObjRef, AllocError> {
        lock(&self.shared).alloc_words(self, shape, words)
    }

    /// Like [`Mutator::alloc_bytes`], through a heap-wide lock.
    pub fn alloc_bytes(&self, len: usize) -> ObjRef {
        self.try_alloc_bytes(len).unwrap_or_else(|e| e.abort(len))
    }

    /// Like [`Mutator::try_alloc_bytes`], through a heap-wide lock.
    pub fn try_alloc_bytes(&self, len: usize) -> Result<ObjRef, AllocError> {
        lock(&self.shared).alloc_bytes(self, len)
    }

    /// Like [`Mutator::alloc_bytes_from`], through a heap-wide lock.
    pub fn alloc_bytes_from(&self, data: &[u8]) -> ObjRef {
        let r = self.alloc_bytes(data.len());
        copy_bytes(r, data);
        r
    }

    /// Like [`Mutator::alloc_native`], through a heap-wide lock.
    pub fn alloc_native<T: NativeObject>(&self, obj: T) -> ObjRef {
        lock(&self.shared).alloc_native(self, Box::new(obj)).unwrap_or_else(|e| e.abort(24))
    }

    /// Counts `bytes` allocated outside the heap on behalf of heap objects towards the next collection.
    pub fn note_external_alloc(&self, bytes: usize) {
        self.note_alloc(bytes);
    }

    // ----- pacing -----

    /// True once the heap has grown enough since the last collection that the next safepoint should
    /// collect. One Relaxed load: cheap enough for every safepoint. Allocation never collects by itself.
    #[inline(always)]
    pub fn should_collect(&self) -> bool {
        self.gc_requested.load(Relaxed)
    }

    /// Adds to the bytes allocated since the last collection and requests one when the budget is spent.
    pub(crate) fn note_alloc(&self, bytes: usize) {
        let total = self.allocated.fetch_add(bytes, Relaxed) + bytes;
        if total >= self.budget.load(Relaxed) {
            self.gc_requested.store(true, Relaxed);
        }
    }

    // ----- pages -----

    /// Takes a page of `class` for a mutator: one with free slots if any, else a free page, else a page of
    /// a new chunk. The page is returned owned. `None` if the system has no memory.
    pub(crate) fn acquire_page(&self, class: usize) -> Option<usize> {
        let mut pages = lock(&self.pages);
        let addr = match pages.partial[class].pop() {
            Some(addr) => addr,
            None => {
                let addr = match pages.free_resident.pop().or_else(|| pages.free_released.pop()) {
                    Some(addr) => addr,
                    None => {
                        let chunk = sys::map_chunk()?.expose_provenance();
                        let at = pages.chunks.partition_point(|&c| c < chunk);
                        pages.chunks.insert(at, chunk);
                        // Hand out the lowest page; the others wait in the pool (last popped first).
                        pages.free_released.extend((1..CHUNK_PAGES).rev().map(|i| chunk + i * PAGE_SIZE));
                        chunk
                    }
                };
                // SAFETY: a free page of a mapped chunk; under the page lock nobody else touches it.
                unsafe { PageHeader::of(addr) }.init(class, class_size(class));
                pages.in_use += 1;
                addr
            }
        };
        drop(pages);
        // SAFETY: an in-use page of a mapped chunk.
        let page = unsafe { PageHeader::of(addr) };
        page.owned.store(1, Relaxed);
        self.note_alloc(page.free_slots() * page.size.load(Relaxed) as usize);
        Some(addr)
    }

    /// Puts pages that a mutator stopped owning, which still have free slots, on their class lists.
    pub(crate) fn return_partial_pages(&self, partial: &[(usize, usize)]) {
        if partial.is_empty() {
            return;
        }
        let mut pages = lock(&self.pages);
        for &(class, addr) in partial {
            pages.partial[class].push(addr);
        }
    }

    /// Allocates a large object with `payload` payload bytes and the given header.
    pub(crate) fn alloc_large(&self, payload: usize, header: u64) -> Result<ObjRef, AllocError> {
        let size = crate::large::layout(payload).ok_or(AllocError::TooLarge)?.size();
        let r = lock(&self.large).alloc(payload, header).ok_or(AllocError::OutOfMemory)?;
        self.note_alloc(size);
        Ok(r)
    }

    // ----- accessors -----

    /// The payload words of a words object (empty for any other kind). Load and store them with
    /// `Relaxed`, except references: store with `Release`, load with `Acquire`.
    #[inline(always)]
    pub fn words(&self, r: ObjRef) -> &[AtomicU64] {
        let len = words_len(r.header());
        // SAFETY: a valid words object has `len` payload words after its header, alive until a collection
        // that does not reach it (after which the caller no longer holds `r`).
        unsafe { std::slice::from_raw_parts(r.ptr(HEADER_BYTES), len) }
    }

    /// Payload word `i` of a words object, or `None` if out of bounds (or not a words object).
    #[inline(always)]
    pub fn word(&self, r: ObjRef, i: usize) -> Option<&AtomicU64> {
        self.words(r).get(i)
    }

    /// Payload word `i` of a words object, without checks.
    ///
    /// # Safety
    /// `r` is a words object and `i < r.len()`.
    #[inline(always)]
    pub unsafe fn word_unchecked(&self, r: ObjRef, i: usize) -> &AtomicU64 {
        // SAFETY: per the caller, the word is inside the payload.
        unsafe { &*r.ptr::<AtomicU64>(HEADER_BYTES + i * 8) }
    }

    /// The bytes of a bytes object as atomics (empty for any other kind): safe to read and write from any
    /// thread, for `[]byte` contents that racy Go code may change concurrently.
    #[inline(always)]
    pub fn bytes(&self, r: ObjRef) -> &[AtomicU8] {
        let len = bytes_len(r.header());
        // SAFETY: a valid bytes object has `len` payload bytes after its header; AtomicU8 has u8's layout.
        unsafe { std::slice::from_raw_parts(r.ptr(HEADER_BYTES), len) }
    }

    /// The bytes of a bytes object as a plain slice (empty for any other kind), for string contents.
    ///
    /// # Safety
    /// No thread writes these bytes while the slice is alive (true of string bytes once published: they
    /// are written only before the string is).
    #[inline(always)]
    pub unsafe fn bytes_unsync(&self, r: ObjRef) -> &[u8] {
        let len = bytes_len(r.header());
        // SAFETY: as in `bytes`; the caller excludes concurrent writers.
        unsafe { std::slice::from_raw_parts(r.ptr(HEADER_BYTES), len) }
    }

    /// The bytes of a bytes object as a mutable slice (empty for any other kind), to fill a fresh object.
    ///
    /// # Safety
    /// No other reference to these bytes exists while the slice is alive: typically the object has just
    /// been allocated and not yet published.
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub unsafe fn bytes_mut(&self, r: ObjRef) -> &mut [u8] {
        let len = bytes_len(r.header());
        // SAFETY: as in `bytes`; the caller guarantees exclusive access.
        unsafe { std::slice::from_raw_parts_mut(r.ptr(HEADER_BYTES), len) }
    }

    /// The value of a native object (`None` for any other kind).
    #[inline]
    pub fn native_dyn(&self, r: ObjRef) -> Option<&dyn NativeObject> {
        if r.header() & KIND_MASK != KIND_NATIVE {
            return None;
        }
        // SAFETY: a native object's payload holds its Box pointer, written at allocation and read-only
        // after; the value lives as long as the object.
        Some(unsafe { &**r.ptr::<*mut dyn NativeObject>(HEADER_BYTES) })
    }

    /// The value of a native object if it is a `T`.
    #[inline]
    pub fn native<T: NativeObject>(&self, r: ObjRef) -> Option<&T> {
        let obj: &dyn std::any::Any = self.native_dyn(r)?;
        obj.downcast_ref::<T>()
    }

    /// The object whose header is at `bits`, if `bits` is exactly the start of an allocated object of this
    /// heap: a check for words that may not be references (a torn interface). Takes two locks; not for
    /// hot paths.
    pub fn find_object(&self, bits: u64) -> Option<ObjRef> {
        let pages = lock(&self.pages);
        let large = lock(&self.large);
        object_at(&pages.chunks, &large.objects, bits)
    }

    // ----- collection -----

    /// Collects garbage: marks everything reachable from the references that `roots` reports to the
    /// marker, then frees everything else (dropping unreachable native objects) and sets the next
    /// collection's trigger.
    ///
    /// # Safety
    /// - The world is stopped: no other thread allocates, drops a [`Mutator`], or accesses heap objects
    ///   until this returns, and the stop handshake orders their earlier accesses before this call.
    /// - `roots` reports every reference that anyone will use after the collection (registers, globals,
    ///   Rust locals holding `ObjRef`s), directly or through objects it reaches; anything else is freed.
    ///   References into freed objects (`&[AtomicU64]` from the accessors included) must not be used.
    /// - Every reference reported through an unsafe `Marker` method, and every `Ref` slot of a reachable
    ///   object, is nil or valid.
    /// - `roots` and native `trace` methods do not allocate or collect.
    pub unsafe fn collect(&self, roots: &mut dyn FnMut(&mut Marker<'_>)) {
        let start = Instant::now();
        let shapes = self.shapes.read().unwrap_or_else(|e| e.into_inner());
        let mut pages = lock(&self.pages);
        let mut large = lock(&self.large);
        let heap_before = pages.in_use * PAGE_SIZE + large.bytes;

        let mut marker = Marker::new(&shapes.shapes, &pages.chunks, &large.objects);
        roots(&mut marker);
        marker.drain();
        let external = marker.external_bytes;
        drop(marker);

        let small = sweep_pages(&mut pages);
        let ((large_freed, large_freed_bytes), (large_live, large_live_bytes)) = large.sweep();

        let live_bytes = small.live_bytes + large_live_bytes + external;
        let growth = (live_bytes as u128 * u128::from(self.config.gogc) / 100) as usize;
        let next_gc = (live_bytes + growth).max(self.config.min_heap);
        let heap_after = pages.in_use * PAGE_SIZE + large.bytes;
        self.budget.store(next_gc.saturating_sub(live_bytes).max(PAGE_SIZE), Relaxed);
        self.allocated.store(0, Relaxed);
        self.gc_requested.store(false, Relaxed);

        // Keep enough free pages resident to grow back to the larger of the heap we just had and the next
        // trigger without faulting memory in again; give the rest back to the system.
        scavenge(&mut pages, heap_before.max(next_gc).saturating_sub(heap_after) / PAGE_SIZE);
        drop((pages, large, shapes));

        let pause = start.elapsed();
        let mut totals = lock(&self.totals);
        totals.collections += 1;
        totals.live_bytes = live_bytes;
        totals.live_objects = small.live_objects + large_live;
        totals.freed_objects += (small.freed_objects + large_freed) as u64;
        totals.freed_bytes += (small.freed_bytes + large_freed_bytes) as u64;
        totals.next_gc = next_gc;
        totals.last_pause = pause;
        totals.total_pause += pause;
    }

    /// Current figures.
    pub fn stats(&self) -> HeapStats {
        let totals = lock(&self.totals);
        let pages = lock(&self.pages);
        let large = lock(&self.large);
        HeapStats {
            collections: totals.collections,
            live_bytes: totals.live_bytes,
            live_objects: totals.live_objects,
            freed_objects: totals.freed_objects,
            freed_bytes: totals.freed_bytes,
            allocated_since_gc: self.allocated.load(Relaxed),
            next_gc: totals.next_gc,
            heap_bytes: pages.in_use * PAGE_SIZE + large.bytes,
            free_resident_bytes: pages.free_resident.len() * PAGE_SIZE,
            released_bytes: pages.free_released.len() * PAGE_SIZE,
            last_pause: totals.last_pause,
            total_pause: totals.total_pause,
        }
    }
}

/// What a page sweep found.
#[derive(Default)]
struct SweepCounts {
    live_objects: usize,
    live_bytes: usize,
    freed_objects: usize,
    freed_bytes: usize,
}

/// Sweeps every in-use page: allocation bits become the mark bits, unreachable native objects are
/// dropped, empty unowned pages return to the pool, and pages with free slots are listed by class.
fn sweep_pages(pages: &mut Pages) -> SweepCounts {
    let mut counts = SweepCounts::default();
    for list in &mut pages.partial {
        list.clear();
    }
    let chunks = std::mem::take(&mut pages.chunks);
    for &chunk in &chunks {
        for i in 0..CHUNK_PAGES {
            // SAFETY: every page of a mapped chunk has a header (zero, i.e. free, if never used).
            let page = unsafe { PageHeader::of(chunk + i * PAGE_SIZE) };
            if page.state.load(Relaxed) != STATE_IN_USE {
                continue;
            }
            let class = page.class.load(Relaxed) as usize;
            let size = page.size.load(Relaxed) as usize;
            let (mut allocated, mut live) = (0, 0);
            for w in 0..page.nwords() {
                let tail = page.tail_mask(w);
                let alloc = page.alloc[w].load(Relaxed) & !tail;
                let mark = page.mark[w].load(Relaxed);
                allocated += alloc.count_ones() as usize;
                live += mark.count_ones() as usize;
                if class == NATIVE_CLASS {
                    drop_natives(page, w, alloc & !mark);
                }
                page.alloc[w].store(mark | tail, Relaxed);
                page.mark[w].store(0, Relaxed);
            }
            page.live.store(live as u32, Relaxed);
            counts.live_objects += live;
            counts.live_bytes += live * size;
            counts.freed_objects += allocated - live;
            counts.freed_bytes += (allocated - live) * size;
            if page.owned.load(Relaxed) != 0 {
                continue;
            }
            if live == 0 {
                page.state.store(STATE_FREE, Relaxed);
                pages.in_use -= 1;
                pages.free_resident.push(page.addr());
            } else if live < page.nslots.load(Relaxed) as usize {
                pages.partial[class].push(page.addr());
            }
        }
    }
    pages.chunks = chunks;
    counts
}

/// Drops the native objects in the slots of bitmap word `w` whose bits are set in `dead`.
fn drop_natives(page: &PageHeader, w: usize, mut dead: u64) {
    while dead != 0 {
        let bit = dead.trailing_zeros() as usize;
        dead &= dead - 1;
        let r = ObjRef::from_addr(page.slot_addr(w * 64 + bit));
        // SAFETY: the slot holds an allocated native object that no one can reach: its Box is ours to drop,
        // once (its allocation bit is cleared by the caller).
        unsafe { drop(Box::from_raw(r.ptr::<*mut dyn NativeObject>(HEADER_BYTES).read())) };
    }
}

/// Releases free resident pages beyond `keep` to the system, coalescing neighbours into one call.
fn scavenge(pages: &mut Pages, keep: usize) {
    if pages.free_resident.len() <= keep {
        return;
    }
    let mut release: Vec<usize> = pages.free_resident.drain(keep..).collect();
    release.sort_unstable();
    let mut i = 0;
    while i < release.len() {
        let mut j = i + 1;
        while j < release.len() && release[j] == release[j - 1] + PAGE_SIZE {
            j += 1;
        }
        // SAFETY: free pages of mapped chunks, holding nothing live; a free page's zeroed header reads as
        // STATE_FREE.
        unsafe { sys::release_pages(std::ptr::with_exposed_provenance_mut(release[i]), j - i) };
        i = j;
    }
    pages.free_released.extend(release);
}

impl Drop for Heap {
    fn drop(&mut self) {
        let pages = self.pages.get_mut().unwrap_or_else(|e| e.into_inner());
        for &chunk in &pages.chunks {
            for i in 0..CHUNK_PAGES {
                // SAFETY: every page of a mapped chunk has a header.
                let page = unsafe { PageHeader::of(chunk + i * PAGE_SIZE) };
                if page.state.load(Relaxed) == STATE_IN_USE
                    && page.class.load(Relaxed) as usize == NATIVE_CLASS
                {
                    for w in 0..page.nwords() {
                        drop_natives(page, w, page.alloc[w].load(Relaxed) & !page.tail_mask(w));
                    }
                }
            }
        }
        for &chunk in &pages.chunks {
            // SAFETY: the heap is being dropped (no mutator holds an Arc to it), so nothing uses the chunk.
            unsafe { sys::unmap_chunk(std::ptr::with_exposed_provenance_mut(chunk)) };
        }
        pages.chunks.clear();
        self.large.get_mut().unwrap_or_else(|e| e.into_inner()).free_all();
    }
}

impl std::fmt::Debug for Heap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Heap").field("stats", &self.stats()).finish_non_exhaustive()
    }
}
