//! Calls (static, native, closure, interface), builtins, function values, closures, method values and
//! method expressions, and composite literals.

use gosub_bytecode::{MethodSym, Op, Reg, SlotKind};
use gosub_syntax::ast::{self, Expr, ExprKind};
use gosub_types::lookup::{Found, lookup};
use gosub_types::objects::{Builtin, ObjKind};
use gosub_types::types::{BasicKind, Signature, Type};
use gosub_types::{ExprMode, ObjId, Selection, SelectionKind, TypeId};

use crate::consts::{self, Const};
use crate::ctx::{CResult, FuncKey};
use crate::expr::{Place, is_float_kind};
use crate::func::{FnCompiler, Var, err};

/// What a call calls.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Callee {
    Static(u32),
    Native(u32),
    Closure(Reg),
    Iface { x: Reg, sym: MethodSym },
}

impl<'c, 'a> FnCompiler<'c, 'a> {
    /// Allocates a call region: the parameters' kinds, then the results' beyond them.
    pub fn call_region(&mut self, params: &[SlotKind], results: &[SlotKind]) -> CResult<Reg> {
        let mut kinds = params.to_vec();
        if results.len() > params.len() {
            kinds.extend_from_slice(&results[params.len()..]);
        }
        self.alloc(&kinds)
    }

    /// Emits the call and makes its results available: in place at `base` when the registers' kinds
    /// allow, otherwise moved to a fresh temporary (or to `dst`).
    pub fn finish_call(
        &mut self,
        callee: Callee,
        base: Reg,
        params: &[SlotKind],
        results: &[SlotKind],
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        match callee {
            Callee::Static(f) => self.emit(Op::Call { f, base }),
            Callee::Native(native) => self.emit(Op::CallNative { native, base }),
            Callee::Closure(fv) => self.emit(Op::CallClosure { fv, base }),
            Callee::Iface { x, sym } => self.emit(Op::CallIface { x, method: sym, base }),
        };
        let n = results.len() as u16;
        if self.ret_after_call {
            self.ret_after_call = false;
            self.emit(Op::Ret { src: base, n });
            return Ok(base);
        }
        let conflict: Vec<usize> =
            (0..params.len().min(results.len())).filter(|&i| params[i] != results[i]).collect();
        if conflict.is_empty() {
            if let Some(d) = dst {
                self.mov(d, base, n);
                return Ok(d);
            }
            return Ok(base);
        }
        let d = match dst {
            Some(d) => d,
            None => self.alloc(results)?,
        };
        self.mov(d, base, n);
        for i in conflict {
            if params[i] != SlotKind::Scalar {
                self.emit(Op::Zero { dst: base + i as u16, n: 1 });
            }
        }
        Ok(d)
    }

    pub fn kinds_of(&mut self, types: &[TypeId]) -> Vec<SlotKind> {
        let mut out = Vec::new();
        for &t in types {
            out.extend(self.shape(t).iter().copied());
        }
        out
    }

    /// A call expression used as a value (a single result, or the tuple of results in a row).
    pub fn call_value(
        &mut self,
        e: &'a Expr,
        call: &'a ast::CallExpr,
        ty: TypeId,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let ftv = self.tv(&call.func)?;
        match ftv.mode {
            ExprMode::Type => {
                let Some(arg) = call.args.first() else { return err("conversion without argument") };
                return self.conversion(arg, ty, dst);
            }
            ExprMode::Builtin => return self.builtin(e, call, ty, dst),
            _ => {}
        }
        let func_ty = self.ty(&call.func)?;
        let Some(sig) = self.ctx.world.types.signature(func_ty).cloned() else {
            return err("call of a non-function");
        };
        let result_kinds = self.kinds_of(&sig.results);
        let func = call.func.unparen();
        // Method calls.
        if let ExprKind::Selector(base_expr, name) = &func.kind
            && let Some(sel) = self.selection(func)
        {
            match sel.kind {
                SelectionKind::MethodVal => {
                    let Some(method) = sel.obj else { return err("method without object") };
                    let (recv_ty, target) = self.method_target(&sel, method)?;
                    let mut params = self.shape(recv_ty).to_vec();
                    params.extend(self.kinds_of(&sig.params));
                    let base = self.call_region(&params, &result_kinds)?;
                    self.receiver_into(base_expr, &sel, method, base)?;
                    let recv_slots = self.slots(recv_ty)?;
                    self.args_into(base + recv_slots, &call.args, &sig, call.ellipsis.is_some())?;
                    return self.finish_call(target, base, &params, &result_kinds, dst);
                }
                SelectionKind::InterfaceMethod if !self.selection_is_iface(&sel)? => {
                    // A method of a type parameter, instantiated with a concrete type.
                    let holder = self.selection_holder(&sel)?;
                    let recv = if sel.path.is_empty() {
                        self.expr(base_expr, None)?
                    } else {
                        self.iface_operand(base_expr, &sel)?
                    };
                    let arg_kinds = self.kinds_of(&sig.params);
                    let args = self.alloc(&arg_kinds)?;
                    self.args_into(args, &call.args, &sig, call.ellipsis.is_some())?;
                    let r = self.call_method_on(recv, holder, &name.name, args, &sig)?;
                    let n = result_kinds.len() as u16;
                    if let Some(d) = dst {
                        self.mov(d, r, n);
                        return Ok(d);
                    }
                    return Ok(r);
                }
                SelectionKind::InterfaceMethod => {
                    let x = self.iface_operand(base_expr, &sel)?;
                    let pkg = self.iface_method_pkg(&sel, &name.name);
                    let sym = self.ctx.method_sym(&name.name, pkg.as_deref());
                    let mut params = vec![SlotKind::Scalar];
                    params.extend(self.kinds_of(&sig.params));
                    let base = self.call_region(&params, &result_kinds)?;
                    self.args_into(base + 1, &call.args, &sig, call.ellipsis.is_some())?;
                    return self.finish_call(Callee::Iface { x, sym }, base, &params, &result_kinds, dst);
                }
                _ => {}
            }
        }
        let params = self.kinds_of(&sig.params);
        // Direct calls of declared functions.
        if let Some(obj) = self.func_obj(func)
            && self.tv(func).map(|tv| tv.mode) != Ok(ExprMode::Variable)
        {
            let targs = self.instance_args(func, obj);
            if targs.is_empty()
                && !self.ctx.is_native(obj)
                && call.args.len() == sig.params.len()
                && call.ellipsis.is_none()
                && let Some(src) = self.inline_candidate(obj)
            {
                return self.inline_call(src, obj, call, &sig, dst);
            }
            let callee = if self.ctx.is_native(obj) {
                let name = self.ctx.qualified_name(obj);
                Callee::Native(self.ctx.native(&name))
            } else {
                Callee::Static(self.ctx.func(FuncKey::Decl(obj, targs)))
            };
            let base = self.region_with_first_arg(call, &sig, &params, &result_kinds)?;
            return self.finish_call(callee, base, &params, &result_kinds, dst);
        }
        // A func value.
        let fv = self.expr(&call.func, None)?;
        let base = self.region_with_first_arg(call, &sig, &params, &result_kinds)?;
        self.finish_call(Callee::Closure(fv), base, &params, &result_kinds, dst)
    }

