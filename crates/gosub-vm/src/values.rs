//! Go's `==` and hashing over typed slots (structs and arrays field by field, floats with NaN != NaN and
//! +0 == -0, interfaces by dynamic type), type assertions, and builtin `print`.

use gosub_bytecode::Kind;
use gosub_bytecode::layout::iface_type_index;

use crate::panic::Fault;
use crate::vm::Vm;

/// A small, fast 64-bit hash state (FNV-style mixing with a final avalanche).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hash(pub u64);

impl Hash {
    #[inline]
    pub fn word(&mut self, w: u64) {
        self.0 = (self.0 ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29);
    }

    pub fn bytes(&mut self, b: &[u8]) {
        let mut chunks = b.chunks_exact(8);
        for c in &mut chunks {
            self.word(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let mut last = [0u8; 8];
        let rest = chunks.remainder();
        last[..rest.len()].copy_from_slice(rest);
        self.word(u64::from_le_bytes(last) ^ ((b.len() as u64) << 56));
    }

    pub fn finish(self) -> u64 {
        let mut x = self.0;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^= x >> 33;
        x
    }
}

impl Vm<'_> {
    /// `a == b` for values of type `ty`.
    pub(crate) fn eq_values(&self, ty: u32, a: &[u64], b: &[u64]) -> Result<bool, Fault> {
        let t = &self.types[ty as usize];
        Ok(match t.kind {
            Kind::Float32 | Kind::Float64 => f64::from_bits(a[0]) == f64::from_bits(b[0]),
            Kind::Complex64 | Kind::Complex128 => {
                f64::from_bits(a[0]) == f64::from_bits(b[0]) && f64::from_bits(a[1]) == f64::from_bits(b[1])
            }
            Kind::String => {
                let (x, y) = ([a[0], a[1]], [b[0], b[1]]);
                x == y || self.str_bytes(x) == self.str_bytes(y)
            }
            Kind::Interface => self.eq_iface([a[0], a[1]], [b[0], b[1]])?,
            Kind::Struct => {
                for f in &t.fields {
                    let n = self.types[f.ty as usize].slots as usize;
                    let o = f.offset as usize;
                    if f.name.as_ref() == "_" {
                        continue;
                    }
                    if !self.eq_values(f.ty, &a[o..o + n], &b[o..o + n])? {
                        return Ok(false);
                    }
                }
                true
            }
            Kind::Array => {
                let Some(e) = t.elem else { return Ok(true) };
                let n = self.types[e as usize].slots as usize;
                for i in 0..t.len as usize {
                    if !self.eq_values(e, &a[i * n..(i + 1) * n], &b[i * n..(i + 1) * n])? {
                        return Ok(false);
                    }
                }
                true
            }
            // Go compares these only with nil (the compiler emits `EqV` for `s == nil`).
            Kind::Slice | Kind::Map | Kind::Func => a[0] == b[0],
            _ => a == b,
        })
    }

    /// Interface equality: same dynamic type and equal values (panics on uncomparable dynamic types).
    pub(crate) fn eq_iface(&self, a: [u64; 2], b: [u64; 2]) -> Result<bool, Fault> {
        if a[0] == 0 || b[0] == 0 {
            return Ok(a[0] == b[0]);
        }
        let (ta, tb) = (iface_type_index(a[0]), iface_type_index(b[0]));
        if ta != tb {
            return Ok(false);
        }
        let t = &self.types[ta as usize];
        if !t.comparable {
            return Err(Fault::runtime(&format!("comparing uncomparable type {}", t.string)));
        }
        let (x, y) = (self.iface_value_vec(a), self.iface_value_vec(b));
        self.eq_values(ta, &x, &y)
    }

    /// Hashes a value of type `ty` (equal values hash equally); unhashable dynamic types panic as Go.
    pub(crate) fn hash_value(
        &self,
        ty: u32,
        v: &[u64],
        h: &mut Hash,
        nan_salt: &mut u64,
    ) -> Result<(), Fault> {
        let t = &self.types[ty as usize];
        match t.kind {
            Kind::Float32 | Kind::Float64 | Kind::Complex64 | Kind::Complex128 => {
                for &w in v {
                    let f = f64::from_bits(w);
                    if f.is_nan() {
                        *nan_salt =
                            nan_salt.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                        h.word(*nan_salt);
                    } else if f == 0.0 {
                        h.word(0);
                    } else {
                        h.word(w);
                    }
                }
            }
            Kind::String => h.bytes(self.str_bytes([v[0], v[1]])),
            Kind::Interface => {
                if v[0] == 0 {
                    h.word(0);
                    return Ok(());
                }
                let dt = iface_type_index(v[0]);
                let dtt = &self.types[dt as usize];
                if !dtt.comparable {
                    return Err(Fault::runtime(&format!("hash of unhashable type {}", dtt.string)));
                }
                h.word(u64::from(dt) + 1);
                let inner = self.iface_value_vec([v[0], v[1]]);
                self.hash_value(dt, &inner, h, nan_salt)?;
            }
            Kind::Struct => {
                for f in &t.fields {
                    let n = self.types[f.ty as usize].slots as usize;
                    let o = f.offset as usize;
                    if f.name.as_ref() == "_" {
                        continue;
                    }
                    self.hash_value(f.ty, &v[o..o + n], h, nan_salt)?;
                }
            }
            Kind::Array => {
                if let Some(e) = t.elem {
                    let n = self.types[e as usize].slots as usize;
                    for i in 0..t.len as usize {
                        self.hash_value(e, &v[i * n..(i + 1) * n], h, nan_salt)?;
                    }
                }
            }
            Kind::Slice | Kind::Map | Kind::Func => {
                return Err(Fault::runtime(&format!("hash of unhashable type {}", t.string)));
            }
            _ => {
                for &w in v {
                    h.word(w);
                }
            }
        }
        Ok(())
    }

    /// Whether runtime type `ty` implements interface type `iface`.
    pub(crate) fn implements(&self, ty: u32, iface: u32) -> bool {
        let Some(it) = self.types.get(iface as usize) else { return false };
        it.iface_methods.iter().all(|&sym| self.prog_method(ty, sym).is_some())
    }

    /// `x.(T)` for a concrete `T`.
    pub(crate) fn op_assert_type(
        &mut self,
        w: &mut [u64],
        dst: u16,
        x: u16,
        ty: u32,
        ok: bool,
        at: (u32, u32),
    ) -> Result<(), Fault> {
        let iface = [w[x as usize], w[x as usize + 1]];
        let n = self.types[ty as usize].slots as usize;
        let d = dst as usize;
        if iface[0] != 0 && iface_type_index(iface[0]) == ty {
            let mut tmp = vec![0; n];
            self.iface_value(iface, &mut tmp);
            w[d..d + n].copy_from_slice(&tmp);
            if ok {
                w[d + n] = 1;
            }
            return Ok(());
        }
        if ok {
            w[d..d + n + 1].fill(0);
            return Ok(());
        }
        let want = &self.types[ty as usize].string;
        let sources = &self.prog.assert_sources;
        let listed = match sources.binary_search_by_key(&at, |&(f, pc, _)| (f, pc)) {
            Ok(i) => Some(sources[i].2),
            Err(_) => self.prog.funcs.get(at.0 as usize).and_then(|f| {
                let i = f.assert_sources.binary_search_by_key(&at.1, |&(pc, _)| pc).ok()?;
                Some(f.assert_sources[i].1)
            }),
        };
        let src = listed.and_then(|t| self.types.get(t as usize)).map_or("interface {}", |t| &*t.string);
        if iface[0] == 0 {
            return Err(Fault::assertion(format!("{src} is nil, not {want}")));
        }
        let have = &self.types[iface_type_index(iface[0]) as usize].string;
        if have == want {
            return Err(Fault::assertion(format!(
                "{src} is {have}, not {want} (types from different scopes)"
            )));
        }
        Err(Fault::assertion(format!("{src} is {have}, not {want}")))
    }

    /// `x.(I)` for an interface type `I`.
    pub(crate) fn op_assert_iface(
        &mut self,
        w: &mut [u64],
        dst: u16,
        x: u16,
        ty: u32,
        ok: bool,
    ) -> Result<(), Fault> {
        let iface = [w[x as usize], w[x as usize + 1]];
        let d = dst as usize;
        if iface[0] != 0 && self.implements(iface_type_index(iface[0]), ty) {
            w[d] = iface[0];
            w[d + 1] = iface[1];
            if ok {
                w[d + 2] = 1;
            }
            return Ok(());
        }
        if ok {
            w[d..d + 3].fill(0);
            return Ok(());
        }
        let want = self.types[ty as usize].string.clone();
        if iface[0] == 0 {
            return Err(Fault::assertion(format!("interface is nil, not {want}")));
        }
        let dt = iface_type_index(iface[0]);
        let have = self.types[dt as usize].string.clone();
        let mut missing: Vec<&str> = self.types[ty as usize]
            .iface_methods
            .iter()
            .filter(|&&sym| self.prog_method(dt, sym).is_none())
            .map(|&sym| self.prog.method_names.get(sym as usize).map_or("?", |s| &**s))
            .collect();
        missing.sort_unstable();
        let name = missing.first().map_or("?", |m| m.rsplit('.').next().unwrap_or(m));
        Err(Fault::assertion(format!("{have} is not {want}: missing method {name}")))
    }

    /// Builtin `print`/`println` of one value.
    pub(crate) fn op_print(&mut self, vals: &[u64], ty: u32, flags: u8) {
        use gosub_fmt::builtin;
        let mut out = Vec::new();
        if flags & 1 != 0 {
            out.push(b' ');
        }
        let t = &self.types[ty as usize];
        let kind = t.kind;
        match kind {
            Kind::Pointer | Kind::Map | Kind::Chan | Kind::Func | Kind::UnsafePointer => {
                let addr = vals.first().copied().unwrap_or(0);
                let off = if kind == Kind::Pointer { vals.get(1).copied().unwrap_or(0) * 8 } else { 0 };
                builtin::print_pointer(&mut out, if addr == 0 { 0 } else { addr + 8 + off });
            }
            Kind::Slice => {
                let (obj, offlen, cap) = (vals[0], vals[1], vals[2]);
                let data = if obj == 0 { 0 } else { obj + 8 };
                builtin::print_slice(
                    &mut out,
                    u64::from(gosub_bytecode::layout::unpack_len(offlen)),
                    cap,
                    data,
                );
            }
            Kind::Interface => builtin::print_interface(&mut out, vals[0], vals[1]),
            _ => match crate::panic::basic_text(self, kind, vals) {
                Some(text) => out.extend_from_slice(&text),
                None => out.extend_from_slice(format!("({})", t.string).as_bytes()),
            },
        }
        if flags & 2 != 0 {
            out.push(b'\n');
        }
        self.write_stderr(&out);
    }
}
