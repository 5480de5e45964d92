//! A fast, deterministic hasher for the checker's internal tables.
//!
//! The checker's maps are keyed by small integers (object and type ids), spans and short names, and
//! are built afresh for every run; the standard library's SipHash (keyed per process against
//! hash-flooding) cost a noticeable share of `gosub run`'s startup. Nothing here is keyed by
//! untrusted data that an attacker could choose to collide at scale, so a multiply-rotate hash is
//! enough. Iteration order becomes deterministic, which no caller relies on either way.

use std::hash::{BuildHasherDefault, Hasher};

/// `std::collections::HashMap` with [`FastHasher`].
pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// `std::collections::HashSet` with [`FastHasher`].
pub type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<FastHasher>>;

/// An odd 64-bit constant with well-mixed bits (from the golden ratio).
const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

/// Folds each word into the state with a rotate, an xor and a multiply.
#[derive(Clone, Copy, Default, Debug)]
pub struct FastHasher {
    state: u64,
}

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.state = (self.state.rotate_left(5) ^ word).wrapping_mul(MULTIPLIER);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            // The length keeps "a" and "a\0" apart.
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u16(&mut self, n: u16) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // hashbrown takes its control byte from the top bits and the bucket from the low bits: fold
        // the well-mixed high half down so both are spread.
        self.state ^ (self.state >> 32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn hash_of<T: Hash>(value: &T) -> u64 {
        BuildHasherDefault::<FastHasher>::default().hash_one(value)
    }

    #[test]
    fn equal_values_hash_equal_and_neighbours_differ() {
        assert_eq!(hash_of(&(3u32, 7u32)), hash_of(&(3u32, 7u32)));
        assert_ne!(hash_of(&(3u32, 7u32)), hash_of(&(7u32, 3u32)));
        assert_ne!(hash_of(&"a"), hash_of(&"a\0"));
        assert_ne!(hash_of(&"abcdefgh"), hash_of(&"abcdefgi"));
        let distinct: HashSet<u64> = (0u32..10_000).map(|i| hash_of(&i)).collect();
        assert_eq!(distinct.len(), 10_000);
    }

    #[test]
    fn maps_work_with_many_small_keys() {
        let mut map: HashMap<(u32, u32), u32> = HashMap::default();
        for i in 0..5_000u32 {
            map.insert((i / 7, i % 7), i);
        }
        assert_eq!(map.len(), 5_000);
        assert_eq!(map.get(&(100, 3)), Some(&703));
    }
}
