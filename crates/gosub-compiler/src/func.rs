//! One function being compiled: registers, emission, variables, and the entry points for declared
//! functions and function literals.
//!
//! **Registers.** Allocation is a stack: variables are allocated as their declarations are compiled and
//! freed at the end of their block; temporaries live above them and are freed after each statement. Each
//! register has one [`SlotKind`] for the function's life: the allocator looks upward from the top of the
//! stack for a window whose registers are unassigned or already of the wanted kinds, so a register is
//! never reused for a different kind (the collector reads `reg_kinds`).
//!
//! **Calls.** The arguments are evaluated straight into a call region at the top of the stack (the
//! callee's frame base). Its registers take the arguments' kinds; after the call, results whose kinds
//! differ from the region's are moved out at once and the reference-kinded registers they leave are
//! zeroed, so no safepoint ever sees a register holding a value of another kind.

use std::collections::HashMap;
use std::rc::Rc;

use gosub_bytecode::{Func, IntWidth, Op, Reg, SlotKind};
use gosub_source::Span;
use gosub_syntax::ast;
use gosub_types::info::FileInfo;
use gosub_types::types::{BasicKind, Type};
use gosub_types::{ObjId, TypeAndValue, TypeId};

use crate::CompileError;
use crate::ctx::{CResult, Ctx};
use crate::escape::{Analysis, Escapes};

/// Where a local variable lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Var {
    /// In registers `r..r+slots`.
    Reg(Reg),
    /// In a heap box; the two-slot pointer to it is in `r, r+1`.
    Boxed(Reg),
}

/// A loop, switch or select that `break` (and for loops `continue`) may leave.
pub(crate) struct Breakable {
    pub label: Option<Box<str>>,
    pub is_loop: bool,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
}

/// How the function returns its results.
#[derive(Default)]
pub(crate) struct Results {
    pub types: Vec<TypeId>,
    pub slots: u16,
    /// The result variables, when results are named or the function defers (then every return stores
    /// into them first).
    pub vars: Option<Vec<(ObjId, TypeId)>>,
    pub has_defer: bool,
}

pub(crate) struct FnCompiler<'c, 'a> {
    pub ctx: &'c mut Ctx<'a>,
    pub pkg: usize,
    pub file: usize,
    pub tparams: Vec<TypeId>,
    pub targs: Vec<TypeId>,
    pub code: Vec<Op>,
    pub lines: Vec<u32>,
    pub consts: Vec<u64>,
    const_index: HashMap<u64, u32>,
    kinds: Vec<Option<SlotKind>>,
    pub top: u16,
    pub vars: HashMap<ObjId, Var>,
    pub escapes: Rc<Escapes>,
    pub line: u32,
    pub breakables: Vec<Breakable>,
    pub labels: HashMap<Box<str>, usize>,
    pub gotos: Vec<(usize, Box<str>)>,
    pub results: Results,
    pub name: String,
    pub lit_count: u32,
    /// Hidden objects for unnamed results (made up ids above every real object).
    pub hidden_results: Vec<ObjId>,
    /// Function-literal nesting inside a range-over-func body (`break`/`return` need flags there).
    pub range_func: Option<crate::rangefunc::RangeFuncCtx>,
    /// The `fallthrough` jump of the switch clause just compiled.
    pub pending_fallthrough: Option<usize>,
    /// Reads of register variables copy them (operands of assignment targets, see `plain_assign`).
    pub copy_vars: bool,
    /// Constants loaded once in the prologue (see `hoist.rs`).
    pub const_regs: crate::hoist::ConstRegs,
    /// `Func::assert_sources`.
    pub assert_sources: Vec<(u32, u32)>,
    /// The next call is the wrapper's last act: return its results straight from the call region
    /// (no safepoint can see the region's registers in between, so their kinds need no fixing).
    pub ret_after_call: bool,
}

pub(crate) fn err<T>(message: impl Into<String>) -> CResult<T> {
    Err(CompileError::new(message))
}

