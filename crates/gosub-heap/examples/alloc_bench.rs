//! Allocation benchmark: prints ns per allocation, collections included.
//!
//! `cargo run --release -p gosub-heap --example alloc_bench [bintree|churn|threads] [depth]`
//!
//! 1. bintree: the shape of `../shared/bench/programs/bintree.go` (max depth 15 by default): many
//!    short-lived trees of 48-byte nodes plus one long-lived tree, collecting whenever the heap asks
//!    (between trees, with the long-lived tree as the root).
//! 2. churn: 50 million small objects of mixed sizes, none retained.
//! 3. threads: two threads allocating 5 million objects each through their own mutators, against one
//!    thread doing the same, to show that the fast path does not contend.

use std::sync::Arc;
use std::sync::atomic::Ordering::{Relaxed, Release};
use std::time::Instant;

use gosub_heap::{Heap, HeapConfig, Marker, Mutator, ObjRef, ShapeId, SlotKind};

/// A tree node: left (object, offset), right (object, offset), value.
fn build(m: &mut Mutator, node: ShapeId, depth: u32, val: u64) -> ObjRef {
    let n = m.alloc_words(node, 5);
    m.word(n, 4).unwrap().store(val, Relaxed);
    if depth > 0 {
        let left = build(m, node, depth - 1, 2 * val);
        let right = build(m, node, depth - 1, 2 * val + 1);
        m.word(n, 0).unwrap().store(left.to_bits(), Release);
        m.word(n, 2).unwrap().store(right.to_bits(), Release);
    }
    n
}

fn check(heap: &Heap, n: ObjRef) -> u64 {
    let words = heap.words(n);
    // SAFETY: the slots hold nil or live nodes.
    match unsafe { ObjRef::from_bits(words[0].load(Relaxed)) } {
        None => words[4].load(Relaxed) & 7,
        Some(left) => {
            // SAFETY: as above.
            let right = unsafe { ObjRef::from_bits(words[2].load(Relaxed)) }.unwrap();
            1 + check(heap, left) + check(heap, right)
        }
    }
}

fn collect(heap: &Heap, roots: &[ObjRef]) {
    // SAFETY: single-threaded; only the roots are used afterwards.
    unsafe {
        heap.collect(&mut |m: &mut Marker<'_>| {
            for &r in roots {
                m.mark(r);
            }
        })
    };
}

fn bintree(max_depth: u32) {
    let heap = Arc::new(Heap::new());
    let node = heap.register_shape(&[
        SlotKind::Ref,
        SlotKind::Scalar,
        SlotKind::Ref,
        SlotKind::Scalar,
        SlotKind::Scalar,
    ]);
    let mut m = heap.mutator();
    let start = Instant::now();
    let long_lived = build(&mut m, node, max_depth, 1);
    let mut allocs: u64 = (1 << (max_depth + 1)) - 1;
    let mut total = 0;
    let mut d = 4;
    while d <= max_depth {
        let iters = 1u64 << (max_depth - d + 2);
        let mut sum = 0;
        for i in 0..iters {
            if m.should_collect() {
                collect(&heap, &[long_lived]);
            }
            sum += check(&heap, build(&mut m, node, d, i));
        }
        allocs += iters * ((1 << (d + 1)) - 1);
        total += sum;
        d += 2;
    }
    let total = total + check(&heap, long_lived);
    let elapsed = start.elapsed();
    let stats = heap.stats();
    println!(
        "bintree depth {max_depth}: {allocs} allocations, check {total}, {:.1} ms, {:.1} ns/alloc (incl. checks), \
         {} collections, {:.1} ms collecting, peak-ish heap {} KiB",
        elapsed.as_secs_f64() * 1e3,
        elapsed.as_nanos() as f64 / allocs as f64,
        stats.collections,
        stats.total_pause.as_secs_f64() * 1e3,
        (stats.heap_bytes + stats.free_resident_bytes) / 1024,
    );
}

fn churn() {
    let heap = Arc::new(Heap::new());
    let mut m = heap.mutator();
    const N: u64 = 50_000_000;
    let start = Instant::now();
    for i in 0..N {
        if m.should_collect() {
            collect(&heap, &[]);
        }
        let r = m.alloc_words(ShapeId::SCALARS, (i % 4) as usize + 1);
        m.word(r, 0).unwrap().store(i, Relaxed);
    }
    let elapsed = start.elapsed();
    let stats = heap.stats();
    println!(
        "churn: {N} allocations of 16-40 bytes, {:.1} ns/alloc, {} collections, {:.1} ms collecting",
        elapsed.as_nanos() as f64 / N as f64,
        stats.collections,
        stats.total_pause.as_secs_f64() * 1e3
    );
}

fn threads() {
    const N: usize = 5_000_000;
    let run = |threads: usize| {
        let heap = Arc::new(Heap::with_config(HeapConfig { gogc: 100, min_heap: 1 << 40 }));
        let alloc_all = || {
            let start = Instant::now();
            std::thread::scope(|s| {
                for _ in 0..threads {
                    let heap = &heap;
                    s.spawn(move || {
                        let mut m = heap.mutator();
                        for i in 0..N {
                            let r = m.alloc_words(ShapeId::SCALARS, 3);
                            m.word(r, 0).unwrap().store(i as u64, Relaxed);
                        }
                    });
                }
            });
            start.elapsed()
        };
        // The first pass faults the pages in; the collection frees every object and keeps the pages
        // resident (the trigger is far away), so the second pass measures allocation alone.
        let cold = alloc_all();
        collect(&heap, &[]);
        (cold, alloc_all())
    };
    let per = |d: std::time::Duration| d.as_nanos() as f64 / N as f64;
    let (one_cold, one) = run(1);
    let (two_cold, two) = run(2);
    println!(
        "threads: {N} allocations of 32 bytes per thread, no collection: 1 thread {:.1} ns/alloc \
         ({:.1} with page faults), 2 threads {:.1} ns/alloc per thread ({:.1} with page faults)",
        per(one),
        per(one_cold),
        per(two),
        per(two_cold)
    );
}

fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    let depth = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(15);
    if which.is_empty() || which == "bintree" {
        bintree(depth);
    }
    if which.is_empty() || which == "churn" {
        churn();
    }
    if which.is_empty() || which == "threads" {
        threads();
    }
}
