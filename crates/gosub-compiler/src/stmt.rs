//! Statements: assignments, declarations, control flow, `for`/`range` in all forms, switches, `defer`,
//! `return`, and the package initialiser.

use gosub_bytecode::{Func, Op, Reg, SlotKind};
use gosub_syntax::ast::{self, AssignOp, BinaryOp, Expr, ExprKind, Stmt, StmtKind};
use gosub_types::objects::{Builtin, ObjKind};
use gosub_types::types::{BasicKind, Type};
use gosub_types::{ExprMode, ObjId, SelectionKind, TypeId};

use crate::call::Callee;
use crate::consts::{self, Const};
use crate::ctx::{CResult, Ctx, FuncKey};
use crate::expr::{Place, is_float_kind, is_int_kind};
use crate::func::{Breakable, FnCompiler, Var, err};

impl<'c, 'a> FnCompiler<'c, 'a> {
    pub fn block(&mut self, block: &'a ast::Block) -> CResult<()> {
        let mark = self.top;
        for stmt in &block.stmts {
            self.stmt(stmt)?;
        }
        self.top = mark;
        Ok(())
    }

    fn stmts(&mut self, stmts: &'a [Stmt]) -> CResult<()> {
        let mark = self.top;
        for stmt in stmts {
            self.stmt(stmt)?;
        }
        self.top = mark;
        Ok(())
    }

