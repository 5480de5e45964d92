//! Unit tests of the heap through its public API (plus a few internal figures).

use std::sync::atomic::Ordering::{Acquire, Relaxed, Release};
use std::sync::atomic::{AtomicU64, AtomicUsize};
use std::sync::{Arc, Mutex};

use crate::page::PAGE_SIZE;
use crate::{Heap, HeapConfig, Marker, NativeObject, ObjKind, ObjRef, ShapeError, ShapeId, SlotKind};

use SlotKind::{IfaceData, IfaceType, Ref, Scalar};

/// A heap that never asks for a collection by itself.
fn heap() -> Arc<Heap> {
    Arc::new(Heap::with_config(HeapConfig { gogc: 100, min_heap: 1 << 40 }))
}

/// Collects with `roots` as the only roots.
fn collect(heap: &Heap, roots: &[ObjRef]) {
    // SAFETY: single-threaded tests; only the roots (and what they reach) are used afterwards.
    unsafe {
        heap.collect(&mut |m: &mut Marker<'_>| {
            for &r in roots {
                m.mark(r);
            }
        })
    };
}

fn alive(heap: &Heap, r: ObjRef) -> bool {
    heap.find_object(r.to_bits()) == Some(r)
}

fn set_ref(heap: &Heap, obj: ObjRef, i: usize, target: Option<ObjRef>) {
    heap.word(obj, i).unwrap().store(ObjRef::opt_to_bits(target), Release);
}

#[test]
fn words_objects_are_zeroed_and_bounds_checked() {
    let heap = heap();
    let mut m = heap.mutator();
    let shape = heap.register_shape(&[Ref, Scalar]);
    for words in [0, 1, 2, 7, 100, 1022, 1023, 5000] {
        let r = m.alloc_words(shape, words);
        assert_eq!(r.kind(), ObjKind::Words);
        assert_eq!(r.len(), words);
        assert_eq!(r.shape(), Some(shape));
        assert_eq!(r.is_large(), 8 + words * 8 > 8192);
        assert!(heap.words(r).iter().all(|w| w.load(Relaxed) == 0));
        assert!(heap.word(r, words).is_none());
        assert!(heap.bytes(r).is_empty());
        assert!(heap.native_dyn(r).is_none());
        for (i, w) in heap.words(r).iter().enumerate() {
            w.store(i as u64 * 3 + 1, Relaxed);
        }
        if words > 0 {
            // SAFETY: `r` is a words object and the index is below its length.
            let last = unsafe { heap.word_unchecked(r, words - 1) };
            assert_eq!(last.load(Relaxed), (words as u64 - 1) * 3 + 1);
        }
    }
}

#[test]
fn freed_memory_is_zero_again_when_reused() {
    let heap = heap();
    let mut m = heap.mutator();
    let mut first = Vec::new();
    for _ in 0..10_000 {
        let r = m.alloc_words(ShapeId::SCALARS, 3);
        for w in heap.words(r) {
            w.store(u64::MAX, Relaxed);
        }
        first.push(r);
    }
    drop(m);
    collect(&heap, &[]);
    let mut m = heap.mutator();
    let mut reused = 0;
    for _ in 0..10_000 {
        let r = m.alloc_words(ShapeId::SCALARS, 3);
        reused += usize::from(first.contains(&r));
        assert!(heap.words(r).iter().all(|w| w.load(Relaxed) == 0));
    }
    assert!(reused > 9_000, "freed slots were not reused ({reused})");
}

#[test]
fn bytes_objects_hold_their_contents() {
    let heap = heap();
    let mut m = heap.mutator();
    for len in [0, 1, 7, 8, 9, 100, 8184, 8185, 100_000] {
        let data: Vec<u8> = (0..len).map(|i| (i * 7 + 3) as u8).collect();
        let r = m.alloc_bytes_from(&data);
        assert_eq!(r.kind(), ObjKind::Bytes);
        assert_eq!(r.len(), len);
        assert!(heap.words(r).is_empty());
        // SAFETY: nobody writes the bytes.
        assert_eq!(unsafe { heap.bytes_unsync(r) }, &data[..]);
        let z = m.alloc_bytes(len);
        // SAFETY: fresh and unpublished.
        unsafe { heap.bytes_mut(z) }.copy_from_slice(&data);
        assert!(heap.bytes(z).iter().zip(&data).all(|(a, b)| a.load(Relaxed) == *b));
        collect(&heap, &[r]);
        assert!(alive(&heap, r), "{len} {r:?} {:?}", heap.stats());
        assert!(!alive(&heap, z), "{len}");
        // SAFETY: nobody writes the bytes.
        assert_eq!(unsafe { heap.bytes_unsync(r) }, &data[..]);
    }
}

