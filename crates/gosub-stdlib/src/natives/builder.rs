//! `strings.Builder`'s natives: its writes go straight into a heap bytes object with spare capacity.
//!
//! The Go side (`go/strings/builder.go`) declares `Builder` as `{addr *Builder; buf string}`. `buf` is
//! an ordinary string value whose object is the builder's storage: the object's length is the
//! capacity, the string's length the bytes written so far. A write copies its bytes past the length,
//! into spare capacity that no published string covers, then lengthens `buf`; so `String()` is Go code
//! returning `buf` itself, without copying, which is the promise Go's own Builder makes. Bytes below
//! the length are never written again (a full buffer moves to a new object, with the capacity growth of
//! Go's `append`, size classes included), so every string the builder has handed out stays unchanged.
//!
//! Every method that writes first makes Go's copy check (`addr` records the first receiver; a write
//! through a copy of a non-zero Builder panics with Go's text).
//!
//! Racy use of one Builder from several goroutines is a Go data race; the bytes are still written through
//! the heap's atomic byte view, and every access is bounds-checked against the object.

use std::sync::atomic::Ordering::{Acquire, Relaxed, Release};
use std::sync::atomic::{AtomicU8, AtomicU64};

use gosub_heap::{Heap, ObjRef};
use gosub_vm::{Fault, Native, Registry};

use super::{pack, panic_str, unpack_len, unpack_off};

pub(super) fn register(r: &mut Registry) {
    r.add("strings.(*Builder).WriteString", native_write_string);
    r.add("strings.(*Builder).Write", native_write);
    r.add("strings.(*Builder).WriteByte", native_write_byte);
    r.add("strings.(*Builder).WriteRune", native_write_rune);
    r.add("strings.(*Builder).Grow", native_grow);
    r.add("strings.(*Builder).Cap", native_cap);
}

/// Go's panic for a write through a copy of a non-zero Builder.
const COPY_PANIC: &str = "strings: illegal use of non-zero Builder copied by value";
/// Go's panic for `Grow` with a negative count.
const GROW_PANIC: &str = "strings.Builder.Grow: negative count";
/// The slots of a Builder: `addr` (object, offset), then `buf` (object, offset‖len).
const SLOTS: usize = 4;
/// The longest string gosub's value model can describe (a 32-bit length).
const MAX_LEN: usize = u32::MAX as usize;

/// Capacity after appending to a byte slice of capacity `old_cap` that needs `needed` bytes: Go's
/// `append` growth (double while small, then by a quarter plus 192), rounded up to Go's size classes.
pub(crate) fn append_cap(old_cap: usize, needed: usize) -> usize {
    const THRESHOLD: usize = 256;
    let double = old_cap.saturating_mul(2);
    let cap = if needed > double {
        needed
    } else if old_cap < THRESHOLD {
        double
    } else {
        let mut cap = old_cap;
        while cap < needed {
            cap = cap.saturating_add((cap + 3 * THRESHOLD) >> 2);
        }
        cap
    };
    round_alloc(cap)
}

/// Go's malloc size classes in bytes (up to 32 KiB); larger requests round up to 8 KiB pages.
const SIZE_CLASSES: [usize; 67] = [
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416,
    448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200,
    3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336,
    16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];

/// Rounds an allocation of `bytes` up as Go's allocator does.
pub(crate) fn round_alloc(bytes: usize) -> usize {
    if bytes == 0 {
        return 0;
    }
    if bytes <= 32768 {
        let i = SIZE_CLASSES.partition_point(|&c| c < bytes);
        return SIZE_CLASSES[i];
    }
    bytes.div_ceil(8192).saturating_mul(8192)
}

/// A builder's `buf`: its object (0 when empty and without storage), the string's offset and length in
/// that object, and the capacity past the offset.
#[derive(Clone, Copy, Debug)]
struct Buf {
    obj: u64,
    off: usize,
    len: usize,
    cap: usize,
}

/// The Builder the receiver (slots 0, 1) points to: its object and the slot index of its first field.
fn receiver(n: &Native<'_, '_>) -> Result<(ObjRef, usize), Fault> {
    let Some(r) = n.vm.object(n.slot(0)) else { return Err(Fault::nil_deref()) };
    let at = n.slot(1) as usize;
    if n.vm.heap().words(r).get(at..at + SLOTS).is_none() {
        return Err(Fault::Internal("strings.Builder receiver outside its object".into()));
    }
    Ok((r, at))
}

