//! Shapes: which payload words of a words object are references.
//!
//! A shape is a registered pattern of [`SlotKind`]s, repeated over the payload (a struct's slot kinds,
//! repeated over a slice's backing store). Identical patterns get the same [`ShapeId`]. The id also
//! records whether the pattern has any reference slot, so allocation can set the header's scan bit
//! without looking the shape up.

use std::collections::HashMap;

use crate::object::{SCAN_BIT, SHAPE_MASK, SHAPE_SHIFT};

/// What one 8-byte slot holds, for the collector.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
#[repr(u8)]
pub enum SlotKind {
    /// Not a reference (integers, floats, offsets, lengths, type ids).
    Scalar,
    /// 0 (nil) or the bits of an [`crate::ObjRef`].
    Ref,
    /// The type word of an interface; always immediately followed by its [`SlotKind::IfaceData`].
    /// Bit 0 set means the data word is a reference.
    IfaceType,
    /// The data word of an interface: a reference iff the preceding type word has bit 0 set. Because a racy
    /// Go program can tear an interface (type from one write, data from another), the collector checks that
    /// such a word really is an object before following it.
    IfaceData,
}

/// A registered slot pattern (see [`crate::Heap::register_shape`]).
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct ShapeId(u32);

/// Bit 0 of the id: the pattern has reference slots; the rest: the index in the table.
const HAS_REFS: u32 = 1;

impl ShapeId {
    /// `[Scalar]`: every word is a scalar. Registered in every heap.
    pub const SCALARS: ShapeId = ShapeId(0);
    /// `[Ref]`: every word is a reference. Registered in every heap.
    pub const REFS: ShapeId = ShapeId((1 << 1) | HAS_REFS);

    /// Index into the shape table.
    #[inline(always)]
    pub(crate) fn index(self) -> usize {
        (self.0 >> 1) as usize
    }

    /// True if the pattern has a reference or interface slot.
    #[inline(always)]
    pub fn has_refs(self) -> bool {
        self.0 & HAS_REFS != 0
    }

    /// The shape and scan bits of an object header.
    #[inline(always)]
    pub(crate) fn header_bits(self) -> u64 {
        (u64::from(self.0 >> 1) << SHAPE_SHIFT) | if self.has_refs() { SCAN_BIT } else { 0 }
    }

    /// The shape recorded in an object header.
    #[inline(always)]
    pub(crate) fn from_header(h: u64) -> ShapeId {
        let index = ((h >> SHAPE_SHIFT) & SHAPE_MASK) as u32;
        ShapeId((index << 1) | u32::from(h & SCAN_BIT != 0))
    }
}

/// Reasons a slot pattern cannot be registered.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ShapeError {
    /// The pattern is empty.
    Empty,
    /// An `IfaceType` slot is not immediately followed by `IfaceData`, or `IfaceData` is not preceded by
    /// `IfaceType` (at the given index).
    UnpairedInterface(usize),
    /// More than 2^23 distinct shapes.
    TooMany,
}

impl std::fmt::Display for ShapeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShapeError::Empty => write!(f, "empty slot pattern"),
            ShapeError::UnpairedInterface(i) => write!(f, "unpaired interface slot at index {i}"),
            ShapeError::TooMany => write!(f, "too many shapes"),
        }
    }
}

impl std::error::Error for ShapeError {}

/// A registered pattern, as the marker uses it.
pub(crate) struct Shape {
    pub(crate) kinds: Box<[SlotKind]>,
    /// Indices of the `Ref` slots in the pattern.
    pub(crate) refs: Box<[u32]>,
    /// Indices of the `IfaceType` slots in the pattern (each followed by its data slot).
    pub(crate) ifaces: Box<[u32]>,
}

/// All registered shapes; guarded by `Heap::shapes` (written by `register_shape`, read by collections).
pub(crate) struct ShapeTable {
    pub(crate) shapes: Vec<Shape>,
    ids: HashMap<Box<[SlotKind]>, ShapeId>,
}