#[test]
fn unreachable_cycles_are_freed_and_reachable_ones_kept() {
    let heap = heap();
    let mut m = heap.mutator();
    let pair = heap.register_shape(&[Ref, Scalar]);
    let ring = |m: &mut crate::Mutator, n: usize| {
        let nodes: Vec<ObjRef> = (0..n).map(|_| m.alloc_words(pair, 2)).collect();
        for (i, &r) in nodes.iter().enumerate() {
            set_ref(m, r, 0, Some(nodes[(i + 1) % n]));
            m.word(r, 1).unwrap().store(i as u64, Relaxed);
        }
        nodes
    };
    let kept = ring(&mut m, 1000);
    let dropped = ring(&mut m, 1000);
    collect(&heap, &[kept[500]]);
    assert!(kept.iter().all(|&r| alive(&heap, r)));
    assert!(dropped.iter().all(|&r| !alive(&heap, r)));
    for (i, &r) in kept.iter().enumerate() {
        assert_eq!(heap.word(r, 0).unwrap().load(Acquire), kept[(i + 1) % 1000].to_bits());
        assert_eq!(heap.word(r, 1).unwrap().load(Relaxed), i as u64);
    }
    let stats = heap.stats();
    assert_eq!(stats.live_objects, 1000);
    assert_eq!(stats.live_bytes, 1000 * 24);
    assert_eq!(stats.freed_objects, 1000);
    assert_eq!(stats.collections, 1);
}

#[test]
fn scalars_that_look_like_references_keep_nothing_alive() {
    let heap = heap();
    let mut m = heap.mutator();
    let target = m.alloc_words(ShapeId::SCALARS, 1);
    let holder = m.alloc_words(ShapeId::SCALARS, 4);
    for w in heap.words(holder) {
        w.store(target.to_bits(), Relaxed);
    }
    let bytes = m.alloc_bytes_from(&target.to_bits().to_ne_bytes());
    collect(&heap, &[holder, bytes]);
    assert!(!alive(&heap, target));
    assert!(alive(&heap, holder) && alive(&heap, bytes));
}

#[test]
fn interface_data_is_followed_only_with_the_pointer_bit_and_only_to_real_objects() {
    let heap = heap();
    let mut m = heap.mutator();
    let iface = heap.register_shape(&[IfaceType, IfaceData]);
    let a = m.alloc_words(ShapeId::SCALARS, 1);
    let b = m.alloc_words(ShapeId::SCALARS, 1);
    let pointer = m.alloc_words(iface, 2); // holds a
    let scalar = m.alloc_words(iface, 2); // holds b's address as an integer
    let torn: Vec<ObjRef> = (0..4).map(|_| m.alloc_words(iface, 2)).collect();
    heap.word(pointer, 0).unwrap().store(0x1001, Relaxed);
    set_ref(&heap, pointer, 1, Some(a));
    heap.word(scalar, 0).unwrap().store(0x1000, Relaxed);
    heap.word(scalar, 1).unwrap().store(b.to_bits(), Relaxed);
    // Torn interfaces: a pointer type word with data words that are not objects.
    let garbage = [b.to_bits() + 8, 0xdead_beef, 12345 * 8, u64::MAX - 7];
    for (&t, g) in torn.iter().zip(garbage) {
        heap.word(t, 0).unwrap().store(0x2001, Relaxed);
        heap.word(t, 1).unwrap().store(g, Relaxed);
    }
    let mut roots = vec![pointer, scalar];
    roots.extend(&torn);
    collect(&heap, &roots);
    assert!(alive(&heap, a));
    assert!(!alive(&heap, b));
    // The marker's own pair check, on registers.
    let c = m.alloc_words(ShapeId::SCALARS, 1);
    let regs = [0x3001, c.to_bits(), 7, c.to_bits()];
    // SAFETY: the Scalar slot is never followed; the pair is validated.
    unsafe {
        heap.collect(&mut |mk| mk.mark_slots(&regs, &[IfaceType, IfaceData, Scalar, Scalar]));
    }
    assert!(alive(&heap, c));
}

