//! Property test: random object graphs with random roots; after each collection exactly the reachable
//! objects survive, with their contents, every other object is freed, and exactly the unreachable native
//! objects are dropped. Several rounds per case relink the survivors with new objects, so freed slots,
//! pages owned across collections and the shared allocator are all exercised.

use std::collections::HashSet;
use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering::{Acquire, Relaxed, Release};
use std::sync::{Arc, Mutex};

use gosub_heap::{Heap, HeapConfig, Marker, Mutator, NativeObject, ObjKind, ObjRef, ShapeId, SlotKind};
use proptest::prelude::*;

use SlotKind::{IfaceData, IfaceType, Ref, Scalar};

/// Slot patterns the test draws from.
const PATTERNS: &[&[SlotKind]] = &[
    &[Ref],
    &[Scalar],
    &[Ref, Scalar],
    &[Scalar, Ref, Ref],
    &[IfaceType, IfaceData],
    &[Ref, IfaceType, IfaceData, Scalar],
];

/// A small deterministic generator (xorshift64*), seeded by proptest.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// What the model expects in one slot.
#[derive(Clone, Copy, Debug)]
enum Val {
    /// A plain number.
    Num(u64),
    /// The address of another object, stored in a scalar slot: must not keep it alive.
    Decoy(usize),
    /// A reference (nil or an object).
    Ref(Option<usize>),
    /// An interface type word.
    Type(u64),
    /// A word that is not an object start, after a pointer type word (a torn interface).
    Garbage(u64),
}

#[derive(Debug)]
enum Body {
    Words { pattern: usize, slots: Vec<Val> },
    Bytes(Vec<u8>),
    Native { id: u64, slots: Vec<Option<usize>> },
}

#[derive(Debug)]
struct Obj {
    r: ObjRef,
    body: Body,
}

/// A native object with reference slots that records its drop.
struct Cell {
    id: u64,
    slots: Vec<AtomicU64>,
    drops: Arc<Mutex<Vec<u64>>>,
}

impl NativeObject for Cell {
    fn trace(&self, marker: &mut Marker<'_>) {
        // SAFETY: the test stores only nil or live references in these slots.
        unsafe { marker.mark_atomic_slots(&self.slots, &[Ref]) };
    }
}

impl Drop for Cell {
    fn drop(&mut self) {
        self.drops.lock().unwrap().push(self.id);
    }
}

struct World {
    heap: Arc<Heap>,
    mutators: [Mutator; 2],
    shapes: Vec<ShapeId>,
    objs: Vec<Obj>,
    drops: Arc<Mutex<Vec<u64>>>,
    next_native: u64,
    rng: Rng,
}

impl World {
    fn new(seed: u64) -> World {
        let heap = Arc::new(Heap::with_config(HeapConfig { gogc: 100, min_heap: 1 << 40 }));
        let shapes = PATTERNS.iter().map(|p| heap.register_shape(p)).collect();
        let mutators = [heap.mutator(), heap.mutator()];
        World {
            heap,
            mutators,
            shapes,
            objs: Vec::new(),
            drops: Arc::new(Mutex::new(Vec::new())),
            next_native: 0,
            rng: Rng(seed | 1),
        }
    }