/// The Builder's four field words.
fn fields(heap: &Heap, r: ObjRef, at: usize) -> &[AtomicU64] {
    heap.words(r).get(at..at + SLOTS).unwrap_or(&[])
}

/// Reads `buf` (the object word with `Acquire`, as every reference load).
fn load_buf(n: &Native<'_, '_>, f: &[AtomicU64]) -> Buf {
    let obj = f[2].load(Acquire);
    let offlen = f[3].load(Relaxed);
    let (off, len) = (unpack_off(offlen), unpack_len(offlen));
    let size = n.vm.object(obj).map_or(0, |o| n.vm.heap().bytes(o).len());
    // A length past the object cannot come from these natives; treat such a value as full.
    let cap = size.saturating_sub(off).max(len);
    Buf { obj, off, len, cap }
}

/// Makes room for `extra` more bytes: returns `buf` unchanged when it has the room, else moves the
/// written bytes to a new object of capacity `new_cap(cap, len + extra)` and stores it in the builder.
fn reserve(
    n: &Native<'_, '_>,
    f: &[AtomicU64],
    buf: Buf,
    extra: usize,
    new_cap: impl FnOnce(usize, usize) -> usize,
) -> Result<Buf, Fault> {
    let Some(needed) = buf.len.checked_add(extra).filter(|&l| l <= MAX_LEN) else {
        return Err(Fault::runtime("growslice: len out of range"));
    };
    if needed <= buf.cap && buf.obj != 0 {
        return Ok(buf);
    }
    let cap = new_cap(buf.cap, needed).clamp(needed, MAX_LEN);
    let heap = n.vm.heap();
    let Ok(fresh) = heap.try_alloc_bytes(cap) else {
        return Err(Fault::runtime("growslice: len out of range"));
    };
    // SAFETY: `fresh` was just allocated and no other reference to it exists yet.
    let out = unsafe { heap.bytes_mut(fresh) };
    if let Some(old) = n.vm.object(buf.obj) {
        let src = heap.bytes(old).get(buf.off..buf.off + buf.len).unwrap_or(&[]);
        for (d, s) in out.iter_mut().zip(src) {
            *d = s.load(Relaxed);
        }
    }
    f[2].store(fresh.to_bits(), Release);
    f[3].store(pack(0, buf.len), Relaxed);
    Ok(Buf { obj: fresh.to_bits(), off: 0, len: buf.len, cap })
}

/// Appends `extra` bytes to the receiver's builder, after the copy check, growing as Go's `append`
/// does: `fill` stores them into the destination it is given (exactly `extra` bytes of spare capacity).
fn append_with(
    n: &mut Native<'_, '_>,
    extra: usize,
    fill: impl FnOnce(&Native<'_, '_>, &[AtomicU8]),
) -> Result<(), Fault> {
    let (r, at) = receiver(n)?;
    copy_check_at(n, r, at)?;
    if extra == 0 {
        return Ok(());
    }
    let f = fields(n.vm.heap(), r, at);
    let buf = load_buf(n, f);
    let buf = reserve(n, f, buf, extra, append_cap)?;
    let Some(obj) = n.vm.object(buf.obj) else {
        return Err(Fault::Internal("builder without storage".into()));
    };
    let dst = n.vm.heap().bytes(obj).get(buf.off + buf.len..buf.off + buf.len + extra).unwrap_or(&[]);
    if dst.len() != extra {
        return Err(Fault::Internal("builder storage shorter than its capacity".into()));
    }
    fill(n, dst);
    f[3].store(pack(buf.off, buf.len + extra), Relaxed);
    Ok(())
}

/// Copies `src` into the start of `dst` (the builder's spare capacity).
fn store_bytes(dst: &[AtomicU8], src: &[u8]) {
    for (d, &s) in dst.iter().zip(src) {
        d.store(s, Relaxed);
    }
}

/// Go's `copyCheck` on the Builder at slot `at` of object `r`: the first write records the receiver;
/// a write through any other address panics.
fn copy_check_at(n: &mut Native<'_, '_>, r: ObjRef, at: usize) -> Result<(), Fault> {
    let (recv_obj, recv_off) = (n.slot(0), n.slot(1));
    let f = fields(n.vm.heap(), r, at);
    let addr = [f[0].load(Acquire), f[1].load(Relaxed)];
    if addr[0] == 0 {
        f[0].store(recv_obj, Release);
        f[1].store(recv_off, Relaxed);
        return Ok(());
    }
    if addr != [recv_obj, recv_off] {
        return Err(panic_str(n, COPY_PANIC));
    }
    Ok(())
}

