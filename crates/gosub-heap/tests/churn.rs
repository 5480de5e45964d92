//! Memory stays flat under churn, and marking never recurses.
//!
//! - A million doubly-linked nodes (a cyclic structure) are built and dropped, round after round,
//!   collecting whenever the heap asks: the live bytes the heap accounts never exceed one list, every
//!   round ends with nothing live, and the heap's footprint (pages in use plus resident free pages) stops
//!   growing after the first round.
//! - A ten-million-node list and a long chain of native objects are marked with an explicit work stack.

use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering::{Acquire, Relaxed, Release};

use gosub_heap::{Heap, Marker, NativeObject, ObjRef, ShapeId, SlotKind};

/// Collects with `roots` as the only roots.
fn collect(heap: &Heap, roots: &[ObjRef]) {
    // SAFETY: single-threaded; only what the roots reach is used afterwards.
    unsafe {
        heap.collect(&mut |m: &mut Marker<'_>| {
            for &r in roots {
                m.mark(r);
            }
        })
    };
}

#[test]
fn a_million_doubly_linked_nodes_built_and_dropped_keep_the_heap_flat() {
    const NODES: usize = 1_000_000;
    let heap = Arc::new(Heap::new());
    let node = heap.register_shape(&[SlotKind::Ref, SlotKind::Ref, SlotKind::Scalar]); // prev, next, value
    let node_bytes = 32; // header + 3 words
    let mut m = heap.mutator();
    let mut footprints = Vec::new();
    for round in 0..8u64 {
        let head = m.alloc_words(node, 3);
        let mut tail = head;
        for i in 1..NODES as u64 {
            if m.should_collect() {
                // A safepoint: the list being built is the only root.
                collect(&heap, &[head, tail]);
                assert!(heap.stats().live_bytes <= NODES * node_bytes, "{:?}", heap.stats());
            }
            let n = m.alloc_words(node, 3);
            m.word(n, 0).unwrap().store(tail.to_bits(), Release);
            m.word(n, 2).unwrap().store(round << 32 | i, Relaxed);
            m.word(tail, 1).unwrap().store(n.to_bits(), Release);
            tail = n;
        }
        // The whole list is intact.
        collect(&heap, &[tail]);
        assert_eq!(heap.stats().live_objects, NODES);
        assert_eq!(heap.stats().live_bytes, NODES * node_bytes);
        let mut at = Some(head);
        let mut count = 0u64;
        while let Some(r) = at {
            if count > 0 {
                assert_eq!(m.word(r, 2).unwrap().load(Relaxed), round << 32 | count);
            }
            count += 1;
            // SAFETY: next slots hold nil or live nodes.
            at = unsafe { ObjRef::from_bits(m.word(r, 1).unwrap().load(Acquire)) };
        }
        assert_eq!(count, NODES as u64);
        // Drop it.
        collect(&heap, &[]);
        let stats = heap.stats();
        assert_eq!((stats.live_objects, stats.live_bytes), (0, 0));
        footprints.push(stats.heap_bytes + stats.free_resident_bytes);
    }
    let first = footprints[0];
    assert!(first >= NODES * node_bytes, "{footprints:?}");
    assert!(footprints.iter().all(|&f| f <= first), "footprint grew: {footprints:?}");
    assert!(heap.stats().freed_objects >= 8 * NODES as u64);
}

#[test]
fn marking_a_ten_million_node_list_does_not_recurse() {
    const NODES: usize = 10_000_000;
    let heap = Arc::new(Heap::new());
    let mut m = heap.mutator();
    let mut head: Option<ObjRef> = None;
    for _ in 0..NODES {
        let n = m.alloc_words(ShapeId::REFS, 1);
        m.word(n, 0).unwrap().store(ObjRef::opt_to_bits(head), Release);
        head = Some(n);
    }
    collect(&heap, &[head.unwrap()]);
    assert_eq!(heap.stats().live_objects, NODES);
    collect(&heap, &[]);
    assert_eq!(heap.stats().live_objects, 0);
}

/// A native object that refers to another object.
struct Link(AtomicU64);

impl NativeObject for Link {
    fn trace(&self, marker: &mut Marker<'_>) {
        // SAFETY: the slot holds nil or a live reference.
        unsafe { marker.mark_bits(self.0.load(Relaxed)) };
    }
}

#[test]
fn marking_a_long_chain_of_native_objects_does_not_recurse() {
    const LINKS: usize = 1_000_000;
    let heap = Arc::new(Heap::new());
    let mut m = heap.mutator();
    let mut head = 0;
    for _ in 0..LINKS {
        head = m.alloc_native(Link(AtomicU64::new(head))).to_bits();
    }
    // SAFETY: head is the last allocated link.
    let head = unsafe { ObjRef::from_bits(head) }.unwrap();
    collect(&heap, &[head]);
    assert_eq!(heap.stats().live_objects, LINKS);
    collect(&heap, &[]);
    assert_eq!(heap.stats().live_objects, 0);
}