    fn alloc(&mut self) {
        let which = self.rng.below(3);
        let kind = self.rng.below(10);
        let obj = if kind < 6 {
            let pattern = self.rng.below(PATTERNS.len());
            let reps =
                if self.rng.chance(4) { 1100 / PATTERNS[pattern].len() + 1 } else { self.rng.below(5) };
            let len = reps * PATTERNS[pattern].len();
            let shape = self.shapes[pattern];
            let r = match which {
                2 => self.heap.alloc_words(shape, len),
                m => self.mutators[m].alloc_words(shape, len),
            };
            assert_eq!((r.kind(), r.len(), r.shape()), (ObjKind::Words, len, Some(shape)));
            Obj { r, body: Body::Words { pattern, slots: vec![Val::Num(0); len] } }
        } else if kind < 8 {
            let len = if self.rng.chance(5) { 9000 + self.rng.below(2000) } else { self.rng.below(40) };
            let data: Vec<u8> = (0..len).map(|_| self.rng.next() as u8).collect();
            let r = match which {
                2 => self.heap.alloc_bytes_from(&data),
                m => self.mutators[m].alloc_bytes_from(&data),
            };
            Obj { r, body: Body::Bytes(data) }
        } else {
            let id = self.next_native;
            self.next_native += 1;
            let n = self.rng.below(4);
            let cell =
                Cell { id, slots: (0..n).map(|_| AtomicU64::new(0)).collect(), drops: self.drops.clone() };
            let r = match which {
                2 => self.heap.alloc_native(cell),
                m => self.mutators[m].alloc_native(cell),
            };
            Obj { r, body: Body::Native { id, slots: vec![None; n] } }
        };
        self.objs.push(obj);
    }

    fn target(&mut self) -> Option<usize> {
        if self.rng.chance(15) { None } else { Some(self.rng.below(self.objs.len())) }
    }

    fn bits(&self, target: Option<usize>) -> u64 {
        ObjRef::opt_to_bits(target.map(|t| self.objs[t].r))
    }

    /// Gives every object new random contents, pointing anywhere in the current set.
    fn relink(&mut self) {
        for i in 0..self.objs.len() {
            let mut body = std::mem::replace(&mut self.objs[i].body, Body::Bytes(Vec::new()));
            match &mut body {
                Body::Words { pattern, slots } => {
                    let kinds = PATTERNS[*pattern];
                    for s in 0..slots.len() {
                        slots[s] = match kinds[s % kinds.len()] {
                            Scalar if self.rng.chance(30) => Val::Decoy(self.rng.below(self.objs.len())),
                            Scalar => Val::Num(self.rng.next()),
                            Ref => Val::Ref(self.target()),
                            IfaceType => {
                                Val::Type(self.rng.next() >> 8 << 1 | u64::from(self.rng.chance(60)))
                            }
                            IfaceData => match slots[s - 1] {
                                Val::Type(t) if t & 1 == 0 => {
                                    if self.rng.chance(50) {
                                        Val::Decoy(self.rng.below(self.objs.len()))
                                    } else {
                                        Val::Num(self.rng.next())
                                    }
                                }
                                _ if self.rng.chance(15) => {
                                    let near = self.objs[self.rng.below(self.objs.len())].r.to_bits();
                                    let garbage = [near + 8, near | 1, self.rng.next() | 1, 0x1000];
                                    Val::Garbage(garbage[self.rng.below(4)])
                                }
                                _ => Val::Ref(self.target()),
                            },
                        };
                        let value = self.value(slots[s]);
                        let order = if matches!(slots[s], Val::Ref(_)) { Release } else { Relaxed };
                        self.heap.word(self.objs[i].r, s).unwrap().store(value, order);
                    }
                }
                Body::Native { slots, .. } => {
                    let cell = self.heap.native::<Cell>(self.objs[i].r).unwrap();
                    for (s, slot) in slots.iter_mut().enumerate() {
                        *slot =
                            if self.rng.chance(15) { None } else { Some(self.rng.below(self.objs.len())) };
                        cell.slots[s].store(ObjRef::opt_to_bits(slot.map(|t| self.objs[t].r)), Release);
                    }
                }
                Body::Bytes(_) => {}
            }
            self.objs[i].body = body;
        }
    }

    fn value(&self, v: Val) -> u64 {
        match v {
            Val::Num(n) | Val::Type(n) | Val::Garbage(n) => n,
            Val::Decoy(t) => self.objs[t].r.to_bits(),
            Val::Ref(t) => self.bits(t),
        }
    }

