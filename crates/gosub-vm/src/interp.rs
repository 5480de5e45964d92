//! The dispatch loop.
//!
//! Invariants the loop relies on (established by [`Vm::new`]'s validation and by `push_frame`):
//! - every register operand `r` of width `w` of an instruction satisfies `r + w <= nregs` of its function;
//! - the register stack holds at least `base + nregs` slots for every frame on the stack, so the running
//!   frame's window `regs[base .. base + nregs]` is in bounds; the register stack never shrinks, and the
//!   window pointer is re-derived after anything that can grow it (calls, returns, natives, panics),
//!   either in place or via `continue 'frame`;
//! - every jump target is inside the code, and the code ends with `Ret`, `Jmp` or `Panic`, so the
//!   instruction pointer always points at an instruction;
//! - the code and constant slices of a function never move or change while the VM lives (each is its
//!   own boxed slice).
//!
//! Go calls push a frame and continue the same loop; only native code calling back into Go starts a
//! nested loop (`call_func`), which returns when its entry frame returns.

use std::sync::atomic::Ordering::Relaxed;

use gosub_bytecode::layout::{iface_type_index, pack_off_len, unpack_len, unpack_off};
use gosub_bytecode::{IntWidth, Op};

use crate::goroutine::{FrameKind, Goroutine};
use crate::panic::{Fault, Stop};
use crate::vm::Vm;

/// Safepoints between two looks at the collector.
const POLL_INTERVAL: i32 = 128;