    /// Allocates the call region and evaluates the arguments into it. When the first argument is itself
    /// a call (`f(g(x))`), `g` is called first at the top of the stack, where `f`'s region then starts,
    /// so that `g`'s result is already `f`'s first parameter.
    fn region_with_first_arg(
        &mut self,
        call: &'a ast::CallExpr,
        sig: &Signature,
        params: &[SlotKind],
        results: &[SlotKind],
    ) -> CResult<Reg> {
        let nested = match (call.args.first(), sig.params.first()) {
            (Some(first), Some(&pty)) if call.args.len() == sig.params.len() && !sig.variadic => {
                let pty = self.subst(pty);
                let is_call = matches!(&first.unparen().kind, ExprKind::Call(c)
                    if !matches!(self.tv(&c.func).map(|tv| tv.mode), Ok(ExprMode::Type | ExprMode::Builtin)));
                let same = self.ty(first).is_ok_and(|t| self.ctx.world.types.identical(t, pty));
                is_call && same && !self.is_iface(pty)
            }
            _ => false,
        };
        if !nested {
            let base = self.call_region(params, results)?;
            self.args_into(base, &call.args, sig, call.ellipsis.is_some())?;
            return Ok(base);
        }
        let mark = self.top;
        let r = self.expr(&call.args[0], None)?;
        let n = self.slots(sig.params[0])?;
        self.top = mark;
        let base = self.call_region(params, results)?;
        self.mov(base, r, n);
        self.args_after_first(base + n, &call.args[1..], &sig.params[1..])?;
        Ok(base)
    }

    /// The remaining fixed arguments of a call whose first one is placed (calls first, as `args_into`).
    fn args_after_first(&mut self, mut at: Reg, args: &'a [Expr], params: &[TypeId]) -> CResult<()> {
        let mut dests = Vec::new();
        for (arg, &ty) in args.iter().zip(params) {
            let ty = self.subst(ty);
            dests.push((arg, ty, at));
            at += self.slots(ty)?;
        }
        let calls: Vec<bool> = dests.iter().map(|(e, _, _)| self.has_call(e)).collect();
        for pass in [true, false] {
            for (&(arg, ty, reg), &call) in dests.iter().zip(&calls) {
                if call == pass {
                    self.expr_into(arg, ty, reg)?;
                }
            }
        }
        Ok(())
    }

    /// The selection of a selector expression, with a method of an interface type (such as `error`'s
    /// `Error`, which the checker records as a declared method) classified as an interface method.
    pub fn selection(&mut self, e: &Expr) -> Option<Selection> {
        let mut sel = self.info().selection_of(e).cloned()?;
        if sel.kind == SelectionKind::MethodVal && self.selection_holder(&sel).is_ok_and(|h| self.is_iface(h))
        {
            sel.kind = SelectionKind::InterfaceMethod;
            sel.obj = None;
        }
        Some(sel)
    }

    /// Whether an interface-method selection is on an interface after substitution (not on a type
    /// parameter instantiated with a concrete type).
    fn selection_is_iface(&mut self, sel: &Selection) -> CResult<bool> {
        let holder = self.selection_holder(sel)?;
        Ok(self.is_iface(holder))
    }

    /// The package of an unexported interface method name.
    pub fn iface_method_pkg(&mut self, sel: &Selection, name: &str) -> Option<String> {
        if name.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let _ = sel;
        Some(self.ctx.pkgs[self.pkg].info_pkg_path())
    }

    /// The type arguments of a generic function use (empty for ordinary functions).
    pub fn instance_args(&mut self, func: &Expr, obj: ObjId) -> Vec<TypeId> {
        let ident = match &func.unparen().kind {
            ExprKind::Ident(ident) => Some(ident),
            ExprKind::Selector(_, name) => Some(name),
            ExprKind::Index(base, _) => match &base.unparen().kind {
                ExprKind::Ident(ident) => Some(ident),
                ExprKind::Selector(_, name) => Some(name),
                _ => None,
            },
            _ => None,
        };
        let Some(ident) = ident else { return Vec::new() };
        let args = crate::generics::instance_of(self.info(), ident);
        let _ = obj;
        args.into_iter().map(|t| self.subst(t)).collect()
    }

    /// Evaluates the interface operand of an interface method selection (through embedded fields).
    fn iface_operand(&mut self, base: &'a Expr, sel: &Selection) -> CResult<Reg> {
        if sel.path.is_empty() {
            return self.expr(base, None);
        }
        let base_ty = self.ty(base)?;
        let (place, pty) = self.operand_place_pub(base, base_ty)?;
        let (place, ty) = self.field_path(place, pty, &sel.path)?;
        self.load_place(place, ty, None)
    }

    /// The receiver type the method takes and the callee, for a method value selection.
    pub fn method_target(&mut self, sel: &Selection, method: ObjId) -> CResult<(TypeId, Callee)> {
        let object = self.ctx.world.obj(method).clone();
        // The embedded type holding the method, for a generic receiver's type arguments.
        let holder = self.selection_holder(sel)?;
        let holder_base = match self.ctx.world.types.get(holder).clone() {
            Type::Pointer(e) => e,
            _ => holder,
        };
        let targs: Vec<TypeId> = self.ctx.world.types.type_args_of(holder_base).to_vec();
        let targs = if self.ctx.world.types.origin(holder_base) == holder_base { Vec::new() } else { targs };
        let recv_ty = if object.ptr_recv { self.ctx.world.types.pointer(holder_base) } else { holder_base };
        let callee = if self.ctx.is_native(method) {
            let name = self.ctx.qualified_name(method);
            Callee::Native(self.ctx.native(&name))
        } else {
            Callee::Static(self.ctx.func(FuncKey::Decl(method, targs)))
        };
        Ok((recv_ty, callee))
    }