impl ShapeTable {
    pub(crate) fn new() -> ShapeTable {
        let mut table = ShapeTable { shapes: Vec::new(), ids: HashMap::new() };
        let scalars = table.register(&[SlotKind::Scalar]);
        let refs = table.register(&[SlotKind::Ref]);
        debug_assert_eq!((scalars, refs), (Ok(ShapeId::SCALARS), Ok(ShapeId::REFS)));
        table
    }

    pub(crate) fn register(&mut self, kinds: &[SlotKind]) -> Result<ShapeId, ShapeError> {
        validate(kinds)?;
        if let Some(&id) = self.ids.get(kinds) {
            return Ok(id);
        }
        let index = self.shapes.len() as u32;
        if u64::from(index) > SHAPE_MASK >> 1 {
            return Err(ShapeError::TooMany);
        }
        let has_refs = kinds.iter().any(|k| *k != SlotKind::Scalar);
        let id = ShapeId((index << 1) | u32::from(has_refs));
        let indices = |want: SlotKind| -> Box<[u32]> {
            (0..kinds.len() as u32).filter(|&i| kinds[i as usize] == want).collect()
        };
        let (refs, ifaces) = (indices(SlotKind::Ref), indices(SlotKind::IfaceType));
        self.shapes.push(Shape { kinds: kinds.into(), refs, ifaces });
        self.ids.insert(kinds.into(), id);
        Ok(id)
    }

    /// The kinds of a registered pattern.
    pub(crate) fn kinds(&self, id: ShapeId) -> Option<&[SlotKind]> {
        self.shapes.get(id.index()).map(|s| &*s.kinds)
    }
}

/// Checks that interface slots come in (type, data) pairs inside the pattern.
pub(crate) fn validate(kinds: &[SlotKind]) -> Result<(), ShapeError> {
    if kinds.is_empty() {
        return Err(ShapeError::Empty);
    }
    let mut i = 0;
    while i < kinds.len() {
        match kinds[i] {
            SlotKind::IfaceType => {
                if kinds.get(i + 1) != Some(&SlotKind::IfaceData) {
                    return Err(ShapeError::UnpairedInterface(i));
                }
                i += 2;
            }
            SlotKind::IfaceData => return Err(ShapeError::UnpairedInterface(i)),
            _ => i += 1,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::SlotKind::*;
    use super::*;

    #[test]
    fn identical_patterns_share_an_id_and_ids_record_references() {
        let mut t = ShapeTable::new();
        let a = t.register(&[Ref, Scalar, Ref]).unwrap();
        let b = t.register(&[Ref, Scalar, Ref]).unwrap();
        let c = t.register(&[Scalar, Scalar]).unwrap();
        let d = t.register(&[IfaceType, IfaceData]).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert!(a.has_refs() && d.has_refs() && !c.has_refs());
        assert_eq!(t.register(&[Scalar]).unwrap(), ShapeId::SCALARS);
        assert_eq!(t.register(&[Ref]).unwrap(), ShapeId::REFS);
        assert_eq!(t.kinds(a).unwrap(), &[Ref, Scalar, Ref]);
        for id in [a, c, d, ShapeId::SCALARS, ShapeId::REFS] {
            assert_eq!(ShapeId::from_header(id.header_bits()), id);
        }
    }

    #[test]
    fn interface_slots_must_pair() {
        let mut t = ShapeTable::new();
        assert_eq!(t.register(&[]), Err(ShapeError::Empty));
        assert_eq!(t.register(&[IfaceType]), Err(ShapeError::UnpairedInterface(0)));
        assert_eq!(t.register(&[Scalar, IfaceData]), Err(ShapeError::UnpairedInterface(1)));
        assert_eq!(t.register(&[IfaceType, Ref]), Err(ShapeError::UnpairedInterface(0)));
        assert_eq!(t.register(&[IfaceType, IfaceData, IfaceData]), Err(ShapeError::UnpairedInterface(2)));
        assert!(t.register(&[IfaceType, IfaceData, IfaceType, IfaceData]).is_ok());
    }
}
