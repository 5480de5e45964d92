//! Prints the process's resident memory while a million doubly-linked nodes are built and dropped,
//! round after round (the memory acceptance check of issue 3, at the heap level).
//!
//! `cargo run --release -p gosub-heap --example churn_rss [rounds] [nodes]`
//!
//! Expect the RSS to settle after the first round and stay flat; the last lines show it shrinking once
//! the program stops allocating and collects twice more.

use std::sync::Arc;
use std::sync::atomic::Ordering::{Relaxed, Release};

use gosub_heap::{Heap, Marker, ObjRef, SlotKind, resident_set_bytes};

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

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let nodes: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000_000);
    let heap = Arc::new(Heap::new());
    let node = heap.register_shape(&[SlotKind::Ref, SlotKind::Ref, SlotKind::Scalar]);
    let mut m = heap.mutator();
    let report = |label: &str| {
        let s = heap.stats();
        println!(
            "{label:>10}: rss {:7.1} MiB  heap {:7.1} MiB  free-resident {:6.1} MiB  live {:7.1} MiB  collections {}",
            mib(resident_set_bytes().unwrap_or(0)),
            mib(s.heap_bytes),
            mib(s.free_resident_bytes),
            mib(s.live_bytes),
            s.collections
        );
    };
    report("start");
    for round in 0..rounds {
        let head = m.alloc_words(node, 3);
        let mut tail = head;
        for i in 1..nodes {
            if m.should_collect() {
                collect(&heap, &[head, tail]);
            }
            let n = m.alloc_words(node, 3);
            m.word(n, 0).unwrap().store(tail.to_bits(), Release);
            m.word(n, 2).unwrap().store(i, Relaxed);
            m.word(tail, 1).unwrap().store(n.to_bits(), Release);
            tail = n;
        }
        report(&format!("round {round}"));
    }
    collect(&heap, &[]);
    collect(&heap, &[]);
    report("idle");
}
