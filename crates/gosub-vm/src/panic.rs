//! Go panics as interpreter values: runtime errors, `panic`, running deferred calls while panicking,
//! `recover`, and the fatal report (`panic: …`, `goroutine 1 [running]:`, the traceback, exit code 2).
//!
//! A panic never unwinds the frame stack before it is recovered: deferred calls run on top of the
//! panicking frames, as in Go, so the traceback printed for an unrecovered panic is the stack at the panic.
//! A recovery truncates the frames to the one that registered the recovering deferred call and resumes it
//! at its `recover_pc`.

use gosub_bytecode::Kind;
use gosub_bytecode::layout::iface_type_index;

use crate::goroutine::{DeferRec, Frame, FrameKind, Goroutine, PanicRec};
use crate::vm::Vm;

/// The runtime error types (their Go type decides `%T` and the `Error()` text form).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RtKind {
    /// `runtime.boundsError`.
    Bounds,
    /// `runtime.errorString`: `runtime error: ` + text.
    ErrorString,
    /// `runtime.plainError`: the text alone.
    Plain,
    /// `*runtime.TypeAssertionError`.
    TypeAssertion,
}

/// Why the dispatch loop stops executing the current instruction stream.
#[derive(Clone, Debug)]
pub enum Fault {
    /// A Go panic with this interface value.
    Panic { value: [u64; 2] },
    /// A runtime error: its kind, its full `Error()` text and, for a nil dereference, the faulting
    /// address Go's `[signal SIGSEGV ...]` line shows.
    Runtime { kind: RtKind, text: String, sigsegv: Option<u64> },
    /// `os.Exit(code)`: stop everything, run no defers.
    Exit(i32),
    /// `fatal error: …`: unrecoverable.
    Fatal(String),
    /// The goroutine's stack grew past the limit when calling this function.
    StackOverflow(u32),
    /// A bug in gosub (never a Go error): reported and exits 2.
    Internal(String),
    /// A panic already recorded on the goroutine is unwinding through a native function.
    Unwind,
    /// `runtime.Goexit`: run every deferred call, then end the goroutine.
    Goexit,
}

impl Fault {
    /// `runtime error: index out of range [i] with length n`.
    pub fn index(i: i64, len: u64) -> Fault {
        let text = if i < 0 {
            format!("runtime error: index out of range [{i}]")
        } else {
            format!("runtime error: index out of range [{i}] with length {len}")
        };
        Fault::Runtime { kind: RtKind::Bounds, text, sigsegv: None }
    }

    /// A slice-bounds error with the bracketed part given (`[:5] with capacity 3`).
    pub fn slice(detail: String) -> Fault {
        Fault::Runtime {
            kind: RtKind::Bounds,
            text: format!("runtime error: slice bounds out of range {detail}"),
            sigsegv: None,
        }
    }

    /// `runtime error: <text>` as a `runtime.errorString`.
    pub fn runtime(text: &str) -> Fault {
        Fault::Runtime { kind: RtKind::ErrorString, text: format!("runtime error: {text}"), sigsegv: None }
    }

    /// A `runtime.plainError` (printed without the `runtime error: ` prefix).
    pub fn plain(text: &str) -> Fault {
        Fault::Runtime { kind: RtKind::Plain, text: text.to_owned(), sigsegv: None }
    }

    /// The nil-dereference error (with Go's SIGSEGV line when fatal).
    pub fn nil_deref() -> Fault {
        Fault::nil_deref_at(0)
    }

    /// A nil dereference reading at byte `addr` (a field's offset).
    pub fn nil_deref_at(addr: u64) -> Fault {
        Fault::Runtime {
            kind: RtKind::ErrorString,
            text: "runtime error: invalid memory address or nil pointer dereference".into(),
            sigsegv: Some(addr),
        }
    }

    /// `runtime error: integer divide by zero`.
    pub fn divide() -> Fault {
        Fault::runtime("integer divide by zero")
    }

    /// An `interface conversion: …` error.
    pub fn assertion(text: String) -> Fault {
        Fault::Runtime {
            kind: RtKind::TypeAssertion,
            text: format!("interface conversion: {text}"),
            sigsegv: None,
        }
    }
}