/// `WriteString(s string) (int, error)`.
fn native_write_string(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let len = n.str(2).len();
    let (s_obj, recv) = (n.slot(2), receiver(n)?);
    // Writing a builder's own string into it: copy first (the write goes past every byte `s` covers,
    // but the source must not be borrowed from the object being written).
    let own = s_obj != 0 && {
        let f = fields(n.vm.heap(), recv.0, recv.1);
        f[2].load(Acquire) == s_obj
    };
    if own {
        let copy = n.str(2).to_vec();
        append_with(n, len, |_, dst| store_bytes(dst, &copy))?;
    } else {
        append_with(n, len, |n, dst| store_bytes(dst, n.str(2)))?;
    }
    n.set_int(0, len as i64);
    n.set(1, 0);
    n.set(2, 0);
    Ok(())
}

/// `Write(p []byte) (int, error)`.
fn native_write(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let p = n.slice(2);
    let len = unpack_len(p[1]);
    let off = unpack_off(p[1]);
    append_with(n, len, |n, dst| {
        let src = n.vm.object(p[0]).map_or(&[][..], |o| n.vm.heap().words(o));
        for (d, w) in dst.iter().zip(src.get(off..off + len).unwrap_or(&[])) {
            d.store(w.load(Relaxed) as u8, Relaxed);
        }
    })?;
    n.set_int(0, len as i64);
    n.set(1, 0);
    n.set(2, 0);
    Ok(())
}

/// `WriteByte(c byte) error`.
fn native_write_byte(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let c = n.slot(2) as u8;
    append_with(n, 1, |_, dst| store_bytes(dst, &[c]))?;
    n.set(0, 0);
    n.set(1, 0);
    Ok(())
}

/// `WriteRune(r rune) (int, error)`: the UTF-8 encoding of `r` (U+FFFD for an invalid rune).
fn native_write_rune(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let mut enc = Vec::with_capacity(4);
    gosub_strconv::push_rune(&mut enc, n.int(2) as i32);
    append_with(n, enc.len(), |_, dst| store_bytes(dst, &enc))?;
    n.set_int(0, enc.len() as i64);
    n.set(1, 0);
    n.set(2, 0);
    Ok(())
}

/// `Grow(n int)`: after the copy check, panics on a negative count; with less than `n` bytes spare,
/// moves to storage of capacity `2*cap + n` (rounded to a size class, as Go's allocation does).
fn native_grow(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let count = n.int(2);
    let (r, at) = receiver(n)?;
    copy_check_at(n, r, at)?;
    if count < 0 {
        return Err(panic_str(n, GROW_PANIC));
    }
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    let f = fields(n.vm.heap(), r, at);
    let buf = load_buf(n, f);
    if buf.cap - buf.len < count {
        reserve(n, f, buf, count, |cap, _| round_alloc(cap.saturating_mul(2).saturating_add(count)))?;
    }
    Ok(())
}

/// `Cap() int`: the storage's size past the string's offset.
fn native_cap(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let (r, at) = receiver(n)?;
    let cap = load_buf(n, fields(n.vm.heap(), r, at)).cap;
    n.set_int(0, cap as i64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Capacities recorded from Go 1.27: a Builder's `Cap()` after each of 40 `WriteString("abc")`.
    #[test]
    fn append_growth_matches_go() {
        let want = [
            8, 8, 16, 16, 16, 32, 32, 32, 32, 32, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 128, 128, 128,
            128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128, 128,
        ];
        let (mut len, mut cap) = (0, 0);
        for (i, &w) in want.iter().enumerate() {
            len += 3;
            if len > cap {
                cap = append_cap(cap, len);
            }
            assert_eq!(cap, w, "write {i}");
        }
    }

    /// Go 1.27: `Grow(10)` on an empty Builder gives capacity 16, then `Grow(100)` 144; with 1002 bytes
    /// in a capacity of 1024, `Grow(5000)` gives 8192; a 1000-byte first write gives 1024. A full 1024
    /// then takes one byte more (1536), then 40000 (49152), then 100000 (147456).
    #[test]
    fn grow_and_large_writes_match_go() {
        assert_eq!(round_alloc(10), 16);
        assert_eq!(round_alloc(2 * 16 + 100), 144);
        assert_eq!(round_alloc(2 * 1024 + 5000), 8192);
        assert_eq!(append_cap(0, 1000), 1024);
        assert_eq!(append_cap(1024, 1025), 1536);
        assert_eq!(append_cap(1536, 41025), 49152);
        assert_eq!(append_cap(49152, 141025), 147456);
    }
}
