//! The VM: a loaded program (functions validated and copied, natives bound, constants allocated) plus the
//! heap handle and the output buffer, and the value helpers every instruction family shares.

use std::sync::Arc;
use std::sync::atomic::Ordering::{Acquire, Relaxed, Release};

use gosub_bytecode::layout::{IFACE_INLINE_PTR, IFACE_REF, iface_type_index, iface_type_word, pack_off_len};
use gosub_bytecode::{Func, FuncFlags, Kind, Op, Program, RMethod, RType, SlotKind};
use gosub_heap::{Heap, Mutator, ObjRef, ShapeId, SlotKind as HSlot};

use crate::goroutine::Goroutine;
use crate::mem::{heap_kinds, obj};
use crate::natives::{NativeFn, Registry};

/// A function ready to run: its code (padded so that execution cannot fall off the end), constants,
/// register count and register kinds in the heap's terms.
pub(crate) struct FuncRt {
    pub code: Box<[Op]>,
    pub consts: Box<[u64]>,
    pub nregs: u32,
    pub params: u32,
    pub results: u32,
    pub kinds: Box<[HSlot]>,
    /// The shape of the closure object made by each `MakeClosure` at a pc, sorted by pc.
    pub closure_shapes: Vec<(u32, ShapeId)>,
    /// The function's metadata (its `code` moved out into `code` above).
    pub meta: Func,
}

/// Runtime types the VM adds to the program's (runtime errors, `string`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct RtTypes {
    pub string: u32,
    pub bounds_error: u32,
    pub error_string: u32,
    pub plain_error: u32,
    pub type_assertion_error: u32,
    pub panic_nil_error: u32,
    /// `*errors.errorString` (for the `errors.New` native of packages declared without Go bodies).
    pub errors_error: u32,
    /// `*fmt.wrapError`: a box of (message string, wrapped error).
    pub wrap_error: u32,
}

/// A loaded program and its execution context.
pub struct Vm<'p> {
    pub(crate) prog: &'p Program,
    pub(crate) types: Vec<RType>,
    /// The heap shape of one value of each type (`None` for zero-slot types).
    pub(crate) type_shapes: Vec<Option<ShapeId>>,
    pub(crate) funcs: Vec<FuncRt>,
    pub(crate) natives: Vec<Option<NativeFn>>,
    pub(crate) native_names: Vec<Box<str>>,
    pub(crate) heap: Mutator,
    /// The package-variable object (words with `Program::globals` kinds).
    pub(crate) globals: u64,
    /// One object per string constant (0 for empty strings).
    pub(crate) strings: Vec<u64>,
    /// The shared func value of each function, made on first `LoadFunc`.
    pub(crate) func_values: Vec<u64>,
    /// A non-nil object for zero-size values (`new(struct{})`, `make([]struct{}, n)`).
    pub(crate) zerobase: u64,
    /// Buffered standard output; flushed before anything is written to stderr and at exit.
    pub(crate) stdout: Vec<u8>,
    pub(crate) sym_error: Option<u32>,
    pub(crate) sym_string: Option<u32>,
    pub(crate) sym_gostring: Option<u32>,
    pub(crate) sym_format: Option<u32>,
    /// The runtime type of the `fmt.State` handed to Format methods.
    pub(crate) fmt_state: u32,
    pub(crate) rt: RtTypes,
    pub(crate) args: Vec<String>,
    pub(crate) rng: u64,
    /// Collect at every safepoint (a stress mode for tests).
    pub(crate) gc_stress: bool,
    /// When set, stderr output is kept here instead of written (tests).
    pub(crate) stderr_capture: Option<Vec<u8>>,
    /// Safepoint ticks left before the running goroutine yields (`Vm::run`'s budget).
    pub(crate) run_budget: u64,
    /// How many native→Go calls are in progress (a goroutine cannot yield inside one).
    pub(crate) nesting: u32,
}

/// The largest register stack, in slots (Go's 1 GB stack limit, scaled to our frames).
pub(crate) const MAX_STACK_SLOTS: usize = 1 << 25;
/// The deepest frame stack.
pub(crate) const MAX_FRAMES: usize = 1 << 22;