/// What ends a dispatch loop early.
#[derive(Clone, Debug)]
pub(crate) enum Stop {
    /// The program ends with this exit code (everything already printed).
    Exit(i32),
    /// A panic is unwinding past this loop's entry frame (into the native that called back into Go).
    Unwind,
    /// The run budget is spent: the goroutine yields at a safepoint and can be resumed.
    Preempted,
}

impl Vm<'_> {
    /// The traceback of `g` as (function, line), top frame first, skipping wrappers.
    pub(crate) fn capture_trace(&self, g: &Goroutine) -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        let top = g.frames.len();
        for (i, fr) in g.frames.iter().enumerate().rev() {
            let f = &self.funcs[fr.func as usize];
            if f.meta.flags.wrapper {
                continue;
            }
            // The saved pc is the next instruction; the frame is at the one before it (the call, or the
            // faulting instruction of the top frame).
            let pc = (fr.pc as usize).saturating_sub(1);
            let line = f.meta.lines.get(pc).copied().unwrap_or(f.meta.line);
            let _ = (i, top);
            out.push((fr.func, line));
        }
        out
    }

    /// Turns a fault at the current instruction (whose frame's pc is saved) into Go behaviour: starts a
    /// panic and arranges the first deferred call, or stops the loop. `stop` is the loop's entry depth.
    pub(crate) fn raise(&mut self, g: &mut Goroutine, fault: Fault, stop: usize) -> Result<(), Stop> {
        match fault {
            Fault::Panic { value } => {
                let value = if value[0] == 0 {
                    let text = "runtime error: panic called with nil argument";
                    self.error_value(self.rt.panic_nil_error, text)
                } else {
                    value
                };
                self.start_panic(g, value, None);
                self.continue_panic(g, stop)
            }
            Fault::Runtime { kind, text, sigsegv } => {
                let ty = match kind {
                    RtKind::Bounds => self.rt.bounds_error,
                    RtKind::ErrorString => self.rt.error_string,
                    RtKind::Plain => self.rt.plain_error,
                    RtKind::TypeAssertion => self.rt.type_assertion_error,
                };
                let value = self.error_value(ty, &text);
                self.start_panic(g, value, sigsegv);
                self.continue_panic(g, stop)
            }
            Fault::Exit(code) => Err(Stop::Exit(code)),
            Fault::Fatal(msg) => {
                let text = format!("fatal error: {msg}\n");
                self.write_stderr(text.as_bytes());
                let trace = self.capture_trace(g);
                self.print_trace(g, &trace);
                Err(Stop::Exit(2))
            }
            Fault::StackOverflow(callee) => {
                self.write_stderr(
                    b"runtime: goroutine stack exceeds 1000000000-byte limit\n\
                      runtime: sp=0xc020160398 stack=[0xc020160000, 0xc040160000]\n\
                      fatal error: stack overflow\n\nruntime stack:\n",
                );
                // Go faults in the callee's prologue: its frame shows the declaration line.
                let mut trace = vec![(callee, self.funcs.get(callee as usize).map_or(0, |f| f.meta.line))];
                trace.extend(self.capture_trace(g));
                self.print_trace(g, &trace);
                Err(Stop::Exit(2))
            }
            Fault::Internal(msg) => {
                let text = format!("gosub: internal error: {msg}\n");
                self.write_stderr(text.as_bytes());
                Err(Stop::Exit(2))
            }
            Fault::Unwind => self.continue_panic(g, stop),
            Fault::Goexit => {
                self.start_panic(g, [0, 0], None);
                if let Some(p) = g.panics.last_mut() {
                    p.goexit = true;
                    p.hidden = true;
                }
                self.continue_panic(g, stop)
            }
        }
    }

    /// A runtime error value: an interface of the VM's error type `ty` boxing its text.
    pub(crate) fn error_value(&mut self, ty: u32, text: &str) -> [u64; 2] {
        let s = self.make_string(text);
        self.make_iface(ty, &s)
    }

    /// Records a new panic with `value`.
    fn start_panic(&mut self, g: &mut Goroutine, value: [u64; 2], sigsegv: Option<u64>) {
        let trace = self.capture_trace(g);
        let mut hidden = false;
        if let Some(last) = g.panics.last_mut()
            && last.recovered
            && last.value == value
            && last.defer_frame.is_some()
        {
            last.repanicked = true;
            hidden = true;
        }
        g.panics.push(PanicRec {
            value,
            recovered: false,
            repanicked: false,
            hidden,
            goexit: false,
            sigsegv,
            defer_frame: None,
            owner: 0,
            trace,
        });
    }

    /// Runs the next deferred call of the newest panic, or reports the panic when none is left.
    pub(crate) fn continue_panic(&mut self, g: &mut Goroutine, stop: usize) -> Result<(), Stop> {
        let Some(d) = g.defers.last().copied().filter(|d| d.frame as usize >= stop) else {
            if stop > 0 {
                // Inside a call from native code: unwind into the native, which decides.
                return Err(Stop::Unwind);
            }
            return self.fatal_panic(g);
        };
        if (d.frame as usize) < stop {
            // The deferred call belongs to frames below a native function: unwind into it.
            return Err(Stop::Unwind);
        }
        g.defers.pop();
        let top = g.frames.len();
        if let Some(p) = g.panics.last_mut() {
            p.defer_frame = Some(top as u32);
            p.owner = d.frame;
        }
        match self.push_closure_frame(g, d.fv, FrameKind::PanicDefer) {
            Ok(()) => Ok(()),
            Err(fault) => self.raise(g, fault, stop),
        }
    }

    /// Pushes a frame calling func value `fv` with no arguments above the top frame.
    pub(crate) fn push_closure_frame(
        &mut self,
        g: &mut Goroutine,
        fv: u64,
        kind: FrameKind,
    ) -> Result<(), Fault> {
        let Some(func) = self.word(fv, 0) else { return Err(Fault::nil_deref()) };
        let base = match g.frames.last() {
            Some(fr) => fr.base as usize + self.funcs[fr.func as usize].nregs as usize,
            None => 0,
        };
        self.push_frame(g, func as u32, base, fv, kind)
    }

    /// Pushes a frame for function `func` with registers from absolute `base` (parameters already there),
    /// zeroing the registers above the parameters.
    #[inline]
    pub(crate) fn push_frame(
        &mut self,
        g: &mut Goroutine,
        func: u32,
        base: usize,
        closure: u64,
        kind: FrameKind,
    ) -> Result<(), Fault> {
        let Some(f) = self.funcs.get(func as usize) else {
            return Err(Fault::Internal(format!("call of function {func} out of range")));
        };
        let end = base + f.nregs as usize;
        if end > g.regs.len() {
            if end > crate::vm::MAX_STACK_SLOTS || g.frames.len() >= crate::vm::MAX_FRAMES {
                return Err(Fault::StackOverflow(func));
            }
            let new_len = end.max(g.regs.len() * 2).max(1024);
            g.regs.resize(new_len, 0);
        } else if g.frames.len() >= crate::vm::MAX_FRAMES {
            return Err(Fault::StackOverflow(func));
        }
        g.regs[base + f.params as usize..end].fill(0);
        g.frames.push(Frame { func, pc: 0, base: base as u32, kind, closure });
        Ok(())
    }

    /// `recover()` in the top frame: the value of the newest panic if the frame is the deferred call
    /// running for it (or the function a defer thunk running for it called), else nil.
    pub(crate) fn recover(&mut self, g: &mut Goroutine) -> [u64; 2] {
        let n = g.frames.len();
        if n == 0 {
            return [0, 0];
        }
        let top = n - 1;
        let fr = g.frames[top];
        let candidate =
            if fr.kind == FrameKind::PanicDefer && !self.funcs[fr.func as usize].meta.flags.defer_thunk {
                Some(top)
            } else if top > 0 {
                let parent = g.frames[top - 1];
                (parent.kind == FrameKind::PanicDefer
                    && self.funcs[parent.func as usize].meta.flags.defer_thunk
                    && fr.kind == FrameKind::Normal)
                    .then_some(top - 1)
            } else {
                None
            };
        let Some(frame) = candidate else { return [0, 0] };
        match g.panics.last_mut() {
            Some(p) if p.defer_frame == Some(frame as u32) && !p.recovered && !p.goexit => {
                p.recovered = true;
                p.value
            }
            _ => [0, 0],
        }
    }

    /// The return of a `PanicDefer` frame (already popped, at index `index`): resumes the recovering frame,
    /// or goes on with the next deferred call.
    pub(crate) fn after_panic_defer(
        &mut self,
        g: &mut Goroutine,
        index: usize,
        stop: usize,
    ) -> Result<(), Stop> {
        let Some(p) = g.panics.last() else { return Ok(()) };
        if p.defer_frame != Some(index as u32) {
            return Ok(());
        }
        if !p.recovered {
            return self.continue_panic(g, stop);
        }
        let owner = p.owner as usize;
        // Discard the panicking frames above the owner and every panic they were handling.
        g.panics.retain(|q| q.defer_frame.is_some_and(|f| (f as usize) <= owner));
        g.defers.retain(|d| (d.frame as usize) <= owner);
        g.frames.truncate(owner + 1);
        let fr = &mut g.frames[owner];
        let f = &self.funcs[fr.func as usize];
        match f.meta.recover_pc {
            Some(pc) => fr.pc = pc,
            None => {
                // No recovery code: return zero results.
                let base = fr.base as usize;
                let results = f.results as usize;
                g.regs[base..base + results].fill(0);
                fr.pc = f.code.len() as u32 - 1;
                if !matches!(f.code.last(), Some(gosub_bytecode::Op::Ret { .. })) {
                    return Err(self.internal_stop("recovered function has no recovery code"));
                }
            }
        }
        Ok(())
    }

    fn internal_stop(&mut self, msg: &str) -> Stop {
        let text = format!("gosub: internal error: {msg}\n");
        self.write_stderr(text.as_bytes());
        Stop::Exit(2)
    }

    /// Reports the goroutine's panics and traceback; the program exits 2. A goroutine that finished
    /// `runtime.Goexit` instead ends (for the main goroutine, Go's deadlock report: nothing else runs).
    fn fatal_panic(&mut self, g: &mut Goroutine) -> Result<(), Stop> {
        if g.panics.last().is_some_and(|p| p.goexit) {
            if g.id > 1 {
                g.frames.clear();
                g.panics.clear();
                return Ok(());
            }
            self.write_stderr(b"fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
            return Err(Stop::Exit(2));
        }
        let panics = g.panics.clone();
        let mut text = Vec::new();
        let mut first = true;
        let mut sigsegv = None;
        for p in &panics {
            sigsegv = sigsegv.or(p.sigsegv);
            if p.hidden {
                continue;
            }
            if !first {
                text.push(b'\t');
            }
            first = false;
            text.extend_from_slice(b"panic: ");
            let shown = self.panic_value_text(g, p.value);
            text.extend_from_slice(&shown);
            if p.repanicked {
                text.extend_from_slice(b" [recovered, repanicked]");
            } else if p.recovered {
                text.extend_from_slice(b" [recovered]");
            }
            text.push(b'\n');
        }
        if let Some(addr) = sigsegv {
            let line = format!("[signal SIGSEGV: segmentation violation code=0x1 addr={addr:#x} pc=0x0]\n");
            text.extend_from_slice(line.as_bytes());
        }
        self.write_stderr(&text);
        let trace = panics.last().map(|p| p.trace.clone()).unwrap_or_default();
        self.print_trace(g, &trace);
        Err(Stop::Exit(2))
    }

    /// `\ngoroutine N [running]:\n` and the frames. Like Go, a deep stack shows its 50 innermost and
    /// 50 outermost frames with `...N frames elided...` between; Go's outermost 50 include
    /// `runtime.main` and `runtime.goexit`, which gosub does not have, so 48 Go frames stand for them.
    pub(crate) fn print_trace(&mut self, g: &Goroutine, trace: &[(u32, u32)]) {
        const TOP: usize = 50;
        const BOTTOM: usize = 48;
        let mut text = format!("\ngoroutine {} [running]:\n", g.id.max(1));
        let elide = trace.len() > TOP + BOTTOM + 2;
        for (i, &(func, line)) in trace.iter().enumerate() {
            if elide && i >= TOP && i < trace.len() - BOTTOM {
                if i == TOP {
                    text.push_str(&format!("...{} frames elided...\n", trace.len() - TOP - BOTTOM));
                }
                continue;
            }
            let f = &self.funcs[func as usize];
            let args = if f.params > 0 { "..." } else { "" };
            let file = self.prog.files.get(f.meta.file as usize).map_or("?", |s| &**s);
            text.push_str(&format!("{}({args})\n\t{file}:{line} +0x0\n", f.meta.name));
        }
        self.write_stderr(text.as_bytes());
    }

    /// Go's `printpanicval`: how the runtime prints a panic value.
    pub(crate) fn panic_value_text(&mut self, g: &mut Goroutine, value: [u64; 2]) -> Vec<u8> {
        if value[0] == 0 {
            return b"nil".to_vec();
        }
        let ty = iface_type_index(value[0]);
        // Methods first: error, then Stringer.
        for sym in [self.sym_error, self.sym_string].into_iter().flatten() {
            if let Some(func) = self.iface_method(value[0], sym) {
                let f = &self.funcs[func as usize];
                if f.params == 1 && f.results == 2 {
                    match self.call_func(g, func, &[value[1]], 0) {
                        Ok(res) => {
                            let s = [res[0], res[1]];
                            return indent(self.str_bytes(s));
                        }
                        Err(_) => return b"<panic in method>".to_vec(),
                    }
                }
            }
        }
        let t = &self.types[ty as usize];
        let vals = self.iface_value_vec(value);
        let named = !t.name.is_empty();
        let type_string = t.string.to_string();
        let kind = t.kind;
        let basic = basic_text(self, kind, &vals);
        match basic {
            Some(text) if !named => {
                if kind == Kind::String {
                    indent(&text)
                } else {
                    text
                }
            }
            Some(text) => {
                let mut out = type_string.into_bytes();
                if kind == Kind::String {
                    out.extend_from_slice(b"(\"");
                    out.extend_from_slice(&indent(&text));
                    out.extend_from_slice(b"\")");
                } else {
                    out.push(b'(');
                    out.extend_from_slice(&text);
                    out.push(b')');
                }
                out
            }
            None => format!("({type_string}) 0x{:x}", value[1]).into_bytes(),
        }
    }

    /// The method `sym` of runtime type `ty` (for method-set questions: implements, fmt's checks).
    pub(crate) fn prog_method(&self, ty: u32, sym: u32) -> Option<u32> {
        let methods = &self.types.get(ty as usize)?.methods;
        methods.iter().find(|m| m.name == sym).map(|m| m.func)
    }

    /// The function to call for method `sym` of an interface whose type word is `word` (non-nil), given
    /// its data word as the receiver: a pointer held in a box (no `IFACE_INLINE_PTR`) uses the type's
    /// `boxed_ptr_methods` (see `Program::iface_method`).
    pub(crate) fn iface_method(&self, word: u64, sym: u32) -> Option<u32> {
        let t = self.types.get(iface_type_index(word) as usize)?;
        let boxed = t.kind == Kind::Pointer
            && t.elem.is_some()
            && word & gosub_bytecode::layout::IFACE_INLINE_PTR == 0;
        let methods = if boxed { &t.boxed_ptr_methods } else { &t.methods };
        methods.iter().find(|m| m.name == sym).map(|m| m.func)
    }

    /// Makes `d` the newest deferred call of frame `frame`.
    pub(crate) fn push_defer(g: &mut Goroutine, frame: usize, fv: u64) {
        g.defers.push(DeferRec { frame: frame as u32, fv });
    }
}

