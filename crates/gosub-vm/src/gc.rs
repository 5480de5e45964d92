//! The collector's root protocol.
//!
//! Collection happens only at safepoints (backward jumps and calls, polled every `POLL_INTERVAL` of them,
//! or at every one in the stress mode that `GOSUB_GC_STRESS=1` or `Vm::set_gc_stress` turns on), never
//! inside an instruction or a native function: allocation only asks for a collection. So Rust locals of
//! instructions and natives never need rooting, except across a call back into Go, where a native keeps
//! the references it still needs in the goroutine's handle list.
//!
//! Roots:
//! - each frame's registers, read with the function's register kinds; a frame owns the registers from
//!   its base up to the next frame's base (the top frame: up to `base + nregs`), because a callee's
//!   window overlaps the caller's registers from the call's base upwards, and `Ret` zeroes the callee's
//!   registers above its results so that the caller never sees a stale value of another kind; register
//!   words are still validated against the heap before they are followed (`mark_registers`);
//! - each frame's closure object, the deferred func values, the panic values and the native handles;
//! - the package-variable object, the string constants, the shared func values and the zero-size object.

use gosub_heap::{Marker, SlotKind as HSlot};

use crate::goroutine::Goroutine;
use crate::vm::Vm;

impl Vm<'_> {
    /// Collects garbage with `g` as the only goroutine.
    pub(crate) fn collect(&mut self, g: &mut Goroutine) {
        let funcs = &self.funcs;
        let globals = self.globals;
        let strings = &self.strings;
        let func_values = &self.func_values;
        let zerobase = self.zerobase;
        let mut roots = |m: &mut Marker<'_>| {
            mark_goroutine(m, g, funcs);
            // SAFETY: these fields hold nil or objects the VM allocated and keeps alive as roots.
            unsafe {
                m.mark_bits(globals);
                m.mark_bits(zerobase);
                for &s in strings.iter().chain(func_values.iter()) {
                    m.mark_bits(s);
                }
            }
        };
        // SAFETY: one goroutine runs and it is stopped at a safepoint (no instruction or native is in
        // progress holding unrooted references); the roots report every reference the VM keeps (module
        // doc); nothing allocates during the collection.
        unsafe { self.heap.collect(&mut roots) };
    }
}

/// Reports the roots of one goroutine.
fn mark_goroutine(m: &mut Marker<'_>, g: &Goroutine, funcs: &[crate::vm::FuncRt]) {
    let n = g.frames.len();
    for (i, fr) in g.frames.iter().enumerate() {
        let f = &funcs[fr.func as usize];
        let base = fr.base as usize;
        let mut end = base + f.nregs as usize;
        if i + 1 < n {
            end = end.min(g.frames[i + 1].base as usize).max(base);
        }
        let count = end - base;
        if let Some(slots) = g.regs.get(base..end) {
            mark_registers(m, slots, &f.kinds[..count]);
        }
        // SAFETY: a frame's closure is nil or the live closure object it was called through.
        unsafe { m.mark_bits(fr.closure) };
    }
    // SAFETY: deferred func values, native handles are nil or live objects.
    unsafe {
        for d in &g.defers {
            m.mark_bits(d.fv);
        }
        for &h in &g.handles {
            m.mark_bits(h);
        }
    }
    for p in &g.panics {
        m.mark_iface(p.value[0], p.value[1]);
    }
}

/// Marks the references among a frame's registers. Register words are validated against the heap
/// (`object_at`) rather than trusted: a register's kind is fixed per function, but arguments and results
/// share the registers at a call's base, so a register may briefly hold a value of another kind.
fn mark_registers(m: &mut Marker<'_>, slots: &[u64], kinds: &[HSlot]) {
    let mut i = 0;
    while i < slots.len() {
        match kinds[i] {
            HSlot::Scalar => {}
            HSlot::Ref => {
                if slots[i] != 0
                    && let Some(r) = m.object_at(slots[i])
                {
                    m.mark(r);
                }
            }
            HSlot::IfaceType => {
                if let Some(&data) = slots.get(i + 1) {
                    m.mark_iface(slots[i], data);
                }
                i += 1;
            }
            HSlot::IfaceData => {}
        }
        i += 1;
    }
}
