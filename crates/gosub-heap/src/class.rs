//! Size classes for small objects.
//!
//! A small object (header included) is rounded up to one of [`SIZES`]; every page serves one class. The
//! classes grow by at most 25% past 128 bytes, so internal waste stays below a fifth. Objects above
//! [`MAX_SMALL`] bytes are large objects with an allocation of their own (see `large.rs`). Native objects
//! get a class of their own ([`NATIVE_CLASS`]) so that only their pages need a per-object sweep (to drop
//! the Rust value).

/// Object sizes in bytes, header included. Every size is a multiple of 8, so payloads are word-aligned.
pub(crate) const SIZES: [u32; 33] = [
    16, 24, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896, 1024, 1280,
    1536, 1792, 2048, 2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192,
];

/// The largest small object, header included.
pub(crate) const MAX_SMALL: usize = 8192;

/// The class of native objects: a header word and a `*mut dyn NativeObject` (two words).
pub(crate) const NATIVE_CLASS: usize = SIZES.len();

/// Size of a native object's slot.
pub(crate) const NATIVE_SIZE: u32 = 24;

/// Number of page classes (the size classes plus the native class).
pub(crate) const NUM_CLASSES: usize = SIZES.len() + 1;

/// Object size of a class, native class included.
pub(crate) const fn class_size(class: usize) -> u32 {
    if class == NATIVE_CLASS { NATIVE_SIZE } else { SIZES[class] }
}

/// Smallest class holding `size` bytes, for `size <= 1024`, indexed by `(size + 7) / 8`.
const SMALL_TABLE: [u8; 129] = {
    let mut table = [0u8; 129];
    let mut i = 0;
    let mut class = 0;
    while i < 129 {
        while (SIZES[class] as usize) < i * 8 {
            class += 1;
        }
        table[i] = class as u8;
        i += 1;
    }
    table
};

/// Smallest class holding `size` bytes, for `1024 < size <= MAX_SMALL`, indexed by `(size - 1024 + 127) / 128`.
const MEDIUM_TABLE: [u8; 57] = {
    let mut table = [0u8; 57];
    let mut i = 0;
    let mut class = 0;
    while i < 57 {
        while (SIZES[class] as usize) < 1024 + i * 128 {
            class += 1;
        }
        table[i] = class as u8;
        i += 1;
    }
    table
};

/// The class for an object of `size` bytes (header included), or `None` if it is a large object.
#[inline(always)]
pub(crate) fn class_of(size: usize) -> Option<usize> {
    if size <= 1024 {
        Some(SMALL_TABLE[(size + 7) >> 3] as usize)
    } else if size <= MAX_SMALL {
        Some(MEDIUM_TABLE[(size - 1024 + 127) >> 7] as usize)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_size_gets_the_smallest_class_that_fits() {
        for size in 1..=MAX_SMALL {
            let class = class_of(size).expect("small size has a class");
            assert!(SIZES[class] as usize >= size, "size {size} class {class}");
            if class > 0 {
                assert!((SIZES[class - 1] as usize) < size, "size {size} not in the smallest class");
            }
        }
        assert_eq!(class_of(MAX_SMALL + 1), None);
        assert_eq!(class_of(usize::MAX / 2), None);
    }

    #[test]
    fn sizes_are_increasing_word_multiples_and_waste_is_bounded() {
        for pair in SIZES.windows(2) {
            assert!(pair[0] < pair[1]);
            assert_eq!(pair[1] % 8, 0);
            if pair[0] >= 128 {
                assert!(pair[1] * 4 <= pair[0] * 5, "{pair:?} grows by more than 25%");
            }
        }
        assert_eq!(SIZES[SIZES.len() - 1] as usize, MAX_SMALL);
    }
}
