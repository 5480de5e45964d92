//! Go maps: a native heap object holding its entries as slots the collector traces.
//!
//! Entries live in one vector (`stride` = key slots + value slots per entry) in insertion order, with a
//! tombstone flag per entry; a `hashbrown::HashTable` maps hashes to entry indexes. Hashing and equality
//! follow the key's runtime type (`values.rs`). Iteration walks the entry vector from a random start,
//! wrapping around, over the entries that existed when it began: deleting during a range is allowed (a
//! deleted entry is skipped), entries added during a range are not visited. The entry vector is compacted
//! only when no iterator is active, so an iterator's positions stay meaningful.

use std::sync::Mutex;

use gosub_heap::{Marker, NativeObject, SlotKind as HSlot};
use hashbrown::HashTable;

use crate::mem::heap_kinds;
use crate::panic::Fault;
use crate::values::Hash;
use crate::vm::Vm;

pub(crate) struct MapData {
    pub key_ty: u32,
    pub val_ty: u32,
    pub kslots: usize,
    pub vslots: usize,
    /// Key kinds then value kinds: the pattern of one entry.
    kinds: Vec<HSlot>,
    pub entries: Vec<u64>,
    pub live: Vec<bool>,
    hashes: Vec<u64>,
    table: HashTable<u32>,
    pub count: usize,
    /// Iterators started and not yet exhausted (compaction waits for 0).
    iterators: usize,
    seed: u64,
    nan_salt: u64,
}

/// The heap object of a Go map.
pub(crate) struct GoMap {
    pub data: Mutex<MapData>,
}

impl NativeObject for GoMap {
    fn trace(&self, marker: &mut Marker<'_>) {
        let data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        let stride = data.kslots + data.vslots;
        if stride == 0 || data.kinds.iter().all(|&k| k == HSlot::Scalar) {
            return;
        }
        for (i, &live) in data.live.iter().enumerate() {
            if live {
                // SAFETY: entry slots hold VM values whose reference slots are nil or live objects.
                unsafe { marker.mark_slots(&data.entries[i * stride..(i + 1) * stride], &data.kinds) };
            }
        }
    }

    fn external_bytes(&self) -> usize {
        let data = self.data.lock().unwrap_or_else(|e| e.into_inner());
        data.entries.capacity() * 8
            + data.live.capacity()
            + data.hashes.capacity() * 8
            + data.table.capacity() * 4
    }
}

/// The heap object of a map iterator.
pub(crate) struct MapIterObj {
    state: Mutex<IterState>,
}

struct IterState {
    map: u64,
    start: usize,
    total: usize,
    done: usize,
}

impl NativeObject for MapIterObj {
    fn trace(&self, marker: &mut Marker<'_>) {
        let st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        // SAFETY: `map` is nil or the live map object this iterator was made for.
        unsafe { marker.mark_bits(st.map) };
    }
}