impl<'p> Vm<'p> {
    /// Loads `prog`: validates every function (so the dispatch loop may access registers without
    /// checks), binds the natives by name through `registry`, and allocates the constants and globals.
    pub fn new(prog: &'p Program, registry: &Registry, args: Vec<String>) -> Result<Vm<'p>, String> {
        let heap = Arc::new(Heap::new());
        let mut mutator = heap.mutator();
        let mut types = prog.types.clone();
        let mut funcs_meta: Vec<Func> = prog.funcs.clone();
        let mut natives: Vec<Option<NativeFn>> = Vec::new();
        let mut native_names: Vec<Box<str>> = Vec::new();
        for name in &prog.natives {
            natives.push(registry.get(name));
            native_names.push(name.clone());
        }
        let sym = |name: &str| prog.method_names.iter().position(|m| &**m == name).map(|i| i as u32);
        // Runtime error values need an `Error` method even when the program never names one: give it a
        // method id past the program's (no instruction can name it).
        let sym_error = Some(sym("Error").unwrap_or(prog.method_names.len() as u32));
        let sym_string = sym("String");
        let sym_gostring = sym("GoString");

        // Runtime-added types: `string`, the runtime error types and the errors package's types.
        let string = match types.iter().position(|t| t.kind == Kind::String && t.name.is_empty()) {
            Some(i) => i as u32,
            None => {
                types.push(RType {
                    kind: Kind::String,
                    string: "string".into(),
                    slots: 2,
                    shape: vec![SlotKind::Ref, SlotKind::Scalar],
                    ..RType::default()
                });
                (types.len() - 1) as u32
            }
        };
        let mut error_type = |name: &str, native: &str, types: &mut Vec<RType>| -> u32 {
            let native_id = natives.len() as u32;
            natives.push(registry.get(native));
            native_names.push(native.into());
            let func_id = funcs_meta.len() as u32;
            funcs_meta.push(Func {
                name: format!("{name}.Error").into(),
                param_slots: 1,
                result_slots: 2,
                nregs: 2,
                reg_kinds: vec![SlotKind::Ref, SlotKind::Scalar],
                code: vec![Op::CallNative { native: native_id, base: 0 }, Op::Ret { src: 0, n: 2 }],
                lines: vec![0, 0],
                flags: FuncFlags { wrapper: true, ..FuncFlags::default() },
                ..Func::default()
            });
            let (pkg, short) = name.trim_start_matches('*').split_once('.').unwrap_or(("", name));
            // The kind fmt sees (Sprint puts no space next to a string-kinded operand). Pointer-kinded
            // ones have no `elem`, so they are always boxed, never stored as inline pointers.
            let kind = if name.starts_with('*') {
                Kind::Pointer
            } else if name == "runtime.boundsError" {
                Kind::Struct
            } else {
                Kind::String
            };
            types.push(RType {
                kind,
                string: name.into(),
                pkg_path: pkg.into(),
                name: short.into(),
                slots: 2,
                shape: vec![SlotKind::Ref, SlotKind::Scalar],
                methods: sym_error.map(|s| RMethod { name: s, func: func_id }).into_iter().collect(),
                ..RType::default()
            });
            (types.len() - 1) as u32
        };
        let rt = RtTypes {
            string,
            bounds_error: error_type("runtime.boundsError", "runtime.errorText", &mut types),
            error_string: error_type("runtime.errorString", "runtime.errorText", &mut types),
            plain_error: error_type("runtime.plainError", "runtime.errorText", &mut types),
            type_assertion_error: error_type("*runtime.TypeAssertionError", "runtime.errorText", &mut types),
            panic_nil_error: error_type("*runtime.PanicNilError", "runtime.errorText", &mut types),
            errors_error: error_type("*errors.errorString", "runtime.errorText", &mut types),
            wrap_error: error_type("*fmt.wrapError", "runtime.errorText", &mut types),
        };
        // The runtime's own error types satisfy `runtime.Error`: give them a `RuntimeError()` method
        // (it does nothing) when the program can name it.
        if let Some(sym_rt) = sym("RuntimeError") {
            let func_id = funcs_meta.len() as u32;
            funcs_meta.push(Func {
                name: "runtime.Error.RuntimeError".into(),
                param_slots: 1,
                nregs: 1,
                reg_kinds: vec![SlotKind::Ref],
                code: vec![Op::Ret { src: 0, n: 0 }],
                lines: vec![0],
                flags: FuncFlags { wrapper: true, ..FuncFlags::default() },
                ..Func::default()
            });
            for ty in [
                rt.bounds_error,
                rt.error_string,
                rt.plain_error,
                rt.type_assertion_error,
                rt.panic_nil_error,
            ] {
                types[ty as usize].methods.push(RMethod { name: sym_rt, func: func_id });
            }
        }
        // A wrapError box also holds the wrapped error, and has `Unwrap() error` when the program can
        // name it.
        let wrap = &mut types[rt.wrap_error as usize];
        wrap.slots = 4;
        wrap.shape = vec![SlotKind::Ref, SlotKind::Scalar, SlotKind::IfaceType, SlotKind::IfaceData];
        if let Some(unwrap) = sym("Unwrap") {
            let native_id = natives.len() as u32;
            natives.push(registry.get("runtime.unwrapWrapError"));
            native_names.push("runtime.unwrapWrapError".into());
            let func_id = funcs_meta.len() as u32;
            funcs_meta.push(Func {
                name: "fmt.(*wrapError).Unwrap".into(),
                param_slots: 1,
                result_slots: 2,
                nregs: 2,
                reg_kinds: vec![SlotKind::IfaceType, SlotKind::IfaceData],
                code: vec![Op::CallNative { native: native_id, base: 0 }, Op::Ret { src: 0, n: 2 }],
                lines: vec![0, 0],
                flags: FuncFlags { wrapper: true, ..FuncFlags::default() },
                ..Func::default()
            });
            let wrap = &mut types[rt.wrap_error as usize];
            wrap.methods.push(RMethod { name: unwrap, func: func_id });
            wrap.methods.sort_by_key(|m| m.name);
        }

        // `fmt.State` for Format methods: a pointer-like type over a native object, whose methods are
        // natives (present when the program names them).
        let mut state_methods = Vec::new();
        for (name, native, params, results) in [
            ("Write", "fmt.(*pp).Write", 4u16, 3u16),
            ("Width", "fmt.(*pp).Width", 1, 2),
            ("Precision", "fmt.(*pp).Precision", 1, 2),
            ("Flag", "fmt.(*pp).Flag", 2, 1),
        ] {
            let Some(method) = sym(name) else { continue };
            let native_id = natives.len() as u32;
            natives.push(registry.get(native));
            native_names.push(native.into());
            let func_id = funcs_meta.len() as u32;
            let nregs = params.max(results);
            let mut reg_kinds = vec![SlotKind::Scalar; nregs as usize];
            reg_kinds[0] = SlotKind::Ref;
            if name == "Write" {
                reg_kinds[1] = SlotKind::Ref;
            }
            funcs_meta.push(Func {
                name: native.into(),
                param_slots: params,
                result_slots: results,
                nregs,
                reg_kinds,
                code: vec![Op::CallNative { native: native_id, base: 0 }, Op::Ret { src: 0, n: results }],
                lines: vec![0, 0],
                flags: FuncFlags { wrapper: true, ..FuncFlags::default() },
                ..Func::default()
            });
            state_methods.push(RMethod { name: method, func: func_id });
        }
        state_methods.sort_by_key(|m| m.name);
        types.push(RType {
            kind: Kind::Pointer,
            string: "*fmt.pp".into(),
            pkg_path: "fmt".into(),
            name: "pp".into(),
            slots: 1,
            shape: vec![SlotKind::Ref],
            methods: state_methods,
            comparable: true,
            ..RType::default()
        });
        let fmt_state = (types.len() - 1) as u32;
        let sym_format = sym("Format");

        let type_shapes = types
            .iter()
            .map(|t| {
                if t.shape.is_empty() { None } else { mutator.try_register_shape(&heap_kinds(&t.shape)).ok() }
            })
            .collect();

        let globals_shape = if prog.globals.is_empty() {
            ShapeId::SCALARS
        } else {
            mutator
                .try_register_shape(&heap_kinds(&prog.globals))
                .map_err(|e| format!("package variables have an invalid layout: {e}"))?
        };
        let globals = mutator.alloc_words(globals_shape, prog.globals.len()).to_bits();
        let strings = prog
            .strings
            .iter()
            .map(|s| if s.is_empty() { 0 } else { mutator.alloc_bytes_from(s).to_bits() })
            .collect();
        let zerobase = mutator.alloc_words(ShapeId::SCALARS, 1).to_bits();

        let mut vm = Vm {
            prog,
            types,
            type_shapes,
            funcs: Vec::new(),
            natives,
            native_names,
            heap: mutator,
            globals,
            strings,
            func_values: vec![0; funcs_meta.len()],
            zerobase,
            stdout: Vec::with_capacity(1 << 13),
            sym_error,
            sym_string,
            sym_gostring,
            sym_format,
            fmt_state,
            rt,
            args,
            rng: seed(),
            gc_stress: std::env::var_os("GOSUB_GC_STRESS").is_some(),
            stderr_capture: None,
            run_budget: u64::MAX,
            nesting: 0,
        };
        let nfuncs = funcs_meta.len();
        for (id, mut meta) in funcs_meta.into_iter().enumerate() {
            let mut code = std::mem::take(&mut meta.code);
            vm.validate(&meta, &code, nfuncs).map_err(|e| format!("function {}: {e}", meta.name))?;
            if !matches!(code.last(), Some(Op::Ret { .. } | Op::Jmp { .. } | Op::Panic { .. })) {
                code.push(Op::Ret { src: 0, n: 0 });
            }
            let kinds = heap_kinds(&meta.reg_kinds);
            let mut closure_shapes = Vec::new();
            for (pc, op) in code.iter().enumerate() {
                if let Op::MakeClosure { caps, n, .. } = *op {
                    let mut pattern = vec![HSlot::Scalar];
                    pattern.extend_from_slice(&kinds[caps as usize..caps as usize + n as usize]);
                    let shape = vm
                        .heap
                        .try_register_shape(&pattern)
                        .map_err(|e| format!("function {}: closure captures: {e}", meta.name))?;
                    closure_shapes.push((pc as u32, shape));
                }
            }
            let _ = id;
            vm.funcs.push(FuncRt {
                code: code.into_boxed_slice(),
                consts: meta.consts.clone().into_boxed_slice(),
                nregs: u32::from(meta.nregs),
                params: u32::from(meta.param_slots),
                results: u32::from(meta.result_slots),
                kinds: kinds.into_boxed_slice(),
                closure_shapes,
                meta,
            });
        }
        Ok(vm)
    }

    /// The heap this VM allocates in.
    pub fn heap(&self) -> &Heap {
        &self.heap
    }

    /// Takes what the program wrote to stdout and has not been flushed.
    pub fn take_stdout(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.stdout)
    }