#[test]
fn find_object_accepts_only_object_starts() {
    let heap = heap();
    let mut m = heap.mutator();
    let small = m.alloc_words(ShapeId::SCALARS, 2);
    let large = m.alloc_words(ShapeId::SCALARS, 2000);
    assert_eq!(heap.find_object(small.to_bits()), Some(small));
    assert_eq!(heap.find_object(large.to_bits()), Some(large));
    for bad in
        [0, 1, small.to_bits() + 8, small.to_bits() + 1, large.to_bits() + 8, large.to_bits() - 8, 4096]
    {
        assert_eq!(heap.find_object(bad), None, "{bad:#x}");
    }
    // The next slot in the page is not allocated yet... until it is.
    let next = small.to_bits() + 24;
    assert_eq!(heap.find_object(next), None);
}

#[test]
fn large_objects_are_traced_and_freed() {
    let heap = heap();
    let mut m = heap.mutator();
    let big = m.alloc_words(ShapeId::REFS, 10_000);
    let small = m.alloc_words(ShapeId::SCALARS, 1);
    let lost = m.alloc_words(ShapeId::REFS, 20_000);
    let lost_bytes = m.alloc_bytes(1 << 20);
    set_ref(&heap, big, 9_999, Some(small));
    set_ref(&heap, lost, 0, Some(big));
    assert!(big.is_large() && lost.is_large() && lost_bytes.is_large() && !small.is_large());
    collect(&heap, &[big]);
    assert!(alive(&heap, big) && alive(&heap, small));
    assert!(!alive(&heap, lost) && !alive(&heap, lost_bytes));
    let stats = heap.stats();
    assert_eq!(stats.live_objects, 2);
    assert_eq!(stats.freed_objects, 2);
    assert_eq!(stats.live_bytes, (16 + 10_000 * 8) + 16);
    collect(&heap, &[]);
    assert!(!alive(&heap, big));
    assert_eq!(heap.stats().heap_bytes % PAGE_SIZE, 0);
}

/// A native object holding references, that logs its drop.
struct Cell {
    id: u64,
    slots: Vec<AtomicU64>,
    drops: Arc<Mutex<Vec<u64>>>,
}

impl NativeObject for Cell {
    fn trace(&self, marker: &mut Marker<'_>) {
        // SAFETY: the slots hold only nil or live references.
        unsafe { marker.mark_atomic_slots(&self.slots, &[Ref]) };
    }

    fn external_bytes(&self) -> usize {
        1000
    }
}

/// Another native type, for failed downcasts.
struct Other;

