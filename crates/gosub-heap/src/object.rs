//! Object references and the object header word.
//!
//! An [`ObjRef`] is the address of an object's header word; the payload starts one word later. The header
//! (one `u64`, written once when the object is allocated and never changed) is:
//!
//! ```text
//!  63                 32 31              8 7     4   3     2    1  0
//! +--------------------+-----------------+-------+----+-----+------+
//! | length (u32)       | shape index     | 0     |scan|large| kind |
//! +--------------------+-----------------+-------+----+-----+------+
//! ```
//!
//! - `kind`: [`ObjKind::Words`], [`ObjKind::Bytes`] or [`ObjKind::Native`].
//! - `large`: the object has an allocation of its own (`large.rs`), and its mark word is the word just
//!   before the header; otherwise it lives in a page and its mark bit is in the page header.
//! - `scan`: the object may hold references (a words object whose shape has reference slots, or a native
//!   object): the marker pushes it on its work stack. Objects without it are only marked.
//! - `shape index`: the [`crate::ShapeId`] of a words object (24 bits).
//! - `length`: payload length in words (words objects) or bytes (bytes objects); 0 for native objects.

use std::num::NonZeroU64;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use crate::ShapeId;

pub(crate) const KIND_MASK: u64 = 0b11;
pub(crate) const KIND_WORDS: u64 = 0;
pub(crate) const KIND_BYTES: u64 = 1;
pub(crate) const KIND_NATIVE: u64 = 2;
pub(crate) const LARGE_BIT: u64 = 1 << 2;
pub(crate) const SCAN_BIT: u64 = 1 << 3;
pub(crate) const SHAPE_SHIFT: u32 = 8;
pub(crate) const SHAPE_MASK: u64 = 0x00ff_ffff;
pub(crate) const LEN_SHIFT: u32 = 32;

/// Size of the object header in bytes.
pub(crate) const HEADER_BYTES: usize = 8;

/// The largest payload length: words for a words object, bytes for a bytes object.
pub const MAX_LEN: usize = u32::MAX as usize;

/// What an object's payload is.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ObjKind {
    /// 8-byte words (`AtomicU64`), described by a [`ShapeId`].
    Words,
    /// Raw bytes (string contents, `[]byte` backing stores); never traced.
    Bytes,
    /// A Rust value implementing [`crate::NativeObject`].
    Native,
}

/// A reference to a heap object: the address of its header. Never null; a nil Go reference is
/// `Option<ObjRef>::None`, whose bits are 0 (see [`ObjRef::to_bits`]).
///
/// An `ObjRef` is valid from its allocation until the first collection that does not reach it; the
/// accessors trust that it is valid, which is why [`ObjRef::from_bits`] is `unsafe`.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct ObjRef(NonZeroU64);

impl ObjRef {
    /// The reference whose bits are `bits`, or `None` for 0 (nil).
    ///
    /// # Safety
    /// `bits` is 0 or was produced by [`ObjRef::to_bits`] for an object that is still allocated: every
    /// collection since its allocation reached it (it was reported by the roots or traced from them).
    #[inline(always)]
    pub unsafe fn from_bits(bits: u64) -> Option<ObjRef> {
        NonZeroU64::new(bits).map(ObjRef)
    }

    /// The bits to store in a slot: the object's address, never 0.
    #[inline(always)]
    pub fn to_bits(self) -> u64 {
        self.0.get()
    }

    /// The bits of a possibly-nil reference: 0 for `None`.
    #[inline(always)]
    pub fn opt_to_bits(r: Option<ObjRef>) -> u64 {
        r.map_or(0, ObjRef::to_bits)
    }

    /// Wraps an address the heap has just allocated (exposing its provenance).
    #[inline(always)]
    pub(crate) fn from_addr(addr: usize) -> ObjRef {
        debug_assert!(addr != 0 && addr.is_multiple_of(8));
        // Addresses come from exposed pointers (`expose_provenance`), never from arithmetic on nothing.
        ObjRef(NonZeroU64::new(addr as u64).expect("heap addresses are never null"))
    }

    /// The object's address.
    #[inline(always)]
    pub(crate) fn addr(self) -> usize {
        self.0.get() as usize
    }

    /// A raw pointer to the object's byte `offset` (0 = the header).
    #[inline(always)]
    pub(crate) fn ptr<T>(self, offset: usize) -> *mut T {
        std::ptr::with_exposed_provenance_mut::<u8>(self.addr()).wrapping_add(offset).cast()
    }

    /// The header word.
    #[inline(always)]
    pub(crate) fn header(self) -> u64 {
        // SAFETY: a valid ObjRef points at its header word, which is 8-aligned and written before the
        // reference was handed out; the header never changes afterwards.
        unsafe { (*self.ptr::<AtomicU64>(0)).load(Relaxed) }
    }

    /// What the payload is.
    #[inline]
    pub fn kind(self) -> ObjKind {
        match self.header() & KIND_MASK {
            KIND_WORDS => ObjKind::Words,
            KIND_BYTES => ObjKind::Bytes,
            _ => ObjKind::Native,
        }
    }

    /// Payload length: words for a words object, bytes for a bytes object, 0 for a native object.
    #[inline(always)]
    pub fn len(self) -> usize {
        (self.header() >> LEN_SHIFT) as usize
    }

    /// True if the payload is empty.
    #[inline(always)]
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The shape of a words object.
    #[inline]
    pub fn shape(self) -> Option<ShapeId> {
        let h = self.header();
        (h & KIND_MASK == KIND_WORDS).then(|| ShapeId::from_header(h))
    }

    /// True if the object has an allocation of its own rather than a slot in a page.
    #[inline]
    pub fn is_large(self) -> bool {
        self.header() & LARGE_BIT != 0
    }
}

/// Length in words for a words header, 0 for any other kind (so a kind mismatch yields an empty slice).
#[inline(always)]
pub(crate) fn words_len(h: u64) -> usize {
    if h & KIND_MASK == KIND_WORDS { (h >> LEN_SHIFT) as usize } else { 0 }
}

/// Length in bytes for a bytes header, 0 for any other kind.
#[inline(always)]
pub(crate) fn bytes_len(h: u64) -> usize {
    if h & KIND_MASK == KIND_BYTES { (h >> LEN_SHIFT) as usize } else { 0 }
}

/// Header of a words object.
#[inline(always)]
pub(crate) fn words_header(shape: ShapeId, len: usize) -> u64 {
    ((len as u64) << LEN_SHIFT) | shape.header_bits() | KIND_WORDS
}

/// Header of a bytes object.
#[inline(always)]
pub(crate) fn bytes_header(len: usize) -> u64 {
    ((len as u64) << LEN_SHIFT) | KIND_BYTES
}

/// Header of a native object.
pub(crate) const NATIVE_HEADER: u64 = SCAN_BIT | KIND_NATIVE;

/// Payload bytes of a bytes object of `len` bytes (rounded to whole words).
#[inline(always)]
pub(crate) fn bytes_payload(len: usize) -> usize {
    (len + 7) & !7
}