    /// Keeps stderr output in memory from now on (see [`Vm::take_stderr`]) instead of writing it.
    pub fn capture_stderr(&mut self) {
        self.stderr_capture.get_or_insert_with(Vec::new);
    }

    /// Takes the captured stderr output.
    pub fn take_stderr(&mut self) -> Vec<u8> {
        self.stderr_capture.as_mut().map(std::mem::take).unwrap_or_default()
    }

    /// Collects at every safepoint (a stress mode that makes missed roots fail fast).
    pub fn set_gc_stress(&mut self, on: bool) {
        self.gc_stress = on;
    }

    /// Collects garbage now if `g` is stopped at a safepoint (between `run` calls).
    pub fn collect_now(&mut self, g: &mut Goroutine) {
        self.collect(g);
    }

    /// Writes buffered stdout to the process's stdout.
    pub fn flush_stdout(&mut self) {
        use std::io::Write;
        if !self.stdout.is_empty() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&self.stdout);
            let _ = out.flush();
            self.stdout.clear();
        }
    }

    /// Writes to stderr after flushing stdout (so the two streams keep Go's order).
    pub(crate) fn write_stderr(&mut self, bytes: &[u8]) {
        use std::io::Write;
        if let Some(buf) = &mut self.stderr_capture {
            buf.extend_from_slice(bytes);
            return;
        }
        self.flush_stdout();
        let _ = std::io::stderr().lock().write_all(bytes);
    }

    /// Checks every operand of `code` so that the dispatch loop can trust them.
    fn validate(&self, f: &Func, code: &[Op], nfuncs: usize) -> Result<(), String> {
        let nregs = usize::from(f.nregs);
        if f.reg_kinds.len() != nregs {
            return Err(format!("{} register kinds for {nregs} registers", f.reg_kinds.len()));
        }
        if usize::from(f.param_slots) > nregs || usize::from(f.result_slots) > nregs {
            return Err("parameters or results exceed the registers".into());
        }
        let ntypes = self.types.len();
        let slots = |ty: u32| -> Result<usize, String> {
            self.types
                .get(ty as usize)
                .map(|t| t.slots as usize)
                .ok_or_else(|| format!("type {ty} out of range"))
        };
        let len = code.len();
        for (pc, op) in code.iter().enumerate() {
            let mut regs: [(u16, usize); 4] = [(0, 0); 4];
            let mut count = 0;
            let mut reg = |r: u16, w: usize| {
                if count < 4 {
                    regs[count] = (r, w);
                    count += 1;
                }
            };
            let mut jump: Option<i32> = None;
            let mut ty: Option<u32> = None;
            use Op::*;
            match *op {
                Nop | RunDefers => {}
                Mov { dst, src } => {
                    reg(dst, 1);
                    reg(src, 1);
                }
                MovN { dst, src, n } => {
                    reg(dst, n.into());
                    reg(src, n.into());
                }
                LoadI { dst, .. } => reg(dst, 1),
                LoadK { dst, k } => {
                    reg(dst, 1);
                    if k as usize >= f.consts.len() {
                        return Err(format!("pc {pc}: constant {k} out of range"));
                    }
                }
                LoadStr { dst, k } => {
                    reg(dst, 2);
                    if k as usize >= self.strings.len() {
                        return Err(format!("pc {pc}: string {k} out of range"));
                    }
                }
                Zero { dst, n } => reg(dst, n.into()),
                LoadGlobal { dst, g, n } => {
                    reg(dst, n.into());
                    if g as usize + n as usize > self.prog.globals.len() {
                        return Err(format!("pc {pc}: global {g} out of range"));
                    }
                }
                StoreGlobal { g, src, n } => {
                    reg(src, n.into());
                    if g as usize + n as usize > self.prog.globals.len() {
                        return Err(format!("pc {pc}: global {g} out of range"));
                    }
                }
                AddrGlobal { dst, .. } => reg(dst, 2),
                LoadFunc { dst, f: callee } => {
                    reg(dst, 1);
                    if callee as usize >= nfuncs {
                        return Err(format!("pc {pc}: function {callee} out of range"));
                    }
                }
                AddI { dst, a, b }
                | SubI { dst, a, b }
                | MulI { dst, a, b }
                | DivI { dst, a, b }
                | RemI { dst, a, b }
                | DivU { dst, a, b }
                | RemU { dst, a, b }
                | AndI { dst, a, b }
                | OrI { dst, a, b }
                | XorI { dst, a, b }
                | AndNotI { dst, a, b }
                | ShlI { dst, a, b }
                | ShrI { dst, a, b }
                | ShrU { dst, a, b }
                | AddF { dst, a, b }
                | SubF { dst, a, b }
                | MulF { dst, a, b }
                | DivF { dst, a, b }
                | EqI { dst, a, b }
                | NeI { dst, a, b }
                | LtI { dst, a, b }
                | LeI { dst, a, b }
                | LtU { dst, a, b }
                | LeU { dst, a, b }
                | EqF { dst, a, b }
                | LtF { dst, a, b }
                | LeF { dst, a, b } => {
                    reg(dst, 1);
                    reg(a, 1);
                    reg(b, 1);
                }
                CheckShift { a } => reg(a, 1),
                AddIK { dst, a, .. }
                | NegI { dst, a }
                | NotI { dst, a }
                | NegF { dst, a }
                | Not { dst, a } => {
                    reg(dst, 1);
                    reg(a, 1);
                }
                Wrap { dst, src, .. }
                | RoundF32 { dst, src }
                | I2F { dst, src }
                | U2F { dst, src }
                | F2I { dst, src }
                | F2U { dst, src } => {
                    reg(dst, 1);
                    reg(src, 1);
                }
                AddC { dst, a, b }
                | SubC { dst, a, b }
                | MulC { dst, a, b }
                | DivC { dst, a, b }
                | Concat { dst, a, b } => {
                    reg(dst, 2);
                    reg(a, 2);
                    reg(b, 2);
                }
                EqC { dst, a, b }
                | EqS { dst, a, b }
                | LtS { dst, a, b }
                | LeS { dst, a, b }
                | EqIface { dst, a, b } => {
                    reg(dst, 1);
                    reg(a, 2);
                    reg(b, 2);
                }
                Jmp { off } => jump = Some(off),
                JmpIf { cond, off } | JmpIfNot { cond, off } => {
                    reg(cond, 1);
                    jump = Some(off);
                }
                JmpLtI { a, b, off } | JmpLeI { a, b, off } | JmpEqI { a, b, off } | JmpNeI { a, b, off } => {
                    reg(a, 1);
                    reg(b, 1);
                    jump = Some(off);
                }
                LenS { dst, s } => {
                    reg(dst, 1);
                    reg(s, 2);
                }
                IndexS { dst, s, i } => {
                    reg(dst, 1);
                    reg(s, 2);
                    reg(i, 1);
                }
                SliceS { dst, s, lo, hi } => {
                    reg(dst, 2);
                    reg(s, 2);
                    reg(lo, 1);
                    reg(hi, 1);
                }
                DecodeRune { dst, s, i } => {
                    reg(dst, 2);
                    reg(s, 2);
                    reg(i, 1);
                }
                StrFromRune { dst, r } => {
                    reg(dst, 2);
                    reg(r, 1);
                }
                StrFromBytes { dst, src } | StrFromRunes { dst, src } => {
                    reg(dst, 2);
                    reg(src, 3);
                }
                BytesFromStr { dst, src } | RunesFromStr { dst, src } => {
                    reg(dst, 3);
                    reg(src, 2);
                }
                MakeSlice { dst, len, cap, ty: t } => {
                    reg(dst, 3);
                    reg(len, 1);
                    reg(cap, 1);
                    ty = Some(t);
                }
                LenSl { dst, s } | CapSl { dst, s } => {
                    reg(dst, 1);
                    reg(s, 3);
                }
                IndexSl { dst, s, i, n } => {
                    reg(dst, n.into());
                    reg(s, 3);
                    reg(i, 1);
                }
                StoreSl { s, i, src, n } => {
                    reg(s, 3);
                    reg(i, 1);
                    reg(src, n.into());
                }
                AddrSl { dst, s, i, .. } => {
                    reg(dst, 2);
                    reg(s, 3);
                    reg(i, 1);
                }
                SliceSl { dst, s, b, .. } => {
                    reg(dst, 3);
                    reg(s, 3);
                    reg(b, 3);
                }
                Append { dst, s, vals, count, ty: t } => {
                    reg(dst, 3);
                    reg(s, 3);
                    reg(vals, usize::from(count) * slots(t)?);
                    ty = Some(t);
                }
                AppendSl { dst, s, t: other, ty: t } => {
                    reg(dst, 3);
                    reg(s, 3);
                    reg(other, 3);
                    ty = Some(t);
                }
                AppendStr { dst, s, t } => {
                    reg(dst, 3);
                    reg(s, 3);
                    reg(t, 2);
                }
                Copy { dst, a, b, .. } => {
                    reg(dst, 1);
                    reg(a, 3);
                    reg(b, 3);
                }
                CopyStr { dst, a, b } => {
                    reg(dst, 1);
                    reg(a, 3);
                    reg(b, 2);
                }
                SliceToArrPtr { dst, s, .. } => {
                    reg(dst, 2);
                    reg(s, 3);
                }
                SliceArr { dst, p, b, .. } => {
                    reg(dst, 3);
                    reg(p, 2);
                    reg(b, 4);
                }
                IndexArr { dst, base, i, n, len } => {
                    reg(dst, n.into());
                    reg(base, usize::from(n) * usize::from(len));
                    reg(i, 1);
                }
                StoreArr { base, i, src, n, len } => {
                    reg(base, usize::from(n) * usize::from(len));
                    reg(i, 1);
                    reg(src, n.into());
                }
                New { dst, ty: t } => {
                    reg(dst, 2);
                    ty = Some(t);
                }
                Load { dst, p, n, .. } => {
                    reg(dst, n.into());
                    reg(p, 2);
                }
                Store { p, src, n, .. } => {
                    reg(p, 2);
                    reg(src, n.into());
                }
                AddrOff { dst, p, .. } => {
                    reg(dst, 2);
                    reg(p, 2);
                }
                AddrIdx { dst, p, i, len, .. } => {
                    reg(dst, 2);
                    reg(p, 2);
                    reg(i, 1);
                    reg(len, 1);
                }
                NilCheck { p } => reg(p, 2),
                MakeMap { dst, hint, ty: t } => {
                    reg(dst, 1);
                    reg(hint, 1);
                    ty = Some(t);
                    self.map_types(t).ok_or_else(|| format!("pc {pc}: type {t} is not a map"))?;
                }
                MapGet { dst, m, key, ty: t } | MapGet2 { dst, m, key, ty: t } => {
                    let (k, v) =
                        self.map_types(t).ok_or_else(|| format!("pc {pc}: type {t} is not a map"))?;
                    let extra = usize::from(matches!(op, MapGet2 { .. }));
                    reg(dst, slots(v)? + extra);
                    reg(m, 1);
                    reg(key, slots(k)?);
                }
                MapSet { m, key, val, ty: t } => {
                    let (k, v) =
                        self.map_types(t).ok_or_else(|| format!("pc {pc}: type {t} is not a map"))?;
                    reg(m, 1);
                    reg(key, slots(k)?);
                    reg(val, slots(v)?);
                }
                MapDelete { m, key, ty: t } => {
                    let (k, _) =
                        self.map_types(t).ok_or_else(|| format!("pc {pc}: type {t} is not a map"))?;
                    reg(m, 1);
                    reg(key, slots(k)?);
                }
                LenMap { dst, m } | MapIter { dst, m } => {
                    reg(dst, 1);
                    reg(m, 1);
                }
                MapClear { m } => reg(m, 1),
                MapNext { it, key, off } => {
                    reg(it, 1);
                    reg(key, 0);
                    jump = Some(off);
                }
                MakeIface { dst, src, ty: t } => {
                    reg(dst, 2);
                    reg(src, slots(t)?);
                    ty = Some(t);
                }
                AssertType { dst, x, ty: t } | AssertType2 { dst, x, ty: t } => {
                    let extra = usize::from(matches!(op, AssertType2 { .. }));
                    reg(dst, slots(t)? + extra);
                    reg(x, 2);
                    ty = Some(t);
                }
                AssertIface { dst, x, ty: t } | AssertIface2 { dst, x, ty: t } => {
                    let extra = usize::from(matches!(op, AssertIface2 { .. }));
                    reg(dst, 2 + extra);
                    reg(x, 2);
                    ty = Some(t);
                }
                IsType { dst, x, ty: t } | Implements { dst, x, ty: t } => {
                    reg(dst, 1);
                    reg(x, 2);
                    ty = Some(t);
                }
                EqV { dst, a, b, ty: t } => {
                    reg(dst, 1);
                    reg(a, slots(t)?);
                    reg(b, slots(t)?);
                }
                Call { f: callee, base } => {
                    reg(base, 0);
                    if callee as usize >= nfuncs {
                        return Err(format!("pc {pc}: function {callee} out of range"));
                    }
                }
                CallClosure { fv, base } => {
                    reg(fv, 1);
                    reg(base, 0);
                }
                CallIface { x, base, .. } => {
                    reg(x, 2);
                    reg(base, 0);
                }
                CallNative { native, base } => {
                    reg(base, 0);
                    if native as usize >= self.natives.len() {
                        return Err(format!("pc {pc}: native {native} out of range"));
                    }
                }
                Ret { src, n } => {
                    reg(src, n.into());
                    reg(0, n.into());
                }
                MakeClosure { dst, f: callee, caps, n } => {
                    reg(dst, 1);
                    reg(caps, n.into());
                    if callee as usize >= nfuncs {
                        return Err(format!("pc {pc}: function {callee} out of range"));
                    }
                }
                LoadCap { dst, .. } => reg(dst, 1),
                Defer { fv } => reg(fv, 1),
                Panic { x } => reg(x, 2),
                Recover { dst } => reg(dst, 2),
                Print { src, ty: t, .. } => {
                    reg(src, slots(t)?);
                    ty = Some(t);
                }
                // Instructions this VM does not know touch no registers: executing one reports an internal
                // error.
                #[allow(unreachable_patterns)]
                _ => {}
            }
            for &(r, w) in &regs[..count] {
                if usize::from(r) + w > nregs {
                    return Err(format!("pc {pc}: register {r} (+{w}) beyond {nregs} registers in {op:?}"));
                }
            }
            if let Some(off) = jump {
                let target = pc as i64 + 1 + i64::from(off);
                if target < 0 || target >= len as i64 {
                    return Err(format!("pc {pc}: jump target {target} out of range"));
                }
            }
            if let Some(t) = ty
                && t as usize >= ntypes
            {
                return Err(format!("pc {pc}: type {t} out of range"));
            }
        }
        if f.lines.len() != code.len() && !f.lines.is_empty() {
            return Err(format!("{} lines for {} instructions", f.lines.len(), code.len()));
        }
        if let Some(rpc) = f.recover_pc
            && rpc as usize >= len
        {
            return Err(format!("recover pc {rpc} out of range"));
        }
        Ok(())
    }

    /// The key and value types of map type `ty`.
    pub(crate) fn map_types(&self, ty: u32) -> Option<(u32, u32)> {
        let t = self.types.get(ty as usize)?;
        if t.kind != Kind::Map {
            return None;
        }
        let (k, v) = (t.key?, t.elem?);
        (self.types.get(k as usize).is_some() && self.types.get(v as usize).is_some()).then_some((k, v))
    }

    // ----- allocation -----

    /// A zeroed object holding one value of type `ty` (the zero-size object for zero-slot types).
    pub(crate) fn alloc_value(&mut self, ty: u32) -> u64 {
        self.alloc_values(ty, 1)
    }

    /// A zeroed object holding `count` values of type `ty` (an array or slice backing store).
    pub(crate) fn alloc_values(&mut self, ty: u32, count: usize) -> u64 {
        let slots = self.types[ty as usize].slots as usize;
        match self.type_shapes[ty as usize] {
            Some(shape) if slots > 0 && count > 0 => self.heap.alloc_words(shape, slots * count).to_bits(),
            _ => self.zerobase,
        }
    }

    /// A new string holding `bytes`.
    pub(crate) fn alloc_str(&mut self, bytes: &[u8]) -> [u64; 2] {
        if bytes.is_empty() {
            return [0, 0];
        }
        let r = self.heap.alloc_bytes_from(bytes).to_bits();
        [r, pack_off_len(0, bytes.len() as u32)]
    }

    /// The bytes of string value `s`.
    pub(crate) fn str_bytes(&self, s: [u64; 2]) -> &[u8] {
        let Some(r) = obj(s[0]) else { return &[] };
        // SAFETY: string bytes are written once, before the string is published, and never again.
        let all = unsafe { self.heap.bytes_unsync(r) };
        let off = (s[1] >> 32) as usize;
        let len = (s[1] & 0xffff_ffff) as usize;
        all.get(off..off + len).unwrap_or(&[])
    }

    /// A Go string from Rust text.
    pub fn make_string(&mut self, text: &str) -> [u64; 2] {
        self.alloc_str(text.as_bytes())
    }

    // ----- heap words -----

    /// The words of object `r` (empty for nil).
    #[inline(always)]
    pub(crate) fn words(&self, r: u64) -> &[std::sync::atomic::AtomicU64] {
        match obj(r) {
            Some(o) => self.heap.words(o),
            None => &[],
        }
    }

    /// Copies `out.len()` slots from object `r` at slot `at` (false if out of the object's bounds).
    #[inline]
    pub(crate) fn read_slots(&self, r: u64, at: usize, out: &mut [u64]) -> bool {
        let Some(src) = self.words(r).get(at..at + out.len()) else { return false };
        for (d, s) in out.iter_mut().zip(src) {
            *d = s.load(Acquire);
        }
        true
    }

    /// Copies `vals` into object `r` at slot `at` (false if out of the object's bounds).
    #[inline]
    pub(crate) fn write_slots(&self, r: u64, at: usize, vals: &[u64]) -> bool {
        let Some(dst) = self.words(r).get(at..at + vals.len()) else { return false };
        for (d, s) in dst.iter().zip(vals) {
            d.store(*s, Release);
        }
        true
    }

    // ----- interfaces -----

    /// Packs a value of runtime type `ty` held in `src` into an interface (boxing it if needed).
    pub(crate) fn make_iface(&mut self, ty: u32, src: &[u64]) -> [u64; 2] {
        let t = &self.types[ty as usize];
        match t.kind {
            Kind::Interface => [src[0], src[1]],
            Kind::Pointer if src.len() == 2 && src[1] == 0 && t.elem.is_some() => {
                [iface_type_word(ty, IFACE_REF | IFACE_INLINE_PTR), src[0]]
            }
            _ if t.slots == 1 && t.shape[0] == SlotKind::Scalar => [iface_type_word(ty, 0), src[0]],
            _ if t.slots == 1 && t.shape[0] == SlotKind::Ref => [iface_type_word(ty, IFACE_REF), src[0]],
            _ => {
                let b = self.alloc_value(ty);
                if !src.is_empty() {
                    self.write_slots(b, 0, src);
                }
                [iface_type_word(ty, IFACE_REF), b]
            }
        }
    }

    /// Unpacks the dynamic value of a non-nil interface into `out` (its type's slot count).
    pub(crate) fn iface_value(&self, iface: [u64; 2], out: &mut [u64]) {
        let tw = iface[0];
        if tw == 0 {
            out.fill(0);
            return;
        }
        let ty = iface_type_index(tw);
        let t = &self.types[ty as usize];
        if tw & IFACE_INLINE_PTR != 0 {
            if out.len() >= 2 {
                out[0] = iface[1];
                out[1] = 0;
            }
        } else if tw & IFACE_REF == 0 || (t.slots == 1 && t.shape.first() == Some(&SlotKind::Ref)) {
            if let Some(o) = out.first_mut() {
                *o = iface[1];
            }
        } else if !self.read_slots(iface[1], 0, out) {
            out.fill(0);
        }
    }

    /// The dynamic value of an interface as a fresh vector.
    pub(crate) fn iface_value_vec(&self, iface: [u64; 2]) -> Vec<u64> {
        if iface[0] == 0 {
            return Vec::new();
        }
        let ty = iface_type_index(iface[0]);
        let mut out = vec![0; self.types[ty as usize].slots as usize];
        self.iface_value(iface, &mut out);
        out
    }

    /// A string value packed into an interface of type `string`.
    pub(crate) fn string_iface(&mut self, text: &str) -> [u64; 2] {
        let s = self.make_string(text);
        let ty = self.rt.string;
        self.make_iface(ty, &s)
    }

    /// A pseudo-random number (map iteration starts, NaN hashes).
    pub(crate) fn random(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        x
    }

    /// The func value (a closure object without captures) of function `f`.
    pub(crate) fn func_value(&mut self, f: u32) -> u64 {
        if let Some(&v) = self.func_values.get(f as usize)
            && v != 0
        {
            return v;
        }
        let r = self.heap.alloc_words(ShapeId::SCALARS, 1).to_bits();
        self.write_slots(r, 0, &[u64::from(f)]);
        if let Some(slot) = self.func_values.get_mut(f as usize) {
            *slot = r;
        }
        r
    }

    /// Loads a word without ordering requirements (scalars).
    #[inline(always)]
    pub(crate) fn word(&self, r: u64, i: usize) -> Option<u64> {
        self.words(r).get(i).map(|w| w.load(Relaxed))
    }

    /// The object reference behind bits, for natives.
    pub fn object(&self, bits: u64) -> Option<ObjRef> {
        obj(bits)
    }
}

fn seed() -> u64 {
    let t =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
    (t ^ 0x9e37_79b9_7f4a_7c15) | 1
}