    /// Compiles one statement. Temporaries are freed after it; variables it declares stay allocated
    /// until the end of the enclosing block.
    pub fn stmt(&mut self, stmt: &'a Stmt) -> CResult<()> {
        self.set_line(stmt.span);
        match &stmt.kind {
            StmtKind::Empty | StmtKind::Bad => Ok(()),
            StmtKind::Expr(e) => {
                let mark = self.top;
                self.expr_stmt(e)?;
                self.top = mark;
                Ok(())
            }
            StmtKind::Decl(decl) => self.local_decl(decl),
            StmtKind::IncDec { target, inc } => {
                let mark = self.top;
                self.inc_dec(target, *inc)?;
                self.top = mark;
                Ok(())
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(lhs, *op, rhs),
            StmtKind::Labeled { label, stmt: inner } => {
                let pc = self.pc();
                self.labels.insert(label.name.clone(), pc);
                match &inner.kind {
                    StmtKind::For(f) => self.for_stmt(f, Some(&label.name)),
                    StmtKind::Range(r) => self.range_stmt(r, Some(&label.name)),
                    StmtKind::Switch(s) => self.switch_stmt(s, Some(&label.name)),
                    StmtKind::TypeSwitch(s) => self.type_switch(s, Some(&label.name)),
                    _ => self.stmt(inner),
                }
            }
            StmtKind::Go(_) => err("go statements need goroutines (issue 4)"),
            StmtKind::Send { .. } => err("channel sends need goroutines (issue 4)"),
            StmtKind::Select(_) => err("select needs goroutines (issue 4)"),
            StmtKind::Defer(e) => {
                let mark = self.top;
                self.defer_stmt(e)?;
                self.top = mark;
                Ok(())
            }
            StmtKind::Return(values) => {
                let mark = self.top;
                if self.range_func.is_some() {
                    self.range_func_return(values)?;
                } else {
                    self.return_stmt(values)?;
                }
                self.top = mark;
                Ok(())
            }
            StmtKind::Break(label) => {
                let mark = self.top;
                self.branch_to_label(label.as_ref().map(|l| &*l.name), false)?;
                self.top = mark;
                Ok(())
            }
            StmtKind::Continue(label) => {
                let mark = self.top;
                self.branch_to_label(label.as_ref().map(|l| &*l.name), true)?;
                self.top = mark;
                Ok(())
            }
            StmtKind::Goto(label) => {
                let at = self.emit(Op::Jmp { off: 0 });
                self.gotos.push((at, label.name.clone()));
                Ok(())
            }
            StmtKind::Fallthrough => {
                // Handled by the switch: a jump to the next clause's body, patched there.
                let at = self.emit(Op::Jmp { off: 0 });
                self.pending_fallthrough = Some(at);
                Ok(())
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If(s) => self.if_stmt(s),
            StmtKind::Switch(s) => self.switch_stmt(s, None),
            StmtKind::TypeSwitch(s) => self.type_switch(s, None),
            StmtKind::For(f) => self.for_stmt(f, None),
            StmtKind::Range(r) => self.range_stmt(r, None),
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.unparen().kind {
            ExprKind::Call(call) => {
                let ty = self.tv(e)?.ty;
                let ty = self.subst(ty);
                self.call_value(e, call, ty, None)?;
                Ok(())
            }
            _ => {
                self.expr(e, None)?;
                Ok(())
            }
        }
    }

    fn local_decl(&mut self, decl: &'a ast::Decl) -> CResult<()> {
        let ast::Decl::Var(group) = decl else { return Ok(()) };
        for spec in &group.specs {
            let objs: Vec<Option<ObjId>> = spec.names.iter().map(|n| self.info().def_of(n)).collect();
            if spec.values.is_empty() {
                for (obj, name) in objs.iter().zip(&spec.names) {
                    if let Some(obj) = obj
                        && !name.is_blank()
                    {
                        let ty = self.ctx.world.obj(*obj).ty;
                        let ty = self.subst(ty);
                        self.declare_var(*obj, ty)?;
                    }
                }
                continue;
            }
            let names: Vec<&'a ast::Ident> = spec.names.iter().collect();
            self.define(&names, &objs, &spec.values)?;
        }
        Ok(())
    }

    /// Declares (or, for reused names of `:=`, assigns) variables from values.
    fn define(
        &mut self,
        names: &[&'a ast::Ident],
        objs: &[Option<ObjId>],
        values: &'a [Expr],
    ) -> CResult<()> {
        if names.len() == values.len() {
            if names.len() == 1 {
                let Some(obj) = objs[0] else { return self.discard(&values[0]) };
                if names[0].is_blank() {
                    return self.discard(&values[0]);
                }
                let ty = self.ctx.world.obj(obj).ty;
                let ty = self.subst(ty);
                let var = self.declare_var_uninit(obj, ty)?;
                let mark = self.top;
                match var {
                    Var::Reg(r) => self.expr_into(&values[0], ty, r)?,
                    Var::Boxed(_) => {
                        let v = self.expr_to(&values[0], ty, None)?;
                        let n = self.slots(ty)?;
                        self.store_var(var, v, n);
                    }
                }
                self.top = mark;
                return Ok(());
            }
            // Several values: evaluate all, then declare.
            let mark = self.top;
            let mut temps = Vec::new();
            for (i, v) in values.iter().enumerate() {
                let ty = match objs[i] {
                    Some(obj) => {
                        let t = self.ctx.world.obj(obj).ty;
                        self.subst(t)
                    }
                    None => self.ty(v)?,
                };
                let ty = if self.ctx.world.types.is_untyped(ty) {
                    self.ctx.world.types.default_type(ty)
                } else {
                    ty
                };
                let t = self.temp(ty)?;
                self.expr_into(v, ty, t)?;
                temps.push((t, ty));
            }
            let mut declared = Vec::new();
            for (i, obj) in objs.iter().enumerate() {
                if let Some(obj) = obj
                    && !names[i].is_blank()
                {
                    declared.push((*obj, temps[i]));
                }
            }
            // The temporaries stay below the variables; they are dead after the moves.
            for (obj, (t, ty)) in declared {
                let var = self.declare_var_uninit(obj, ty)?;
                let n = self.slots(ty)?;
                self.store_var(var, t, n);
            }
            let _ = mark;
            return Ok(());
        }
        // One multi-valued expression.
        let Some(value) = values.first() else { return Ok(()) };
        let mut targets = Vec::new();
        for (i, obj) in objs.iter().enumerate() {
            match obj {
                Some(obj) if !names[i].is_blank() => {
                    let ty = self.ctx.world.obj(*obj).ty;
                    let ty = self.subst(ty);
                    let var = self.declare_var(*obj, ty)?;
                    targets.push(Some((Target::Var(var), ty)));
                }
                _ => targets.push(None),
            }
        }
        let mark = self.top;
        self.tuple_assign(value, &targets)?;
        self.top = mark;
        Ok(())
    }

    fn discard(&mut self, e: &'a Expr) -> CResult<()> {
        let mark = self.top;
        if self.tv(e)?.value.is_none() {
            self.expr(e, None)?;
        }
        self.top = mark;
        Ok(())
    }

    /// Assigns the values of a multi-valued expression (call, comma-ok forms) to targets.
    fn tuple_assign(&mut self, value: &'a Expr, targets: &[Option<(Target, TypeId)>]) -> CResult<()> {
        let tuple_ty = self.ty(value)?;
        let elems: Vec<TypeId> = match self.ctx.world.types.get(tuple_ty).clone() {
            Type::Tuple(elems) => elems,
            _ => {
                // Comma-ok forms: the checker records the value's own type.
                let bool_ty = self.ctx.world.types.basic(BasicKind::Bool);
                vec![tuple_ty, bool_ty]
            }
        };
        let src = match &value.unparen().kind {
            ExprKind::Index(base, indices) if self.is_map_index(base) => {
                let base_ty = self.ty(base)?;
                let Type::Map(k, v) = self.under(base_ty) else { return err("comma-ok of a non-map") };
                let m = self.expr(base, None)?;
                let key = self.expr_to(&indices[0], k, None)?;
                let t = self.ctx.rtype(base_ty)?;
                let mut kinds = self.shape(v).to_vec();
                kinds.push(SlotKind::Scalar);
                let d = self.alloc(&kinds)?;
                self.emit(Op::MapGet2 { dst: d, m, key, ty: t });
                let bool_ty = self.ctx.world.types.basic(BasicKind::Bool);
                return self.store_tuple(d, &[v, bool_ty], targets);
            }
            ExprKind::TypeAssert(x, Some(texpr)) => {
                let target = self.ty(texpr)?;
                let bool_ty = self.ctx.world.types.basic(BasicKind::Bool);
                let tuple = self.ctx.world.types.tuple(vec![target, bool_ty]);
                let d = self.type_assert(x, tuple, None, true)?;
                return self.store_tuple(d, &[target, bool_ty], targets);
            }
            ExprKind::Unary(ast::UnaryOp::Recv, _) => {
                return err("channel receive needs goroutines (issue 4)");
            }
            _ => self.expr(value, None)?,
        };
        self.store_tuple(src, &elems, targets)
    }

    fn is_map_index(&mut self, base: &'a Expr) -> bool {
        self.ty(base).is_ok_and(|t| matches!(self.under(t), Type::Map(..)))
    }

    fn store_tuple(
        &mut self,
        src: Reg,
        elems: &[TypeId],
        targets: &[Option<(Target, TypeId)>],
    ) -> CResult<()> {
        let mut at = src;
        for (i, &ety) in elems.iter().enumerate() {
            let n = self.slots(ety)?;
            if let Some(Some((target, tty))) = targets.get(i) {
                let value = if self.is_iface(*tty) && !self.is_iface(ety) {
                    let t = self.temp(*tty)?;
                    self.convert_reg(at, ety, *tty, t)?;
                    t
                } else {
                    at
                };
                let tn = self.slots(*tty)?;
                match target {
                    Target::Var(var) => self.store_var(*var, value, tn),
                    Target::Place(place) => self.store_place(*place, value, *tty)?,
                }
            }
            at += n;
        }
        Ok(())
    }

    fn assign(&mut self, lhs: &'a [Expr], op: AssignOp, rhs: &'a [Expr]) -> CResult<()> {
        match op {
            AssignOp::Define => {
                let names: Vec<&'a ast::Ident> = lhs
                    .iter()
                    .map(|e| match &e.kind {
                        ExprKind::Ident(ident) => Ok(ident),
                        _ => err("non-name on the left of :="),
                    })
                    .collect::<CResult<_>>()?;
                // Reused names are assignments; new ones are declarations.
                let all_new = names.iter().all(|n| n.is_blank() || self.info().def_of(n).is_some());
                if all_new {
                    let objs: Vec<Option<ObjId>> = names.iter().map(|n| self.info().def_of(n)).collect();
                    return self.define_exprs(lhs, &objs, rhs);
                }
                self.mixed_define(lhs, rhs)
            }
            AssignOp::Assign => self.plain_assign(lhs, rhs),
            AssignOp::Compound(bop) => {
                let mark = self.top;
                self.compound(&lhs[0], bop, &rhs[0])?;
                self.top = mark;
                Ok(())
            }
        }
    }

    fn define_exprs(&mut self, lhs: &'a [Expr], objs: &[Option<ObjId>], rhs: &'a [Expr]) -> CResult<()> {
        let names: Vec<&'a ast::Ident> = lhs
            .iter()
            .filter_map(|e| match &e.kind {
                ExprKind::Ident(i) => Some(i),
                _ => None,
            })
            .collect();
        self.define(&names, objs, rhs)
    }

    /// `a, err := f()` where some names already exist.
    fn mixed_define(&mut self, lhs: &'a [Expr], rhs: &'a [Expr]) -> CResult<()> {
        let mut targets = Vec::new();
        for e in lhs {
            let ExprKind::Ident(ident) = &e.kind else { return err("non-name on the left of :=") };
            if ident.is_blank() {
                targets.push(None);
                continue;
            }
            if let Some(obj) = self.info().def_of(ident) {
                let ty = self.ctx.world.obj(obj).ty;
                let ty = self.subst(ty);
                let var = self.declare_var(obj, ty)?;
                targets.push(Some((Target::Var(var), ty)));
            } else {
                let Some(obj) = self.info().use_of(ident) else { return err("unresolved name in :=") };
                let ty = self.ctx.world.obj(obj).ty;
                let ty = self.subst(ty);
                let place = self.var_place(obj)?;
                targets.push(Some((Target::Place(place), ty)));
            }
        }
        let mark = self.top;
        if rhs.len() == 1 && lhs.len() > 1 {
            self.tuple_assign(&rhs[0], &targets)?;
        } else {
            let mut temps = Vec::new();
            for (i, v) in rhs.iter().enumerate() {
                let ty = match &targets[i] {
                    Some((_, t)) => *t,
                    None => {
                        let t = self.ty(v)?;
                        self.ctx.world.types.default_type(t)
                    }
                };
                let t = self.temp(ty)?;
                self.expr_into(v, ty, t)?;
                temps.push((t, ty));
            }
            for (i, target) in targets.iter().enumerate() {
                if let Some((target, ty)) = target {
                    let n = self.slots(*ty)?;
                    match target {
                        Target::Var(var) => self.store_var(*var, temps[i].0, n),
                        Target::Place(place) => self.store_place(*place, temps[i].0, *ty)?,
                    }
                }
            }
        }
        self.top = mark.max(self.top.min(mark));
        Ok(())
    }

    fn plain_assign(&mut self, lhs: &'a [Expr], rhs: &'a [Expr]) -> CResult<()> {
        let mark = self.top;
        if lhs.len() == 1 && rhs.len() == 1 {
            let target = &lhs[0];
            if let ExprKind::Ident(ident) = &target.unparen().kind
                && ident.is_blank()
            {
                self.discard(&rhs[0])?;
                self.top = mark;
                return Ok(());
            }
            let ty = self.ty(target)?;
            // Straight into a register variable when the value does not read it.
            if let ExprKind::Ident(ident) = &target.unparen().kind
                && let Some(obj) = self.info().use_of(ident)
                && let Some(Var::Reg(r)) = self.vars.get(&obj).copied()
                && (!self.writes_dst_early(&rhs[0]) || !self.mentions(&rhs[0], obj))
            {
                self.expr_into(&rhs[0], ty, r)?;
                self.top = mark;
                return Ok(());
            }
            // A call on the right runs before the left side's operands are read (gc's order).
            if self.has_call(&rhs[0]) && !self.has_call(target) {
                let t = self.temp(ty)?;
                self.expr_into(&rhs[0], ty, t)?;
                let place = self.place(target)?;
                self.store_place(place, t, ty)?;
            } else {
                let place = self.place(target)?;
                let v = self.expr_to(&rhs[0], ty, None)?;
                self.store_place(place, v, ty)?;
            }
            self.top = mark;
            return Ok(());
        }
        let mut targets = Vec::new();
        // The operands of index expressions and indirections are evaluated before any assignment:
        // copy variables they read, so that an earlier assignment cannot change them.
        self.copy_vars = true;
        for e in lhs {
            if let ExprKind::Ident(ident) = &e.unparen().kind
                && ident.is_blank()
            {
                targets.push(None);
                continue;
            }
            let ty = self.ty(e)?;
            let place = self.place(e);
            let place = match place {
                Ok(p) => p,
                Err(e) => {
                    self.copy_vars = false;
                    return Err(e);
                }
            };
            targets.push(Some((Target::Place(place), ty)));
        }
        self.copy_vars = false;
        if rhs.len() == 1 {
            self.tuple_assign(&rhs[0], &targets)?;
            self.top = mark;
            return Ok(());
        }
        let mut temps = Vec::new();
        for (i, v) in rhs.iter().enumerate() {
            let ty = match &targets[i] {
                Some((_, t)) => *t,
                None => {
                    let t = self.ty(v)?;
                    self.ctx.world.types.default_type(t)
                }
            };
            let t = self.temp(ty)?;
            self.expr_into(v, ty, t)?;
            temps.push(t);
        }
        for (i, target) in targets.iter().enumerate() {
            if let Some((Target::Place(place), ty)) = target {
                self.store_place(*place, temps[i], *ty)?;
            }
        }
        self.top = mark;
        Ok(())
    }

    fn compound(&mut self, target: &'a Expr, op: BinaryOp, value: &'a Expr) -> CResult<()> {
        let ty = self.ty(target)?;
        if self.has_call(value) && !self.has_call(target) && !matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            // `x op= f()`: the call first, then x is read (gc's order).
            let v = self.temp(ty)?;
            self.expr_into(value, ty, v)?;
            let place = self.place(target)?;
            let cur = self.temp(ty)?;
            self.load_place(place, ty, Some(cur))?;
            self.arith_op(op, cur, cur, v, ty)?;
            return self.store_place(place, cur, ty);
        }
        let place = self.place(target)?;
        let (cur, in_place) = match place {
            Place::Reg(r) => (r, true),
            _ => {
                let t = self.temp(ty)?;
                self.load_place(place, ty, Some(t))?;
                (t, false)
            }
        };
        match op {
            BinaryOp::Shl | BinaryOp::Shr => {
                let count_ty = self.ty(value)?;
                let count_ty = if self.ctx.world.types.is_untyped(count_ty) {
                    self.ctx.world.types.basic(BasicKind::Uint)
                } else {
                    count_ty
                };
                let c = self.expr_typed(value, count_ty, None)?;
                if !self.ctx.world.types.is_unsigned(count_ty) && self.tv(value)?.value.is_none() {
                    self.emit(Op::CheckShift { a: c });
                }
                self.arith_op(op, cur, cur, c, ty)?;
            }
            _ => {
                let small = if matches!(op, BinaryOp::Add | BinaryOp::Sub)
                    && self.basic(ty).is_some_and(is_int_kind)
                {
                    self.tv(value)?.value.clone().and_then(|v| match consts::read(&v, consts::Class::Int) {
                        Some(Const::Int(k)) => {
                            let k = if op == BinaryOp::Sub { k.checked_neg()? } else { k };
                            i16::try_from(k).ok()
                        }
                        _ => None,
                    })
                } else {
                    None
                };
                match small {
                    Some(imm) => {
                        self.emit(Op::AddIK { dst: cur, a: cur, imm });
                        self.wrap(cur, ty);
                    }
                    None => {
                        let v = self.expr_typed(value, ty, None)?;
                        self.arith_op(op, cur, cur, v, ty)?;
                    }
                }
            }
        }
        if !in_place {
            self.store_place(place, cur, ty)?;
        }
        Ok(())
    }

    fn inc_dec(&mut self, target: &'a Expr, inc: bool) -> CResult<()> {
        let ty = self.ty(target)?;
        let place = self.place(target)?;
        let (cur, in_place) = match place {
            Place::Reg(r) => (r, true),
            _ => {
                let t = self.temp(ty)?;
                self.load_place(place, ty, Some(t))?;
                (t, false)
            }
        };
        match self.basic(ty) {
            Some(k) if is_float_kind(k) => {
                let one = self.scalar()?;
                self.load_float(one, 1.0);
                if inc {
                    self.emit(Op::AddF { dst: cur, a: cur, b: one });
                } else {
                    self.emit(Op::SubF { dst: cur, a: cur, b: one });
                }
                if k == BasicKind::Float32 {
                    self.emit(Op::RoundF32 { dst: cur, src: cur });
                }
            }
            Some(BasicKind::Complex64 | BasicKind::Complex128) => {
                let one = self.scalar()?;
                self.load_float(one, 1.0);
                if inc {
                    self.emit(Op::AddF { dst: cur, a: cur, b: one });
                } else {
                    self.emit(Op::SubF { dst: cur, a: cur, b: one });
                }
            }
            _ => {
                self.emit(Op::AddIK { dst: cur, a: cur, imm: if inc { 1 } else { -1 } });
                self.wrap(cur, ty);
            }
        }
        if !in_place {
            self.store_place(place, cur, ty)?;
        }
        Ok(())
    }

    // ---- return and defer -----------------------------------------------------------------------------

    fn return_stmt(&mut self, values: &'a [Expr]) -> CResult<()> {
        let types = self.results.types.clone();
        if self.results.has_defer || (values.is_empty() && self.results.vars.is_some()) {
            if !values.is_empty() {
                self.values_into_result_vars(values, &types)?;
            }
            if self.results.has_defer {
                self.emit(Op::RunDefers);
            }
            return self.return_result_vars();
        }
        if values.is_empty() {
            self.emit(Op::Ret { src: 0, n: 0 });
            return Ok(());
        }
        let n = self.results.slots;
        if values.len() == 1 && types.len() == 1 {
            let r = self.expr_to(&values[0], types[0], None)?;
            self.emit(Op::Ret { src: r, n });
            return Ok(());
        }
        if values.len() == 1 {
            // return f() with several results.
            let value_ty = self.ty(&values[0])?;
            let elems = match self.ctx.world.types.get(value_ty).clone() {
                Type::Tuple(elems) => elems,
                _ => vec![value_ty],
            };
            let src = self.expr(&values[0], None)?;
            let same = elems.iter().zip(&types).all(|(a, b)| self.is_iface(*a) == self.is_iface(*b));
            if same {
                self.emit(Op::Ret { src, n });
                return Ok(());
            }
            let kinds = self.kinds_of(&types);
            let region = self.alloc(&kinds)?;
            let (mut from, mut to) = (src, region);
            for (e, t) in elems.iter().zip(&types) {
                self.convert_reg(from, *e, *t, to)?;
                from += self.slots(*e)?;
                to += self.slots(*t)?;
            }
            self.emit(Op::Ret { src: region, n });
            return Ok(());
        }
        let kinds = self.kinds_of(&types);
        let region = self.alloc(&kinds)?;
        let mut at = region;
        for (v, &t) in values.iter().zip(&types) {
            self.expr_into(v, t, at)?;
            at += self.slots(t)?;
        }
        self.emit(Op::Ret { src: region, n });
        Ok(())
    }

    fn values_into_result_vars(&mut self, values: &'a [Expr], types: &[TypeId]) -> CResult<()> {
        let Some(vars) = self.results.vars.clone() else { return Ok(()) };
        // Evaluate every value first: `return b, a` must not see half-assigned results.
        let kinds = self.kinds_of(types);
        let region = self.alloc(&kinds)?;
        if values.len() == 1 && types.len() > 1 {
            let value_ty = self.ty(&values[0])?;
            let elems = match self.ctx.world.types.get(value_ty).clone() {
                Type::Tuple(elems) => elems,
                _ => vec![value_ty],
            };
            let src = self.expr(&values[0], None)?;
            let (mut from, mut to) = (src, region);
            for (e, t) in elems.iter().zip(types) {
                self.convert_reg(from, *e, *t, to)?;
                from += self.slots(*e)?;
                to += self.slots(*t)?;
            }
        } else {
            let mut at = region;
            for (v, &t) in values.iter().zip(types) {
                self.expr_into(v, t, at)?;
                at += self.slots(t)?;
            }
        }
        let mut at = region;
        for (obj, ty) in vars {
            let n = self.slots(ty)?;
            if let Some(var) = self.vars.get(&obj).copied() {
                self.store_var(var, at, n);
            }
            at += n;
        }
        Ok(())
    }

    fn defer_stmt(&mut self, e: &'a Expr) -> CResult<()> {
        let ExprKind::Call(call) = &e.unparen().kind else { return err("defer of a non-call") };
        let ftv = self.tv(&call.func)?;
        // `defer func() { ... }()`: the closure itself.
        if call.args.is_empty()
            && let ExprKind::FuncLit(_) = &call.func.unparen().kind
        {
            let fv = self.expr(&call.func, None)?;
            self.emit_defer(fv)?;
            return Ok(());
        }
        if ftv.mode == ExprMode::Builtin {
            return self.defer_builtin(call);
        }
        if ftv.mode == ExprMode::Type {
            // A conversion has no effect worth deferring, but its operand is evaluated now.
            self.discard(&call.args[0])?;
            return Ok(());
        }
        let func_ty = self.ty(&call.func)?;
        let Some(sig) = self.ctx.world.types.signature(func_ty).cloned() else {
            return err("defer of a non-function");
        };
        let result_kinds = self.kinds_of(&sig.results);
        let func = call.func.unparen();
        // Build the captures: [callee value][receiver][arguments], with the call's kinds.
        let mut pre: Vec<SlotKind> = Vec::new();
        let mut params: Vec<SlotKind> = Vec::new();
        enum Kind {
            Static(Callee),
            Closure,
            Iface(u32),
        }
        let kind;
        let caps;
        if let ExprKind::Selector(base_expr, name) = &func.kind
            && let Some(sel) = self.selection(func)
            && matches!(sel.kind, SelectionKind::MethodVal | SelectionKind::InterfaceMethod)
        {
            if sel.kind == SelectionKind::InterfaceMethod {
                let pkg = self.iface_method_pkg(&sel, &name.name);
                let sym = self.ctx.method_sym(&name.name, pkg.as_deref());
                pre.extend([SlotKind::IfaceType, SlotKind::IfaceData]);
                params.push(SlotKind::Scalar);
                params.extend(self.kinds_of(&sig.params));
                let mut all = pre.clone();
                all.extend(params[1..].iter().copied());
                caps = self.alloc(&all)?;
                let x = self.expr(base_expr, None)?;
                self.mov(caps, x, 2);
                self.args_into(caps + 2, &call.args, &sig, call.ellipsis.is_some())?;
                kind = Kind::Iface(sym);
            } else {
                // A method: the thunk calls it directly on the receiver evaluated now (so that the
                // method is the deferred call, for `recover`).
                let Some(method) = sel.obj else { return err("method without object") };
                let (recv_ty, callee) = self.method_target(&sel, method)?;
                let mut params = self.shape(recv_ty).to_vec();
                params.extend(self.kinds_of(&sig.params));
                let region = self.alloc(&params)?;
                self.receiver_into(base_expr, &sel, method, region)?;
                let recv_slots = self.slots(recv_ty)?;
                self.args_into(region + recv_slots, &call.args, &sig, call.ellipsis.is_some())?;
                let thunk = self.defer_thunk(ThunkCall::Direct(callee), &params, &result_kinds)?;
                let d = self.scalar_ref()?;
                if params.is_empty() {
                    self.emit(Op::LoadFunc { dst: d, f: thunk });
                } else {
                    self.emit(Op::MakeClosure { dst: d, f: thunk, caps: region, n: params.len() as u16 });
                }
                self.emit_defer(d)?;
                return Ok(());
            }
        } else if let Some(obj) = self.func_obj(func)
            && self.tv(func).map(|tv| tv.mode) != Ok(ExprMode::Variable)
        {
            let targs = self.instance_args(func, obj);
            let callee = if self.ctx.is_native(obj) {
                let qn = self.ctx.qualified_name(obj);
                Callee::Native(self.ctx.native(&qn))
            } else {
                Callee::Static(self.ctx.func(FuncKey::Decl(obj, targs)))
            };
            params = self.kinds_of(&sig.params);
            caps = self.alloc(&params)?;
            self.args_into(caps, &call.args, &sig, call.ellipsis.is_some())?;
            kind = Kind::Static(callee);
        } else {
            pre.push(SlotKind::Ref);
            params = self.kinds_of(&sig.params);
            let mut all = pre.clone();
            all.extend(params.iter().copied());
            caps = self.alloc(&all)?;
            self.expr_into(&call.func, func_ty, caps)?;
            self.args_into(caps + 1, &call.args, &sig, call.ellipsis.is_some())?;
            params = all;
            kind = Kind::Closure;
        }
        let (thunk, n) = match kind {
            Kind::Static(callee) => {
                (self.defer_thunk(ThunkCall::Direct(callee), &params, &result_kinds)?, params.len())
            }
            Kind::Closure => (self.defer_thunk(ThunkCall::Closure, &params, &result_kinds)?, params.len()),
            Kind::Iface(sym) => {
                let mut all = pre.clone();
                all.extend(params[1..].iter().copied());
                (self.defer_thunk(ThunkCall::Iface(sym), &all, &result_kinds)?, all.len())
            }
        };
        let d = self.scalar_ref()?;
        if n == 0 {
            self.emit(Op::LoadFunc { dst: d, f: thunk });
        } else {
            self.emit(Op::MakeClosure { dst: d, f: thunk, caps, n: n as u16 });
        }
        self.emit_defer(d)?;
        Ok(())
    }

    fn scalar_ref(&mut self) -> CResult<Reg> {
        self.alloc(&[SlotKind::Ref])
    }

    /// A thunk calling what its captures describe.
    fn defer_thunk(&mut self, call: ThunkCall, caps: &[SlotKind], results: &[SlotKind]) -> CResult<u32> {
        let id = self.ctx.new_func();
        let name = format!("{}.deferwrap{}", self.name, id);
        let mut f = FnCompiler::new(self.ctx, self.pkg, self.file, name);
        f.line = self.line;
        let func = build_thunk(f, call, caps, results)?;
        self.ctx.program.funcs[id as usize] = func;
        Ok(id)
    }

    fn defer_builtin(&mut self, call: &'a ast::CallExpr) -> CResult<()> {
        let Some(obj) = (match &call.func.unparen().kind {
            ExprKind::Ident(i) => self.info().use_of(i),
            _ => None,
        }) else {
            return err("unknown deferred builtin");
        };
        let ObjKind::Builtin(b) = self.ctx.world.obj(obj).kind.clone() else { return err("not a builtin") };
        // Evaluate the arguments now; the thunk applies the builtin to its captures.
        let mut kinds = Vec::new();
        let mut types = Vec::new();
        for a in &call.args {
            let t = self.ty(a)?;
            let t = if b == Builtin::Panic {
                self.ctx.world.types.any()
            } else if self.ctx.world.types.is_untyped(t) {
                self.ctx.world.types.default_type(t)
            } else {
                t
            };
            kinds.extend(self.shape(t).iter().copied());
            types.push(t);
        }
        let region = self.alloc(&kinds)?;
        let mut at = region;
        for (a, &t) in call.args.iter().zip(&types) {
            self.expr_into(a, t, at)?;
            at += self.slots(t)?;
        }
        let id = self.ctx.new_func();
        let name = format!("{}.deferwrap{}", self.name, id);
        let mut f = FnCompiler::new(self.ctx, self.pkg, self.file, name);
        f.line = self.line;
        let base = f.alloc(&kinds)?;
        for k in 0..kinds.len() as u16 {
            f.emit(Op::LoadCap { dst: base + k, k });
        }
        let mut at = base;
        match b {
            Builtin::Panic => {
                f.emit(Op::Panic { x: base });
            }
            Builtin::Print | Builtin::Println => {
                let newline = b == Builtin::Println;
                for (i, &t) in types.iter().enumerate() {
                    let rt = f.ctx.rtype(t)?;
                    let mut flags = 0u8;
                    if newline && i > 0 {
                        flags |= 1;
                    }
                    if newline && i + 1 == types.len() {
                        flags |= 2;
                    }
                    f.emit(Op::Print { src: at, ty: rt, flags });
                    at += f.slots(t)?;
                }
            }
            Builtin::Delete => {
                let mt = types[0];
                let rt = f.ctx.rtype(mt)?;
                f.emit(Op::MapDelete { m: base, key: base + 1, ty: rt });
            }
            Builtin::Recover => {
                let r = f.alloc(&[SlotKind::IfaceType, SlotKind::IfaceData])?;
                f.emit(Op::Recover { dst: r });
            }
            _ => return err("this builtin cannot be deferred yet"),
        }
        f.emit(Op::Ret { src: 0, n: 0 });
        let mut func = f.finish(0, 0)?;
        func.flags.wrapper = true;
        func.flags.defer_thunk = true;
        self.ctx.program.funcs[id as usize] = func;
        let d = self.scalar_ref()?;
        if kinds.is_empty() {
            self.emit(Op::LoadFunc { dst: d, f: id });
        } else {
            self.emit(Op::MakeClosure { dst: d, f: id, caps: region, n: kinds.len() as u16 });
        }
        self.emit_defer(d)?;
        Ok(())
    }

    // ---- control flow ---------------------------------------------------------------------------------

    fn if_stmt(&mut self, s: &'a ast::IfStmt) -> CResult<()> {
        let mark = self.top;
        if let Some(init) = &s.init {
            self.stmt(init)?;
        }
        self.set_line(s.cond.span);
        let to_else = self.cond_jump(&s.cond, false)?;
        self.block(&s.then)?;
        match &s.els {
            Some(els) => {
                let over = if self.ends_in_jump() { None } else { Some(self.emit(Op::Jmp { off: 0 })) };
                for j in to_else {
                    self.patch_here(j);
                }
                self.stmt(els)?;
                if let Some(over) = over {
                    self.patch_here(over);
                }
            }
            None => {
                for j in to_else {
                    self.patch_here(j);
                }
            }
        }
        self.top = mark;
        Ok(())
    }

    /// The rest of a counted `for range` loop whose header jumped to the condition (`to_cond`) and whose
    /// body starts at `body`: the body, then `step` (where `continue` goes), then `if i < bound goto body`.
    #[allow(clippy::too_many_arguments)]
    fn counted_loop_tail(
        &mut self,
        r: &'a ast::RangeStmt,
        label: Option<&str>,
        step: Op,
        i: Reg,
        bound: Reg,
        to_cond: usize,
        body: usize,
    ) -> CResult<()> {
        self.push_breakable(label, true);
        self.block(&r.body)?;
        let cont = self.pc();
        self.emit(step);
        self.patch_here(to_cond);
        let back = self.emit(Op::JmpLtI { a: i, b: bound, off: 0 });
        self.patch(back, body);
        self.pop_breakable(cont);
        Ok(())
    }

    fn push_breakable(&mut self, label: Option<&str>, is_loop: bool) {
        self.breakables.push(Breakable {
            label: label.map(Into::into),
            is_loop,
            breaks: Vec::new(),
            continues: Vec::new(),
        });
    }

    fn pop_breakable(&mut self, continue_target: usize) {
        if let Some(b) = self.breakables.pop() {
            for j in b.continues {
                self.patch(j, continue_target);
            }
            for j in b.breaks {
                self.patch_here(j);
            }
        }
    }

    fn for_stmt(&mut self, f: &'a ast::ForStmt, label: Option<&str>) -> CResult<()> {
        let mark = self.top;
        let mut loop_vars = Vec::new();
        if let Some(init) = &f.init {
            self.stmt(init)?;
            if let StmtKind::Assign { lhs, op: AssignOp::Define, .. } = &init.kind {
                for e in lhs {
                    if let ExprKind::Ident(ident) = &e.kind
                        && let Some(obj) = self.info().def_of(ident)
                        && let Some(Var::Boxed(p)) = self.vars.get(&obj).copied()
                    {
                        let ty = self.ctx.world.obj(obj).ty;
                        let ty = self.subst(ty);
                        loop_vars.push((p, ty));
                    }
                }
            }
        }
        let to_cond = f.cond.as_ref().map(|_| self.emit(Op::Jmp { off: 0 }));
        let body = self.pc();
        self.push_breakable(label, true);
        self.block(&f.body)?;
        let continue_target = self.pc();
        // Go 1.22: each iteration has its own copy of a captured loop variable.
        for &(p, ty) in &loop_vars {
            let n = self.slots(ty)?;
            let t = self.temp(ty)?;
            if n > 0 {
                self.emit(Op::Load { dst: t, p, off: 0, n });
            }
            let rt = self.ctx.rtype(ty)?;
            self.emit(Op::New { dst: p, ty: rt });
            if n > 0 {
                self.emit(Op::Store { p, off: 0, src: t, n });
            }
        }
        if let Some(post) = &f.post {
            self.stmt(post)?;
        }
        match (&f.cond, to_cond) {
            (Some(cond), Some(to_cond)) => {
                self.patch_here(to_cond);
                self.set_line(cond.span);
                let jumps = self.cond_jump(cond, true)?;
                for j in jumps {
                    self.patch(j, body);
                }
            }
            _ => self.jump_to(body),
        }
        self.pop_breakable(continue_target);
        self.top = mark;
        Ok(())
    }

    /// Declares or assigns a range key/value from registers at the start of an iteration.
    fn range_target(&mut self, target: &'a Option<Expr>, define: bool, src: Reg, ty: TypeId) -> CResult<()> {
        let Some(target) = target else { return Ok(()) };
        if let ExprKind::Ident(ident) = &target.kind
            && ident.is_blank()
        {
            return Ok(());
        }
        if define {
            let ExprKind::Ident(ident) = &target.kind else { return err("range := of a non-name") };
            let Some(obj) = self.info().def_of(ident) else { return Ok(()) };
            let vty = self.ctx.world.obj(obj).ty;
            let vty = self.subst(vty);
            let var = match self.vars.get(&obj).copied() {
                // Register variables are reused across iterations; boxes are made fresh each time.
                Some(Var::Reg(r)) => Var::Reg(r),
                _ => self.declare_var_uninit(obj, vty)?,
            };
            if let Var::Boxed(p) = var {
                let rt = self.ctx.rtype(vty)?;
                self.emit(Op::New { dst: p, ty: rt });
            }
            let n = self.slots(vty)?;
            let value = if self.is_iface(vty) && !self.is_iface(ty) {
                let t = self.temp(vty)?;
                self.convert_reg(src, ty, vty, t)?;
                t
            } else {
                src
            };
            self.store_var(var, value, n);
            return Ok(());
        }
        let tty = self.ty(target)?;
        let place = self.place(target)?;
        let value = if self.is_iface(tty) && !self.is_iface(ty) {
            let t = self.temp(tty)?;
            self.convert_reg(src, ty, tty, t)?;
            t
        } else {
            src
        };
        self.store_place(place, value, tty)
    }

    fn range_stmt(&mut self, r: &'a ast::RangeStmt, label: Option<&str>) -> CResult<()> {
        let mark = self.top;
        let define = r.op == Some(AssignOp::Define);
        let xt = self.ty(&r.expr)?;
        let int = self.ctx.world.types.basic(BasicKind::Int);
        if matches!(self.under(xt), Type::Func(_)) {
            self.range_func(r, label, xt)?;
            self.top = mark;
            return Ok(());
        }
        // Pre-declare register loop variables once, so iterations reuse them.
        if define {
            for target in [&r.key, &r.value].into_iter().flatten() {
                if let ExprKind::Ident(ident) = &target.kind
                    && let Some(obj) = self.info().def_of(ident)
                    && !self.escapes.boxed(obj)
                {
                    let ty = self.ctx.world.obj(obj).ty;
                    let ty = self.subst(ty);
                    if self.slots(ty)? <= 64 {
                        self.declare_var_uninit(obj, ty)?;
                    }
                }
            }
        }
        match self.under(xt) {
            Type::Basic(kind) if is_int_kind(kind) => {
                let ity = if self.ctx.world.types.is_untyped(xt) { int } else { xt };
                let n = self.scalar()?;
                let nv = self.expr_typed(&r.expr, ity, Some(n))?;
                self.mov(n, nv, 1);
                let counter = self.counter_var(&r.key, define);
                let i = match counter {
                    Some(k) => k,
                    None => self.scalar()?,
                };
                self.load_int(i, 0);
                let to_cond = self.emit(Op::Jmp { off: 0 });
                let body = self.pc();
                if counter.is_none() {
                    self.range_target(&r.key, define, i, ity)?;
                }
                self.counted_loop_tail(r, label, Op::AddIK { dst: i, a: i, imm: 1 }, i, n, to_cond, body)?;
            }
            Type::Basic(_) => {
                // Strings, by rune.
                let string = self.ctx.world.types.basic(BasicKind::String);
                let s = self.alloc(&[SlotKind::Ref, SlotKind::Scalar])?;
                let sv = self.expr_typed(&r.expr, string, Some(s))?;
                self.mov(s, sv, 2);
                let len = self.scalar()?;
                self.emit(Op::LenS { dst: len, s });
                let i = self.scalar()?;
                self.load_int(i, 0);
                let rw = self.alloc(&[SlotKind::Scalar, SlotKind::Scalar])?;
                let to_cond = self.emit(Op::Jmp { off: 0 });
                let body = self.pc();
                self.emit(Op::DecodeRune { dst: rw, s, i });
                let rune = self.ctx.world.types.rune();
                self.range_target(&r.key, define, i, int)?;
                self.range_target(&r.value, define, rw, rune)?;
                self.counted_loop_tail(
                    r,
                    label,
                    Op::AddI { dst: i, a: i, b: rw + 1 },
                    i,
                    len,
                    to_cond,
                    body,
                )?;
            }
            Type::Slice(elem) => {
                let s = self.alloc(&[SlotKind::Ref, SlotKind::Scalar, SlotKind::Scalar])?;
                let sv = self.expr(&r.expr, Some(s))?;
                self.mov(s, sv, 3);
                let len = self.scalar()?;
                self.emit(Op::LenSl { dst: len, s });
                let counter = self.counter_var(&r.key, define);
                let i = match counter {
                    Some(k) => k,
                    None => self.scalar()?,
                };
                self.load_int(i, 0);
                let en = self.slots(elem)?;
                let v = if r.value.is_some() { Some(self.temp(elem)?) } else { None };
                let to_cond = self.emit(Op::Jmp { off: 0 });
                let body = self.pc();
                if counter.is_none() {
                    self.range_target(&r.key, define, i, int)?;
                }
                if let Some(v) = v {
                    // Straight into a register variable when possible.
                    let direct = self.direct_var(&r.value, define);
                    match direct {
                        Some(d) => {
                            self.emit(Op::IndexSl { dst: d, s, i, n: en });
                        }
                        None => {
                            self.emit(Op::IndexSl { dst: v, s, i, n: en });
                            self.range_target(&r.value, define, v, elem)?;
                        }
                    }
                }
                self.counted_loop_tail(r, label, Op::AddIK { dst: i, a: i, imm: 1 }, i, len, to_cond, body)?;
            }
            Type::Array(..) | Type::Pointer(_) => {
                let (arr_ty, through_ptr) = match self.under(xt) {
                    Type::Pointer(a) => (a, true),
                    _ => (xt, false),
                };
                let Type::Array(alen, elem) = self.under(arr_ty) else {
                    return err("range over a pointer to a non-array");
                };
                let en = self.slots(elem)?;
                let len = self.scalar()?;
                self.load_int(len, alen as i64);
                let i = self.scalar()?;
                self.load_int(i, 0);
                // The array is evaluated once (copied) when its values are used.
                let holder = if r.value.is_some() {
                    if through_ptr {
                        let p = self.ptr_temp()?;
                        let pv = self.expr(&r.expr, Some(p))?;
                        self.mov(p, pv, 2);
                        Some(Place::Mem { p, off: 0 })
                    } else {
                        let total = self.slots(arr_ty)?;
                        if total > 1024 {
                            return err("range over a very large array value");
                        }
                        let a = self.temp(arr_ty)?;
                        let av = self.expr(&r.expr, Some(a))?;
                        self.mov(a, av, total);
                        Some(Place::Reg(a))
                    }
                } else {
                    if through_ptr || self.tv(&r.expr)?.value.is_none() {
                        let mark2 = self.top;
                        self.expr(&r.expr, None)?;
                        self.top = mark2.max(self.top);
                    }
                    None
                };
                let v = if r.value.is_some() { Some(self.temp(elem)?) } else { None };
                let to_cond = self.emit(Op::Jmp { off: 0 });
                let body = self.pc();
                self.range_target(&r.key, define, i, int)?;
                if let (Some(v), Some(holder)) = (v, holder) {
                    match holder {
                        Place::Reg(a) => {
                            self.emit(Op::IndexArr { dst: v, base: a, i, n: en, len: alen as u16 });
                        }
                        Place::Mem { p, .. } => {
                            let q = self.ptr_temp()?;
                            self.emit(Op::AddrIdx { dst: q, p, i, n: en, len });
                            if en > 0 {
                                self.emit(Op::Load { dst: v, p: q, off: 0, n: en });
                            }
                        }
                        _ => {}
                    }
                    self.range_target(&r.value, define, v, elem)?;
                }
                self.counted_loop_tail(r, label, Op::AddIK { dst: i, a: i, imm: 1 }, i, len, to_cond, body)?;
            }
            Type::Map(k, v) => {
                let m = self.alloc(&[SlotKind::Ref])?;
                let mv = self.expr(&r.expr, Some(m))?;
                self.mov(m, mv, 1);
                let it = self.alloc(&[SlotKind::Ref])?;
                self.emit(Op::MapIter { dst: it, m });
                let mut kinds = self.shape(k).to_vec();
                kinds.extend(self.shape(v).iter().copied());
                let kv = self.alloc(&kinds)?;
                let kn = self.slots(k)?;
                let top = self.pc();
                let next = self.emit(Op::MapNext { it, key: kv, off: 0 });
                self.range_target(&r.key, define, kv, k)?;
                self.range_target(&r.value, define, kv + kn, v)?;
                self.push_breakable(label, true);
                self.block(&r.body)?;
                self.jump_to(top);
                self.patch_here(next);
                self.pop_breakable(top);
            }
            Type::Func(_) => self.range_func(r, label, xt)?,
            Type::Chan(..) => return err("range over a channel needs goroutines (issue 4)"),
            _ => return err("range over an unsupported type"),
        }
        self.top = mark;
        Ok(())
    }

    /// The register of a `:=` range key that the body never assigns: it can be the loop counter.
    fn counter_var(&mut self, target: &'a Option<Expr>, define: bool) -> Option<Reg> {
        if !define {
            return None;
        }
        let ExprKind::Ident(ident) = &target.as_ref()?.kind else { return None };
        let obj = self.info().def_of(ident)?;
        if self.escapes.assigned.contains(&obj) || self.escapes.boxed(obj) {
            return None;
        }
        match self.vars.get(&obj) {
            Some(Var::Reg(r)) => Some(*r),
            _ => None,
        }
    }

    /// The register of a `:=` range value variable that can receive the element directly.
    fn direct_var(&mut self, target: &'a Option<Expr>, define: bool) -> Option<Reg> {
        if !define {
            return None;
        }
        let ExprKind::Ident(ident) = &target.as_ref()?.kind else { return None };
        let obj = self.info().def_of(ident)?;
        match self.vars.get(&obj) {
            Some(Var::Reg(r)) => Some(*r),
            _ => None,
        }
    }

    fn switch_stmt(&mut self, s: &'a ast::SwitchStmt, label: Option<&str>) -> CResult<()> {
        let mark = self.top;
        if let Some(init) = &s.init {
            self.stmt(init)?;
        }
        let tag = match &s.tag {
            Some(tag) => {
                let ty = self.ty(tag)?;
                let ty = if self.ctx.world.types.is_untyped(ty) {
                    self.ctx.world.types.default_type(ty)
                } else {
                    ty
                };
                let r = self.temp(ty)?;
                self.expr_into(tag, ty, r)?;
                Some((r, ty))
            }
            None => None,
        };
        // Tests, in clause order; `default` is taken last.
        let mut body_jumps: Vec<Vec<usize>> = Vec::new();
        let cond = self.scalar()?;
        for clause in &s.clauses {
            let mut jumps = Vec::new();
            for e in clause.list.iter().flatten() {
                self.set_line(e.span);
                let inner = self.top;
                match tag {
                    Some((t, ty)) => {
                        let et = self.ty(e)?;
                        if self.is_iface(ty) && !self.is_iface(et) {
                            let c = self.expr_to(e, ty, None)?;
                            self.emit(Op::EqIface { dst: cond, a: t, b: c });
                        } else {
                            let c = self.expr_typed(e, ty, None)?;
                            self.compare_regs(BinaryOp::Eq, cond, t, c, ty)?;
                        }
                        jumps.push(self.emit(Op::JmpIf { cond, off: 0 }));
                    }
                    None => jumps.extend(self.cond_jump(e, true)?),
                }
                self.top = inner;
            }
            body_jumps.push(jumps);
        }
        let default = s.clauses.iter().position(|c| c.list.is_none());
        let to_default = self.emit(Op::Jmp { off: 0 });
        self.push_breakable(label, false);
        let mut ends = Vec::new();
        let mut fall: Option<usize> = None;
        let mut body_starts = Vec::new();
        for (i, clause) in s.clauses.iter().enumerate() {
            let start = self.pc();
            body_starts.push(start);
            if let Some(f) = fall.take() {
                self.patch(f, start);
            }
            for &j in &body_jumps[i] {
                self.patch(j, start);
            }
            self.pending_fallthrough = None;
            self.stmts(&clause.body)?;
            if let Some(f) = self.pending_fallthrough.take() {
                fall = Some(f);
            } else if !self.ends_in_jump() {
                ends.push(self.emit(Op::Jmp { off: 0 }));
            }
        }
        match default {
            Some(d) => self.patch(to_default, body_starts[d]),
            None => self.patch_here(to_default),
        }
        if let Some(f) = fall {
            self.patch_here(f);
        }
        for e in ends {
            self.patch_here(e);
        }
        let here = self.pc();
        self.pop_breakable(here);
        self.top = mark;
        Ok(())
    }

    fn type_switch(&mut self, s: &'a ast::TypeSwitchStmt, label: Option<&str>) -> CResult<()> {
        let mark = self.top;
        if let Some(init) = &s.init {
            self.stmt(init)?;
        }
        let xt = self.ty(&s.subject)?;
        let x = self.temp(xt)?;
        self.expr_into(&s.subject, xt, x)?;
        let cond = self.scalar()?;
        let zero = self.scalar()?;
        self.load_int(zero, 0);
        let mut body_jumps = Vec::new();
        for clause in &s.clauses {
            let mut jumps = Vec::new();
            for e in clause.list.iter().flatten() {
                let is_nil = match self.info().type_and_value(e) {
                    None => true,
                    Some(tv) => tv.mode != ExprMode::Type,
                };
                if is_nil {
                    // `case nil`.
                    jumps.push(self.emit(Op::JmpEqI { a: x, b: zero, off: 0 }));
                    continue;
                }
                let ty = self.ty(e)?;
                let rt = self.ctx.rtype(ty)?;
                if self.is_iface(ty) {
                    self.emit(Op::Implements { dst: cond, x, ty: rt });
                } else {
                    self.emit(Op::IsType { dst: cond, x, ty: rt });
                }
                jumps.push(self.emit(Op::JmpIf { cond, off: 0 }));
            }
            body_jumps.push(jumps);
        }
        let default = s.clauses.iter().position(|c| c.list.is_none());
        let to_default = self.emit(Op::Jmp { off: 0 });
        self.push_breakable(label, false);
        let mut ends = Vec::new();
        let mut starts = Vec::new();
        for (i, clause) in s.clauses.iter().enumerate() {
            let start = self.pc();
            starts.push(start);
            for &j in &body_jumps[i] {
                self.patch(j, start);
            }
            let inner = self.top;
            if let Some(obj) = self.info().implicit_of(clause.span) {
                let vty = self.ctx.world.obj(obj).ty;
                let vty = self.subst(vty);
                let var = self.declare_var_uninit(obj, vty)?;
                let n = self.slots(vty)?;
                let value = if self.is_iface(vty) {
                    if self.ctx.world.types.identical(vty, xt) {
                        x
                    } else {
                        let t = self.temp(vty)?;
                        let rt = self.ctx.rtype(vty)?;
                        // Only reached when the dynamic type implements it (or x is nil for `case nil`).
                        let ok = self.temp_pair(vty)?;
                        self.emit(Op::AssertIface2 { dst: ok, x, ty: rt });
                        self.mov(t, ok, n);
                        t
                    }
                } else {
                    let rt = self.ctx.rtype(vty)?;
                    let t = self.temp(vty)?;
                    self.emit(Op::AssertType { dst: t, x, ty: rt });
                    t
                };
                self.store_var(var, value, n);
            }
            self.stmts(&clause.body)?;
            self.top = inner.max(self.top.min(inner));
            if !self.ends_in_jump() {
                ends.push(self.emit(Op::Jmp { off: 0 }));
            }
        }
        match default {
            Some(d) => self.patch(to_default, starts[d]),
            None => self.patch_here(to_default),
        }
        for e in ends {
            self.patch_here(e);
        }
        let here = self.pc();
        self.pop_breakable(here);
        self.top = mark;
        Ok(())
    }

    fn temp_pair(&mut self, ty: TypeId) -> CResult<Reg> {
        let mut kinds = self.shape(ty).to_vec();
        kinds.push(SlotKind::Scalar);
        self.alloc(&kinds)
    }
}

/// Where a multi-value assignment stores one value.
#[derive(Clone, Copy)]
enum Target {
    Var(Var),
    Place(Place),
}

/// What a defer thunk calls.
#[derive(Clone, Copy)]
enum ThunkCall {
    Direct(Callee),
    /// The first capture is the func value.
    Closure,
    /// The first two captures are the interface.
    Iface(u32),
}

fn build_thunk(
    mut f: FnCompiler<'_, '_>,
    call: ThunkCall,
    caps: &[SlotKind],
    results: &[SlotKind],
) -> CResult<Func> {
    let (pre, params) = match call {
        ThunkCall::Direct(_) => (0, caps.to_vec()),
        ThunkCall::Closure => (1, caps[1..].to_vec()),
        ThunkCall::Iface(_) => {
            let mut p = vec![SlotKind::Scalar];
            p.extend_from_slice(&caps[2..]);
            (2, p)
        }
    };
    let head = f.alloc(&caps[..pre])?;
    for k in 0..pre as u16 {
        f.emit(Op::LoadCap { dst: head + k, k });
    }
    let base = f.call_region(&params, results)?;
    let skip = if matches!(call, ThunkCall::Iface(_)) { 1 } else { 0 };
    for k in 0..(caps.len() - pre) as u16 {
        f.emit(Op::LoadCap { dst: base + skip + k, k: pre as u16 + k });
    }
    let callee = match call {
        ThunkCall::Direct(c) => c,
        ThunkCall::Closure => Callee::Closure(head),
        ThunkCall::Iface(sym) => Callee::Iface { x: head, sym },
    };
    match callee {
        Callee::Static(fid) => f.emit(Op::Call { f: fid, base }),
        Callee::Native(native) => f.emit(Op::CallNative { native, base }),
        Callee::Closure(fv) => f.emit(Op::CallClosure { fv, base }),
        Callee::Iface { x, sym } => f.emit(Op::CallIface { x, method: sym, base }),
    };
    f.emit(Op::Ret { src: 0, n: 0 });
    let mut func = f.finish(0, 0)?;
    func.flags.wrapper = true;
    func.flags.defer_thunk = true;
    Ok(func)
}

impl FnCompiler<'_, '_> {
    /// Whether control cannot reach the current position: the code so far ends in an unconditional
    /// transfer and no jump lands here.
    fn ends_in_jump(&self) -> bool {
        if !matches!(self.code.last(), Some(Op::Jmp { .. } | Op::Ret { .. } | Op::Panic { .. })) {
            return false;
        }
        let here = self.code.len() as i64;
        !self.code.iter().enumerate().any(|(pc, op)| {
            crate::func::jump_offset(op).is_some_and(|off| pc as i64 + 1 + off as i64 == here)
        })
    }
}

/// Whether a function body contains `defer` (outside function literals).
pub fn has_defer(stmts: &[Stmt]) -> bool {
    stmts.iter().any(stmt_has_defer)
}

fn stmt_has_defer(stmt: &Stmt) -> bool {
    match &stmt.kind {
        StmtKind::Defer(_) => true,
        StmtKind::Labeled { stmt, .. } => stmt_has_defer(stmt),
        StmtKind::Block(b) => has_defer(&b.stmts),
        StmtKind::If(s) => has_defer(&s.then.stmts) || s.els.as_ref().is_some_and(stmt_has_defer),
        StmtKind::Switch(s) => s.clauses.iter().any(|c| has_defer(&c.body)),
        StmtKind::TypeSwitch(s) => s.clauses.iter().any(|c| has_defer(&c.body)),
        StmtKind::Select(s) => s.clauses.iter().any(|c| has_defer(&c.body)),
        StmtKind::For(f) => has_defer(&f.body.stmts),
        StmtKind::Range(r) => has_defer(&r.body.stmts),
        _ => false,
    }
}

/// Calls `f` on every identifier used in a block (nested function literals included).
pub fn visit_block_idents(block: &ast::Block, f: &mut dyn FnMut(&ast::Ident)) {
    for stmt in &block.stmts {
        visit_stmt_idents(stmt, f);
    }
}

fn visit_stmt_idents(stmt: &Stmt, f: &mut dyn FnMut(&ast::Ident)) {
    use crate::expr::visit_idents as v;
    match &stmt.kind {
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => v(e, f),
        StmtKind::Send { chan, value } => {
            v(chan, f);
            v(value, f);
        }
        StmtKind::IncDec { target, .. } => v(target, f),
        StmtKind::Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs) {
                v(e, f);
            }
        }
        StmtKind::Labeled { stmt, .. } => visit_stmt_idents(stmt, f),
        StmtKind::Return(values) => {
            for e in values {
                v(e, f);
            }
        }
        StmtKind::Block(b) => visit_block_idents(b, f),
        StmtKind::If(s) => {
            if let Some(init) = &s.init {
                visit_stmt_idents(init, f);
            }
            v(&s.cond, f);
            visit_block_idents(&s.then, f);
            if let Some(els) = &s.els {
                visit_stmt_idents(els, f);
            }
        }
        StmtKind::Switch(s) => {
            if let Some(init) = &s.init {
                visit_stmt_idents(init, f);
            }
            if let Some(tag) = &s.tag {
                v(tag, f);
            }
            for c in &s.clauses {
                for e in c.list.iter().flatten() {
                    v(e, f);
                }
                for st in &c.body {
                    visit_stmt_idents(st, f);
                }
            }
        }
        StmtKind::TypeSwitch(s) => {
            if let Some(init) = &s.init {
                visit_stmt_idents(init, f);
            }
            v(&s.subject, f);
            for c in &s.clauses {
                for st in &c.body {
                    visit_stmt_idents(st, f);
                }
            }
        }
        StmtKind::Select(s) => {
            for c in &s.clauses {
                if let Some(comm) = &c.comm {
                    visit_stmt_idents(comm, f);
                }
                for st in &c.body {
                    visit_stmt_idents(st, f);
                }
            }
        }
        StmtKind::For(fs) => {
            if let Some(init) = &fs.init {
                visit_stmt_idents(init, f);
            }
            if let Some(c) = &fs.cond {
                v(c, f);
            }
            if let Some(p) = &fs.post {
                visit_stmt_idents(p, f);
            }
            visit_block_idents(&fs.body, f);
        }
        StmtKind::Range(r) => {
            for e in [&r.key, &r.value].into_iter().flatten() {
                v(e, f);
            }
            v(&r.expr, f);
            visit_block_idents(&r.body, f);
        }
        StmtKind::Decl(ast::Decl::Var(group)) => {
            for spec in &group.specs {
                for e in &spec.values {
                    v(e, f);
                }
            }
        }
        _ => {}
    }
}

/// The program initialiser: for every package in order, its variable initialisation (a function named
/// `<path>.init`, as Go names it in tracebacks) and then its `init` functions (`<path>.init.0`, ...).
/// The driver itself is hidden from tracebacks.
pub fn package_init(ctx: &mut Ctx<'_>, id: u32) -> CResult<Func> {
    let _ = id;
    let pkgs = ctx.pkgs;
    let mut calls = Vec::new();
    for (p, pkg) in pkgs.iter().enumerate() {
        if !pkg.info.init_order.is_empty() {
            let f = ctx.new_func();
            let func = package_vars_init(ctx, p)?;
            ctx.program.funcs[f as usize] = func;
            calls.push(f);
        }
        for &init_fn in &pkg.info.init_funcs {
            calls.push(ctx.func(FuncKey::Decl(init_fn, Vec::new())));
        }
    }
    let mut f = FnCompiler::new(ctx, pkgs.len().saturating_sub(1), 0, "main.init-driver".to_string());
    for fid in calls {
        f.emit(Op::Call { f: fid, base: 0 });
    }
    f.emit(Op::Ret { src: 0, n: 0 });
    let mut func = f.finish(0, 0)?;
    func.flags.wrapper = true;
    Ok(func)
}

/// One package's variable initialisation, in the checker's order.
fn package_vars_init(ctx: &mut Ctx<'_>, p: usize) -> CResult<Func> {
    let pkg = &ctx.pkgs[p];
    let name = format!("{}.init", pkg.path);
    let mut f = FnCompiler::new(ctx, p, 0, name);
    {
        for init in &pkg.info.init_order {
            let file = init.file as usize;
            let Some(input) = pkg.files.get(file) else { continue };
            let Some(expr) = find_var_value(input.ast, init.rhs) else { continue };
            f.pkg = p;
            f.file = file;
            f.set_line(init.rhs);
            let mark = f.top;
            if init.lhs.len() == 1 {
                let obj = init.lhs[0];
                let ty = f.ctx.world.obj(obj).ty;
                let g = f.ctx.global(obj)?;
                let v = f.expr_to(expr, ty, None)?;
                let n = f.slots(ty)?;
                if n > 0 {
                    f.emit(Op::StoreGlobal { g, src: v, n });
                }
            } else {
                let value_ty = f.ty(expr)?;
                let elems = match f.ctx.world.types.get(value_ty).clone() {
                    Type::Tuple(elems) => elems,
                    _ => vec![value_ty],
                };
                let src = f.expr(expr, None)?;
                let mut at = src;
                for (i, &obj) in init.lhs.iter().enumerate() {
                    let ety = elems.get(i).copied().unwrap_or(value_ty);
                    let n = f.slots(ety)?;
                    if f.ctx.world.obj(obj).name.as_ref() != "_" {
                        let ty = f.ctx.world.obj(obj).ty;
                        let g = f.ctx.global(obj)?;
                        let t = f.temp(ty)?;
                        f.convert_reg(at, ety, ty, t)?;
                        let tn = f.slots(ty)?;
                        if tn > 0 {
                            f.emit(Op::StoreGlobal { g, src: t, n: tn });
                        }
                    }
                    at += n;
                }
            }
            f.top = mark;
        }
    }
    f.file = 0;
    f.emit(Op::Ret { src: 0, n: 0 });
    f.finish(0, 0)
}

fn find_var_value(file: &ast::File, span: gosub_source::Span) -> Option<&Expr> {
    for decl in &file.decls {
        if let ast::Decl::Var(group) = decl {
            for spec in &group.specs {
                for v in &spec.values {
                    if v.span == span {
                        return Some(v);
                    }
                }
            }
        }
    }
    None
}

#[allow(dead_code)]
fn unused(_: Const) {}