impl Vm<'_> {
    /// Runs `g` until the frame at depth `stop` returns (or the program stops).
    pub(crate) fn exec(&mut self, g: &mut Goroutine, stop: usize) -> Result<(), Stop> {
        let mut budget: i32 = POLL_INTERVAL;
        'frame: loop {
            if g.frames.len() <= stop {
                return Ok(());
            }
            let mut fi = g.frames.len() - 1;
            let fr = g.frames[fi];
            let func = &self.funcs[fr.func as usize];
            let mut code: *const Op = func.code.as_ptr();
            let mut consts: *const u64 = func.consts.as_ptr();
            let mut nregs = func.nregs as usize;
            // The instruction pointer: `code + pc` (a pointer saves an index computation per instruction).
            // SAFETY: a saved pc indexes an instruction of this function (module doc).
            let mut ip: *const Op = unsafe { code.add(fr.pc as usize) };
            macro_rules! pc {
                () => {
                    // SAFETY: `ip` points into (or one past an instruction of) this function's code.
                    unsafe { ip.offset_from(code) as usize }
                };
            }
            let mut base = fr.base as usize;
            debug_assert!(g.regs.len() >= base + nregs);
            // SAFETY: `push_frame` made the register stack at least `base + nregs` long.
            let mut regs: *mut u64 = unsafe { g.regs.as_mut_ptr().add(base) };
            // The running frame's closure (what `LoadCap` reads), kept beside the frame record.
            let mut clo: u64 = fr.closure;

            macro_rules! r {
                ($i:expr) => {
                    // SAFETY: a validated operand: inside the running frame's window (module doc).
                    unsafe { *regs.add($i as usize) }
                };
            }
            macro_rules! set {
                ($i:expr, $v:expr) => {{
                    let value: u64 = $v;
                    // SAFETY: as in `r!`.
                    unsafe { *regs.add($i as usize) = value };
                }};
            }
            macro_rules! win {
                () => {
                    // SAFETY: the window is in bounds (module doc); no other reference into the register
                    // stack is alive while it is used (helpers taking it cannot reach the goroutine).
                    unsafe { std::slice::from_raw_parts_mut(regs, nregs) }
                };
            }
            macro_rules! fault {
                ($e:expr) => {{
                    let fault: Fault = $e;
                    g.frames[fi].pc = pc!() as u32;
                    self.raise(g, fault, stop)?;
                    continue 'frame;
                }};
            }
            macro_rules! check {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => fault!(e),
                    }
                };
            }
            macro_rules! jump {
                ($off:expr) => {{
                    let off = $off as isize;
                    // SAFETY: jump targets are validated to lie inside the code.
                    ip = unsafe { ip.offset(off) };
                    if off < 0 {
                        budget -= 1;
                        if budget <= 0 {
                            budget = if self.gc_stress { 1 } else { POLL_INTERVAL };
                            g.frames[fi].pc = pc!() as u32;
                            if self.safepoint(g) {
                                return Err(Stop::Preempted);
                            }
                        }
                    }
                }};
            }
            macro_rules! call {
                ($func:expr, $b:expr, $closure:expr) => {{
                    let callee_id: u32 = $func;
                    g.frames[fi].pc = pc!() as u32;
                    let new_base = base + $b as usize;
                    let mut fast = false;
                    if let Some(callee) = self.funcs.get(callee_id as usize) {
                        let end = new_base + callee.nregs as usize;
                        if end <= g.regs.len() && g.frames.len() < crate::vm::MAX_FRAMES {
                            let from = new_base + callee.params as usize;
                            // SAFETY: `from..end` is inside the register stack (checked just above).
                            unsafe { zero(g.regs.as_mut_ptr().add(from), end - from) };
                            g.frames.push(crate::goroutine::Frame {
                                func: callee_id,
                                pc: 0,
                                base: new_base as u32,
                                kind: FrameKind::Normal,
                                closure: $closure,
                            });
                            // Switch to the callee without re-reading the frame stack.
                            fi += 1;
                            code = callee.code.as_ptr();
                            consts = callee.consts.as_ptr();
                            nregs = callee.nregs as usize;
                            ip = code;
                            base = new_base;
                            // SAFETY: `end <= regs.len()` was checked above.
                            regs = unsafe { g.regs.as_mut_ptr().add(base) };
                            clo = $closure;
                            fast = true;
                        }
                    }
                    if !fast {
                        if let Err(e) = self.push_frame(g, callee_id, new_base, $closure, FrameKind::Normal) {
                            fault!(e);
                        }
                    }
                    budget -= 1;
                    if budget <= 0 {
                        budget = if self.gc_stress { 1 } else { POLL_INTERVAL };
                        if self.safepoint(g) {
                            return Err(Stop::Preempted);
                        }
                    }
                    if !fast {
                        continue 'frame;
                    }
                }};
            }
            macro_rules! bin_i {
                ($dst:expr, $a:expr, $b:expr, $f:expr) => {{
                    let f: fn(u64, u64) -> u64 = $f;
                    set!($dst, f(r!($a), r!($b)));
                }};
            }
            macro_rules! bin_f {
                ($dst:expr, $a:expr, $b:expr, $op:tt) => {{
                    let x = f64::from_bits(r!($a));
                    let y = f64::from_bits(r!($b));
                    set!($dst, (x $op y).to_bits());
                }};
            }
            macro_rules! cmp {
                ($dst:expr, $v:expr) => {{
                    set!($dst, u64::from($v));
                }};
            }

            loop {
                // SAFETY: `ip` points at an instruction (module doc).
                let op: &Op = unsafe { &*ip };
                // SAFETY: the code ends with a terminator, so `ip + 1` is at most one past the end.
                ip = unsafe { ip.add(1) };
                match *op {
                    Op::Nop => {}
                    Op::Mov { dst, src } => set!(dst, r!(src)),
                    Op::MovN { dst, src, n } => {
                        // SAFETY: both ranges are validated operands of width `n`; overlap is allowed.
                        unsafe { copy_slots(regs.add(src as usize), regs.add(dst as usize), n as usize) };
                    }
                    Op::LoadI { dst, imm } => set!(dst, i64::from(imm) as u64),
                    // SAFETY: `k` was validated against the constant pool.
                    Op::LoadK { dst, k } => set!(dst, unsafe { *consts.add(k as usize) }),
                    Op::LoadStr { dst, k } => {
                        let obj = self.strings[k as usize];
                        let len = self.prog.strings.get(k as usize).map_or(0, |s| s.len());
                        set!(dst, obj);
                        set!(dst + 1, pack_off_len(0, len as u32));
                    }
                    Op::Zero { dst, n } => win!()[dst as usize..dst as usize + n as usize].fill(0),
                    Op::LoadGlobal { dst, g: gl, n } => {
                        let w = win!();
                        self.read_slots(
                            self.globals,
                            gl as usize,
                            &mut w[dst as usize..dst as usize + n as usize],
                        );
                    }
                    Op::StoreGlobal { g: gl, src, n } => {
                        let w = win!();
                        self.write_slots(
                            self.globals,
                            gl as usize,
                            &w[src as usize..src as usize + n as usize],
                        );
                    }
                    Op::AddrGlobal { dst, g: gl } => {
                        set!(dst, self.globals);
                        set!(dst + 1, u64::from(gl));
                    }
                    Op::LoadFunc { dst, f } => {
                        let v = self.func_value(f);
                        set!(dst, v);
                    }

                    Op::AddI { dst, a, b } => bin_i!(dst, a, b, |x, y| x.wrapping_add(y)),
                    Op::SubI { dst, a, b } => bin_i!(dst, a, b, |x, y| x.wrapping_sub(y)),
                    Op::MulI { dst, a, b } => bin_i!(dst, a, b, |x, y| x.wrapping_mul(y)),
                    Op::DivI { dst, a, b } => {
                        let (x, y) = (r!(a) as i64, r!(b) as i64);
                        if y > 0 && y & (y - 1) == 0 {
                            // A power of two: shift, rounding towards zero (no `idiv`).
                            let k = y.trailing_zeros();
                            set!(dst, ((x + ((x >> 63) & (y - 1))) >> k) as u64);
                        } else {
                            if y == 0 {
                                fault!(Fault::divide());
                            }
                            set!(dst, x.wrapping_div(y) as u64);
                        }
                    }
                    Op::RemI { dst, a, b } => {
                        let (x, y) = (r!(a) as i64, r!(b) as i64);
                        if y > 0 && y & (y - 1) == 0 {
                            let q = (x + ((x >> 63) & (y - 1))) & !(y - 1);
                            set!(dst, x.wrapping_sub(q) as u64);
                        } else {
                            if y == 0 {
                                fault!(Fault::divide());
                            }
                            set!(dst, x.wrapping_rem(y) as u64);
                        }
                    }
                    Op::DivU { dst, a, b } => {
                        let y = r!(b);
                        if y == 0 {
                            fault!(Fault::divide());
                        }
                        set!(dst, r!(a) / y);
                    }
                    Op::RemU { dst, a, b } => {
                        let y = r!(b);
                        if y == 0 {
                            fault!(Fault::divide());
                        }
                        set!(dst, r!(a) % y);
                    }
                    Op::AndI { dst, a, b } => bin_i!(dst, a, b, |x, y| x & y),
                    Op::OrI { dst, a, b } => bin_i!(dst, a, b, |x, y| x | y),
                    Op::XorI { dst, a, b } => bin_i!(dst, a, b, |x, y| x ^ y),
                    Op::AndNotI { dst, a, b } => bin_i!(dst, a, b, |x, y| x & !y),
                    Op::ShlI { dst, a, b } => bin_i!(dst, a, b, |x, y| if y >= 64 { 0 } else { x << y }),
                    Op::ShrI { dst, a, b } => {
                        bin_i!(dst, a, b, |x, y| ((x as i64) >> y.min(63)) as u64)
                    }
                    Op::ShrU { dst, a, b } => bin_i!(dst, a, b, |x, y| if y >= 64 { 0 } else { x >> y }),
                    Op::CheckShift { a } => {
                        if (r!(a) as i64) < 0 {
                            fault!(Fault::runtime("negative shift amount"));
                        }
                    }
                    Op::AddIK { dst, a, imm } => set!(dst, r!(a).wrapping_add(i64::from(imm) as u64)),
                    Op::NegI { dst, a } => set!(dst, r!(a).wrapping_neg()),
                    Op::NotI { dst, a } => set!(dst, !r!(a)),
                    Op::Wrap { dst, src, width } => {
                        let x = r!(src);
                        let v = match width {
                            IntWidth::I8 => x as i8 as i64 as u64,
                            IntWidth::I16 => x as i16 as i64 as u64,
                            IntWidth::I32 => x as i32 as i64 as u64,
                            IntWidth::U8 => x as u8 as u64,
                            IntWidth::U16 => x as u16 as u64,
                            IntWidth::U32 => x as u32 as u64,
                        };
                        set!(dst, v);
                    }

                    Op::AddF { dst, a, b } => bin_f!(dst, a, b, +),
                    Op::SubF { dst, a, b } => bin_f!(dst, a, b, -),
                    Op::MulF { dst, a, b } => bin_f!(dst, a, b, *),
                    Op::DivF { dst, a, b } => bin_f!(dst, a, b, /),
                    Op::NegF { dst, a } => set!(dst, (-f64::from_bits(r!(a))).to_bits()),
                    Op::RoundF32 { dst, src } => {
                        set!(dst, f64::from(f64::from_bits(r!(src)) as f32).to_bits())
                    }

                    Op::AddC { dst, a, b } => {
                        let (x, y) = (complex(r!(a), r!(a + 1)), complex(r!(b), r!(b + 1)));
                        set!(dst, (x.0 + y.0).to_bits());
                        set!(dst + 1, (x.1 + y.1).to_bits());
                    }
                    Op::SubC { dst, a, b } => {
                        let (x, y) = (complex(r!(a), r!(a + 1)), complex(r!(b), r!(b + 1)));
                        set!(dst, (x.0 - y.0).to_bits());
                        set!(dst + 1, (x.1 - y.1).to_bits());
                    }
                    Op::MulC { dst, a, b } => {
                        let (x, y) = (complex(r!(a), r!(a + 1)), complex(r!(b), r!(b + 1)));
                        set!(dst, (x.0 * y.0 - x.1 * y.1).to_bits());
                        set!(dst + 1, (x.0 * y.1 + x.1 * y.0).to_bits());
                    }
                    Op::DivC { dst, a, b } => {
                        let q = complex_div(complex(r!(a), r!(a + 1)), complex(r!(b), r!(b + 1)));
                        set!(dst, q.0.to_bits());
                        set!(dst + 1, q.1.to_bits());
                    }
                    Op::EqC { dst, a, b } => {
                        let (x, y) = (complex(r!(a), r!(a + 1)), complex(r!(b), r!(b + 1)));
                        cmp!(dst, x.0 == y.0 && x.1 == y.1);
                    }

                    Op::I2F { dst, src } => set!(dst, (r!(src) as i64 as f64).to_bits()),
                    Op::U2F { dst, src } => set!(dst, (r!(src) as f64).to_bits()),
                    Op::F2I { dst, src } => set!(dst, f2i(f64::from_bits(r!(src))) as u64),
                    Op::F2U { dst, src } => set!(dst, f2u(f64::from_bits(r!(src)))),

                    Op::EqI { dst, a, b } => cmp!(dst, r!(a) == r!(b)),
                    Op::NeI { dst, a, b } => cmp!(dst, r!(a) != r!(b)),
                    Op::LtI { dst, a, b } => cmp!(dst, (r!(a) as i64) < (r!(b) as i64)),
                    Op::LeI { dst, a, b } => cmp!(dst, (r!(a) as i64) <= (r!(b) as i64)),
                    Op::LtU { dst, a, b } => cmp!(dst, r!(a) < r!(b)),
                    Op::LeU { dst, a, b } => cmp!(dst, r!(a) <= r!(b)),
                    Op::EqF { dst, a, b } => cmp!(dst, f64::from_bits(r!(a)) == f64::from_bits(r!(b))),
                    Op::LtF { dst, a, b } => cmp!(dst, f64::from_bits(r!(a)) < f64::from_bits(r!(b))),
                    Op::LeF { dst, a, b } => cmp!(dst, f64::from_bits(r!(a)) <= f64::from_bits(r!(b))),
                    Op::Not { dst, a } => cmp!(dst, r!(a) == 0),
                    Op::Jmp { off } => jump!(off),
                    Op::JmpIf { cond, off } => {
                        if r!(cond) != 0 {
                            jump!(off);
                        }
                    }
                    Op::JmpIfNot { cond, off } => {
                        if r!(cond) == 0 {
                            jump!(off);
                        }
                    }
                    Op::JmpLtI { a, b, off } => {
                        if (r!(a) as i64) < (r!(b) as i64) {
                            jump!(off);
                        }
                    }
                    Op::JmpLeI { a, b, off } => {
                        if (r!(a) as i64) <= (r!(b) as i64) {
                            jump!(off);
                        }
                    }
                    Op::JmpEqI { a, b, off } => {
                        if r!(a) == r!(b) {
                            jump!(off);
                        }
                    }
                    Op::JmpNeI { a, b, off } => {
                        if r!(a) != r!(b) {
                            jump!(off);
                        }
                    }

                    Op::Concat { dst, a, b } => self.op_concat(win!(), dst, a, b),
                    Op::EqS { dst, a, b } => {
                        let (x, y) = ([r!(a), r!(a + 1)], [r!(b), r!(b + 1)]);
                        let eq = unpack_len(x[1]) == unpack_len(y[1])
                            && (x == y || self.str_bytes(x) == self.str_bytes(y));
                        cmp!(dst, eq);
                    }
                    Op::LtS { dst, a, b } => {
                        let lt = self.str_bytes([r!(a), r!(a + 1)]) < self.str_bytes([r!(b), r!(b + 1)]);
                        cmp!(dst, lt);
                    }
                    Op::LeS { dst, a, b } => {
                        let le = self.str_bytes([r!(a), r!(a + 1)]) <= self.str_bytes([r!(b), r!(b + 1)]);
                        cmp!(dst, le);
                    }
                    Op::LenS { dst, s } => set!(dst, u64::from(unpack_len(r!(s + 1)))),
                    Op::IndexS { dst, s, i } => {
                        let str = [r!(s), r!(s + 1)];
                        let idx = r!(i);
                        let bytes = self.str_bytes(str);
                        match bytes.get(idx as usize) {
                            Some(&byte) if idx < bytes.len() as u64 => set!(dst, u64::from(byte)),
                            _ => fault!(Fault::index(idx as i64, bytes.len() as u64)),
                        }
                    }
                    Op::SliceS { dst, s, lo, hi } => check!(self.op_slice_str(win!(), dst, s, lo, hi)),
                    Op::DecodeRune { dst, s, i } => check!(self.op_decode_rune(win!(), dst, s, i)),
                    Op::StrFromRune { dst, r } => self.op_str_from_rune(win!(), dst, r),
                    Op::StrFromBytes { dst, src } => self.op_str_from_bytes(win!(), dst, src),
                    Op::BytesFromStr { dst, src } => self.op_bytes_from_str(win!(), dst, src),
                    Op::StrFromRunes { dst, src } => self.op_str_from_runes(win!(), dst, src),
                    Op::RunesFromStr { dst, src } => self.op_runes_from_str(win!(), dst, src),

                    Op::MakeSlice { dst, len, cap, ty } => {
                        check!(self.op_make_slice(win!(), dst, len, cap, ty))
                    }
                    Op::LenSl { dst, s } => set!(dst, u64::from(unpack_len(r!(s + 1)))),
                    Op::CapSl { dst, s } => set!(dst, r!(s + 2)),
                    Op::IndexSl { dst, s, i, n } => {
                        let (obj, offlen, idx) = (r!(s), r!(s + 1), r!(i));
                        let len = u64::from(unpack_len(offlen));
                        if idx >= len {
                            fault!(Fault::index(idx as i64, len));
                        }
                        let at = (u64::from(unpack_off(offlen)) + idx) as usize * n as usize;
                        if n == 1 {
                            match self.words(obj).get(at) {
                                Some(word) => set!(dst, word.load(std::sync::atomic::Ordering::Acquire)),
                                None => fault!(Fault::index(idx as i64, len)),
                            }
                        } else if !self.read_slots(
                            obj,
                            at,
                            &mut win!()[dst as usize..dst as usize + n as usize],
                        ) {
                            fault!(Fault::index(idx as i64, len));
                        }
                    }
                    Op::StoreSl { s, i, src, n } => {
                        let (obj, offlen, idx) = (r!(s), r!(s + 1), r!(i));
                        let len = u64::from(unpack_len(offlen));
                        if idx >= len {
                            fault!(Fault::index(idx as i64, len));
                        }
                        let at = (u64::from(unpack_off(offlen)) + idx) as usize * n as usize;
                        if n == 1 {
                            match self.words(obj).get(at) {
                                Some(word) => word.store(r!(src), std::sync::atomic::Ordering::Release),
                                None => fault!(Fault::index(idx as i64, len)),
                            }
                        } else if !self.write_slots(obj, at, &win!()[src as usize..src as usize + n as usize])
                        {
                            fault!(Fault::index(idx as i64, len));
                        }
                    }
                    Op::AddrSl { dst, s, i, n } => {
                        let (obj, offlen, idx) = (r!(s), r!(s + 1), r!(i));
                        let len = u64::from(unpack_len(offlen));
                        if idx >= len {
                            fault!(Fault::index(idx as i64, len));
                        }
                        set!(dst, obj);
                        set!(dst + 1, (u64::from(unpack_off(offlen)) + idx) * u64::from(n));
                    }
                    Op::SliceSl { dst, s, b, n } => check!(self.op_slice_slice(win!(), dst, s, b, n)),
                    Op::Append { dst, s, vals, count, ty } => self.op_append(win!(), dst, s, vals, count, ty),
                    Op::AppendSl { dst, s, t, ty } => self.op_append_slice(win!(), dst, s, t, ty),
                    Op::AppendStr { dst, s, t } => self.op_append_str(win!(), dst, s, t),
                    Op::Copy { dst, a, b, n } => self.op_copy(win!(), dst, a, b, n),
                    Op::CopyStr { dst, a, b } => self.op_copy_str(win!(), dst, a, b),
                    Op::SliceArr { dst, p, b, n } => check!(self.op_slice_arr(win!(), dst, p, b, n)),
                    Op::SliceToArrPtr { dst, s, n, len } => {
                        let (obj, offlen) = (r!(s), r!(s + 1));
                        let have = u64::from(unpack_len(offlen));
                        if have < u64::from(len) {
                            fault!(Fault::runtime(&format!(
                                "cannot convert slice with length {have} to array or pointer to array with length {len}"
                            )));
                        }
                        set!(dst, obj);
                        set!(dst + 1, u64::from(unpack_off(offlen)) * u64::from(n));
                    }
                    Op::IndexArr { dst, base: arr, i, n, len } => {
                        let idx = r!(i);
                        if idx >= u64::from(len) {
                            fault!(Fault::index(idx as i64, u64::from(len)));
                        }
                        let from = arr as usize + idx as usize * n as usize;
                        // SAFETY: `arr + len * n` is validated, and `idx < len`; `copy` allows overlap.
                        unsafe { copy_slots(regs.add(from), regs.add(dst as usize), n as usize) };
                    }
                    Op::StoreArr { base: arr, i, src, n, len } => {
                        let idx = r!(i);
                        if idx >= u64::from(len) {
                            fault!(Fault::index(idx as i64, u64::from(len)));
                        }
                        let to = arr as usize + idx as usize * n as usize;
                        // SAFETY: as for IndexArr.
                        unsafe { copy_slots(regs.add(src as usize), regs.add(to), n as usize) };
                    }

                    Op::New { dst, ty } => {
                        let obj = self.alloc_value(ty);
                        set!(dst, obj);
                        set!(dst + 1, 0);
                    }
                    Op::Load { dst, p, off, n } => {
                        let obj = r!(p);
                        if obj == 0 {
                            fault!(Fault::nil_deref_at(u64::from(off) * 8));
                        }
                        let at = r!(p + 1) as usize + off as usize;
                        if n == 1 {
                            match self.words(obj).get(at) {
                                Some(word) => set!(dst, word.load(std::sync::atomic::Ordering::Acquire)),
                                None => fault!(Fault::Internal("load outside its object".into())),
                            }
                        } else if !self.read_slots(
                            obj,
                            at,
                            &mut win!()[dst as usize..dst as usize + n as usize],
                        ) {
                            fault!(Fault::Internal("load outside its object".into()));
                        }
                    }
                    Op::Store { p, off, src, n } => {
                        let obj = r!(p);
                        if obj == 0 {
                            fault!(Fault::nil_deref_at(u64::from(off) * 8));
                        }
                        let at = r!(p + 1) as usize + off as usize;
                        if n == 1 {
                            match self.words(obj).get(at) {
                                Some(word) => word.store(r!(src), std::sync::atomic::Ordering::Release),
                                None => fault!(Fault::Internal("store outside its object".into())),
                            }
                        } else if !self.write_slots(obj, at, &win!()[src as usize..src as usize + n as usize])
                        {
                            fault!(Fault::Internal("store outside its object".into()));
                        }
                    }
                    Op::AddrOff { dst, p, off } => {
                        let obj = r!(p);
                        if obj == 0 {
                            fault!(Fault::nil_deref());
                        }
                        let o = r!(p + 1) + u64::from(off);
                        set!(dst, obj);
                        set!(dst + 1, o);
                    }
                    Op::AddrIdx { dst, p, i, n, len } => {
                        let obj = r!(p);
                        if obj == 0 {
                            fault!(Fault::nil_deref());
                        }
                        let (idx, l) = (r!(i), r!(len));
                        if idx >= l {
                            fault!(Fault::index(idx as i64, l));
                        }
                        let o = r!(p + 1) + idx * u64::from(n);
                        set!(dst, obj);
                        set!(dst + 1, o);
                    }
                    Op::NilCheck { p } => {
                        if r!(p) == 0 {
                            fault!(Fault::nil_deref());
                        }
                    }

                    Op::MakeMap { dst, hint, ty } => {
                        let m = self.make_map(ty, r!(hint));
                        set!(dst, m);
                    }
                    Op::MapGet { dst, m, key, ty } => check!(self.op_map_get(win!(), dst, m, key, ty, false)),
                    Op::MapGet2 { dst, m, key, ty } => check!(self.op_map_get(win!(), dst, m, key, ty, true)),
                    Op::MapSet { m, key, val, ty } => check!(self.op_map_set(win!(), m, key, val, ty)),
                    Op::MapDelete { m, key, ty } => check!(self.op_map_delete(win!(), m, key, ty)),
                    Op::LenMap { dst, m } => {
                        let n = self.map_len(r!(m));
                        set!(dst, n as u64);
                    }
                    Op::MapClear { m } => self.map_clear(r!(m)),
                    Op::MapIter { dst, m } => {
                        let it = self.map_iter(r!(m));
                        set!(dst, it);
                    }
                    Op::MapNext { it, key, off } => match self.map_next(win!(), r!(it), key) {
                        Ok(true) => {}
                        Ok(false) => jump!(off),
                        Err(e) => fault!(e),
                    },

                    Op::MakeIface { dst, src, ty } => {
                        let n = self.types[ty as usize].slots as usize;
                        let w = win!();
                        let v = self.make_iface(ty, &w[src as usize..src as usize + n]);
                        w[dst as usize] = v[0];
                        w[dst as usize + 1] = v[1];
                    }
                    Op::AssertType { dst, x, ty } => {
                        let at = (g.frames[fi].func, (pc!() - 1) as u32);
                        check!(self.op_assert_type(win!(), dst, x, ty, false, at))
                    }
                    Op::AssertType2 { dst, x, ty } => {
                        let at = (g.frames[fi].func, (pc!() - 1) as u32);
                        check!(self.op_assert_type(win!(), dst, x, ty, true, at))
                    }
                    Op::AssertIface { dst, x, ty } => check!(self.op_assert_iface(win!(), dst, x, ty, false)),
                    Op::AssertIface2 { dst, x, ty } => check!(self.op_assert_iface(win!(), dst, x, ty, true)),
                    Op::IsType { dst, x, ty } => {
                        let tw = r!(x);
                        cmp!(dst, tw != 0 && iface_type_index(tw) == ty);
                    }
                    Op::Implements { dst, x, ty } => {
                        let tw = r!(x);
                        cmp!(dst, tw != 0 && self.implements(iface_type_index(tw), ty));
                    }
                    Op::EqIface { dst, a, b } => {
                        let eq = check!(self.eq_iface([r!(a), r!(a + 1)], [r!(b), r!(b + 1)]));
                        cmp!(dst, eq);
                    }
                    Op::EqV { dst, a, b, ty } => {
                        let n = self.types[ty as usize].slots as usize;
                        let w = win!();
                        let eq = check!(self.eq_values(
                            ty,
                            &w[a as usize..a as usize + n],
                            &w[b as usize..b as usize + n]
                        ));
                        cmp!(dst, eq);
                    }

                    Op::Call { f, base: b } => call!(f, b, 0),
                    Op::CallClosure { fv, base: b } => {
                        let closure = r!(fv);
                        let Some(f) = self.word(closure, 0) else { fault!(Fault::nil_deref()) };
                        call!(f as u32, b, closure);
                    }
                    Op::CallIface { x, method, base: b } => {
                        let tw = r!(x);
                        if tw == 0 {
                            // Go faults reading the method from the (nil) itab.
                            fault!(Fault::nil_deref_at(0x18));
                        }
                        let ty = iface_type_index(tw);
                        let Some(f) = self.iface_method(tw, method) else {
                            fault!(Fault::Internal(format!("type {ty} has no method {method}")))
                        };
                        set!(b, r!(x + 1));
                        call!(f, b, 0);
                    }
                    Op::CallNative { native, base: b } => {
                        g.frames[fi].pc = pc!() as u32;
                        let Some(f) = self.natives[native as usize] else {
                            let name = self.native_names[native as usize].clone();
                            fault!(Fault::Internal(format!("native function {name} is not implemented")))
                        };
                        let mark = g.handles.len();
                        let mut ctx = crate::natives::Native { vm: self, g, base: base + b as usize };
                        let result = f(&mut ctx);
                        g.handles.truncate(mark);
                        if let Err(e) = result {
                            fault!(e);
                        }
                        if g.frames.len() != fi + 1 {
                            continue 'frame;
                        }
                        // Same frame: only the register stack may have moved (natives and calls back
                        // into Go grow it, nothing shrinks it), so re-derive the window pointer.
                        debug_assert!(g.regs.len() >= base + nregs);
                        // SAFETY: the register stack never shrinks, so it still holds `base + nregs` slots.
                        regs = unsafe { g.regs.as_mut_ptr().add(base) };
                    }
                    Op::Ret { src, n } => {
                        if src != 0 {
                            // SAFETY: both ranges are validated operands of width `n`.
                            unsafe { copy_slots(regs.add(src as usize), regs, n as usize) };
                        }
                        let Some(done) = g.frames.pop() else { return Ok(()) };
                        // Zero the registers above the results that the caller's window shares with
                        // this one, so that the caller never sees a stale value of another kind. The
                        // registers above the caller's window belong to no frame: a call zeroes its
                        // callee's registers above the arguments, so they need no zeroing here.
                        let caller = match fi.checked_sub(1) {
                            Some(ci) => g.frames.get(ci).map(|c| (c.func, c.base as usize)),
                            None => None,
                        };
                        let shared = match caller {
                            Some((cf, cbase)) => {
                                let cend = cbase + self.funcs[cf as usize].nregs as usize;
                                cend.saturating_sub(base).min(nregs)
                            }
                            None => nregs,
                        };
                        if shared > n as usize {
                            // SAFETY: `n < shared <= nregs`, so `n..shared` is inside the window.
                            unsafe { zero(regs.add(n as usize), shared - n as usize) };
                        }
                        if done.kind == FrameKind::PanicDefer {
                            self.after_panic_defer(g, fi, stop)?;
                        }
                        continue 'frame;
                    }

                    Op::MakeClosure { dst, f, caps, n } => {
                        let cur = g.frames[fi].func;
                        let shape = self.closure_shape(cur, pc!() - 1);
                        let obj = self.heap.alloc_words(shape, n as usize + 1).to_bits();
                        let w = win!();
                        self.write_slots(obj, 0, &[u64::from(f)]);
                        self.write_slots(obj, 1, &w[caps as usize..caps as usize + n as usize]);
                        w[dst as usize] = obj;
                    }
                    Op::LoadCap { dst, k } => match self.words(clo).get(k as usize + 1) {
                        Some(word) => set!(dst, word.load(std::sync::atomic::Ordering::Acquire)),
                        None => fault!(Fault::Internal(format!("capture {k} out of range"))),
                    },

                    Op::Defer { fv } => Self::push_defer(g, fi, r!(fv)),
                    Op::RunDefers => {
                        if let Some(d) = g.defers.last().copied()
                            && d.frame as usize == fi
                        {
                            g.defers.pop();
                            g.frames[fi].pc = (pc!() - 1) as u32;
                            if let Err(e) = self.push_closure_frame(g, d.fv, FrameKind::Defer) {
                                fault!(e);
                            }
                            continue 'frame;
                        }
                    }
                    Op::Panic { x } => fault!(Fault::Panic { value: [r!(x), r!(x + 1)] }),
                    Op::Recover { dst } => {
                        let v = self.recover(g);
                        set!(dst, v[0]);
                        set!(dst + 1, v[1]);
                    }

                    Op::Print { src, ty, flags } => {
                        let n = self.types[ty as usize].slots as usize;
                        let w = win!();
                        let vals: Vec<u64> = w[src as usize..src as usize + n].to_vec();
                        self.op_print(&vals, ty, flags);
                    }
                    // An instruction added to the contract after this VM was written.
                    #[allow(unreachable_patterns)]
                    _ => fault!(Fault::Internal(format!("instruction {op:?} is not implemented by the VM"))),
                }
            }
        }
    }

    /// A safepoint: collects garbage when the heap asks for it, and says whether the goroutine should
    /// yield (its run budget is spent and no native function is waiting for it to return).
    pub(crate) fn safepoint(&mut self, g: &mut Goroutine) -> bool {
        if self.gc_stress || self.heap.should_collect() {
            self.collect(g);
        }
        self.run_budget =
            self.run_budget.saturating_sub(if self.gc_stress { 1 } else { POLL_INTERVAL as u64 });
        self.run_budget == 0 && self.nesting == 0
    }

    /// The shape of the closure made at `pc` of function `func`.
    fn closure_shape(&self, func: u32, pc: usize) -> gosub_heap::ShapeId {
        let shapes = &self.funcs[func as usize].closure_shapes;
        match shapes.binary_search_by_key(&(pc as u32), |&(p, _)| p) {
            Ok(i) => shapes[i].1,
            Err(_) => gosub_heap::ShapeId::SCALARS,
        }
    }

    /// Calls function `func` from native code with `args` (through closure `closure`, 0 if none) and
    /// returns its results. A panic that is not recovered inside the call comes back as `Fault::Unwind`
    /// with the panic still recorded on the goroutine.
    pub(crate) fn call_func(
        &mut self,
        g: &mut Goroutine,
        func: u32,
        args: &[u64],
        closure: u64,
    ) -> Result<Vec<u64>, Fault> {
        let base = match g.frames.last() {
            Some(fr) => fr.base as usize + self.funcs[fr.func as usize].nregs as usize,
            None => 0,
        };
        let nregs = self.funcs.get(func as usize).map_or(0, |f| f.nregs as usize);
        let need = base + nregs.max(args.len());
        if g.regs.len() < need {
            g.regs.resize(need.max(g.regs.len() * 2), 0);
        }
        g.regs[base..base + args.len()].copy_from_slice(args);
        self.push_frame(g, func, base, closure, FrameKind::Entry)?;
        let depth = g.frames.len() - 1;
        self.nesting += 1;
        let result = self.exec(g, depth);
        self.nesting -= 1;
        match result {
            Ok(()) => {
                let n = self.funcs[func as usize].results as usize;
                Ok(g.regs[base..base + n].to_vec())
            }
            Err(Stop::Exit(code)) => Err(Fault::Exit(code)),
            Err(Stop::Preempted) => Err(Fault::Internal("preempted inside a native call".into())),
            Err(Stop::Unwind) => {
                g.frames.truncate(depth);
                Err(Fault::Unwind)
            }
        }
    }

    /// Calls func value `fv` from native code.
    pub(crate) fn call_value(&mut self, g: &mut Goroutine, fv: u64, args: &[u64]) -> Result<Vec<u64>, Fault> {
        let Some(func) = self.word(fv, 0) else { return Err(Fault::nil_deref()) };
        self.call_func(g, func as u32, args, fv)
    }

    /// Runs `g`'s frames to completion (used for `init` and `main`).
    pub(crate) fn run_to_end(&mut self, g: &mut Goroutine) -> Result<(), Stop> {
        self.exec(g, 0)
    }

    /// Reads a heap word with Relaxed ordering (for natives).
    pub fn load_word(&self, r: u64, i: usize) -> Option<u64> {
        self.words(r).get(i).map(|w| w.load(Relaxed))
    }
}

