//! The string, slice and conversion instructions too long for the dispatch loop. Each takes the running
//! frame's register window and the instruction's operands.

use std::sync::atomic::Ordering::Release;

use gosub_bytecode::layout::{pack_off_len, unpack_len, unpack_off};
use gosub_heap::ShapeId;

use crate::panic::Fault;
use crate::vm::Vm;

/// The largest slice length or capacity (offsets and lengths are packed in 32 bits).
const MAX_LEN: u64 = u32::MAX as u64;

type W<'a> = &'a mut [u64];

/// Which Go slicing form a bounds error reports.
#[derive(Clone, Copy)]
enum Form {
    /// `s[lo:hi]` on a string or array: "with length".
    Len,
    /// `s[lo:hi]` on a slice: "with capacity".
    Cap,
    /// `s[lo:hi:max]`.
    Three,
}

/// Checks `lo <= hi <= max <= cap` with Go's messages.
fn slice_bounds(lo: i64, hi: i64, max: i64, cap: u64, form: Form) -> Result<(), Fault> {
    let what = match form {
        Form::Len => "length",
        _ => "capacity",
    };
    match form {
        Form::Three => {
            if max < 0 {
                return Err(Fault::slice(format!("[::{max}]")));
            }
            if max as u64 > cap {
                return Err(Fault::slice(format!("[::{max}] with {what} {cap}")));
            }
            if hi < 0 {
                return Err(Fault::slice(format!("[:{hi}:]")));
            }
            if hi > max {
                return Err(Fault::slice(format!("[:{hi}:{max}]")));
            }
            if lo < 0 {
                return Err(Fault::slice(format!("[{lo}::]")));
            }
            if lo > hi {
                return Err(Fault::slice(format!("[{lo}:{hi}:]")));
            }
        }
        Form::Len | Form::Cap => {
            if hi < 0 {
                return Err(Fault::slice(format!("[:{hi}]")));
            }
            if hi as u64 > cap {
                return Err(Fault::slice(format!("[:{hi}] with {what} {cap}")));
            }
            if lo < 0 {
                return Err(Fault::slice(format!("[{lo}:]")));
            }
            if lo > hi {
                return Err(Fault::slice(format!("[{lo}:{hi}]")));
            }
        }
    }
    Ok(())
}

/// Go's `growslice` capacity rule (before rounding up to an allocation size class).
fn grow_cap(old_cap: u64, needed: u64) -> u64 {
    let double = old_cap * 2;
    if needed > double {
        return needed;
    }
    const THRESHOLD: u64 = 256;
    if old_cap < THRESHOLD {
        return double;
    }
    let mut cap = old_cap;
    while cap < needed {
        cap += (cap + 3 * THRESHOLD) >> 2;
    }
    cap
}

/// Go's malloc size classes (bytes), used to round grown capacities exactly as Go does.
const SIZE_CLASSES: [u64; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384,
    416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072,
    3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568,
    14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];

/// Rounds an allocation of `bytes` up as Go's allocator does.
fn round_alloc(bytes: u64) -> u64 {
    if bytes <= 32768 {
        match SIZE_CLASSES.iter().find(|&&c| c >= bytes) {
            Some(&c) => c,
            None => bytes,
        }
    } else {
        bytes.div_ceil(8192) * 8192
    }
}