/// The text of a value of a basic kind as the runtime prints it (`print` formats), `None` otherwise.
pub(crate) fn basic_text(vm: &Vm<'_>, kind: Kind, vals: &[u64]) -> Option<Vec<u8>> {
    use gosub_fmt::builtin;
    use gosub_strconv::FloatSize;
    let v = vals.first().copied().unwrap_or(0);
    let v1 = vals.get(1).copied().unwrap_or(0);
    let mut out = Vec::new();
    match kind {
        Kind::Bool => builtin::print_bool(&mut out, v != 0),
        Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 => {
            builtin::print_int(&mut out, v as i64)
        }
        Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => {
            builtin::print_uint(&mut out, v)
        }
        Kind::Float64 => builtin::print_float(&mut out, f64::from_bits(v), FloatSize::F64),
        Kind::Float32 => builtin::print_float(&mut out, f64::from_bits(v), FloatSize::F32),
        Kind::Complex128 => {
            builtin::print_complex(&mut out, f64::from_bits(v), f64::from_bits(v1), FloatSize::F64)
        }
        Kind::Complex64 => {
            builtin::print_complex(&mut out, f64::from_bits(v), f64::from_bits(v1), FloatSize::F32)
        }
        Kind::String => out.extend_from_slice(vm.str_bytes([v, v1])),
        _ => return None,
    }
    Some(out)
}

/// Go's `printindented`: a tab after every newline.
fn indent(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for &b in s {
        out.push(b);
        if b == b'\n' {
            out.push(b'\t');
        }
    }
    out
}
