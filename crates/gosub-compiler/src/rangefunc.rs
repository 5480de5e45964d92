//! Range over functions (`for k, v := range seq`): the loop body becomes the `yield` closure.
//!
//! The body is compiled as a function literal taking the key and value and returning whether to go
//! on. `continue` returns true; `break` returns false. Leaving the loop any other way (`return`,
//! `break`/`continue` to an enclosing loop) stores an exit code in a box shared with the enclosing
//! function (and, for `return`, the results in boxes too), then returns false; after `seq(yield)`
//! returns, the enclosing function dispatches on the code: 1 is `return`, `2 + 2i` breaks and `3 + 2i`
//! continues the enclosing loop labelled `labels[i]`.

use gosub_bytecode::{Op, Reg, SlotKind};
use gosub_syntax::ast::{self, AssignOp, ExprKind};
use gosub_types::types::{BasicKind, Type};
use gosub_types::{ObjId, TypeId};

use crate::call::Callee;
use crate::ctx::CResult;
use crate::func::{FnCompiler, Var, err};

/// What a body compiled as a yield closure needs to leave the loop.
pub(crate) struct RangeFuncCtx {
    /// The loop's own label.
    pub own_label: Option<Box<str>>,
    /// The exit-code box (a captured pointer).
    pub code: Reg,
    /// Boxes for the enclosing function's results (captured pointers), for `return`.
    pub results: Vec<(Reg, TypeId)>,
    /// Labels of enclosing loops the body may break or continue.
    pub labels: Vec<Box<str>>,
    /// A box holding a `[]func()` of the body's deferred calls (captured pointer): they belong to the
    /// enclosing function, which defers them when the loop ends.
    pub defers: Option<Reg>,
}