impl<'c, 'a> FnCompiler<'c, 'a> {
    pub fn new(ctx: &'c mut Ctx<'a>, pkg: usize, file: usize, name: String) -> Self {
        FnCompiler {
            ctx,
            pkg,
            file,
            tparams: Vec::new(),
            targs: Vec::new(),
            code: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            kinds: Vec::new(),
            top: 0,
            vars: HashMap::new(),
            escapes: Rc::new(Escapes::default()),
            line: 0,
            breakables: Vec::new(),
            labels: HashMap::new(),
            gotos: Vec::new(),
            results: Results::default(),
            name,
            lit_count: 0,
            hidden_results: Vec::new(),
            range_func: None,
            pending_fallthrough: None,
            copy_vars: false,
            const_regs: Default::default(),
            assert_sources: Vec::new(),
            ret_after_call: false,
        }
    }

    pub fn info(&self) -> FileInfo<'a> {
        self.ctx.pkgs[self.pkg].info.file(self.file)
    }

    // ---- types ----------------------------------------------------------------------------------------

    /// A type from the checker, with the instantiation's type arguments substituted.
    pub fn subst(&mut self, ty: TypeId) -> TypeId {
        if self.tparams.is_empty() {
            return ty;
        }
        let (params, args) = (self.tparams.clone(), self.targs.clone());
        self.ctx.world.types.subst(ty, &params, &args)
    }

    pub fn tv(&self, e: &ast::Expr) -> CResult<&'a TypeAndValue> {
        match self.info().type_and_value(e) {
            Some(tv) => Ok(tv),
            None => err(format!("no type recorded for the expression at byte {}", e.span.lo)),
        }
    }

    /// The (substituted, defaulted) type of an expression.
    pub fn ty(&mut self, e: &ast::Expr) -> CResult<TypeId> {
        let ty = self.tv(e)?.ty;
        let ty = self.subst(ty);
        Ok(ty)
    }

    pub fn under(&self, ty: TypeId) -> Type {
        self.ctx.world.types.under(ty).clone()
    }

    pub fn basic(&self, ty: TypeId) -> Option<BasicKind> {
        self.ctx.world.types.basic_kind(ty)
    }

    pub fn slots(&mut self, ty: TypeId) -> CResult<u16> {
        self.ctx.slots(ty)
    }

    pub fn shape(&mut self, ty: TypeId) -> Rc<[SlotKind]> {
        self.ctx.shape(ty)
    }

    pub fn is_iface(&self, ty: TypeId) -> bool {
        self.ctx.world.types.is_interface(ty)
    }

    /// The width to wrap an integer type's results to, if narrower than 64 bits.
    pub fn wrap_width(&self, ty: TypeId) -> Option<IntWidth> {
        match self.basic(ty)? {
            BasicKind::Int8 => Some(IntWidth::I8),
            BasicKind::Int16 => Some(IntWidth::I16),
            BasicKind::Int32 | BasicKind::UntypedRune => Some(IntWidth::I32),
            BasicKind::Uint8 => Some(IntWidth::U8),
            BasicKind::Uint16 => Some(IntWidth::U16),
            BasicKind::Uint32 => Some(IntWidth::U32),
            _ => None,
        }
    }

    // ---- emission -------------------------------------------------------------------------------------

    pub fn emit(&mut self, op: Op) -> usize {
        self.code.push(op);
        self.lines.push(self.line);
        self.code.len() - 1
    }

    pub fn set_line(&mut self, span: Span) {
        let line = self.ctx.line(self.pkg, self.file, span.lo);
        if line > 0 {
            self.line = line;
        }
    }

    pub fn pc(&self) -> usize {
        self.code.len()
    }

    /// Points the jump at `at` to `target`.
    pub fn patch(&mut self, at: usize, target: usize) {
        let off = target as i64 - (at as i64 + 1);
        let off = off as i32;
        match &mut self.code[at] {
            Op::Jmp { off: o }
            | Op::JmpIf { off: o, .. }
            | Op::JmpIfNot { off: o, .. }
            | Op::JmpLtI { off: o, .. }
            | Op::JmpLeI { off: o, .. }
            | Op::JmpEqI { off: o, .. }
            | Op::JmpNeI { off: o, .. }
            | Op::MapNext { off: o, .. } => *o = off,
            _ => {}
        }
    }

    pub fn patch_here(&mut self, at: usize) {
        let here = self.pc();
        self.patch(at, here);
    }

    pub fn jump_to(&mut self, target: usize) {
        let at = self.emit(Op::Jmp { off: 0 });
        self.patch(at, target);
    }

    pub fn konst(&mut self, bits: u64) -> u32 {
        if let Some(&k) = self.const_index.get(&bits) {
            return k;
        }
        let k = self.consts.len() as u32;
        self.consts.push(bits);
        self.const_index.insert(bits, k);
        k
    }

    /// `dst = v` for a 64-bit pattern.
    pub fn load_int(&mut self, dst: Reg, v: i64) {
        if let Ok(imm) = i32::try_from(v) {
            self.emit(Op::LoadI { dst, imm });
        } else {
            let k = self.konst(v as u64);
            self.emit(Op::LoadK { dst, k });
        }
    }

    pub fn mov(&mut self, dst: Reg, src: Reg, n: u16) {
        if dst == src || n == 0 {
            return;
        }
        if n == 1 {
            self.emit(Op::Mov { dst, src });
        } else {
            self.emit(Op::MovN { dst, src, n });
        }
    }

    // ---- registers ------------------------------------------------------------------------------------

    /// Allocates a window of registers with the given kinds at or above the top of the stack.
    pub fn alloc(&mut self, kinds: &[SlotKind]) -> CResult<Reg> {
        let n = kinds.len();
        let mut p = self.top as usize;
        loop {
            if p + n > u16::MAX as usize - 8 {
                return err("function needs too many registers");
            }
            let fits = kinds.iter().enumerate().all(|(i, k)| match self.kinds.get(p + i) {
                Some(Some(existing)) => existing == k,
                _ => true,
            });
            if fits {
                break;
            }
            p += 1;
        }
        if self.kinds.len() < p + n {
            self.kinds.resize(p + n, None);
        }
        for (i, k) in kinds.iter().enumerate() {
            self.kinds[p + i] = Some(*k);
        }
        self.top = (p + n) as u16;
        Ok(p as Reg)
    }

    pub fn temp(&mut self, ty: TypeId) -> CResult<Reg> {
        let shape = self.shape(ty);
        if shape.len() as u64 > crate::layout::MAX_VALUE_SLOTS {
            return err("value too large");
        }
        self.alloc(&shape)
    }

    pub fn scalar(&mut self) -> CResult<Reg> {
        self.alloc(&[SlotKind::Scalar])
    }

    pub fn ptr_temp(&mut self) -> CResult<Reg> {
        self.alloc(&[SlotKind::Ref, SlotKind::Scalar])
    }

    /// The kind the register was given (`None` if never used).
    pub fn kind_at(&self, r: usize) -> Option<SlotKind> {
        self.kinds.get(r).copied().flatten()
    }

    // ---- variables ------------------------------------------------------------------------------------

    /// Declares a local variable (zeroed), choosing its storage from the escape analysis.
    pub fn declare_var(&mut self, obj: ObjId, ty: TypeId) -> CResult<Var> {
        let slots = self.slots(ty)?;
        let var = if self.escapes.boxed(obj) || slots > 64 {
            let r = self.ptr_temp()?;
            let t = self.ctx.rtype(ty)?;
            self.emit(Op::New { dst: r, ty: t });
            Var::Boxed(r)
        } else {
            let r = self.temp(ty)?;
            if slots > 0 {
                self.emit(Op::Zero { dst: r, n: slots });
            }
            Var::Reg(r)
        };
        self.vars.insert(obj, var);
        Ok(var)
    }

    /// Declares a variable without initialising it (the caller stores its value next).
    pub fn declare_var_uninit(&mut self, obj: ObjId, ty: TypeId) -> CResult<Var> {
        let slots = self.slots(ty)?;
        let var = if self.escapes.boxed(obj) || slots > 64 {
            let r = self.ptr_temp()?;
            let t = self.ctx.rtype(ty)?;
            self.emit(Op::New { dst: r, ty: t });
            Var::Boxed(r)
        } else {
            Var::Reg(self.temp(ty)?)
        };
        self.vars.insert(obj, var);
        Ok(var)
    }

    /// Stores the value in `src` into a variable.
    pub fn store_var(&mut self, var: Var, src: Reg, slots: u16) {
        match var {
            Var::Reg(r) => self.mov(r, src, slots),
            Var::Boxed(p) => {
                if slots > 0 {
                    self.emit(Op::Store { p, off: 0, src, n: slots });
                }
            }
        }
    }

    /// Runs the escape analysis for a declared function's body.
    pub fn analyse(&mut self, recv: Option<&[ast::Param]>, sig: &ast::FuncType, body: &ast::Block) {
        let info = self.info();
        let mut analysis = Analysis::new(info, self.ctx.world);
        if let Some(recv) = recv {
            analysis.declare_params(recv);
        }
        analysis.declare_params(&sig.params);
        analysis.declare_params(&sig.results);
        analysis.block(body);
        self.escapes = Rc::new(analysis.out);
    }

    /// Adds the source position being compiled to an error (once).
    pub fn locate(&self, e: CompileError) -> CompileError {
        if e.located {
            return e;
        }
        let path =
            self.ctx
                .program
                .files
                .get(self.ctx.file_ids.get(self.pkg).and_then(|f| f.get(self.file)).copied().unwrap_or(0)
                    as usize);
        let mut e = CompileError::new(format!("{}:{}: {}", path.map_or("?", |p| p), self.line, e.message));
        e.located = true;
        e
    }

    /// Finishes the function: resolves gotos and builds the [`Func`].
    pub fn finish(mut self, param_slots: u16, decl_line: u32) -> CResult<Func> {
        for (at, label) in std::mem::take(&mut self.gotos) {
            match self.labels.get(&label) {
                Some(&target) => self.patch(at, target),
                None => return err(format!("label {label} not defined")),
            }
        }
        // Every path ends in a return; make falling off the end (functions without results) return,
        // and give jumps to the end an instruction to land on.
        let len = self.code.len() as i64;
        let targets_end = self
            .code
            .iter()
            .enumerate()
            .any(|(pc, op)| jump_offset(op).is_some_and(|off| pc as i64 + 1 + off as i64 == len));
        if targets_end || !matches!(self.code.last(), Some(Op::Ret { .. })) {
            if self.results.has_defer {
                self.emit(Op::RunDefers);
            }
            let n = self.results.slots;
            self.emit(Op::Ret { src: 0, n });
        }
        let nregs = self.kinds.len().max(param_slots as usize) as u16;
        let reg_kinds = (0..nregs as usize).map(|i| self.kind_at(i).unwrap_or(SlotKind::Scalar)).collect();
        let file = self.ctx.file_ids.get(self.pkg).and_then(|f| f.get(self.file)).copied().unwrap_or(0);
        Ok(Func {
            name: self.name.as_str().into(),
            file,
            line: decl_line,
            param_slots,
            result_slots: self.results.slots,
            nregs,
            reg_kinds,
            code: self.code,
            lines: self.lines,
            consts: self.consts,
            recover_pc: None,
            flags: Default::default(),
            assert_sources: self.assert_sources,
        })
    }

    /// Compiles a declared function or method body into `id`.
    pub fn compile_decl(mut self, decl: &'a ast::FuncDecl, obj: ObjId) -> CResult<Func> {
        let Some(body) = &decl.body else { return err("function without body") };
        let fn_ty = self.ctx.world.obj(obj).ty;
        let fn_ty = self.subst(fn_ty);
        let Some(sig) = self.ctx.world.types.signature(fn_ty).cloned() else {
            return err("function without signature");
        };
        self.set_line(decl.span);
        let decl_line = self.line;
        self.analyse(decl.recv.as_deref(), &decl.sig, body);
        // Parameters: the receiver, then the parameters, in registers 0.. as the caller placed them.
        let mut params: Vec<(Option<ObjId>, TypeId)> = Vec::new();
        if let Some(recv) = &decl.recv {
            let recv_obj = recv.first().and_then(|p| p.names.first()).and_then(|n| self.info().def_of(n));
            let recv_ty = match recv_obj {
                Some(o) => {
                    let t = self.ctx.world.obj(o).ty;
                    self.subst(t)
                }
                None => self.recv_type_of(obj),
            };
            params.push((recv_obj, recv_ty));
        }
        let mut names = Vec::new();
        for p in &decl.sig.params {
            if p.names.is_empty() {
                names.push(None);
            }
            for n in &p.names {
                names.push(self.info().def_of(n));
            }
        }
        for (i, ty) in sig.params.iter().enumerate() {
            params.push((names.get(i).copied().flatten(), *ty));
        }
        let param_slots = self.bind_params(&params)?;
        self.hoist_constants(body)?;
        let mut result_names = Vec::new();
        for p in &decl.sig.results {
            for n in &p.names {
                result_names.push(self.info().def_of(n));
            }
        }
        let has_defer = crate::stmt::has_defer(&body.stmts);
        self.setup_results(&sig.results, &result_names, has_defer)?;
        if let Err(e) = self.block(body) {
            return Err(self.locate(e));
        }
        // Falling off the end (and running the defers there) happens at the closing brace.
        self.set_line(gosub_source::Span::empty_at(body.span.hi.saturating_sub(1)));
        let recover_pc = self.emit_epilogue_for_recover()?;
        let mut func = self.finish(param_slots, decl_line)?;
        func.recover_pc = recover_pc;
        func.flags.has_defer = has_defer;
        Ok(func)
    }

    pub fn recv_type_of(&mut self, method: ObjId) -> TypeId {
        let object = self.ctx.world.obj(method);
        let base = object.recv_base.unwrap_or(TypeId::INVALID);
        let ptr = object.ptr_recv;
        let base = self.subst(base);
        if ptr { self.ctx.world.types.pointer(base) } else { base }
    }

    /// Places the parameters (already in registers `0..`) into their variables; returns the slot count.
    pub fn bind_params(&mut self, params: &[(Option<ObjId>, TypeId)]) -> CResult<u16> {
        let mut kinds = Vec::new();
        for (_, ty) in params {
            kinds.extend(self.shape(*ty).iter().copied());
        }
        let base = self.alloc(&kinds)?;
        debug_assert_eq!(base, 0);
        let mut at = 0u16;
        for &(obj, ty) in params {
            let slots = self.slots(ty)?;
            if let Some(obj) = obj {
                if self.escapes.boxed(obj) || slots > 64 {
                    let r = self.ptr_temp()?;
                    let t = self.ctx.rtype(ty)?;
                    self.emit(Op::New { dst: r, ty: t });
                    if slots > 0 {
                        self.emit(Op::Store { p: r, off: 0, src: at, n: slots });
                    }
                    self.vars.insert(obj, Var::Boxed(r));
                } else {
                    self.vars.insert(obj, Var::Reg(at));
                }
            }
            at += slots;
        }
        Ok(at)
    }

    /// Sets up the result variables.
    pub fn setup_results(
        &mut self,
        types: &[TypeId],
        names: &[Option<ObjId>],
        has_defer: bool,
    ) -> CResult<()> {
        let types: Vec<TypeId> = types.iter().map(|&t| self.subst(t)).collect();
        let mut slots = 0;
        for &t in &types {
            slots += self.slots(t)?;
        }
        self.results.slots = slots;
        self.results.has_defer = has_defer;
        let named = !names.is_empty() && names.iter().any(|n| n.is_some());
        if named || has_defer {
            let mut vars = Vec::new();
            for (i, &ty) in types.iter().enumerate() {
                let obj = match names.get(i).copied().flatten() {
                    Some(o) => o,
                    None => {
                        let hidden = ObjId(u32::MAX - 1 - self.hidden_results.len() as u32);
                        self.hidden_results.push(hidden);
                        hidden
                    }
                };
                self.declare_var(obj, ty)?;
                vars.push((obj, ty));
            }
            self.results.vars = Some(vars);
        }
        self.results.types = types;
        Ok(())
    }

    /// For functions that defer: the code where execution resumes after a recovered panic.
    pub fn emit_epilogue_for_recover(&mut self) -> CResult<Option<u32>> {
        if !self.results.has_defer {
            return Ok(None);
        }
        let pc = self.pc() as u32;
        self.emit(Op::RunDefers);
        self.return_result_vars()?;
        Ok(Some(pc))
    }

    /// Returns the current values of the result variables.
    pub fn return_result_vars(&mut self) -> CResult<()> {
        let Some(vars) = self.results.vars.clone() else {
            self.emit(Op::Ret { src: 0, n: 0 });
            return Ok(());
        };
        if vars.len() == 1
            && let Some(Var::Reg(r)) = self.vars.get(&vars[0].0).copied()
        {
            let n = self.results.slots;
            self.emit(Op::Ret { src: r, n });
            return Ok(());
        }
        let mark = self.top;
        let mut kinds = Vec::new();
        for (_, ty) in &vars {
            kinds.extend(self.shape(*ty).iter().copied());
        }
        let region = self.alloc(&kinds)?;
        let mut at = region;
        for (obj, ty) in vars {
            let slots = self.slots(ty)?;
            match self.vars.get(&obj).copied() {
                Some(Var::Reg(r)) => self.mov(at, r, slots),
                Some(Var::Boxed(p)) if slots > 0 => {
                    self.emit(Op::Load { dst: at, p, off: 0, n: slots });
                }
                _ => {}
            }
            at += slots;
        }
        self.emit(Op::Ret { src: region, n: self.results.slots });
        self.top = mark;
        Ok(())
    }

    /// Compiles a function literal's body as a closure capturing `captures` (in this order).
    pub fn compile_lit(
        mut self,
        lit: &'a ast::FuncLit,
        fn_ty: TypeId,
        captures: &[(ObjId, Var, TypeId)],
    ) -> CResult<Func> {
        self.set_line(lit.body.span);
        let decl_line = self.ctx.line(self.pkg, self.file, lit.sig.span.lo);
        let Some(sig) = self.ctx.world.types.signature(fn_ty).cloned() else {
            return err("function literal without signature");
        };
        let mut names = Vec::new();
        for p in &lit.sig.params {
            if p.names.is_empty() {
                names.push(None);
            }
            for n in &p.names {
                names.push(self.info().def_of(n));
            }
        }
        let params: Vec<(Option<ObjId>, TypeId)> =
            sig.params.iter().enumerate().map(|(i, t)| (names.get(i).copied().flatten(), *t)).collect();
        let param_slots = self.bind_params(&params)?;
        self.hoist_constants(&lit.body)?;
        // Captured variables: copied into registers at entry (boxes as their pointers).
        let mut k = 0u16;
        for &(obj, var, ty) in captures {
            match var {
                Var::Boxed(_) => {
                    let r = self.ptr_temp()?;
                    self.emit(Op::LoadCap { dst: r, k });
                    self.emit(Op::LoadCap { dst: r + 1, k: k + 1 });
                    k += 2;
                    self.vars.insert(obj, Var::Boxed(r));
                }
                Var::Reg(_) => {
                    let slots = self.slots(ty)?;
                    let r = self.temp(ty)?;
                    for i in 0..slots {
                        self.emit(Op::LoadCap { dst: r + i, k: k + i });
                    }
                    k += slots;
                    self.vars.insert(obj, Var::Reg(r));
                }
            }
        }
        let mut result_names = Vec::new();
        for p in &lit.sig.results {
            for n in &p.names {
                result_names.push(self.info().def_of(n));
            }
        }
        let has_defer = crate::stmt::has_defer(&lit.body.stmts);
        self.setup_results(&sig.results, &result_names, has_defer)?;
        if let Err(e) = self.block(&lit.body) {
            return Err(self.locate(e));
        }
        self.set_line(gosub_source::Span::empty_at(lit.body.span.hi.saturating_sub(1)));
        let recover_pc = self.emit_epilogue_for_recover()?;
        let mut func = self.finish(param_slots, decl_line)?;
        func.recover_pc = recover_pc;
        func.flags.has_defer = has_defer;
        Ok(func)
    }
}

/// The offset of a jump instruction.
pub(crate) fn jump_offset(op: &Op) -> Option<i32> {
    match op {
        Op::Jmp { off }
        | Op::JmpIf { off, .. }
        | Op::JmpIfNot { off, .. }
        | Op::JmpLtI { off, .. }
        | Op::JmpLeI { off, .. }
        | Op::JmpEqI { off, .. }
        | Op::JmpNeI { off, .. }
        | Op::MapNext { off, .. } => Some(*off),
        _ => None,
    }
}