/// Zeroes `n` slots from `p`.
///
/// # Safety
/// `p..p + n` is inside one allocation and not borrowed elsewhere.
#[inline(always)]
unsafe fn zero(p: *mut u64, n: usize) {
    // Frames are small: fixed-size stores avoid a call to `memset` (which a loop would become).
    // SAFETY: per the caller, `p..p + n` is in bounds, and every arm writes only inside it.
    // Two overlapping stores cover every length of a size class, so the common sizes cost one
    // well-predicted comparison or two instead of an indirect jump.
    unsafe {
        if n <= 4 {
            if n >= 2 {
                p.cast::<[u64; 2]>().write_unaligned([0; 2]);
                p.add(n - 2).cast::<[u64; 2]>().write_unaligned([0; 2]);
            } else if n == 1 {
                p.write(0);
            }
        } else if n <= 8 {
            p.cast::<[u64; 4]>().write_unaligned([0; 4]);
            p.add(n - 4).cast::<[u64; 4]>().write_unaligned([0; 4]);
        } else if n <= 16 {
            p.cast::<[u64; 8]>().write_unaligned([0; 8]);
            p.add(n - 8).cast::<[u64; 8]>().write_unaligned([0; 8]);
        } else {
            std::ptr::write_bytes(p, 0, n);
        }
    }
}