impl Vm<'_> {
    /// Go's size in bytes of a value of type `ty` (for capacity growth, which Go rounds by bytes).
    pub(crate) fn go_size(&self, ty: u32) -> (u64, u64) {
        use gosub_bytecode::Kind::*;
        let t = &self.types[ty as usize];
        match t.kind {
            Bool | Int8 | Uint8 => (1, 1),
            Int16 | Uint16 => (2, 2),
            Int32 | Uint32 | Float32 => (4, 4),
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Pointer | Map | Chan | Func | UnsafePointer => {
                (8, 8)
            }
            Complex64 => (8, 4),
            Complex128 | String | Interface => (16, 8),
            Slice => (24, 8),
            Array => {
                let (s, a) = t.elem.map_or((0, 1), |e| self.go_size(e));
                (s * t.len, a)
            }
            Struct => {
                let mut size = 0u64;
                let mut align = 1u64;
                for f in &t.fields {
                    let (s, a) = self.go_size(f.ty);
                    size = size.div_ceil(a) * a + s;
                    align = align.max(a);
                }
                if size > 0 && t.fields.last().is_some_and(|f| self.go_size(f.ty).0 == 0) {
                    size += 1;
                }
                (size.div_ceil(align) * align, align)
            }
        }
    }

    /// The new capacity when appending to a slice of capacity `old_cap` needs `needed` elements.
    fn new_cap(&self, elem_ty: u32, old_cap: u64, needed: u64) -> u64 {
        let cap = grow_cap(old_cap, needed);
        let (size, _) = self.go_size(elem_ty);
        if size == 0 {
            return cap;
        }
        let bytes = round_alloc(cap * size);
        (bytes / size).max(needed)
    }

    pub(crate) fn op_concat(&mut self, w: W<'_>, dst: u16, a: u16, b: u16) {
        let (x, y) = ([w[a as usize], w[a as usize + 1]], [w[b as usize], w[b as usize + 1]]);
        let (lx, ly) = (unpack_len(x[1]) as usize, unpack_len(y[1]) as usize);
        let result = if lx == 0 {
            y
        } else if ly == 0 {
            x
        } else {
            let obj = self.heap.alloc_bytes(lx + ly);
            // SAFETY: `obj` was just allocated and nothing else refers to it yet.
            let out = unsafe { self.heap.bytes_mut(obj) };
            out[..lx].copy_from_slice(self.str_bytes(x));
            out[lx..].copy_from_slice(self.str_bytes(y));
            [obj.to_bits(), pack_off_len(0, (lx + ly) as u32)]
        };
        w[dst as usize] = result[0];
        w[dst as usize + 1] = result[1];
    }

    pub(crate) fn op_slice_str(&mut self, w: W<'_>, dst: u16, s: u16, lo: u16, hi: u16) -> Result<(), Fault> {
        let (obj, offlen) = (w[s as usize], w[s as usize + 1]);
        let (lo, hi) = (w[lo as usize] as i64, w[hi as usize] as i64);
        let len = u64::from(unpack_len(offlen));
        slice_bounds(lo, hi, hi, len, Form::Len)?;
        w[dst as usize] = if hi == lo { 0 } else { obj };
        w[dst as usize + 1] =
            if hi == lo { 0 } else { pack_off_len(unpack_off(offlen) + lo as u32, (hi - lo) as u32) };
        Ok(())
    }

    pub(crate) fn op_decode_rune(&mut self, w: W<'_>, dst: u16, s: u16, i: u16) -> Result<(), Fault> {
        let bytes = self.str_bytes([w[s as usize], w[s as usize + 1]]);
        let idx = w[i as usize];
        if idx >= bytes.len() as u64 {
            return Err(Fault::index(idx as i64, bytes.len() as u64));
        }
        let (rune, width) = gosub_strconv::decode_rune(&bytes[idx as usize..]);
        w[dst as usize] = i64::from(rune) as u64;
        w[dst as usize + 1] = width as u64;
        Ok(())
    }

    pub(crate) fn op_str_from_rune(&mut self, w: W<'_>, dst: u16, rune: u16) {
        let v = w[rune as usize] as i64;
        let r = if (0..=0x10ffff).contains(&v) && !(0xd800..0xe000).contains(&v) { v as i32 } else { 0xfffd };
        let mut buf = Vec::with_capacity(4);
        gosub_strconv::push_rune(&mut buf, r);
        let s = self.alloc_str(&buf);
        w[dst as usize] = s[0];
        w[dst as usize + 1] = s[1];
    }

    /// The element slots of a slice value (a copy).
    pub(crate) fn slice_slots(&self, s: [u64; 3], elem_slots: usize) -> Vec<u64> {
        let len = unpack_len(s[1]) as usize;
        let off = unpack_off(s[1]) as usize;
        let mut out = vec![0; len * elem_slots];
        self.read_slots(s[0], off * elem_slots, &mut out);
        out
    }

    pub(crate) fn op_str_from_bytes(&mut self, w: W<'_>, dst: u16, src: u16) {
        let s = [w[src as usize], w[src as usize + 1], w[src as usize + 2]];
        let bytes: Vec<u8> = self.slice_slots(s, 1).into_iter().map(|b| b as u8).collect();
        let v = self.alloc_str(&bytes);
        w[dst as usize] = v[0];
        w[dst as usize + 1] = v[1];
    }

    /// A new slice of one-slot scalar elements.
    pub(crate) fn scalar_slice(&mut self, vals: &[u64]) -> [u64; 3] {
        if vals.is_empty() {
            return [self.zerobase, 0, 0];
        }
        let obj = self.heap.alloc_words(ShapeId::SCALARS, vals.len()).to_bits();
        self.write_slots(obj, 0, vals);
        [obj, pack_off_len(0, vals.len() as u32), vals.len() as u64]
    }

    fn set3(w: W<'_>, dst: u16, v: [u64; 3]) {
        w[dst as usize..dst as usize + 3].copy_from_slice(&v);
    }

    pub(crate) fn op_bytes_from_str(&mut self, w: W<'_>, dst: u16, src: u16) {
        let vals: Vec<u64> =
            self.str_bytes([w[src as usize], w[src as usize + 1]]).iter().map(|&b| u64::from(b)).collect();
        let s = self.scalar_slice(&vals);
        Self::set3(w, dst, s);
    }

    pub(crate) fn op_str_from_runes(&mut self, w: W<'_>, dst: u16, src: u16) {
        let s = [w[src as usize], w[src as usize + 1], w[src as usize + 2]];
        let mut buf = Vec::new();
        for rune in self.slice_slots(s, 1) {
            let v = rune as i32 as i64;
            let r =
                if (0..=0x10ffff).contains(&v) && !(0xd800..0xe000).contains(&v) { v as i32 } else { 0xfffd };
            gosub_strconv::push_rune(&mut buf, r);
        }
        let v = self.alloc_str(&buf);
        w[dst as usize] = v[0];
        w[dst as usize + 1] = v[1];
    }

    pub(crate) fn op_runes_from_str(&mut self, w: W<'_>, dst: u16, src: u16) {
        let bytes = self.str_bytes([w[src as usize], w[src as usize + 1]]);
        let mut vals = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let (rune, width) = gosub_strconv::decode_rune(&bytes[i..]);
            vals.push(i64::from(rune) as u64);
            i += width.max(1);
        }
        let s = self.scalar_slice(&vals);
        Self::set3(w, dst, s);
    }

    pub(crate) fn op_make_slice(
        &mut self,
        w: W<'_>,
        dst: u16,
        len: u16,
        cap: u16,
        ty: u32,
    ) -> Result<(), Fault> {
        let (len, cap) = (w[len as usize] as i64, w[cap as usize] as i64);
        let slots = u64::from(self.types[ty as usize].slots.max(1));
        if len < 0 || len as u64 > MAX_LEN || len as u64 * slots > MAX_LEN {
            return Err(Fault::runtime("makeslice: len out of range"));
        }
        if cap < len || cap as u64 > MAX_LEN || cap as u64 * slots > MAX_LEN {
            return Err(Fault::runtime("makeslice: cap out of range"));
        }
        let obj = self.alloc_values(ty, cap as usize);
        Self::set3(w, dst, [obj, pack_off_len(0, len as u32), cap as u64]);
        Ok(())
    }

    pub(crate) fn op_slice_slice(&mut self, w: W<'_>, dst: u16, s: u16, b: u16, n: u16) -> Result<(), Fault> {
        let (obj, offlen, cap) = (w[s as usize], w[s as usize + 1], w[s as usize + 2]);
        let (lo, hi, max) = (w[b as usize] as i64, w[b as usize + 1] as i64, w[b as usize + 2] as i64);
        // The compiler fills an omitted max with the capacity: report such slices in the two-index form.
        let form = if max as u64 == cap { Form::Cap } else { Form::Three };
        slice_bounds(lo, hi, max, cap, form)?;
        let _ = n;
        let off = unpack_off(offlen) as i64;
        Self::set3(w, dst, [obj, pack_off_len((off + lo) as u32, (hi - lo) as u32), (max - lo) as u64]);
        Ok(())
    }

    pub(crate) fn op_slice_arr(&mut self, w: W<'_>, dst: u16, p: u16, b: u16, n: u16) -> Result<(), Fault> {
        let (obj, off) = (w[p as usize], w[p as usize + 1]);
        let (lo, hi, max, alen) =
            (w[b as usize] as i64, w[b as usize + 1] as i64, w[b as usize + 2] as i64, w[b as usize + 3]);
        if obj == 0 {
            return Err(Fault::nil_deref());
        }
        let form = if max as u64 == alen { Form::Len } else { Form::Three };
        slice_bounds(lo, hi, max, alen, form)?;
        let n = u64::from(n.max(1));
        if off % n != 0 {
            return Err(Fault::Internal("slicing an array at an offset that is not a whole element".into()));
        }
        let first = off / n + lo as u64;
        Self::set3(w, dst, [obj, pack_off_len(first as u32, (hi - lo) as u32), (max - lo) as u64]);
        Ok(())
    }

    /// Appends `vals` (whole elements of type `ty`) to slice `s`, growing it as Go does.
    pub(crate) fn append_vals(&mut self, s: [u64; 3], vals: &[u64], ty: u32) -> [u64; 3] {
        let n = self.types[ty as usize].slots as usize;
        let count = vals.len().checked_div(n).unwrap_or(0);
        if count == 0 && n != 0 {
            return s;
        }
        let (obj, offlen, cap) = (s[0], s[1], s[2]);
        let (off, len) = (unpack_off(offlen) as u64, unpack_len(offlen) as u64);
        let new_len = len + count as u64;
        if new_len <= cap && obj != 0 {
            self.write_slots(obj, ((off + len) as usize) * n, vals);
            return [obj, pack_off_len(off as u32, new_len as u32), cap];
        }
        let new_cap = self.new_cap(ty, cap, new_len).min(MAX_LEN);
        let new_obj = self.alloc_values(ty, new_cap as usize);
        if n > 0 {
            let mut old = vec![0; len as usize * n];
            self.read_slots(obj, off as usize * n, &mut old);
            self.write_slots(new_obj, 0, &old);
            self.write_slots(new_obj, len as usize * n, vals);
        }
        [new_obj, pack_off_len(0, new_len as u32), new_cap]
    }

    pub(crate) fn op_append(&mut self, w: W<'_>, dst: u16, s: u16, vals: u16, count: u8, ty: u32) {
        let n = self.types[ty as usize].slots as usize;
        let s3 = [w[s as usize], w[s as usize + 1], w[s as usize + 2]];
        let items: Vec<u64> = w[vals as usize..vals as usize + n * count as usize].to_vec();
        let out = if n == 0 {
            let len = u64::from(unpack_len(s3[1])) + u64::from(count);
            let obj = if s3[0] == 0 { self.zerobase } else { s3[0] };
            [obj, pack_off_len(unpack_off(s3[1]), len as u32), s3[2].max(len)]
        } else {
            self.append_vals(s3, &items, ty)
        };
        Self::set3(w, dst, out);
    }

    pub(crate) fn op_append_slice(&mut self, w: W<'_>, dst: u16, s: u16, t: u16, ty: u32) {
        let n = self.types[ty as usize].slots as usize;
        let s3 = [w[s as usize], w[s as usize + 1], w[s as usize + 2]];
        let t3 = [w[t as usize], w[t as usize + 1], w[t as usize + 2]];
        let out = if n == 0 {
            let len = u64::from(unpack_len(s3[1])) + u64::from(unpack_len(t3[1]));
            if len == u64::from(unpack_len(s3[1])) {
                s3
            } else {
                let obj = if s3[0] == 0 { self.zerobase } else { s3[0] };
                [obj, pack_off_len(unpack_off(s3[1]), len as u32), s3[2].max(len)]
            }
        } else {
            let items = self.slice_slots(t3, n);
            self.append_vals(s3, &items, ty)
        };
        Self::set3(w, dst, out);
    }

    pub(crate) fn op_append_str(&mut self, w: W<'_>, dst: u16, s: u16, t: u16) {
        let s3 = [w[s as usize], w[s as usize + 1], w[s as usize + 2]];
        let items: Vec<u64> =
            self.str_bytes([w[t as usize], w[t as usize + 1]]).iter().map(|&b| u64::from(b)).collect();
        let ty = self.byte_type();
        let out = self.append_vals(s3, &items, ty);
        Self::set3(w, dst, out);
    }

    /// A one-byte integer type for `[]byte` growth (any `uint8` type of the program, else a 1-slot scalar).
    fn byte_type(&mut self) -> u32 {
        if let Some(i) = self.types.iter().position(|t| t.kind == gosub_bytecode::Kind::Uint8) {
            return i as u32;
        }
        self.types.push(gosub_bytecode::RType {
            kind: gosub_bytecode::Kind::Uint8,
            string: "uint8".into(),
            slots: 1,
            shape: vec![gosub_bytecode::SlotKind::Scalar],
            ..Default::default()
        });
        self.type_shapes.push(Some(ShapeId::SCALARS));
        (self.types.len() - 1) as u32
    }

    pub(crate) fn op_copy(&mut self, w: W<'_>, dst: u16, a: u16, b: u16, n: u16) {
        let (da, sa) = ([w[a as usize], w[a as usize + 1]], [w[b as usize], w[b as usize + 1]]);
        let count = unpack_len(da[1]).min(unpack_len(sa[1])) as usize;
        let n = n as usize;
        if count > 0 && n > 0 {
            let mut tmp = vec![0; count * n];
            self.read_slots(sa[0], unpack_off(sa[1]) as usize * n, &mut tmp);
            self.write_slots(da[0], unpack_off(da[1]) as usize * n, &tmp);
        }
        w[dst as usize] = count as u64;
    }

    pub(crate) fn op_copy_str(&mut self, w: W<'_>, dst: u16, a: u16, b: u16) {
        let da = [w[a as usize], w[a as usize + 1]];
        let bytes = self.str_bytes([w[b as usize], w[b as usize + 1]]);
        let count = (unpack_len(da[1]) as usize).min(bytes.len());
        let words = self.words(da[0]);
        let off = unpack_off(da[1]) as usize;
        if let Some(out) = words.get(off..off + count) {
            for (o, &byte) in out.iter().zip(bytes) {
                o.store(u64::from(byte), Release);
            }
        }
        w[dst as usize] = count as u64;
    }
}
