//! A stop-the-world simulation: worker threads allocate through their own mutators, stop at a barrier
//! (their "safepoint") after publishing their roots, one thread collects, and the workers resume with the
//! pages they owned. Every worker keeps a list it checks after each collection, and drops garbage in
//! between, so freed slots are reused while other threads' live objects sit in the same heap.

use std::sync::atomic::Ordering::{Acquire, Relaxed, Release};
use std::sync::{Arc, Barrier, Mutex};

use gosub_heap::{Heap, HeapConfig, Marker, ObjRef, ShapeId, SlotKind};

const WORKERS: usize = 3;
const ROUNDS: usize = 6;
const PER_ROUND: u64 = 20_000;

#[test]
fn workers_keep_their_objects_across_stop_the_world_collections() {
    let heap = Arc::new(Heap::with_config(HeapConfig { gogc: 100, min_heap: 256 << 10 }));
    let node = heap.register_shape(&[SlotKind::Ref, SlotKind::Scalar]);
    let roots: Mutex<Vec<Option<ObjRef>>> = Mutex::new(vec![None; WORKERS]);
    let stop = Barrier::new(WORKERS + 1);
    let resume = Barrier::new(WORKERS + 1);
    std::thread::scope(|s| {
        for w in 0..WORKERS {
            let (heap, roots, stop, resume) = (&heap, &roots, &stop, &resume);
            s.spawn(move || {
                let mut m = heap.mutator();
                let mut head: Option<ObjRef> = None;
                let mut len = 0u64;
                for round in 0..ROUNDS {
                    for i in 0..PER_ROUND {
                        let n = m.alloc_words(node, 2);
                        m.word(n, 0).unwrap().store(ObjRef::opt_to_bits(head), Release);
                        m.word(n, 1).unwrap().store((w as u64) << 48 | len, Relaxed);
                        head = Some(n);
                        len += 1;
                        // Garbage of several size classes, some bytes, some large.
                        m.alloc_words(ShapeId::REFS, (i % 7) as usize);
                        m.alloc_bytes((i % 50) as usize);
                        if i % 5000 == 0 {
                            m.alloc_words(ShapeId::SCALARS, 3000 + round);
                        }
                    }
                    // Safepoint: publish the roots, stop, and wait for the collection.
                    roots.lock().unwrap()[w] = head;
                    stop.wait();
                    resume.wait();
                    // Everything this worker built is intact.
                    let mut at = head;
                    let mut expect = len;
                    while let Some(r) = at {
                        expect -= 1;
                        assert_eq!(m.word(r, 1).unwrap().load(Relaxed), (w as u64) << 48 | expect);
                        // SAFETY: next slots hold nil or live nodes.
                        at = unsafe { ObjRef::from_bits(m.word(r, 0).unwrap().load(Acquire)) };
                    }
                    assert_eq!(expect, 0);
                }
            });
        }
        for round in 1..=ROUNDS {
            stop.wait();
            let published: Vec<ObjRef> = roots.lock().unwrap().iter().flatten().copied().collect();
            // SAFETY: every worker waits at the barrier (which orders its writes before this), and each
            // worker's only live reference is the head it published.
            unsafe {
                heap.collect(&mut |mk: &mut Marker<'_>| {
                    for &r in &published {
                        mk.mark(r);
                    }
                })
            };
            let stats = heap.stats();
            assert_eq!(published.len(), WORKERS);
            assert_eq!(stats.live_objects, WORKERS * round * PER_ROUND as usize, "{stats:?}");
            resume.wait();
        }
    });
    let stats = heap.stats();
    assert_eq!(stats.collections, ROUNDS as u64);
    assert_eq!(stats.live_objects as u64, WORKERS as u64 * ROUNDS as u64 * PER_ROUND);
}