    /// The model's reachable set from `roots`.
    fn reachable(&self, roots: &[usize]) -> Vec<bool> {
        let mut seen = vec![false; self.objs.len()];
        let mut stack = roots.to_vec();
        while let Some(i) = stack.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            match &self.objs[i].body {
                Body::Words { slots, .. } => {
                    stack.extend(slots.iter().filter_map(|v| if let Val::Ref(t) = v { *t } else { None }))
                }
                Body::Native { slots, .. } => stack.extend(slots.iter().flatten()),
                Body::Bytes(_) => {}
            }
        }
        seen
    }

    /// Collects with random roots and checks the outcome; keeps the survivors (renumbered).
    fn round(&mut self, new_objects: usize, root_percent: u64) -> Result<(), TestCaseError> {
        for _ in 0..new_objects {
            self.alloc();
        }
        self.relink();
        let roots: Vec<usize> = (0..self.objs.len()).filter(|_| self.rng.chance(root_percent)).collect();
        let live = self.reachable(&roots);
        let root_refs: Vec<ObjRef> = roots.iter().map(|&i| self.objs[i].r).collect();
        // Roots go through every kind of marker entry point.
        let root_bits: Vec<u64> = root_refs.iter().map(|r| r.to_bits()).collect();
        let drops_before: HashSet<u64> = self.drops.lock().unwrap().iter().copied().collect();
        // SAFETY: single-threaded; every object used after the collection is reachable from the roots.
        unsafe {
            self.heap.collect(&mut |m| {
                for (k, &r) in root_refs.iter().enumerate() {
                    match k % 3 {
                        0 => m.mark(r),
                        1 => m.mark_slots(&root_bits[k..k + 1], &[Ref]),
                        _ => m.mark_iface(1, r.to_bits()),
                    }
                }
            });
        }
        let mut expected_drops = drops_before.clone();
        for (i, obj) in self.objs.iter().enumerate() {
            let found = self.heap.find_object(obj.r.to_bits());
            if !live[i] {
                prop_assert_eq!(found, None, "unreachable object {} survived", i);
                if let Body::Native { id, .. } = obj.body {
                    expected_drops.insert(id);
                }
                continue;
            }
            prop_assert_eq!(found, Some(obj.r), "reachable object {} was freed", i);
            match &obj.body {
                Body::Words { slots, .. } => {
                    for (s, v) in slots.iter().enumerate() {
                        prop_assert_eq!(self.heap.word(obj.r, s).unwrap().load(Acquire), self.value(*v));
                    }
                }
                Body::Bytes(data) => {
                    // SAFETY: nobody writes the bytes.
                    prop_assert_eq!(unsafe { self.heap.bytes_unsync(obj.r) }, &data[..]);
                }
                Body::Native { id, slots } => {
                    let cell = self.heap.native::<Cell>(obj.r).unwrap();
                    prop_assert_eq!(cell.id, *id);
                    for (s, t) in slots.iter().enumerate() {
                        prop_assert_eq!(cell.slots[s].load(Acquire), self.bits(*t));
                    }
                }
            }
        }
        let drops: Vec<u64> = self.drops.lock().unwrap().clone();
        prop_assert_eq!(drops.len(), expected_drops.len(), "a native object was dropped twice or not at all");
        prop_assert_eq!(drops.into_iter().collect::<HashSet<u64>>(), expected_drops);
        prop_assert_eq!(self.heap.stats().live_objects, live.iter().filter(|l| **l).count());

        // Keep the survivors; slots are rewritten by the next round's relink.
        let objs = std::mem::take(&mut self.objs);
        self.objs = objs.into_iter().zip(&live).filter(|(_, l)| **l).map(|(o, _)| o).collect();
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn exactly_the_reachable_objects_survive(
        seed in any::<u64>(),
        rounds in proptest::collection::vec((1usize..250, 0u64..30), 1..5),
    ) {
        let mut world = World::new(seed);
        for (new_objects, root_percent) in rounds {
            world.round(new_objects, root_percent)?;
        }
    }
}
