//! The shared Go heap and its precise, non-moving, stop-the-world mark-sweep collector.
//!
//! Every heap object of a running Go program lives here: boxes for escaping variables, backing stores of
//! slices and large arrays, string bytes, closures, and native objects (maps, channels). The VM keeps Go
//! values in 8-byte slots; a heap reference is one slot holding an [`ObjRef`]'s bits (0 = nil). This crate
//! knows nothing of Go types: a words object's payload is described by a [`ShapeId`], a registered pattern
//! of [`SlotKind`]s (scalar, reference, interface type word, interface data word) repeated over it.
//!
//! # Using it
//!
//! ```
//! use std::sync::Arc;
//! use gosub_heap::{Heap, ShapeId, SlotKind};
//! use std::sync::atomic::Ordering::{Acquire, Release};
//!
//! let heap = Arc::new(Heap::new());
//! let mut m = heap.mutator(); // one per worker thread
//! let node = heap.register_shape(&[SlotKind::Ref, SlotKind::Scalar]); // struct { next *Node; val int }
//! let a = m.alloc_words(node, 2);
//! let b = m.alloc_words(node, 2);
//! m.word(a, 0).unwrap().store(b.to_bits(), Release); // a.next = b
//! m.word(b, 1).unwrap().store(42, std::sync::atomic::Ordering::Relaxed);
//! if m.should_collect() { /* at the next safepoint, stop the world and collect */ }
//! // SAFETY: single-threaded, and `a` is the only reference used afterwards.
//! unsafe { heap.collect(&mut |marker| marker.mark(a)) };
//! let next = m.word(a, 0).unwrap().load(Acquire);
//! assert_eq!(next, b.to_bits());
//! ```
//!
//! # Object layout
//!
//! An [`ObjRef`] is the address of the object's **header word**; the payload follows at +8. The header is
//! written once at allocation and never changes:
//!
//! ```text
//!  63                 32 31              8 7     4   3     2    1  0
//! +--------------------+-----------------+-------+----+-----+------+
//! | length (u32)       | shape index     | 0     |scan|large| kind |
//! +--------------------+-----------------+-------+----+-----+------+
//! kind: 0 words, 1 bytes, 2 native     length: payload words / bytes (0 for native)
//! scan: may hold references            large:  own allocation (else in a page)
//! ```
//!
//! - **Words objects**: `length` words of `AtomicU64`, zeroed at allocation.
//! - **Bytes objects**: `length` bytes (rounded up to whole words in memory), zeroed at allocation.
//! - **Native objects**: a `Box<dyn NativeObject>`'s pointer (two words).
//!
//! **Small objects** (header + payload ≤ 8 KiB) live in 64 KiB pages of one size class each (33 classes,
//! at most 25% apart above 128 bytes; natives have a class of their own). Pages are aligned, so an
//! object's page header is `address & !0xffff`; it holds the slot count, the object size, and two side
//! bitmaps (allocated, marked) with one bit per slot. An `ObjRef` is always an object start, so finding its
//! mark bit is one mask and one multiply by a reciprocal; no interior pointers are resolved. Pages are
//! carved from 4 MiB chunks mapped from the system. **Large objects** get a zeroed allocation of their own
//! with a mark word just before the header.
//!
//! # Invariants
//!
//! 1. An object's header is written before its reference is handed out and never changes.
//! 2. A `Ref` slot (and a reported root) holds 0 or the bits of a valid object. An `IfaceData` slot is a
//!    reference iff its `IfaceType` slot has bit 0 set, and is checked with a lookup ([`Marker::object_at`])
//!    before it is followed, so a torn interface cannot make the collector follow a scalar.
//! 3. Outside a collection every mark bit and mark word is clear. During one, a set mark means "reached":
//!    references are pushed on the marker's work stack unexamined, and an object's slots are scanned only
//!    by the visit that first sets its mark, so each reachable object is scanned exactly once.
//! 4. An allocation bit is set iff the slot holds an object that was allocated after the last sweep or
//!    survived it. Bits past a page's last slot are always set.
//! 5. A page owned by a mutator is never freed or listed by a sweep; only its owner allocates in it.
//! 6. Objects never move; freed memory is reused only after a collection proved it unreachable.
//!
//! # Collection and pacing
//!
//! Allocation never collects. It counts bytes taken since the last collection (a whole page's free slots
//! when a mutator takes a page; a large object's size) and sets a flag, polled by [`Heap::should_collect`]
//! at safepoints, once the heap reaches `max(live × (1 + GOGC/100), min_heap)` (GOGC 100 and 4 MiB by
//! default: [`HeapConfig`]). [`Heap::collect`] marks from the roots the caller reports with an explicit work
//! stack (never recursion) drained through a small prefetching FIFO, then sweeps: per page, the allocation bitmap becomes the mark bitmap (a few
//! dozen word operations per page, not per object), unreachable native objects are dropped, empty pages go
//! to a free pool, pages with free slots are listed for reuse, and unreachable large objects are freed.
//! Free pages beyond what the heap needs to grow back to its previous size (or to the next trigger) are
//! given back to the system (`madvise(MADV_DONTNEED)`), so a program whose live heap shrinks shrinks its
//! resident memory within a collection or two.
//!
//! # Concurrency contract
//!
//! - [`Heap`] is `Send + Sync`, one per process, usually in an `Arc`. Each worker thread allocates through
//!   its own [`Mutator`] ([`Heap::mutator`]): the fast path takes no lock and no atomic read-modify-write;
//!   a mutator takes the page-list lock once per page. `Heap::alloc_*` work without a mutator, through one
//!   heap-wide lock (setup code, tests).
//! - Payload words are `AtomicU64`: use `Relaxed` for scalars, `Release` to store a reference and
//!   `Acquire` to load one, so an object published through a racy Go write is fully visible to its reader.
//!   Byte payloads are read and written as `AtomicU8` ([`Heap::bytes`]), or as plain bytes when no writer
//!   can run ([`Heap::bytes_unsync`] for published strings, [`Heap::bytes_mut`] for fresh objects).
//! - [`Heap::collect`] is `unsafe` and stop-the-world: the caller (the VM's scheduler) guarantees that no
//!   mutator runs, allocates or is dropped until it returns, with a handshake (a lock or acquire/release
//!   flags) that orders the mutators' earlier writes before the collection and the collection before their
//!   resumption. Mutators may own pages across a collection; they are kept. Marking runs on the calling
//!   thread.
//! - An `ObjRef` is valid until the first collection that does not reach it. [`ObjRef::from_bits`] is
//!   `unsafe` for that reason; the accessors then trust the reference and check only kind and bounds
//!   against the object's own header, so a torn or stale *length* elsewhere never reads outside an object.
//! - [`NativeObject`]s are shared (`Send + Sync`, interior mutability); their `trace` runs with the world
//!   stopped and their `Drop` runs during the sweep, where it must not use the heap.

mod class;
mod heap;
mod large;
mod marker;
mod mutator;
mod native;
mod object;
mod page;
mod shape;
mod sys;

pub use heap::{AllocError, Heap, HeapConfig, HeapStats};
pub use marker::Marker;
pub use mutator::Mutator;
pub use native::NativeObject;
pub use object::{MAX_LEN, ObjKind, ObjRef};
pub use shape::{ShapeError, ShapeId, SlotKind};
pub use sys::resident_set_bytes;

#[cfg(test)]
mod tests;