impl<'c, 'a> FnCompiler<'c, 'a> {
    pub fn range_func(&mut self, r: &'a ast::RangeStmt, label: Option<&str>, seq_ty: TypeId) -> CResult<()> {
        let Type::Func(seq_sig) = self.under(seq_ty) else { return err("range over a non-function") };
        let Some(&yield_ty) = seq_sig.params.first() else { return err("range function without yield") };
        let Type::Func(yield_sig) = self.under(yield_ty) else { return err("yield is not a function") };
        let define = r.op == Some(AssignOp::Define);
        // Hidden boxes shared with the body: the exit code, and the results for `return`.
        let int = self.ctx.world.types.basic(BasicKind::Int);
        let code_obj = self.hidden_obj();
        let code = self.declare_boxed(code_obj, int)?;
        let mut result_boxes = Vec::new();
        let mut hidden = vec![(code_obj, Var::Boxed(code), int)];
        for ty in self.results.types.clone() {
            let obj = self.hidden_obj();
            let p = self.declare_boxed(obj, ty)?;
            result_boxes.push((obj, p, ty));
            hidden.push((obj, Var::Boxed(p), ty));
        }
        // Deferred calls in the body: collected in a shared `[]func()`, deferred here after the loop
        // (or by the outermost function, when this loop is itself in a yield body).
        let outer_defers = self.range_func.as_ref().and_then(|rf| rf.defers);
        let mut defers_obj = None;
        let mut own_defers = None;
        if crate::stmt::has_defer(&r.body.stmts) {
            let obj = self.hidden_obj();
            let func_ty =
                self.ctx.world.types.intern(gosub_types::types::Type::Func(gosub_types::types::Signature {
                    params: Vec::new(),
                    param_names: Vec::new(),
                    results: Vec::new(),
                    result_names: Vec::new(),
                    variadic: false,
                }));
            let slice_ty = self.ctx.world.types.slice(func_ty);
            let p = match outer_defers {
                Some(p) => {
                    self.vars.insert(obj, Var::Boxed(p));
                    p
                }
                None => {
                    let p = self.declare_boxed(obj, slice_ty)?;
                    own_defers = Some((p, slice_ty, func_ty));
                    p
                }
            };
            hidden.push((obj, Var::Boxed(p), slice_ty));
            defers_obj = Some(obj);
        }
        // Labels the body may leave to: loops of this function, and (inside another yield body) that
        // body's own loop and the labels it can reach in turn.
        let mut labels: Vec<Box<str>> = self.breakables.iter().filter_map(|b| b.label.clone()).collect();
        if let Some(rf) = &self.range_func {
            labels.extend(rf.own_label.iter().cloned());
            labels.extend(rf.labels.iter().cloned());
        }
        // Captures: the body's free variables, then the hidden boxes.
        let info = self.info();
        let mut free: Vec<ObjId> = Vec::new();
        let mut note = |ident: &ast::Ident| {
            if let Some(obj) = info.use_of(ident)
                && !free.contains(&obj)
            {
                free.push(obj);
            }
        };
        crate::stmt::visit_block_idents(&r.body, &mut note);
        if !define {
            for e in [&r.key, &r.value].into_iter().flatten() {
                crate::expr::visit_idents(e, &mut note);
            }
        }
        let mut captures: Vec<(ObjId, Var, TypeId)> = Vec::new();
        for obj in free {
            if let Some(var) = self.vars.get(&obj).copied() {
                let ty = self.ctx.world.obj(obj).ty;
                let ty = self.subst(ty);
                captures.push((obj, var, ty));
            }
        }
        captures.extend(hidden.iter().copied());
        // Compile the body as the yield function.
        self.lit_count += 1;
        let name = format!("{}-range{}", self.name, self.lit_count);
        let id = self.ctx.new_func();
        let escapes = self.escapes.clone();
        let (tparams, targs) = (self.tparams.clone(), self.targs.clone());
        let mut child = FnCompiler::new(self.ctx, self.pkg, self.file, name);
        child.escapes = escapes;
        child.tparams = tparams;
        child.targs = targs;
        let func = child.compile_range_body(
            r,
            define,
            &yield_sig.params,
            &captures,
            (code_obj, defers_obj),
            &result_boxes,
            label,
            labels.clone(),
        )?;
        self.ctx.program.funcs[id as usize] = func;
        // yield = closure(captures); seq(yield)
        let mut kinds = Vec::new();
        for (_, var, ty) in &captures {
            match var {
                Var::Boxed(_) => kinds.extend([SlotKind::Ref, SlotKind::Scalar]),
                Var::Reg(_) => kinds.extend(self.shape(*ty).iter().copied()),
            }
        }
        let region = self.alloc(&kinds)?;
        let mut at = region;
        for (_, var, ty) in &captures {
            match var {
                Var::Boxed(p) => {
                    self.mov(at, *p, 2);
                    at += 2;
                }
                Var::Reg(reg) => {
                    let n = self.slots(*ty)?;
                    self.mov(at, *reg, n);
                    at += n;
                }
            }
        }
        let seq = self.expr(&r.expr, None)?;
        let base = self.call_region(&[SlotKind::Ref], &[])?;
        self.emit(Op::MakeClosure { dst: base, f: id, caps: region, n: kinds.len() as u16 });
        self.finish_call(Callee::Closure(seq), base, &[SlotKind::Ref], &[], None)?;
        if let Some((p, slice_ty, func_ty)) = own_defers {
            // Defer the body's deferred calls, in the order it made them.
            let list = self.temp(slice_ty)?;
            self.emit(Op::Load { dst: list, p, off: 0, n: 3 });
            let len = self.scalar()?;
            self.emit(Op::LenSl { dst: len, s: list });
            let i = self.scalar()?;
            self.load_int(i, 0);
            let fv = self.temp(func_ty)?;
            let to_cond = self.emit(Op::Jmp { off: 0 });
            let body = self.pc();
            self.emit(Op::IndexSl { dst: fv, s: list, i, n: 1 });
            self.emit(Op::Defer { fv });
            self.emit(Op::AddIK { dst: i, a: i, imm: 1 });
            self.patch_here(to_cond);
            let back = self.emit(Op::JmpLtI { a: i, b: len, off: 0 });
            self.patch(back, body);
        }
        // Dispatch on the exit code.
        let c = self.scalar()?;
        self.emit(Op::Load { dst: c, p: code, off: 0, n: 1 });
        let zero = self.scalar()?;
        self.load_int(zero, 0);
        let done = self.emit(Op::JmpEqI { a: c, b: zero, off: 0 });
        let k = self.scalar()?;
        // return
        self.load_int(k, 1);
        let not_return = self.emit(Op::JmpNeI { a: c, b: k, off: 0 });
        let mut regs = Vec::new();
        for (_, p, ty) in &result_boxes {
            let t = self.temp(*ty)?;
            let n = self.slots(*ty)?;
            if n > 0 {
                self.emit(Op::Load { dst: t, p: *p, off: 0, n });
            }
            regs.push((t, *ty));
        }
        self.return_regs(&regs)?;
        self.patch_here(not_return);
        for (i, l) in labels.iter().enumerate() {
            for (is_continue, code_value) in [(false, 2 + 2 * i as i64), (true, 3 + 2 * i as i64)] {
                self.load_int(k, code_value);
                let skip = self.emit(Op::JmpNeI { a: c, b: k, off: 0 });
                self.branch_to_label(Some(l), is_continue)?;
                self.patch_here(skip);
            }
        }
        self.patch_here(done);
        Ok(())
    }