impl Vm<'_> {
    fn map_obj(&self, m: u64) -> Option<&GoMap> {
        self.heap.native::<GoMap>(crate::mem::obj(m)?)
    }

    /// `make(map[K]V, hint)`.
    pub(crate) fn make_map(&mut self, ty: u32, hint: u64) -> u64 {
        let (k, v) = self.map_types(ty).unwrap_or((0, 0));
        let seed = self.random();
        let (kt, vt) = (&self.types[k as usize], &self.types[v as usize]);
        let mut kinds = heap_kinds(&kt.shape);
        kinds.extend(heap_kinds(&vt.shape));
        let cap = (hint as i64).clamp(0, 1 << 16) as usize;
        let data = MapData {
            key_ty: k,
            val_ty: v,
            kslots: kt.slots as usize,
            vslots: vt.slots as usize,
            kinds,
            entries: Vec::with_capacity(cap * (kt.slots + vt.slots) as usize),
            live: Vec::with_capacity(cap),
            hashes: Vec::with_capacity(cap),
            table: HashTable::with_capacity(cap),
            count: 0,
            iterators: 0,
            seed,
            nan_salt: seed,
        };
        self.heap.alloc_native(GoMap { data: Mutex::new(data) }).to_bits()
    }

    fn key_hash(&self, data: &mut MapData, key: &[u64]) -> Result<u64, Fault> {
        let mut h = Hash(data.seed);
        let mut salt = data.nan_salt;
        self.hash_value(data.key_ty, key, &mut h, &mut salt)?;
        data.nan_salt = salt;
        Ok(h.finish())
    }

    fn find(&self, data: &MapData, hash: u64, key: &[u64]) -> Option<usize> {
        let stride = data.kslots + data.vslots;
        let kslots = data.kslots;
        data.table
            .find(hash, |&i| {
                let at = i as usize * stride;
                self.eq_values(data.key_ty, &data.entries[at..at + kslots], key).unwrap_or(false)
            })
            .map(|&i| i as usize)
    }

    /// `m[key]` (and the comma-ok form).
    pub(crate) fn op_map_get(
        &mut self,
        w: &mut [u64],
        dst: u16,
        m: u16,
        key: u16,
        ty: u32,
        ok: bool,
    ) -> Result<(), Fault> {
        let (kt, vt) = self.map_types(ty).unwrap_or((0, 0));
        let (kn, vn) = (self.types[kt as usize].slots as usize, self.types[vt as usize].slots as usize);
        let k = key as usize;
        let d = dst as usize;
        let keyv: Vec<u64> = w[k..k + kn].to_vec();
        let found = match self.map_obj(w[m as usize]) {
            None => {
                // A nil map reads as empty, but the key must still be hashable.
                let mut h = Hash(0);
                let mut salt = 0;
                self.hash_value(kt, &keyv, &mut h, &mut salt)?;
                false
            }
            Some(map) => {
                let mut data = map.data.lock().unwrap_or_else(|e| e.into_inner());
                let hash = self.key_hash(&mut data, &keyv)?;
                match self.find(&data, hash, &keyv) {
                    Some(i) => {
                        let at = i * (kn + vn) + kn;
                        w[d..d + vn].copy_from_slice(&data.entries[at..at + vn]);
                        true
                    }
                    None => false,
                }
            }
        };
        if !found {
            w[d..d + vn].fill(0);
        }
        if ok {
            w[d + vn] = u64::from(found);
        }
        Ok(())
    }

    /// `m[key] = val`.
    pub(crate) fn op_map_set(
        &mut self,
        w: &mut [u64],
        m: u16,
        key: u16,
        val: u16,
        ty: u32,
    ) -> Result<(), Fault> {
        let (kt, vt) = self.map_types(ty).unwrap_or((0, 0));
        let (kn, vn) = (self.types[kt as usize].slots as usize, self.types[vt as usize].slots as usize);
        let keyv: Vec<u64> = w[key as usize..key as usize + kn].to_vec();
        let valv: Vec<u64> = w[val as usize..val as usize + vn].to_vec();
        self.map_insert(w[m as usize], &keyv, &valv)
    }

    /// Inserts or replaces an entry (for natives too).
    pub(crate) fn map_insert(&mut self, m: u64, key: &[u64], val: &[u64]) -> Result<(), Fault> {
        let Some(map) = self.map_obj(m) else { return Err(Fault::plain("assignment to entry in nil map")) };
        let mut data = map.data.lock().unwrap_or_else(|e| e.into_inner());
        let (kn, vn) = (data.kslots, data.vslots);
        let stride = kn + vn;
        let hash = self.key_hash(&mut data, key)?;
        if let Some(i) = self.find(&data, hash, key) {
            // Go stores the new key too (it differs from the old one for +0/-0 float keys).
            let at = i * stride;
            data.entries[at..at + kn].copy_from_slice(key);
            data.entries[at + kn..at + stride].copy_from_slice(val);
            return Ok(());
        }
        if data.iterators == 0 && data.live.len() > 32 && data.live.len() > 2 * data.count {
            compact(&mut data);
        }
        let index = data.live.len() as u32;
        data.entries.extend_from_slice(key);
        data.entries.extend_from_slice(val);
        data.live.push(true);
        data.hashes.push(hash);
        let MapData { table, hashes, .. } = &mut *data;
        table.insert_unique(hash, index, |&i| hashes[i as usize]);
        data.count += 1;
        Ok(())
    }

    /// `delete(m, key)`.
    pub(crate) fn op_map_delete(&mut self, w: &mut [u64], m: u16, key: u16, ty: u32) -> Result<(), Fault> {
        let (kt, _) = self.map_types(ty).unwrap_or((0, 0));
        let kn = self.types[kt as usize].slots as usize;
        let keyv: Vec<u64> = w[key as usize..key as usize + kn].to_vec();
        let Some(map) = self.map_obj(w[m as usize]) else {
            let mut h = Hash(0);
            let mut salt = 0;
            return self.hash_value(kt, &keyv, &mut h, &mut salt);
        };
        let mut data = map.data.lock().unwrap_or_else(|e| e.into_inner());
        let hash = self.key_hash(&mut data, &keyv)?;
        if let Some(i) = self.find(&data, hash, &keyv) {
            let stride = data.kslots + data.vslots;
            if let Ok(entry) = data.table.find_entry(hash, |&j| j as usize == i) {
                entry.remove();
            }
            data.live[i] = false;
            data.entries[i * stride..(i + 1) * stride].fill(0);
            data.count -= 1;
        }
        Ok(())
    }

    /// `len(m)`.
    pub(crate) fn map_len(&self, m: u64) -> usize {
        self.map_obj(m).map_or(0, |map| map.data.lock().unwrap_or_else(|e| e.into_inner()).count)
    }

    /// `clear(m)`.
    pub(crate) fn map_clear(&mut self, m: u64) {
        if let Some(map) = self.map_obj(m) {
            let mut data = map.data.lock().unwrap_or_else(|e| e.into_inner());
            data.table.clear();
            data.live.iter_mut().for_each(|l| *l = false);
            data.entries.iter_mut().for_each(|e| *e = 0);
            data.count = 0;
            if data.iterators == 0 {
                data.entries.clear();
                data.live.clear();
                data.hashes.clear();
            }
        }
    }

    /// Starts a range over `m`: an iterator object (0 for a nil or empty map).
    pub(crate) fn map_iter(&mut self, m: u64) -> u64 {
        let start_rand = self.random() as usize;
        let Some(map) = self.map_obj(m) else { return 0 };
        let total = {
            let mut data = map.data.lock().unwrap_or_else(|e| e.into_inner());
            if data.count == 0 {
                return 0;
            }
            data.iterators += 1;
            data.live.len()
        };
        let state = IterState { map: m, start: start_rand % total, total, done: 0 };
        self.heap.alloc_native(MapIterObj { state: Mutex::new(state) }).to_bits()
    }

    /// The next entry of iterator `it` into the registers at `key` (key, then value); false when done.
    pub(crate) fn map_next(&mut self, w: &mut [u64], it: u64, key: u16) -> Result<bool, Fault> {
        let Some(iter) = crate::mem::obj(it).and_then(|o| self.heap.native::<MapIterObj>(o)) else {
            return Ok(false);
        };
        let mut st = iter.state.lock().unwrap_or_else(|e| e.into_inner());
        let Some(map) = self.map_obj(st.map) else { return Ok(false) };
        let mut data = map.data.lock().unwrap_or_else(|e| e.into_inner());
        let stride = data.kslots + data.vslots;
        let k = key as usize;
        if k + stride > w.len() {
            return Err(Fault::Internal("map range registers out of the frame".into()));
        }
        while st.done < st.total {
            let i = (st.start + st.done) % st.total;
            st.done += 1;
            if data.live.get(i).copied().unwrap_or(false) {
                w[k..k + stride].copy_from_slice(&data.entries[i * stride..(i + 1) * stride]);
                return Ok(true);
            }
        }
        if st.map != 0 {
            data.iterators = data.iterators.saturating_sub(1);
            st.map = 0;
        }
        Ok(false)
    }

    /// The live entries of a map (key slots, value slots), for fmt.
    pub(crate) fn map_entries(&self, m: u64) -> (u32, u32, Vec<Entry>) {
        let Some(map) = self.map_obj(m) else { return (0, 0, Vec::new()) };
        let data = map.data.lock().unwrap_or_else(|e| e.into_inner());
        let stride = data.kslots + data.vslots;
        let mut out = Vec::with_capacity(data.count);
        for (i, &live) in data.live.iter().enumerate() {
            if live {
                let e = &data.entries[i * stride..(i + 1) * stride];
                out.push((e[..data.kslots].to_vec(), e[data.kslots..].to_vec()));
            }
        }
        (data.key_ty, data.val_ty, out)
    }
}

/// One map entry as (key slots, value slots).
pub(crate) type Entry = (Vec<u64>, Vec<u64>);

/// Drops tombstones and rebuilds the table.
fn compact(data: &mut MapData) {
    let stride = data.kslots + data.vslots;
    let mut entries = Vec::with_capacity(data.count * stride);
    let mut hashes = Vec::with_capacity(data.count);
    for (i, &live) in data.live.iter().enumerate() {
        if live {
            entries.extend_from_slice(&data.entries[i * stride..(i + 1) * stride]);
            hashes.push(data.hashes[i]);
        }
    }
    data.table.clear();
    for (i, &h) in hashes.iter().enumerate() {
        data.table.insert_unique(h, i as u32, |&j| hashes[j as usize]);
    }
    data.live = vec![true; hashes.len()];
    data.entries = entries;
    data.hashes = hashes;
}