    /// The type at the end of a selection's embedding path (the type declaring the method).
    pub fn selection_holder(&mut self, sel: &Selection) -> CResult<TypeId> {
        let mut ty = self.subst(sel.recv);
        for &index in &sel.path {
            if let Type::Pointer(e) = self.under(ty) {
                ty = e;
            }
            let Type::Struct(fields) = self.under(ty) else {
                return err("embedded path through a non-struct");
            };
            let Some(f) = fields.get(index) else { return err("bad embedded path") };
            ty = f.ty;
        }
        Ok(ty)
    }

    /// Places the receiver of method `method` selected by `sel` on `base_expr` at `dst`.
    pub fn receiver_into(
        &mut self,
        base_expr: &'a Expr,
        sel: &Selection,
        method: ObjId,
        dst: Reg,
    ) -> CResult<()> {
        let ptr_recv = self.ctx.world.obj(method).ptr_recv;
        let base_ty = self.ty(base_expr)?;
        let base_is_ptr = matches!(self.ctx.world.types.get(base_ty), Type::Pointer(_));
        if sel.path.is_empty() {
            // The common cases, without going through places.
            if ptr_recv == base_is_ptr {
                self.expr_into(base_expr, base_ty, dst)?;
                return Ok(());
            }
            if ptr_recv {
                let p = self.address(base_expr)?;
                self.mov(dst, p, 2);
                return Ok(());
            }
            // Value receiver through a pointer.
            let p = self.expr(base_expr, None)?;
            let Type::Pointer(elem) = self.ctx.world.types.get(base_ty).clone() else {
                return err("bad receiver");
            };
            let n = self.slots(elem)?;
            if n > 0 {
                self.emit(Op::Load { dst, p, off: 0, n });
            } else {
                self.emit(Op::NilCheck { p });
            }
            return Ok(());
        }
        let (place, pty) = self.operand_place_pub(base_expr, base_ty)?;
        let (place, holder) = self.field_path(place, pty, &sel.path)?;
        self.receiver_from_place(place, holder, ptr_recv, dst)
    }

    /// The method receiver from the place of the embedded value holding it.
    pub fn receiver_from_place(
        &mut self,
        place: Place,
        holder: TypeId,
        ptr_recv: bool,
        dst: Reg,
    ) -> CResult<()> {
        let holder_is_ptr = matches!(self.ctx.world.types.get(holder), Type::Pointer(_));
        match (ptr_recv, holder_is_ptr) {
            (true, true) | (false, false) => {
                self.load_place(place, holder, Some(dst))?;
            }
            (true, false) => {
                let p = self.place_address(place)?;
                self.mov(dst, p, 2);
            }
            (false, true) => {
                let p = self.load_place(place, holder, None)?;
                let Type::Pointer(elem) = self.ctx.world.types.get(holder).clone() else {
                    return err("bad holder");
                };
                let n = self.slots(elem)?;
                if n > 0 {
                    self.emit(Op::Load { dst, p, off: 0, n });
                } else {
                    self.emit(Op::NilCheck { p });
                }
            }
        }
        Ok(())
    }

    pub fn operand_place_pub(&mut self, base: &'a Expr, base_ty: TypeId) -> CResult<(Place, TypeId)> {
        if let Type::Pointer(elem) = self.ctx.world.types.get(base_ty).clone() {
            let p = self.expr(base, None)?;
            return Ok((Place::Mem { p, off: 0 }, elem));
        }
        if self.addressable(base) {
            let place = self.place(base)?;
            return Ok((place, base_ty));
        }
        let r = self.expr(base, None)?;
        Ok((Place::Reg(r), base_ty))
    }

