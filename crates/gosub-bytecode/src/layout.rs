//! How Go values occupy slots: the one value model shared by the compiler, the VM, fmt and the collector.
//!
//! Every value is a run of consecutive 8-byte slots (`u64`), in registers, in package variables and in
//! heap objects alike; a value of type `T` has the same layout wherever it lives.
//!
//! | Go type | slots | contents |
//! | --- | --- | --- |
//! | `bool` | 1 | 0 or 1 |
//! | signed integers | 1 | the value sign-extended to 64 bits (ops wrap to the width with [`Op::Wrap`](crate::Op::Wrap)) |
//! | unsigned integers, `uintptr` | 1 | the value zero-extended to 64 bits |
//! | `float64`, `float32` | 1 | `f64` bits; a `float32` is kept as the `f64` of its exact value, rounded after each op |
//! | `complex128`, `complex64` | 2 | real, imaginary (as floats above) |
//! | `string` | 2 | [`Ref`](SlotKind::Ref) to an immutable byte object (0 for ""), then `offset << 32 \| len` in bytes |
//! | `[]T` | 3 | `Ref` to the backing object (0 for nil), `offset << 32 \| len` in elements, `cap` |
//! | `*T` | 2 | `Ref` to the object holding the target (0 for nil), the target's offset in slots within it |
//! | `map`, `chan`, `func` | 1 | `Ref` to the native map / channel / closure object (0 for nil) |
//! | interface | 2 | the type word (see [`iface_type_word`]), the data word |
//! | struct | sum | its fields' slots in order (offsets in [`RField::offset`](crate::RField)) |
//! | `[N]T` | N × slots(T) | the elements in order (also for byte arrays: one slot per element) |
//!
//! Backing objects of slices and arrays hold elements with the same layout, so `[]byte` takes one slot per
//! byte; strings are the only packed bytes (conversions copy, as in Go).
//!
//! **Interface data word.** The type word is `(type_index + 1) << 2 | flags`, 0 for a nil interface.
//! [`IFACE_REF`] says the data word is a `Ref` (the collector reads only this bit); [`IFACE_INLINE_PTR`]
//! says the dynamic type is a pointer stored inline as its object (its offset is 0). A dynamic type of one
//! scalar slot (ints, floats, bool) is stored inline, a one-slot reference type (map, chan, func) inline
//! with `IFACE_REF`, and every other value in a box (a heap object holding its slots) with `IFACE_REF`.

/// What one slot holds, for the collector. A function's registers, a package variable area and each
/// heap object's payload have one kind per slot, fixed for their whole life (the compiler never reuses a
/// register for a different kind).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlotKind {
    /// Not a reference: integers, floats, offsets and lengths.
    Scalar,
    /// A heap reference or 0.
    Ref,
    /// The type word of an interface; the next slot is its [`SlotKind::IfaceData`].
    IfaceType,
    /// An interface's data word: a reference iff the type word before it has [`IFACE_REF`].
    IfaceData,
}

/// Type-word flag: the data word is a heap reference.
pub const IFACE_REF: u64 = 1;
/// Type-word flag: the dynamic type is a pointer whose object is the data word (offset 0).
pub const IFACE_INLINE_PTR: u64 = 2;

/// The type word of an interface holding a value of runtime type `type_index` with `flags`.
#[inline]
pub const fn iface_type_word(type_index: u32, flags: u64) -> u64 {
    ((type_index as u64 + 1) << 2) | flags
}

/// The runtime type index in a non-nil interface type word.
#[inline]
pub const fn iface_type_index(word: u64) -> u32 {
    ((word >> 2) - 1) as u32
}

/// Packs a string's or slice's `offset` and `len` into one slot.
#[inline]
pub const fn pack_off_len(offset: u32, len: u32) -> u64 {
    ((offset as u64) << 32) | len as u64
}

/// The offset of a packed `offset << 32 | len` slot.
#[inline]
pub const fn unpack_off(word: u64) -> u32 {
    (word >> 32) as u32
}

/// The length of a packed `offset << 32 | len` slot.
#[inline]
pub const fn unpack_len(word: u64) -> u32 {
    word as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_words_round_trip() {
        for index in [0, 1, 77, u32::MAX - 1] {
            for flags in [0, IFACE_REF, IFACE_INLINE_PTR | IFACE_REF] {
                let word = iface_type_word(index, flags);
                assert_ne!(word, 0, "a non-nil type word is never 0");
                assert_eq!(iface_type_index(word), index);
                assert_eq!(word & 3, flags);
            }
        }
        assert_eq!(unpack_off(pack_off_len(7, 9)), 7);
        assert_eq!(unpack_len(pack_off_len(7, 9)), 9);
    }
}
