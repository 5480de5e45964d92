//! Native objects: Rust values (maps, channels, timers) that live in the heap and hold Go values.
//!
//! A native object occupies a 24-byte slot in a page of the native class: the header word, then the
//! `*mut dyn NativeObject` of a `Box` (two words, written once at allocation, read-only afterwards). The
//! collector calls [`NativeObject::trace`] on reachable ones and drops unreachable ones during the sweep.

use std::any::Any;

use crate::Marker;

/// A Rust value owned by the heap.
///
/// The value is shared by every thread that holds its reference, so it must use interior mutability
/// (a lock or atomics) for any state it changes. It must keep every Go reference it holds as slots that
/// [`NativeObject::trace`] reports: the collector frees whatever is not reported.
///
/// `Drop` runs during a collection's sweep, with the world stopped: it must not use the [`crate::Heap`]
/// (no allocation, no accessors) and must not block on another goroutine.
pub trait NativeObject: Any + Send + Sync {
    /// Reports every heap reference this value holds to the marker (called with the world stopped, so
    /// locks inside the value are uncontended).
    fn trace(&self, marker: &mut Marker<'_>);

    /// Bytes of memory this value owns outside the heap (a map's table), counted in the live heap so that
    /// the next collection is paced as if they were heap objects. Read during marking.
    fn external_bytes(&self) -> usize {
        0
    }
}

const _: () = assert!(size_of::<*mut dyn NativeObject>() == 16);