    /// Defers the closure in `fv`: on this frame, or, in a yield body, onto the enclosing function's
    /// list (see `range_func`).
    pub fn emit_defer(&mut self, fv: Reg) -> CResult<()> {
        let Some(p) = self.range_func.as_ref().and_then(|rf| rf.defers) else {
            self.emit(Op::Defer { fv });
            return Ok(());
        };
        let list = self.alloc(&[SlotKind::Ref, SlotKind::Scalar, SlotKind::Scalar])?;
        self.emit(Op::Load { dst: list, p, off: 0, n: 3 });
        let func_ty =
            self.ctx.world.types.intern(gosub_types::types::Type::Func(gosub_types::types::Signature {
                params: Vec::new(),
                param_names: Vec::new(),
                results: Vec::new(),
                result_names: Vec::new(),
                variadic: false,
            }));
        let t = self.ctx.rtype(func_ty)?;
        self.emit(Op::Append { dst: list, s: list, vals: fv, count: 1, ty: t });
        self.emit(Op::Store { p, off: 0, src: list, n: 3 });
        Ok(())
    }

    fn hidden_obj(&mut self) -> ObjId {
        let obj = ObjId(u32::MAX - 1 - self.hidden_results.len() as u32);
        self.hidden_results.push(obj);
        obj
    }

    fn declare_boxed(&mut self, obj: ObjId, ty: TypeId) -> CResult<Reg> {
        let r = self.ptr_temp()?;
        let t = self.ctx.rtype(ty)?;
        self.emit(Op::New { dst: r, ty: t });
        self.vars.insert(obj, Var::Boxed(r));
        Ok(r)
    }

    /// `return` with the values in registers (used after a range-over-func loop).
    fn return_regs(&mut self, regs: &[(Reg, TypeId)]) -> CResult<()> {
        if let Some(rf) = &self.range_func {
            // Inside another yield body: pass the return outwards.
            let boxes = rf.results.clone();
            let code = rf.code;
            for ((src, ty), (p, _)) in regs.iter().zip(&boxes) {
                let n = self.slots(*ty)?;
                if n > 0 {
                    self.emit(Op::Store { p: *p, off: 0, src: *src, n });
                }
            }
            let one = self.scalar()?;
            self.load_int(one, 1);
            self.emit(Op::Store { p: code, off: 0, src: one, n: 1 });
            let f = self.scalar()?;
            self.load_int(f, 0);
            self.emit(Op::Ret { src: f, n: 1 });
            return Ok(());
        }
        if let Some(vars) = self.results.vars.clone() {
            for ((src, ty), (obj, _)) in regs.iter().zip(&vars) {
                let n = self.slots(*ty)?;
                if let Some(var) = self.vars.get(obj).copied() {
                    self.store_var(var, *src, n);
                }
            }
            if self.results.has_defer {
                self.emit(Op::RunDefers);
            }
            return self.return_result_vars();
        }
        let kinds = self.kinds_of(&self.results.types.clone());
        let region = self.alloc(&kinds)?;
        let mut at = region;
        for (src, ty) in regs {
            let n = self.slots(*ty)?;
            self.mov(at, *src, n);
            at += n;
        }
        self.emit(Op::Ret { src: region, n: self.results.slots });
        Ok(())
    }

    /// A `break`/`continue` to a label (or the innermost loop), leaving a yield body when needed.
    pub fn branch_to_label(&mut self, label: Option<&str>, is_continue: bool) -> CResult<()> {
        let found = self.breakables.iter().rposition(|b| {
            (match label {
                Some(l) => b.label.as_deref() == Some(l),
                None => true,
            }) && (!is_continue || b.is_loop)
        });
        if let Some(target) = found {
            let at = self.emit(Op::Jmp { off: 0 });
            if is_continue {
                self.breakables[target].continues.push(at);
            } else {
                self.breakables[target].breaks.push(at);
            }
            return Ok(());
        }
        let Some(rf) = &self.range_func else { return err("break or continue outside a loop") };
        let own = label.is_none() || label == rf.own_label.as_deref();
        let code_value = if own {
            None
        } else {
            let Some(i) = rf.labels.iter().position(|l| Some(&**l) == label) else {
                return err("break or continue to an unknown label");
            };
            Some(if is_continue { 3 + 2 * i as i64 } else { 2 + 2 * i as i64 })
        };
        let code = rf.code;
        let r = self.scalar()?;
        match code_value {
            None => {
                // The loop's own break (false) or continue (true).
                self.load_int(r, is_continue as i64);
                self.emit(Op::Ret { src: r, n: 1 });
            }
            Some(v) => {
                self.load_int(r, v);
                self.emit(Op::Store { p: code, off: 0, src: r, n: 1 });
                self.load_int(r, 0);
                self.emit(Op::Ret { src: r, n: 1 });
            }
        }
        Ok(())
    }