/// Copies `n` slots from `src` to `dst` (the ranges may overlap).
///
/// # Safety
/// Both ranges are inside one allocation.
#[inline(always)]
unsafe fn copy_slots(src: *const u64, dst: *mut u64, n: usize) {
    // SAFETY: per the caller both ranges are in bounds; each arm reads everything before writing, so
    // overlap is fine.
    unsafe {
        match n {
            0 => {}
            1 => dst.write(src.read()),
            2 => dst.cast::<[u64; 2]>().write_unaligned(src.cast::<[u64; 2]>().read_unaligned()),
            3 => dst.cast::<[u64; 3]>().write_unaligned(src.cast::<[u64; 3]>().read_unaligned()),
            4 => dst.cast::<[u64; 4]>().write_unaligned(src.cast::<[u64; 4]>().read_unaligned()),
            _ => std::ptr::copy(src, dst, n),
        }
    }
}

#[inline(always)]
fn complex(re: u64, im: u64) -> (f64, f64) {
    (f64::from_bits(re), f64::from_bits(im))
}

/// Go's complex division (Smith's algorithm, with C99's corrections for infinities and zeros).
fn complex_div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let (a, b) = n;
    let (c, d) = m;
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let inf = f64::INFINITY;
        let flag = |x: f64| if x.is_infinite() { 1.0 } else { 0.0 };
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let a2 = f64::copysign(flag(a), a);
            let b2 = f64::copysign(flag(b), b);
            e = inf * (a2 * c + b2 * d);
            f = inf * (b2 * c - a2 * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let c2 = f64::copysign(flag(c), c);
            let d2 = f64::copysign(flag(d), d);
            e = 0.0 * (a * c2 + b * d2);
            f = 0.0 * (b * c2 - a * d2);
        }
    }
    (e, f)
}

/// Float to signed integer as amd64 converts it (out of range and NaN give the minimum integer).
fn f2i(x: f64) -> i64 {
    const TWO63: f64 = 9_223_372_036_854_775_808.0;
    if x.is_nan() || !(-TWO63..TWO63).contains(&x) { i64::MIN } else { x as i64 }
}

/// Float to unsigned integer as Go's amd64 code converts it.
fn f2u(x: f64) -> u64 {
    const TWO63: f64 = 9_223_372_036_854_775_808.0;
    if x < TWO63 { f2i(x) as u64 } else { (f2i(x - TWO63) as u64) | (1 << 63) }
}