    /// Evaluates call arguments into the parameter registers starting at `at`.
    pub fn args_into(
        &mut self,
        mut at: Reg,
        args: &'a [Expr],
        sig: &Signature,
        ellipsis: bool,
    ) -> CResult<()> {
        let params: Vec<TypeId> = sig.params.iter().map(|&t| self.subst(t)).collect();
        // f(g()) with g returning several values.
        if args.len() == 1
            && (params.len() > 1 || (sig.variadic && !ellipsis))
            && let arg_ty = self.ty(&args[0])?
            && let Type::Tuple(elems) = self.ctx.world.types.get(arg_ty).clone()
        {
            let src = self.expr(&args[0], None)?;
            let mut from = src;
            let fixed = if sig.variadic { params.len() - 1 } else { params.len() };
            for (i, &ety) in elems.iter().enumerate() {
                let n = self.slots(ety)?;
                if i < fixed {
                    self.convert_reg(from, ety, params[i], at)?;
                    at += self.slots(params[i])?;
                }
                from += n;
            }
            if sig.variadic {
                let slice_ty = params[params.len() - 1];
                let Type::Slice(elem) = self.under(slice_ty) else { return err("variadic without slice") };
                let rest = &elems[fixed.min(elems.len())..];
                let mut vals = Vec::new();
                let mut from = src;
                for ety in &elems[..fixed.min(elems.len())] {
                    from += self.slots(*ety)?;
                }
                for &ety in rest {
                    let r = self.temp(elem)?;
                    self.convert_reg(from, ety, elem, r)?;
                    from += self.slots(ety)?;
                    vals.push(r);
                }
                self.build_variadic(at, elem, &vals)?;
            }
            return Ok(());
        }
        let fixed = if sig.variadic { params.len() - 1 } else { params.len() };
        // Where each argument goes.
        let mut dests: Vec<(&'a Expr, TypeId, Reg)> = Vec::new();
        for (i, arg) in args.iter().enumerate().take(fixed) {
            dests.push((arg, params[i], at));
            at += self.slots(params[i])?;
        }
        let mut variadic: Option<(TypeId, Vec<Reg>)> = None;
        if sig.variadic {
            let slice_ty = params[params.len() - 1];
            if ellipsis {
                if let Some(last) = args.last() {
                    dests.push((last, slice_ty, at));
                }
            } else {
                let Type::Slice(elem) = self.under(slice_ty) else { return err("variadic without slice") };
                let n = self.slots(elem)?;
                let count = args.len().saturating_sub(fixed);
                if count == 0 {
                    self.emit(Op::Zero { dst: at, n: 3 });
                } else {
                    let shape = self.shape(elem);
                    let mut kinds = Vec::new();
                    for _ in 0..count {
                        kinds.extend(shape.iter().copied());
                    }
                    let vals = self.alloc(&kinds)?;
                    let mut regs = Vec::new();
                    for (j, arg) in args[fixed..].iter().enumerate() {
                        let r = vals + j as u16 * n;
                        dests.push((arg, elem, r));
                        regs.push(r);
                    }
                    variadic = Some((elem, regs));
                }
            }
        }
        // Arguments that call functions first, in order, then the others: gc's order, which programs
        // observe when a call changes a variable another argument reads.
        let calls: Vec<bool> = dests.iter().map(|(e, _, _)| self.has_call(e)).collect();
        for pass in [true, false] {
            for (&(arg, ty, reg), &call) in dests.iter().zip(&calls) {
                if call == pass {
                    self.expr_into(arg, ty, reg)?;
                }
            }
        }
        if let Some((elem, regs)) = variadic {
            self.build_variadic(at, elem, &regs)?;
        }
        Ok(())
    }

    /// Whether evaluating `e` calls a function (not a conversion or a builtin).
    pub fn has_call(&self, e: &Expr) -> bool {
        let info = self.info();
        let mut found = false;
        fn walk(e: &Expr, info: &gosub_types::FileInfo<'_>, found: &mut bool) {
            if *found {
                return;
            }
            match &e.kind {
                ExprKind::Call(call) => {
                    let mode = info.type_and_value(&call.func).map(|tv| tv.mode);
                    if !matches!(mode, Some(ExprMode::Type | ExprMode::Builtin)) {
                        *found = true;
                        return;
                    }
                    for a in &call.args {
                        walk(a, info, found);
                    }
                }
                ExprKind::Paren(x)
                | ExprKind::Star(x)
                | ExprKind::Unary(_, x)
                | ExprKind::TypeAssert(x, _) => walk(x, info, found),
                ExprKind::Selector(x, _) => walk(x, info, found),
                ExprKind::Index(x, idx) => {
                    walk(x, info, found);
                    for i in idx {
                        walk(i, info, found);
                    }
                }
                ExprKind::Slice(s) => {
                    walk(&s.base, info, found);
                    for p in [&s.low, &s.high, &s.max].into_iter().flatten() {
                        walk(p, info, found);
                    }
                }
                ExprKind::Binary(_, a, b) => {
                    walk(a, info, found);
                    walk(b, info, found);
                }
                ExprKind::CompositeLit(lit) => {
                    for el in &lit.elems {
                        walk(&el.value, info, found);
                    }
                }
                _ => {}
            }
        }
        walk(e, &info, &mut found);
        found
    }

    /// `dst = []elem{vals...}` for values in registers (consecutive when they come from `args_into`).
    fn build_variadic(&mut self, dst: Reg, elem: TypeId, vals: &[Reg]) -> CResult<()> {
        let t = self.ctx.rtype(elem)?;
        let n = self.slots(elem)?;
        let count = vals.len();
        let len = self.scalar()?;
        self.load_int(len, count as i64);
        self.emit(Op::MakeSlice { dst, len, cap: len, ty: t });
        let i = self.scalar()?;
        for (j, &v) in vals.iter().enumerate() {
            self.load_int(i, j as i64);
            self.emit(Op::StoreSl { s: dst, i, src: v, n });
        }
        Ok(())
    }

    /// Converts a value of type `from` in registers to type `to` at `dst`.
    pub fn convert_reg(&mut self, src: Reg, from: TypeId, to: TypeId, dst: Reg) -> CResult<()> {
        if self.is_iface(to) && !self.is_iface(from) {
            if self.basic(from) == Some(BasicKind::UntypedNil) {
                self.emit(Op::Zero { dst, n: 2 });
                return Ok(());
            }
            let t = self.ctx.rtype(from)?;
            self.emit(Op::MakeIface { dst, src, ty: t });
            return Ok(());
        }
        let n = self.slots(to)?;
        self.mov(dst, src, n);
        Ok(())
    }

    // ---- function values ------------------------------------------------------------------------------

    /// A declared function used as a value.
    pub fn func_value(&mut self, e: &'a Expr, obj: ObjId, ty: TypeId, dst: Option<Reg>) -> CResult<Reg> {
        let targs = self.instance_args(e, obj);
        let f = if self.ctx.is_native(obj) {
            self.ctx.func(FuncKey::NativeThunk(obj, targs))
        } else {
            self.ctx.func(FuncKey::Decl(obj, targs))
        };
        let d = self.dest(dst, ty)?;
        self.emit(Op::LoadFunc { dst: d, f });
        Ok(d)
    }

    /// A function literal: a closure capturing the variables it uses from enclosing functions.
    pub fn func_lit(&mut self, lit: &'a ast::FuncLit, ty: TypeId, dst: Option<Reg>) -> CResult<Reg> {
        // Free variables, in order of first use.
        let info = self.info();
        let mut free: Vec<ObjId> = Vec::new();
        crate::stmt::visit_block_idents(&lit.body, &mut |ident| {
            if let Some(obj) = info.use_of(ident)
                && !free.contains(&obj)
            {
                free.push(obj);
            }
        });
        let mut captures: Vec<(ObjId, Var, TypeId)> = Vec::new();
        for obj in free {
            if let Some(var) = self.vars.get(&obj).copied() {
                let ty = self.ctx.world.obj(obj).ty;
                let ty = self.subst(ty);
                captures.push((obj, var, ty));
            }
        }
        self.lit_count += 1;
        let name = format!("{}.func{}", self.name, self.lit_count);
        let id = self.ctx.new_func();
        let child_escapes = self.escapes.clone();
        let (tparams, targs) = (self.tparams.clone(), self.targs.clone());
        let mut child = FnCompiler::new(self.ctx, self.pkg, self.file, name);
        child.escapes = child_escapes;
        child.tparams = tparams;
        child.targs = targs;
        let func = child.compile_lit(lit, ty, &captures)?;
        self.ctx.program.funcs[id as usize] = func;
        if captures.is_empty() {
            let d = self.dest(dst, ty)?;
            self.emit(Op::LoadFunc { dst: d, f: id });
            return Ok(d);
        }
        // Copy the captured slots into one region.
        let mut kinds = Vec::new();
        for (_, var, ty) in &captures {
            match var {
                Var::Boxed(_) => kinds.extend([SlotKind::Ref, SlotKind::Scalar]),
                Var::Reg(_) => kinds.extend(self.shape(*ty).iter().copied()),
            }
        }
        let mark = self.top;
        let region = self.alloc(&kinds)?;
        let mut at = region;
        for (_, var, ty) in &captures {
            match var {
                Var::Boxed(p) => {
                    self.mov(at, *p, 2);
                    at += 2;
                }
                Var::Reg(r) => {
                    let n = self.slots(*ty)?;
                    self.mov(at, *r, n);
                    at += n;
                }
            }
        }
        let d = match dst {
            Some(d) => d,
            None => {
                self.top = mark.max(self.top);
                self.temp(ty)?
            }
        };
        self.emit(Op::MakeClosure { dst: d, f: id, caps: region, n: kinds.len() as u16 });
        Ok(d)
    }

    /// `x.M` as a value: a closure binding the receiver.
    pub fn method_value(
        &mut self,
        base: &'a Expr,
        sel: &Selection,
        name: &str,
        ty: TypeId,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        if sel.kind == SelectionKind::InterfaceMethod {
            let recv_ty = self.selection_holder(sel)?;
            let x = self.iface_operand(base, sel)?;
            if !self.is_iface(recv_ty) {
                // A type parameter's method, bound on the concrete value.
                let shape = self.shape(recv_ty).to_vec();
                let r = self.alloc(&shape)?;
                self.mov(r, x, shape.len() as u16);
                let f = self.ctx.func(FuncKey::Bound { ty: recv_ty, name: name.into() });
                let d = self.dest(dst, ty)?;
                self.emit(Op::MakeClosure { dst: d, f, caps: r, n: shape.len() as u16 });
                return Ok(d);
            }
            // Binding a method of a nil interface panics at once.
            self.emit(Op::NilCheck { p: x });
            let f = self.ctx.func(FuncKey::Bound { ty: recv_ty, name: name.into() });
            let d = self.dest(dst, ty)?;
            self.emit(Op::MakeClosure { dst: d, f, caps: x, n: 2 });
            return Ok(d);
        }
        let Some(method) = sel.obj else { return err("method value without method") };
        let (recv_ty, _) = self.method_target(sel, method)?;
        let shape = self.shape(recv_ty).to_vec();
        let r = self.alloc(&shape)?;
        self.receiver_into(base, sel, method, r)?;
        let f = self.ctx.func(FuncKey::Bound { ty: recv_ty, name: name.into() });
        let d = self.dest(dst, ty)?;
        self.emit(Op::MakeClosure { dst: d, f, caps: r, n: shape.len() as u16 });
        Ok(d)
    }

    /// `T.M` as a value.
    pub fn method_expr(&mut self, sel: &Selection, name: &str, ty: TypeId, dst: Option<Reg>) -> CResult<Reg> {
        let recv = self.subst(sel.recv);
        let f = match sel.obj {
            Some(method)
                if sel.path.is_empty()
                    && {
                        let ptr = self.ctx.world.obj(method).ptr_recv;
                        ptr == matches!(self.ctx.world.types.get(recv), Type::Pointer(_))
                    }
                    && !self.ctx.is_native(method) =>
            {
                let base = match self.ctx.world.types.get(recv).clone() {
                    Type::Pointer(e) => e,
                    _ => recv,
                };
                let targs = if self.ctx.world.types.origin(base) == base {
                    Vec::new()
                } else {
                    self.ctx.world.types.type_args_of(base).to_vec()
                };
                self.ctx.func(FuncKey::Decl(method, targs))
            }
            _ => self.ctx.func(FuncKey::MethodExpr { ty: recv, name: name.into() }),
        };
        let d = self.dest(dst, ty)?;
        self.emit(Op::LoadFunc { dst: d, f });
        Ok(d)
    }

    /// Calls method `name` on a receiver of type `recv_ty` held at `recv` (registers), with the
    /// arguments' slots at `args` (`arg_slots` of them); leaves the results at the returned register.
    /// Used by the compiler-made wrappers.
    pub fn call_method_on(
        &mut self,
        recv: Reg,
        recv_ty: TypeId,
        name: &str,
        args: Reg,
        sig: &Signature,
    ) -> CResult<Reg> {
        let result_kinds = self.kinds_of(&sig.results);
        let arg_kinds = self.kinds_of(&sig.params);
        let arg_slots = arg_kinds.len() as u16;
        if self.is_iface(recv_ty) {
            let pkg = if name.chars().next().is_some_and(char::is_uppercase) {
                None
            } else {
                Some(self.ctx.pkgs[self.pkg].info_pkg_path())
            };
            let sym = self.ctx.method_sym(name, pkg.as_deref());
            let mut params = vec![SlotKind::Scalar];
            params.extend(arg_kinds.iter().copied());
            let base = self.call_region(&params, &result_kinds)?;
            self.mov(base + 1, args, arg_slots);
            return self.finish_call(Callee::Iface { x: recv, sym }, base, &params, &result_kinds, None);
        }
        match lookup(self.ctx.world, recv_ty, name) {
            Found::Method { obj, path, .. } => {
                let ptr_recv = self.ctx.world.obj(obj).ptr_recv;
                let (place, pty) = match self.ctx.world.types.get(recv_ty).clone() {
                    Type::Pointer(e) if !path.is_empty() => (Place::Mem { p: recv, off: 0 }, e),
                    _ => (Place::Reg(recv), recv_ty),
                };
                let (place, holder) =
                    if path.is_empty() { (place, recv_ty) } else { self.field_path(place, pty, &path)? };
                let holder_base = match self.ctx.world.types.get(holder).clone() {
                    Type::Pointer(e) => e,
                    _ => holder,
                };
                let targs = if self.ctx.world.types.origin(holder_base) == holder_base {
                    Vec::new()
                } else {
                    self.ctx.world.types.type_args_of(holder_base).to_vec()
                };
                let method_recv =
                    if ptr_recv { self.ctx.world.types.pointer(holder_base) } else { holder_base };
                let mut params = self.shape(method_recv).to_vec();
                params.extend(arg_kinds.iter().copied());
                let base = self.call_region(&params, &result_kinds)?;
                self.receiver_from_place(place, holder, ptr_recv, base)?;
                let rs = self.slots(method_recv)?;
                self.mov(base + rs, args, arg_slots);
                let callee = if self.ctx.is_native(obj) {
                    let qn = self.ctx.qualified_name(obj);
                    Callee::Native(self.ctx.native(&qn))
                } else {
                    Callee::Static(self.ctx.func(FuncKey::Decl(obj, targs)))
                };
                self.finish_call(callee, base, &params, &result_kinds, None)
            }
            Found::InterfaceMethod { path, .. } => {
                let (place, pty) = match self.ctx.world.types.get(recv_ty).clone() {
                    Type::Pointer(e) => (Place::Mem { p: recv, off: 0 }, e),
                    _ => (Place::Reg(recv), recv_ty),
                };
                let (place, ity) = self.field_path(place, pty, &path)?;
                let x = self.load_place(place, ity, None)?;
                self.call_method_on(x, ity, name, args, sig)
            }
            _ => err(format!("method {name} not found")),
        }
    }

    // ---- composite literals ---------------------------------------------------------------------------

    pub fn composite(&mut self, lit: &'a ast::CompositeLit, ty: TypeId, dst: Option<Reg>) -> CResult<Reg> {
        let ty = if let Type::Pointer(elem) = self.ctx.world.types.get(ty).clone()
            && lit.ty.is_none()
        {
            // An elided `&T` inside another literal.
            let _ = elem;
            ty
        } else {
            ty
        };
        match self.under(ty) {
            Type::Pointer(elem) => {
                // `{...}` for a `*T` element: allocate.
                let t = self.ctx.rtype(elem)?;
                let d = self.dest(dst, ty)?;
                self.emit(Op::New { dst: d, ty: t });
                let mark = self.top;
                let v = self.composite(lit, elem, None)?;
                let n = self.slots(elem)?;
                if n > 0 {
                    self.emit(Op::Store { p: d, off: 0, src: v, n });
                }
                self.top = self.top.max(mark);
                Ok(d)
            }
            Type::Struct(fields) => {
                let d = self.dest(dst, ty)?;
                let n = self.slots(ty)?;
                let mut offsets = Vec::new();
                let mut off = 0u16;
                for f in &fields {
                    offsets.push(off);
                    off += self.slots(f.ty)?;
                }
                let complete = lit.elems.len() == fields.len() || lit.elems.is_empty();
                if !complete || lit.elems.iter().any(|el| el.key.is_some()) {
                    if n > 0 {
                        self.emit(Op::Zero { dst: d, n });
                    }
                } else if lit.elems.is_empty() && n > 0 {
                    self.emit(Op::Zero { dst: d, n });
                }
                for (i, el) in lit.elems.iter().enumerate() {
                    let index = match &el.key {
                        Some(k) => match &k.kind {
                            ExprKind::Ident(name) => match fields.iter().position(|f| f.name == name.name) {
                                Some(i) => i,
                                None => return err("unknown field in literal"),
                            },
                            _ => return err("bad struct literal key"),
                        },
                        None => i,
                    };
                    let fty = fields[index].ty;
                    self.elem_into(&el.value, fty, d + offsets[index])?;
                }
                Ok(d)
            }
            Type::Array(len, elem) => {
                let d = self.dest(dst, ty)?;
                let n = self.slots(ty)?;
                let en = self.slots(elem)?;
                if ((lit.elems.len() as u64) < len || lit.elems.iter().any(|e| e.key.is_some())) && n > 0 {
                    self.emit(Op::Zero { dst: d, n });
                }
                let mut index = 0u64;
                for el in &lit.elems {
                    if let Some(k) = &el.key {
                        index = self.const_index(k)?;
                    }
                    if index >= len {
                        return err("array literal index out of range");
                    }
                    self.elem_into(&el.value, elem, d + (index as u16) * en)?;
                    index += 1;
                }
                Ok(d)
            }
            Type::Slice(elem) => {
                let mut indices = Vec::new();
                let mut index = 0u64;
                let mut max = 0u64;
                for el in &lit.elems {
                    if let Some(k) = &el.key {
                        index = self.const_index(k)?;
                    }
                    indices.push(index);
                    index += 1;
                    max = max.max(index);
                }
                let t = self.ctx.rtype(elem)?;
                let d = self.dest(dst, ty)?;
                let mark = self.top;
                let len = self.scalar()?;
                self.load_int(len, max as i64);
                self.emit(Op::MakeSlice { dst: d, len, cap: len, ty: t });
                let en = self.slots(elem)?;
                let i = self.scalar()?;
                let v = self.temp(elem)?;
                for (el, &at) in lit.elems.iter().zip(&indices) {
                    let inner = self.top;
                    self.elem_into(&el.value, elem, v)?;
                    self.load_int(i, at as i64);
                    self.emit(Op::StoreSl { s: d, i, src: v, n: en });
                    self.top = inner;
                }
                self.top = self.top.max(mark);
                Ok(d)
            }
            Type::Map(k, v) => {
                let t = self.ctx.rtype(ty)?;
                let d = self.dest(dst, ty)?;
                let mark = self.top;
                let hint = self.scalar()?;
                self.load_int(hint, lit.elems.len() as i64);
                self.emit(Op::MakeMap { dst: d, hint, ty: t });
                let kr = self.temp(k)?;
                let vr = self.temp(v)?;
                for el in &lit.elems {
                    let Some(key) = &el.key else { return err("map literal element without key") };
                    let inner = self.top;
                    self.elem_into(key, k, kr)?;
                    self.elem_into(&el.value, v, vr)?;
                    self.emit(Op::MapSet { m: d, key: kr, val: vr, ty: t });
                    self.top = inner;
                }
                self.top = self.top.max(mark);
                Ok(d)
            }
            _ => err("composite literal of an unsupported type"),
        }
    }

    /// A composite literal element (elided `{...}` and `&T` handled) into `dst`.
    fn elem_into(&mut self, value: &'a Expr, ty: TypeId, dst: Reg) -> CResult<()> {
        if let ExprKind::CompositeLit(inner) = &value.kind
            && inner.ty.is_none()
        {
            if let Type::Pointer(elem) = self.ctx.world.types.get(ty).clone() {
                let t = self.ctx.rtype(elem)?;
                self.emit(Op::New { dst, ty: t });
                let mark = self.top;
                let v = self.composite(inner, elem, None)?;
                let n = self.slots(elem)?;
                if n > 0 {
                    self.emit(Op::Store { p: dst, off: 0, src: v, n });
                }
                self.top = mark;
                return Ok(());
            }
            let r = self.composite(inner, ty, Some(dst))?;
            let n = self.slots(ty)?;
            self.mov(dst, r, n);
            return Ok(());
        }
        self.expr_into(value, ty, dst)
    }

    fn const_index(&mut self, k: &Expr) -> CResult<u64> {
        match self.tv(k)?.value.clone().and_then(|v| consts::read(&v, consts::Class::Int)) {
            Some(Const::Int(i)) if i >= 0 => Ok(i as u64),
            _ => err("non-constant literal index"),
        }
    }

    // ---- builtins -------------------------------------------------------------------------------------

    fn builtin(
        &mut self,
        e: &'a Expr,
        call: &'a ast::CallExpr,
        ty: TypeId,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let Some(obj) = self.func_ident_obj(&call.func) else { return err("unknown builtin") };
        let ObjKind::Builtin(builtin) = self.ctx.world.obj(obj).kind.clone() else {
            return err("not a builtin");
        };
        let args = &call.args;
        let arg = |i: usize| -> CResult<&'a Expr> {
            match args.get(i) {
                Some(a) => Ok(a),
                None => err("missing builtin argument"),
            }
        };
        let _ = e;
        match builtin {
            Builtin::Len | Builtin::Cap => {
                let x = arg(0)?;
                let xt = self.ty(x)?;
                let xt = if self.ctx.world.types.is_untyped(xt) {
                    self.ctx.world.types.default_type(xt)
                } else {
                    xt
                };
                let d = self.dest(dst, ty)?;
                match self.under(xt) {
                    Type::Basic(_) => {
                        let s = self.expr_typed(x, xt, None)?;
                        self.emit(Op::LenS { dst: d, s });
                    }
                    Type::Slice(_) => {
                        let s = self.expr(x, None)?;
                        if builtin == Builtin::Len {
                            self.emit(Op::LenSl { dst: d, s });
                        } else {
                            self.emit(Op::CapSl { dst: d, s });
                        }
                    }
                    Type::Map(..) => {
                        let m = self.expr(x, None)?;
                        self.emit(Op::LenMap { dst: d, m });
                    }
                    Type::Array(n, _) => {
                        // Evaluated for its effects (calls), then the constant length.
                        let mark = self.top;
                        self.expr(x, None)?;
                        self.top = mark.max(self.top);
                        self.load_int(d, n as i64);
                    }
                    Type::Pointer(a) => {
                        let Type::Array(n, _) = self.under(a) else { return err("len of a pointer") };
                        let p = self.expr(x, None)?;
                        self.emit(Op::NilCheck { p });
                        self.load_int(d, n as i64);
                    }
                    _ => return err("len/cap of channels needs goroutines (issue 4)"),
                }
                Ok(d)
            }
            Builtin::Append => {
                let s = arg(0)?;
                let st = ty;
                let Type::Slice(elem) = self.under(st) else { return err("append to a non-slice") };
                let t = self.ctx.rtype(elem)?;
                let d = self.dest(dst, ty)?;
                let sv = self.expr_typed(s, st, None)?;
                if call.ellipsis.is_some() {
                    let rest = arg(1)?;
                    let rt = self.ty(rest)?;
                    if self.ctx.world.types.is_string(rt) {
                        let string = self.ctx.world.types.basic(BasicKind::String);
                        let tv = self.expr_typed(rest, string, None)?;
                        self.emit(Op::AppendStr { dst: d, s: sv, t: tv });
                    } else {
                        let tv = self.expr_typed(rest, st, None)?;
                        self.emit(Op::AppendSl { dst: d, s: sv, t: tv, ty: t });
                    }
                    return Ok(d);
                }
                let vals = &args[1..];
                if vals.is_empty() {
                    self.mov(d, sv, 3);
                    return Ok(d);
                }
                let n = self.slots(elem)?;
                let shape = self.shape(elem);
                let mut current = sv;
                for chunk in vals.chunks(255) {
                    let mut kinds = Vec::new();
                    for _ in 0..chunk.len() {
                        kinds.extend(shape.iter().copied());
                    }
                    let region = self.alloc(&kinds)?;
                    for (j, v) in chunk.iter().enumerate() {
                        self.expr_into(v, elem, region + j as u16 * n)?;
                    }
                    self.emit(Op::Append {
                        dst: d,
                        s: current,
                        vals: region,
                        count: chunk.len() as u8,
                        ty: t,
                    });
                    current = d;
                }
                Ok(d)
            }
            Builtin::Copy => {
                let a = arg(0)?;
                let b = arg(1)?;
                let at = self.ty(a)?;
                let Type::Slice(elem) = self.under(at) else { return err("copy to a non-slice") };
                let av = self.expr(a, None)?;
                let bt = self.ty(b)?;
                let d = self.dest(dst, ty)?;
                if self.ctx.world.types.is_string(bt) {
                    let string = self.ctx.world.types.basic(BasicKind::String);
                    let bv = self.expr_typed(b, string, None)?;
                    self.emit(Op::CopyStr { dst: d, a: av, b: bv });
                } else {
                    let bv = self.expr(b, None)?;
                    let n = self.slots(elem)?;
                    self.emit(Op::Copy { dst: d, a: av, b: bv, n });
                }
                Ok(d)
            }
            Builtin::Delete => {
                let m = arg(0)?;
                let mt = self.ty(m)?;
                let Type::Map(k, _) = self.under(mt) else { return err("delete from a non-map") };
                let mv = self.expr(m, None)?;
                let kv = self.expr_to(arg(1)?, k, None)?;
                let t = self.ctx.rtype(mt)?;
                self.emit(Op::MapDelete { m: mv, key: kv, ty: t });
                Ok(0)
            }
            Builtin::Make => {
                let tt = self.ty(arg(0)?)?;
                let d = self.dest(dst, ty)?;
                match self.under(tt) {
                    Type::Slice(elem) => {
                        let int = self.ctx.world.types.basic(BasicKind::Int);
                        let len = self.size_arg(arg(1)?, int)?;
                        let cap = match args.get(2) {
                            Some(c) => self.size_arg(c, int)?,
                            None => len,
                        };
                        let t = self.ctx.rtype(elem)?;
                        self.emit(Op::MakeSlice { dst: d, len, cap, ty: t });
                    }
                    Type::Map(..) => {
                        let int = self.ctx.world.types.basic(BasicKind::Int);
                        let hint = match args.get(1) {
                            Some(h) => self.size_arg(h, int)?,
                            None => {
                                let r = self.scalar()?;
                                self.load_int(r, 0);
                                r
                            }
                        };
                        let t = self.ctx.rtype(tt)?;
                        self.emit(Op::MakeMap { dst: d, hint, ty: t });
                    }
                    _ => return err("make(chan) needs goroutines (issue 4)"),
                }
                Ok(d)
            }
            Builtin::New => {
                let tt = self.ty(arg(0)?)?;
                let t = self.ctx.rtype(tt)?;
                let d = self.dest(dst, ty)?;
                self.emit(Op::New { dst: d, ty: t });
                Ok(d)
            }
            Builtin::Panic => {
                let any = self.ctx.world.types.any();
                let x = self.expr_to(arg(0)?, any, None)?;
                self.emit(Op::Panic { x });
                Ok(0)
            }
            Builtin::Recover => {
                let d = self.dest(dst, ty)?;
                self.emit(Op::Recover { dst: d });
                Ok(d)
            }
            Builtin::Print | Builtin::Println => {
                let newline = builtin == Builtin::Println;
                let mark = self.top;
                for (i, a) in args.iter().enumerate() {
                    let at = self.ty(a)?;
                    let at = if self.ctx.world.types.is_untyped(at) {
                        self.ctx.world.types.default_type(at)
                    } else {
                        at
                    };
                    let r = self.expr_typed(a, at, None)?;
                    let t = self.ctx.rtype(at)?;
                    let mut flags = 0u8;
                    if newline && i > 0 {
                        flags |= 1;
                    }
                    if newline && i + 1 == args.len() {
                        flags |= 2;
                    }
                    self.emit(Op::Print { src: r, ty: t, flags });
                    self.top = mark;
                }
                if newline && args.is_empty() {
                    // A bare println(): print an empty string with a newline.
                    let string = self.ctx.world.types.basic(BasicKind::String);
                    let r = self.temp(string)?;
                    self.emit(Op::Zero { dst: r, n: 2 });
                    let t = self.ctx.rtype(string)?;
                    self.emit(Op::Print { src: r, ty: t, flags: 2 });
                    self.top = mark;
                }
                Ok(0)
            }
            Builtin::Min | Builtin::Max => {
                let d = self.dest(dst, ty)?;
                let first = self.expr_typed(arg(0)?, ty, None)?;
                let n = self.slots(ty)?;
                self.mov(d, first, n);
                let is_float = self.basic(ty).is_some_and(is_float_kind);
                let cond = self.scalar()?;
                for a in &args[1..] {
                    let mark = self.top;
                    let r = self.expr_typed(a, ty, None)?;
                    // d = (r < d) ? r : d for min; (d < r) ? r : d for max.
                    let (x, y) = if builtin == Builtin::Min { (r, d) } else { (d, r) };
                    self.compare_regs(ast::BinaryOp::Lt, cond, x, y, ty)?;
                    let skip = self.emit(Op::JmpIfNot { cond, off: 0 });
                    self.mov(d, r, n);
                    self.patch_here(skip);
                    if is_float {
                        // Equal operands: min prefers -0 and max +0; on the bits, `|` and `&` do it.
                        self.emit(Op::EqF { dst: cond, a: r, b: d });
                        let skip = self.emit(Op::JmpIfNot { cond, off: 0 });
                        if builtin == Builtin::Min {
                            self.emit(Op::OrI { dst: d, a: d, b: r });
                        } else {
                            self.emit(Op::AndI { dst: d, a: d, b: r });
                        }
                        self.patch_here(skip);
                        // A NaN operand makes the result NaN.
                        self.emit(Op::EqF { dst: cond, a: r, b: r });
                        let skip = self.emit(Op::JmpIf { cond, off: 0 });
                        self.mov(d, r, 1);
                        self.patch_here(skip);
                    }
                    self.top = mark;
                }
                Ok(d)
            }
            Builtin::Clear => {
                let x = arg(0)?;
                let xt = self.ty(x)?;
                match self.under(xt) {
                    Type::Map(..) => {
                        let m = self.expr(x, None)?;
                        self.emit(Op::MapClear { m });
                    }
                    Type::Slice(elem) => {
                        let s = self.expr(x, None)?;
                        let n = self.slots(elem)?;
                        let zero = self.temp(elem)?;
                        self.emit(Op::Zero { dst: zero, n });
                        let i = self.scalar()?;
                        let len = self.scalar()?;
                        self.emit(Op::LenSl { dst: len, s });
                        self.load_int(i, 0);
                        let test = self.emit(Op::Jmp { off: 0 });
                        let body = self.pc();
                        self.emit(Op::StoreSl { s, i, src: zero, n });
                        self.emit(Op::AddIK { dst: i, a: i, imm: 1 });
                        self.patch_here(test);
                        let back = self.emit(Op::JmpLtI { a: i, b: len, off: 0 });
                        self.patch(back, body);
                    }
                    _ => return err("clear of an unsupported type"),
                }
                Ok(0)
            }
            Builtin::Complex => {
                let d = self.dest(dst, ty)?;
                let part = match self.basic(ty) {
                    Some(BasicKind::Complex64) => self.ctx.world.types.basic(BasicKind::Float32),
                    _ => self.ctx.world.types.basic(BasicKind::Float64),
                };
                let re = self.expr_typed(arg(0)?, part, None)?;
                self.mov(d, re, 1);
                let im = self.expr_typed(arg(1)?, part, None)?;
                self.mov(d + 1, im, 1);
                Ok(d)
            }
            Builtin::Real | Builtin::Imag => {
                let x = arg(0)?;
                let xt = self.ty(x)?;
                let xt = if self.ctx.world.types.is_untyped(xt) {
                    self.ctx.world.types.basic(BasicKind::Complex128)
                } else {
                    xt
                };
                let c = self.expr_typed(x, xt, None)?;
                let d = self.dest(dst, ty)?;
                let src = if builtin == Builtin::Real { c } else { c + 1 };
                self.mov(d, src, 1);
                Ok(d)
            }
            Builtin::Close => err("close needs channels (issue 4)"),
        }
    }

    fn size_arg(&mut self, e: &'a Expr, int: TypeId) -> CResult<Reg> {
        let t = self.ty(e)?;
        let t = if self.ctx.world.types.is_untyped(t) { int } else { t };
        self.expr_typed(e, t, None)
    }

    fn func_ident_obj(&self, e: &Expr) -> Option<ObjId> {
        match &e.unparen().kind {
            ExprKind::Ident(ident) => self.info().use_of(ident),
            ExprKind::Selector(_, name) => self.info().use_of(name),
            _ => None,
        }
    }
}