impl NativeObject for Other {
    fn trace(&self, _: &mut Marker<'_>) {}
}

impl Drop for Cell {
    fn drop(&mut self) {
        self.drops.lock().unwrap().push(self.id);
    }
}

#[test]
fn native_objects_are_traced_downcast_and_dropped_once() {
    let heap = heap();
    let mut m = heap.mutator();
    let drops = Arc::new(Mutex::new(Vec::new()));
    let child = m.alloc_words(ShapeId::SCALARS, 1);
    let cell = |m: &mut crate::Mutator, id, refs: &[ObjRef]| {
        let slots = refs.iter().map(|r| AtomicU64::new(r.to_bits())).collect();
        m.alloc_native(Cell { id, slots, drops: Arc::clone(&drops) })
    };
    let kept = cell(&mut m, 1, &[child]);
    let lost = cell(&mut m, 2, &[kept]);
    let lost_cycle_a = cell(&mut m, 3, &[]);
    let lost_cycle_b = cell(&mut m, 4, &[lost_cycle_a]);
    heap.native::<Cell>(lost_cycle_a).unwrap().slots.len(); // downcast works
    assert!(heap.native::<Other>(kept).is_none() && heap.native::<Cell>(child).is_none());
    assert_eq!(kept.kind(), ObjKind::Native);
    let _ = lost_cycle_b;
    let holder = m.alloc_words(ShapeId::REFS, 1);
    set_ref(&heap, holder, 0, Some(kept));
    collect(&heap, &[holder]);
    assert!(alive(&heap, kept) && alive(&heap, child));
    assert!(!alive(&heap, lost));
    let mut dropped = drops.lock().unwrap().clone();
    dropped.sort();
    assert_eq!(dropped, [2, 3, 4]);
    assert_eq!(heap.native::<Cell>(kept).unwrap().id, 1);
    let stats = heap.stats();
    assert_eq!(stats.live_bytes, 24 + 16 + 16 + 1000);
    collect(&heap, &[holder]);
    assert_eq!(drops.lock().unwrap().len(), 3);
    drop(m);
    drop(heap);
    let mut dropped = drops.lock().unwrap().clone();
    dropped.sort();
    assert_eq!(dropped, [1, 2, 3, 4], "dropping the heap drops the live natives");
}

#[test]
fn shapes_are_shared_and_checked() {
    let heap = heap();
    let a = heap.register_shape(&[Ref, Scalar, IfaceType, IfaceData]);
    assert_eq!(a, heap.register_shape(&[Ref, Scalar, IfaceType, IfaceData]));
    assert_eq!(heap.shape_kinds(a), [Ref, Scalar, IfaceType, IfaceData]);
    assert_eq!(heap.try_register_shape(&[IfaceData, IfaceType]), Err(ShapeError::UnpairedInterface(0)));
    assert_eq!(heap.register_shape(&[Scalar]), ShapeId::SCALARS);
}

#[test]
fn a_repeated_pattern_is_traced_over_the_whole_payload() {
    let heap = heap();
    let mut m = heap.mutator();
    let shape = heap.register_shape(&[Scalar, Ref, IfaceType, IfaceData]);
    let arr = m.alloc_words(shape, 4 * 50 + 2); // 50 elements and a partial one
    let mut kept = Vec::new();
    let mut lost = Vec::new();
    for e in 0..51 {
        let t = m.alloc_words(ShapeId::SCALARS, 1);
        let u = m.alloc_words(ShapeId::SCALARS, 1);
        heap.word(arr, 4 * e).unwrap().store(t.to_bits(), Relaxed); // scalar slot
        set_ref(&heap, arr, 4 * e + 1, Some(u));
        kept.push(u);
        lost.push(t);
        if e < 50 {
            let v = m.alloc_words(ShapeId::SCALARS, 1);
            heap.word(arr, 4 * e + 2).unwrap().store(1, Relaxed);
            set_ref(&heap, arr, 4 * e + 3, Some(v));
            kept.push(v);
        }
    }
    collect(&heap, &[arr]);
    assert!(kept.iter().all(|&r| alive(&heap, r)));
    assert!(lost.iter().all(|&r| !alive(&heap, r)));
}

#[test]
fn pacing_requests_a_collection_at_twice_the_live_heap() {
    let heap = Arc::new(Heap::with_config(HeapConfig { gogc: 100, min_heap: 1 << 20 }));
    let mut m = heap.mutator();
    let mut n = 0;
    while !m.should_collect() {
        m.alloc_words(ShapeId::SCALARS, 3);
        n += 1;
        assert!(n < 1 << 20, "no collection requested");
    }
    // One page's free slots are counted when the page is taken, so the request comes within a page.
    assert!(n * 32 >= (1 << 20) - PAGE_SIZE && n * 32 <= 1 << 20, "{n}");
    // Keep 4 MiB alive: the next trigger is at 8 MiB.
    let keep = m.alloc_words(ShapeId::REFS, (4 << 20) / 8);
    collect(&heap, &[keep]);
    assert!(!heap.should_collect());
    let stats = heap.stats();
    assert_eq!(stats.next_gc, 2 * stats.live_bytes);
    let mut allocated = 0;
    while !m.should_collect() {
        m.alloc_words(ShapeId::SCALARS, 7);
        allocated += 64;
    }
    assert!(allocated + PAGE_SIZE >= stats.live_bytes && allocated <= stats.live_bytes, "{allocated}");
}

#[test]
fn a_mutator_keeps_its_page_across_a_collection_without_clobbering_survivors() {
    let heap = heap();
    let mut m = heap.mutator();
    let mut survivors = Vec::new();
    for i in 0..3000u64 {
        let r = m.alloc_words(ShapeId::SCALARS, 1);
        heap.word(r, 0).unwrap().store(i, Relaxed);
        if i % 3 == 0 {
            survivors.push((r, i));
        }
    }
    let roots: Vec<ObjRef> = survivors.iter().map(|p| p.0).collect();
    collect(&heap, &roots);
    let mut fresh = std::collections::HashSet::new();
    for _ in 0..20_000 {
        let r = m.alloc_words(ShapeId::SCALARS, 1);
        heap.word(r, 0).unwrap().store(u64::MAX, Relaxed);
        assert!(fresh.insert(r));
    }
    for &(r, i) in &survivors {
        assert!(!fresh.contains(&r));
        assert_eq!(heap.word(r, 0).unwrap().load(Relaxed), i);
    }
}

#[test]
fn dropped_mutators_hand_their_pages_on_and_empty_pages_are_released() {
    let heap = Arc::new(Heap::new());
    {
        let mut m = heap.mutator();
        m.alloc_words(ShapeId::SCALARS, 1);
    }
    let before = heap.stats().heap_bytes;
    {
        let mut m = heap.mutator();
        m.alloc_words(ShapeId::SCALARS, 1);
    }
    assert_eq!(heap.stats().heap_bytes, before, "the second mutator reused the first one's page");

    let mut m = heap.mutator();
    let mut all = Vec::new();
    for _ in 0..200_000 {
        all.push(m.alloc_words(ShapeId::SCALARS, 5));
    }
    let big = heap.stats().heap_bytes;
    assert!(big >= 200_000 * 48);
    drop(m);
    collect(&heap, &[]);
    collect(&heap, &[]);
    let stats = heap.stats();
    assert!(stats.heap_bytes <= PAGE_SIZE * 2, "{stats:?}");
    assert!(stats.released_bytes >= big / 2, "{stats:?}");
}

#[test]
fn allocation_works_from_many_threads_and_collection_after_joining_sees_everything() {
    let heap = Arc::new(Heap::with_config(HeapConfig { gogc: 100, min_heap: 1 << 40 }));
    let list = heap.register_shape(&[Ref, Scalar]);
    let created = AtomicUsize::new(0);
    let heads: Vec<(ObjRef, u64)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4u64)
            .map(|t| {
                let heap = &heap;
                let created = &created;
                s.spawn(move || {
                    let mut m = heap.mutator();
                    let mut head: Option<ObjRef> = None;
                    for i in 0..50_000u64 {
                        let r = m.alloc_words(list, 2);
                        set_ref(&m, r, 0, head);
                        m.word(r, 1).unwrap().store(t << 32 | i, Relaxed);
                        // Garbage in between.
                        m.alloc_words(ShapeId::SCALARS, (i % 5) as usize);
                        head = Some(r);
                        created.fetch_add(1, Relaxed);
                    }
                    (head.unwrap(), t)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(created.load(Relaxed), 200_000);
    let roots: Vec<ObjRef> = heads.iter().map(|h| h.0).collect();
    collect(&heap, &roots);
    assert_eq!(heap.stats().live_objects, 200_000);
    for (head, t) in heads {
        let mut at = Some(head);
        let mut i = 50_000;
        while let Some(r) = at {
            i -= 1;
            assert_eq!(heap.word(r, 1).unwrap().load(Relaxed), t << 32 | i);
            // SAFETY: the slot holds nil or a live reference.
            at = unsafe { ObjRef::from_bits(heap.word(r, 0).unwrap().load(Acquire)) };
        }
        assert_eq!(i, 0);
    }
}