    /// `return` inside a yield body.
    pub fn range_func_return(&mut self, values: &'a [ast::Expr]) -> CResult<()> {
        let Some(rf) = &self.range_func else { return err("not in a range-over-func body") };
        let boxes = rf.results.clone();
        let code = rf.code;
        let types: Vec<TypeId> = boxes.iter().map(|(_, t)| *t).collect();
        let kinds = self.kinds_of(&types);
        let region = self.alloc(&kinds)?;
        if values.len() == 1 && types.len() > 1 {
            let vty = self.ty(&values[0])?;
            let elems = match self.ctx.world.types.get(vty).clone() {
                Type::Tuple(e) => e,
                _ => vec![vty],
            };
            let src = self.expr(&values[0], None)?;
            let (mut from, mut to) = (src, region);
            for (e, t) in elems.iter().zip(&types) {
                self.convert_reg(from, *e, *t, to)?;
                from += self.slots(*e)?;
                to += self.slots(*t)?;
            }
        } else {
            let mut at = region;
            for (v, &t) in values.iter().zip(&types) {
                self.expr_into(v, t, at)?;
                at += self.slots(t)?;
            }
        }
        let mut at = region;
        for (p, ty) in &boxes {
            let n = self.slots(*ty)?;
            if n > 0 && !values.is_empty() {
                self.emit(Op::Store { p: *p, off: 0, src: at, n });
            }
            at += n;
        }
        let r = self.scalar()?;
        self.load_int(r, 1);
        self.emit(Op::Store { p: code, off: 0, src: r, n: 1 });
        self.load_int(r, 0);
        self.emit(Op::Ret { src: r, n: 1 });
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn compile_range_body(
        mut self,
        r: &'a ast::RangeStmt,
        define: bool,
        params: &[TypeId],
        captures: &[(ObjId, Var, TypeId)],
        (code_obj, defers_obj): (ObjId, Option<ObjId>),
        result_boxes: &[(ObjId, Reg, TypeId)],
        label: Option<&str>,
        labels: Vec<Box<str>>,
    ) -> CResult<gosub_bytecode::Func> {
        self.set_line(r.body.span);
        let decl_line = self.line;
        // Parameters: the key and value, as variables when declared with `:=`.
        let targets = [&r.key, &r.value];
        let mut bound: Vec<(Option<ObjId>, TypeId)> = Vec::new();
        for (i, &ty) in params.iter().enumerate() {
            let obj = match (define, targets.get(i).and_then(|t| t.as_ref())) {
                (true, Some(e)) => match &e.kind {
                    ExprKind::Ident(ident) if !ident.is_blank() => self.info().def_of(ident),
                    _ => None,
                },
                _ => None,
            };
            bound.push((obj, ty));
        }
        let param_slots = self.bind_params(&bound)?;
        self.hoist_constants(&r.body)?;
        let mut k = 0u16;
        let mut code = 0;
        let mut defers = None;
        let mut boxes = Vec::new();
        for &(obj, var, ty) in captures {
            match var {
                Var::Boxed(_) => {
                    let reg = self.ptr_temp()?;
                    self.emit(Op::LoadCap { dst: reg, k });
                    self.emit(Op::LoadCap { dst: reg + 1, k: k + 1 });
                    k += 2;
                    self.vars.insert(obj, Var::Boxed(reg));
                    if obj == code_obj {
                        code = reg;
                    } else if Some(obj) == defers_obj {
                        defers = Some(reg);
                    } else if result_boxes.iter().any(|(o, _, _)| *o == obj) {
                        boxes.push((reg, ty));
                    }
                }
                Var::Reg(_) => {
                    let slots = self.slots(ty)?;
                    let reg = self.temp(ty)?;
                    for i in 0..slots {
                        self.emit(Op::LoadCap { dst: reg + i, k: k + i });
                    }
                    k += slots;
                    self.vars.insert(obj, Var::Reg(reg));
                }
            }
        }
        let bool_ty = self.ctx.world.types.basic(BasicKind::Bool);
        self.results.types = vec![bool_ty];
        self.results.slots = 1;
        self.range_func =
            Some(RangeFuncCtx { own_label: label.map(Into::into), code, results: boxes, labels, defers });
        // `for k, v = range seq`: assign the parameters to the targets.
        if !define {
            let mut at = 0u16;
            for (i, &ty) in params.iter().enumerate() {
                if let Some(target) = targets.get(i).and_then(|t| t.as_ref())
                    && !matches!(&target.kind, ExprKind::Ident(id) if id.is_blank())
                {
                    let tty = self.ty(target)?;
                    let place = self.place(target)?;
                    self.store_place(place, at, tty)?;
                }
                at += self.slots(ty)?;
            }
        }
        self.block(&r.body)?;
        // Falling off the end of the body: continue.
        let t = self.scalar()?;
        self.load_int(t, 1);
        self.emit(Op::Ret { src: t, n: 1 });
        self.finish(param_slots, decl_line)
    }
}
