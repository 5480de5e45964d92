//! Statements and function bodies: scopes, `missing return` (the spec's terminating statements),
//! switches, type switches, select, for and range loops. Labels (undefined, unused, duplicate) and the
//! placement of `break`/`continue`/`goto`/`fallthrough` are gc's syntax phase, checked by the parser's
//! branch pass (`gosub-syntax`, `parser/branches.rs`) before the checker runs; the placement checks kept
//! here only guard trees that did not go through it.

use gosub_source::Span;
use gosub_syntax::ast::{self, Block, Expr, ExprKind, Stmt, StmtKind};

use super::{Body, Checker, FuncContext, Mode, StmtContext};
use crate::exprstring::expr_string;
use crate::objects::{ObjKind, ScopeId, VarKind};
use crate::types::{BasicKind, Type, TypeId};

impl<'a> Checker<'a, '_> {
    /// Checks a declared function's body (phase 3).
    pub(super) fn check_body(&mut self, body: Body<'a>) {
        self.file = body.file;
        self.current_decl = Some(body.obj);
        self.scope = body.scope;
        if let Some(recv) = body.decl.recv.as_ref().and_then(|r| r.first()) {
            // An invalid receiver type still declares the receiver, so that its uses are not undefined.
            let recv_ty = body.recv_ty.unwrap_or(TypeId::INVALID);
            for ident in &recv.names {
                let obj = self.declare_local(ident, ObjKind::Var(VarKind::Receiver), recv_ty);
                self.world.obj_mut(obj).used = true;
            }
        }
        let sig = self.world.obj(body.obj).ty;
        let renamed = self.use_receiver_param_names(body.obj, body.decl);
        self.function(sig, &body.decl.sig, body.body);
        self.restore_param_names(renamed);
        self.current_decl = None;
    }

    /// Checks a function literal's body in the scope opened for it.
    pub(crate) fn func_literal_body(
        &mut self,
        sig: TypeId,
        ftype: &'a ast::FuncType,
        body: &'a Block,
        scope: ScopeId,
    ) {
        let saved = (self.scope, self.func.take());
        self.scope = scope;
        self.function(sig, ftype, body);
        (self.scope, self.func) = saved;
    }

    /// Parameters into the current (function) scope, the body, `missing return`, unused variables.
    fn function(&mut self, sig: TypeId, ftype: &'a ast::FuncType, body: &'a Block) {
        let signature = self.world.types.signature(sig).cloned();
        let Some(signature) = signature else {
            self.close_scope();
            return;
        };
        let mut index = 0;
        for param in &ftype.params {
            for ident in &param.names {
                let ty = signature.params.get(index).copied().unwrap_or(TypeId::INVALID);
                let obj = self.declare_local(ident, ObjKind::Var(VarKind::Param), ty);
                self.world.obj_mut(obj).used = true;
                index += 1;
            }
        }
        let mut index = 0;
        let mut named_results = false;
        for result in &ftype.results {
            for ident in &result.names {
                named_results = true;
                let ty = signature.results.get(index).copied().unwrap_or(TypeId::INVALID);
                let obj = self.declare_local(ident, ObjKind::Var(VarKind::Result), ty);
                self.world.obj_mut(obj).used = true;
                index += 1;
            }
        }
        let saved = self.func.replace(FuncContext { results: signature.results.clone(), named_results });
        self.stmt_list(&body.stmts, StmtContext::default());
        if !signature.results.is_empty() && !self.is_terminating_list(&body.stmts, None) {
            self.error(Span::empty_at(body.span.hi.saturating_sub(1)), "missing return");
        }
        self.func = saved;
        self.close_scope();
    }

    fn stmt_list(&mut self, stmts: &'a [Stmt], context: StmtContext) {
        let last = stmts.iter().rposition(|s| !matches!(s.kind, StmtKind::Empty));
        for (i, stmt) in stmts.iter().enumerate() {
            let mut inner = context;
            // `fallthrough` is allowed only as the last statement of a clause.
            inner.fallthrough_ok = context.fallthrough_ok && Some(i) == last;
            self.stmt(stmt, inner);
        }
    }

    fn block(&mut self, block: &'a Block, context: StmtContext) {
        self.open_scope(false);
        self.stmt_list(&block.stmts, context);
        self.close_scope();
    }

    fn stmt(&mut self, stmt: &'a Stmt, context: StmtContext) {
        match &stmt.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Decl(decl) => self.local_decl(decl),
            StmtKind::Expr(expr) => self.expr_stmt(expr),
            StmtKind::Send { chan, value } => {
                let channel = self.expr(chan);
                let mut value_operand = self.expr(value);
                if channel.is_invalid() || value_operand.is_invalid() {
                    return;
                }
                match self.world.types.core(channel.ty).clone() {
                    Type::Chan(dir, elem) => {
                        if dir == ast::ChanDir::Recv {
                            let message = format!(
                                "invalid operation: cannot send to receive-only channel {} {}",
                                self.type_string(channel.ty),
                                channel.describe(self.world, &self.pkg_path)
                            );
                            self.error(stmt.span, message);
                            return;
                        }
                        self.assignment(&mut value_operand, elem, "send");
                    }
                    _ => {
                        let message = format!(
                            "invalid operation: cannot send to non-channel {}",
                            channel.describe(self.world, &self.pkg_path)
                        );
                        self.error(stmt.span, message);
                    }
                }
            }
            StmtKind::IncDec { target, inc } => {
                let one = Expr::new(
                    ExprKind::Lit(ast::BasicLit {
                        kind: ast::LitKind::Int,
                        raw: "1".into(),
                        span: stmt.span,
                    }),
                    stmt.span,
                );
                let operand = self.expr(target);
                if operand.is_invalid() {
                    return;
                }
                if !self.world.types.is_numeric(operand.ty) {
                    let op = if *inc { "++" } else { "--" };
                    let message = format!(
                        "invalid operation: {}{op} (non-numeric type {})",
                        expr_string(target),
                        self.type_string(operand.ty)
                    );
                    self.error(target.span, message);
                    return;
                }
                let _ = one;
                if !matches!(operand.mode, Mode::Var | Mode::MapIndex) {
                    self.error(
                        target.span,
                        format!(
                            "cannot assign to {} (neither addressable nor a map index expression)",
                            expr_string(target)
                        ),
                    );
                }
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign_stmt(stmt.span, lhs, *op, rhs),
            StmtKind::Labeled { stmt: inner, .. } => {
                // A labelled loop, switch or select may be the target of break/continue with the label.
                self.stmt(inner, context);
            }
            StmtKind::Go(expr) | StmtKind::Defer(expr) => {
                let keyword = if matches!(stmt.kind, StmtKind::Go(_)) { "go" } else { "defer" };
                match &expr.unparen().kind {
                    ExprKind::Call(_) => {
                        let operand = self.expr_or_type(expr);
                        if operand.mode == Mode::Type {
                            self.error(
                                expr.span,
                                format!("{keyword} requires function call, not conversion"),
                            );
                        }
                        if let Mode::Builtin(_) = operand.mode {}
                    }
                    _ => {
                        self.multi_expr(expr);
                        self.error(expr.span, format!("expression in {keyword} must be function call"));
                    }
                }
            }
            StmtKind::Return(results) => self.return_stmt(stmt, results),
            StmtKind::Break(label) => {
                if label.is_none() && !context.in_breakable {
                    self.error(stmt.span, "break is not in a loop, switch, or select");
                }
            }
            StmtKind::Continue(label) => {
                if label.is_none() && !context.in_loop {
                    self.error(stmt.span, "continue is not in a loop");
                }
            }
            StmtKind::Goto(_) => {}
            StmtKind::Fallthrough => {
                if !context.fallthrough_ok {
                    self.error(stmt.span, "fallthrough statement out of place");
                }
            }
            StmtKind::Block(block) => self.block(block, context),
            StmtKind::If(if_stmt) => {
                self.open_scope(false);
                if let Some(init) = &if_stmt.init {
                    self.stmt(init, context);
                }
                self.condition(&if_stmt.cond, "if statement");
                self.block(&if_stmt.then, context);
                if let Some(els) = &if_stmt.els {
                    self.stmt(els, context);
                }
                self.close_scope();
            }
            StmtKind::Switch(switch) => self.switch_stmt(switch, context),
            StmtKind::TypeSwitch(switch) => self.type_switch(switch, context),
            StmtKind::Select(select) => {
                let inner = StmtContext { in_breakable: true, ..context };
                for clause in &select.clauses {
                    self.open_scope(false);
                    if let Some(comm) = &clause.comm {
                        self.stmt(comm, inner);
                    }
                    self.stmt_list(&clause.body, StmtContext { fallthrough_ok: false, ..inner });
                    self.close_scope();
                }
            }
            StmtKind::For(for_stmt) => {
                self.open_scope(false);
                if let Some(init) = &for_stmt.init {
                    self.stmt(init, context);
                }
                if let Some(cond) = &for_stmt.cond {
                    self.condition(cond, "for loop");
                }
                if let Some(post) = &for_stmt.post {
                    if matches!(&post.kind, StmtKind::Assign { op: ast::AssignOp::Define, .. }) {
                        self.error(post.span, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(post, context);
                    }
                }
                self.block(
                    &for_stmt.body,
                    StmtContext { in_loop: true, in_breakable: true, fallthrough_ok: false },
                );
                self.close_scope();
            }
            StmtKind::Range(range) => self.range_stmt(range, context),
        }
    }

    fn condition(&mut self, cond: &'a Expr, what: &str) {
        let operand = self.expr(cond);
        if !operand.is_invalid() && !self.world.types.is_boolean(operand.ty) {
            self.error(cond.span, format!("non-boolean condition in {what}"));
        }
    }

    fn expr_stmt(&mut self, expr: &'a Expr) {
        let operand = self.expr_or_type(expr);
        let inner = expr.unparen();
        match operand.mode {
            Mode::Invalid | Mode::NoValue => {}
            Mode::Builtin(builtin) => {
                self.error(expr.span, format!("{} (built-in) must be called", builtin.name()));
            }
            Mode::Type => {
                self.error(expr.span, format!("{} (type) is not an expression", expr_string(expr)));
            }
            _ => {
                let is_call = matches!(&inner.kind, ExprKind::Call(_));
                let is_receive = matches!(&inner.kind, ExprKind::Unary(ast::UnaryOp::Recv, _));
                let builtin_call = if let ExprKind::Call(call) = &inner.kind
                    && let ExprKind::Ident(ident) = &call.func.unparen().kind
                    && let Some(obj) = self.lookup(&ident.name)
                    && let ObjKind::Builtin(builtin) = self.world.obj(obj).kind
                {
                    Some(builtin)
                } else {
                    None
                };
                let conversion = if let ExprKind::Call(call) = &inner.kind {
                    self.info
                        .file(self.file as usize)
                        .type_and_value(&call.func)
                        .is_some_and(|tv| tv.mode == crate::info::ExprMode::Type)
                } else {
                    false
                };
                let unused_builtin = builtin_call.is_some_and(|b| {
                    !matches!(b, crate::objects::Builtin::Copy | crate::objects::Builtin::Recover)
                });
                if (is_call && !unused_builtin && !conversion) || is_receive {
                    return;
                }
                let message = format!("{} is not used", operand.describe(self.world, &self.pkg_path));
                self.error(expr.span, message);
            }
        }
    }

    fn return_stmt(&mut self, stmt: &'a Stmt, results: &'a [Expr]) {
        let Some(func) = self.func.clone() else { return };
        if results.is_empty() {
            if !func.results.is_empty() && !func.named_results {
                let want = self.tuple_text(&func.results);
                self.error(stmt.span, format!("not enough return values\n\thave ()\n\twant {want}"));
            }
            return;
        }
        if func.results.is_empty() {
            self.error(results[0].span, "too many return values");
            for result in results {
                self.multi_expr(result);
            }
            return;
        }
        let mut operands = Vec::new();
        if results.len() == 1 && func.results.len() > 1 {
            let operand = self.multi_expr(&results[0]);
            if operand.is_invalid() {
                return;
            }
            for ty in self.tuple_types(&operand) {
                operands.push(super::Operand { mode: Mode::Value, ty, expr: Some(&results[0]) });
            }
        } else {
            for (i, result) in results.iter().enumerate() {
                let expected = func.results.get(i).copied();
                operands.push(
                    self.expr_expecting(result, expected, || {
                        super::ExpectedFor::Var("result variable".into())
                    }),
                );
            }
        }
        if operands.iter().any(super::Operand::is_invalid) {
            return;
        }
        if operands.len() != func.results.len() {
            let have: Vec<String> = operands
                .iter()
                .map(|o| {
                    if self.world.types.is_untyped(o.ty) && o.value().is_some() {
                        match self.world.types.basic_kind(o.ty) {
                            Some(BasicKind::UntypedString) => "string".to_string(),
                            Some(BasicKind::UntypedBool) => "bool".to_string(),
                            _ => "number".to_string(),
                        }
                    } else {
                        self.type_string(o.ty)
                    }
                })
                .collect();
            let want = self.tuple_text(&func.results);
            let (word, at) = if operands.len() > func.results.len() {
                ("too many", results.get(func.results.len()).map_or(stmt.span, |r| r.span))
            } else {
                ("not enough", results.last().map_or(stmt.span, |r| r.span))
            };
            self.error(at, format!("{word} return values\n\thave ({})\n\twant {want}", have.join(", ")));
            return;
        }
        for (operand, &ty) in operands.iter_mut().zip(&func.results) {
            self.assignment(operand, ty, "return statement");
        }
    }

    fn tuple_text(&self, types: &[TypeId]) -> String {
        let parts: Vec<String> = types.iter().map(|&t| self.type_string(t)).collect();
        format!("({})", parts.join(", "))
    }

    fn switch_stmt(&mut self, switch: &'a ast::SwitchStmt, context: StmtContext) {
        self.open_scope(false);
        if let Some(init) = &switch.init {
            self.stmt(init, context);
        }
        let mut tag = match &switch.tag {
            Some(tag) => {
                let mut operand = self.expr(tag);
                if !operand.is_invalid() && self.world.types.is_untyped(operand.ty) {
                    let nil = self.world.types.basic(BasicKind::UntypedNil);
                    if operand.ty == nil {
                        self.error(tag.span, "use of untyped nil in switch expression");
                        operand.mode = Mode::Invalid;
                    } else {
                        let ty = self.world.types.default_type(operand.ty);
                        self.convert_untyped(&mut operand, ty);
                    }
                }
                Some(operand)
            }
            None => None,
        };
        let clauses = switch.clauses.len();
        // Constant case values seen so far, to report duplicates as go/types does.
        let mut seen: Vec<(crate::constant::Value, TypeId, Span)> = Vec::new();
        for (i, clause) in switch.clauses.iter().enumerate() {
            for value in clause.list.iter().flatten() {
                let mut operand = self.expr(value);
                if operand.is_invalid() {
                    continue;
                }
                match &mut tag {
                    Some(tag_operand) if !tag_operand.is_invalid() => {
                        self.case_compare(value, &mut operand, tag_operand);
                        if let Some(constant) = operand.value().cloned()
                            && !operand.is_invalid()
                        {
                            let previous = seen.iter().find(|(v, ty, _)| {
                                self.world.types.identical(*ty, operand.ty)
                                    && v.compare(crate::constant::CmpOp::Eq, &constant) == Ok(true)
                            });
                            if let Some(&(_, _, at)) = previous {
                                let message = format!(
                                    "duplicate case {} in expression switch\n\t{}: previous case",
                                    operand.describe(self.world, &self.pkg_path),
                                    self.file_position(self.file, at)
                                );
                                self.error(value.span, message);
                            } else {
                                seen.push((constant, operand.ty, value.span));
                            }
                        }
                    }
                    Some(_) => {}
                    None => {
                        let bool_ty = self.world.types.basic(BasicKind::Bool);
                        if !self.world.types.is_boolean(operand.ty) {
                            let message = format!(
                                "invalid case {} in switch (mismatched types {} and bool)",
                                expr_string(value),
                                self.type_string(operand.ty)
                            );
                            self.error(value.span, message);
                        }
                        let _ = bool_ty;
                    }
                }
            }
            self.open_scope(false);
            let inner =
                StmtContext { in_breakable: true, in_loop: context.in_loop, fallthrough_ok: i + 1 < clauses };
            self.stmt_list(&clause.body, inner);
            self.close_scope();
        }
        let _ = &mut tag;
        self.close_scope();
    }

    fn case_compare(
        &mut self,
        value: &'a Expr,
        operand: &mut super::Operand<'a>,
        tag: &mut super::Operand<'a>,
    ) {
        if self.world.types.is_untyped(operand.ty) {
            self.convert_untyped(operand, tag.ty);
            if operand.is_invalid() {
                return;
            }
        }
        if !self.assignable_type(operand, tag.ty) && !self.assignable_type(tag, operand.ty) {
            let message = format!(
                "invalid case {} in switch on {} (mismatched types {} and {})",
                expr_string(value),
                tag.text(),
                self.type_string(operand.ty),
                self.type_string(tag.ty)
            );
            self.error(value.span, message);
        }
    }

    fn type_switch(&mut self, switch: &'a ast::TypeSwitchStmt, context: StmtContext) {
        self.open_scope(false);
        if let Some(init) = &switch.init {
            self.stmt(init, context);
        }
        let subject = self.expr(&switch.subject);
        let valid = !subject.is_invalid();
        if valid && !self.world.types.is_interface(subject.ty) {
            let message = format!("{} is not an interface", subject.describe(self.world, &self.pkg_path));
            self.error(switch.subject.span, message);
        }
        let iface_ok = valid && self.world.types.is_interface(subject.ty);
        let mut bound: Vec<crate::objects::ObjId> = Vec::new();
        let clauses = switch.clauses.len();
        for clause in &switch.clauses {
            let mut single: Option<TypeId> = None;
            let list = clause.list.as_deref().unwrap_or(&[]);
            for ty_expr in list {
                let is_nil = matches!(&ty_expr.unparen().kind, ExprKind::Ident(i) if &*i.name == "nil")
                    && self.lookup("nil").is_some_and(|o| self.world.obj(o).kind == ObjKind::Nil);
                let ty = if is_nil {
                    self.world.types.basic(BasicKind::UntypedNil)
                } else {
                    let ty = self.type_expr(ty_expr);
                    if iface_ok && ty != TypeId::INVALID {
                        self.check_type_assertion_case(ty_expr, &subject, ty);
                    }
                    ty
                };
                single = Some(ty);
            }
            self.open_scope(false);
            if let Some(bind) = &switch.bind
                && !bind.is_blank()
            {
                // In a clause with one type the variable has that type; otherwise the subject's.
                let ty = match (list.len(), single) {
                    (1, Some(ty)) if ty != self.world.types.basic(BasicKind::UntypedNil) => ty,
                    _ => subject.ty,
                };
                let obj = self.new_obj(bind, ObjKind::Var(VarKind::Local), ty);
                let scope = self.scope;
                let _ = self.world.declare(scope, &bind.name, obj);
                self.info.record_implicit(self.file, clause.span, obj);
                bound.push(obj);
            }
            let _ = clauses;
            self.stmt_list(
                &clause.body,
                StmtContext { in_breakable: true, in_loop: context.in_loop, fallthrough_ok: false },
            );
            // The clause's variable is reported unused only if no clause uses it (below), not here.
            if let Some(&obj) = bound.last()
                && switch.bind.is_some()
            {
                let used = self.world.obj(obj).used;
                self.world.obj_mut(obj).used = true;
                if used {
                    bound.iter().for_each(|_| {});
                    self.type_switch_used = true;
                }
            }
            self.close_scope();
        }
        if let Some(bind) = &switch.bind
            && !bind.is_blank()
        {
            if !std::mem::take(&mut self.type_switch_used) {
                self.error(bind.span, format!("{} declared and not used", bind.name));
            }
            let obj = self.new_obj(bind, ObjKind::Var(VarKind::Local), TypeId::INVALID);
            self.world.obj_mut(obj).used = true;
            self.info.record_def(self.file, bind, obj);
        }
        self.close_scope();
    }

    fn check_type_assertion_case(&mut self, ty_expr: &Expr, subject: &super::Operand<'_>, ty: TypeId) {
        let iface = subject.ty;
        if self.world.types.is_interface(ty) {
            return;
        }
        if let Some(missing) = crate::lookup::missing_method(self.world, ty, iface) {
            let reason = crate::lookup::missing_text(self.world, &missing, Some(&self.pkg_path));
            let message = format!(
                "impossible type switch case: {}\n\t{} cannot have dynamic type {} {reason}",
                expr_string(ty_expr),
                subject.describe(self.world, &self.pkg_path),
                self.type_string(ty)
            );
            self.error(ty_expr.span, message);
        }
    }

    fn range_stmt(&mut self, range: &'a ast::RangeStmt, _context: StmtContext) {
        self.open_scope(false);
        let operand = self.expr(&range.expr);
        let (key_ty, value_ty): (Option<TypeId>, Option<TypeId>) = if operand.is_invalid() {
            (None, None)
        } else {
            let types = &self.world.types;
            let int = types.basic(BasicKind::Int);
            match types.core(operand.ty).clone() {
                Type::Basic(_) if types.is_string(operand.ty) => (Some(int), Some(types.rune())),
                Type::Basic(_) if types.is_integer(operand.ty) => {
                    let ty = if types.is_untyped(operand.ty) { int } else { operand.ty };
                    if range.value.is_some() {
                        let message = format!(
                            "range over {} permits only one iteration variable",
                            operand.describe(self.world, &self.pkg_path)
                        );
                        if let Some(value) = &range.value {
                            self.error(value.span, message);
                        }
                    }
                    (Some(ty), None)
                }
                Type::Array(_, elem) | Type::Slice(elem) => (Some(int), Some(elem)),
                Type::Pointer(inner) => match types.under(inner).clone() {
                    Type::Array(_, elem) => (Some(int), Some(elem)),
                    _ => {
                        self.cannot_range(&range.expr, &operand);
                        (None, None)
                    }
                },
                Type::Map(key, value) => (Some(key), Some(value)),
                Type::Chan(_, elem) => {
                    if let Some(value) = &range.value {
                        let message = format!(
                            "range over {} permits only one iteration variable",
                            operand.describe(self.world, &self.pkg_path)
                        );
                        self.error(value.span, message);
                    }
                    (Some(elem), None)
                }
                Type::Func(sig) => {
                    // Range over a function: func(yield func(K, V) bool).
                    let yield_params = sig
                        .params
                        .first()
                        .and_then(|&y| self.world.types.signature(y).cloned())
                        .map(|y| y.params);
                    match yield_params {
                        Some(params) if sig.results.is_empty() && sig.params.len() == 1 => {
                            (params.first().copied(), params.get(1).copied())
                        }
                        _ => {
                            self.cannot_range(&range.expr, &operand);
                            (None, None)
                        }
                    }
                }
                _ => {
                    self.cannot_range(&range.expr, &operand);
                    (None, None)
                }
            }
        };
        let targets = [(&range.key, key_ty), (&range.value, value_ty)];
        match range.op {
            Some(ast::AssignOp::Define) => {
                let mut new_vars = Vec::new();
                for (target, ty) in targets {
                    let Some(target) = target else { continue };
                    let ExprKind::Ident(ident) = &target.kind else {
                        self.error(
                            target.span,
                            format!("non-name {} on left side of :=", expr_string(target)),
                        );
                        continue;
                    };
                    let obj =
                        self.new_obj(ident, ObjKind::Var(VarKind::Local), ty.unwrap_or(TypeId::INVALID));
                    self.info.record_def(self.file, ident, obj);
                    if operand.is_invalid() {
                        self.world.obj_mut(obj).used = true;
                    }
                    new_vars.push((ident, obj));
                }
                let scope = self.scope;
                for (ident, obj) in new_vars {
                    if !ident.is_blank() {
                        self.declare_in(scope, ident, obj);
                    }
                }
            }
            Some(_) => {
                for (target, ty) in targets {
                    let (Some(target), Some(ty)) = (target, ty) else { continue };
                    if matches!(&target.kind, ExprKind::Ident(i) if i.is_blank()) {
                        continue;
                    }
                    let lhs = self.expr(target);
                    if lhs.is_invalid() {
                        continue;
                    }
                    let mut value = super::Operand { mode: Mode::Value, ty, expr: Some(&range.expr) };
                    if !matches!(lhs.mode, Mode::Var | Mode::MapIndex) {
                        self.error(
                            target.span,
                            format!(
                                "cannot assign to {} (neither addressable nor a map index expression)",
                                expr_string(target)
                            ),
                        );
                        continue;
                    }
                    self.assignment(&mut value, lhs.ty, "range clause");
                }
            }
            None => {}
        }
        self.block(&range.body, StmtContext { in_loop: true, in_breakable: true, fallthrough_ok: false });
        self.close_scope();
    }

    fn cannot_range(&mut self, expr: &Expr, operand: &super::Operand<'_>) {
        let message = format!("cannot range over {}", operand.describe(self.world, &self.pkg_path));
        self.error(expr.span, message);
    }

    fn local_decl(&mut self, decl: &'a ast::Decl) {
        match decl {
            ast::Decl::Var(group) => {
                for spec in &group.specs {
                    let objs: Vec<_> = spec
                        .names
                        .iter()
                        .map(|ident| {
                            let obj = self.new_obj(ident, ObjKind::Var(VarKind::Local), TypeId::INVALID);
                            self.info.record_def(self.file, ident, obj);
                            obj
                        })
                        .collect();
                    self.var_decl(&objs, spec.ty.as_ref(), &spec.values, spec.span);
                    let scope = self.scope;
                    for (ident, &obj) in spec.names.iter().zip(&objs) {
                        if !ident.is_blank() {
                            self.declare_in(scope, ident, obj);
                        }
                    }
                }
            }
            ast::Decl::Const(group) => {
                let mut last: (Option<&'a Expr>, &'a [Expr]) = (None, &[]);
                for spec in &group.specs {
                    if !spec.values.is_empty() || spec.ty.is_some() {
                        last = (spec.ty.as_ref(), &spec.values);
                    }
                    let mut objs = Vec::new();
                    for (i, ident) in spec.names.iter().enumerate() {
                        let obj = self.new_obj(ident, ObjKind::Const(None), TypeId::INVALID);
                        self.info.record_def(self.file, ident, obj);
                        let saved = self.scope;
                        self.const_value(obj, last.0, last.1.get(i), i128::from(spec.iota));
                        self.scope = saved;
                        objs.push((ident, obj));
                    }
                    let scope = self.scope;
                    for (ident, obj) in objs {
                        if !ident.is_blank() {
                            self.declare_in(scope, ident, obj);
                        }
                    }
                }
            }
            ast::Decl::Type(group) => {
                for spec in &group.specs {
                    let obj = self.new_obj(&spec.name, ObjKind::TypeName, TypeId::INVALID);
                    self.info.record_def(self.file, &spec.name, obj);
                    if !spec.alias {
                        let pkg_path = self.pkg_path.clone();
                        let named = self.world.types.new_named(&spec.name.name, Some(&pkg_path), Some(obj));
                        self.world.obj_mut(obj).ty = named;
                    }
                    // The name is in scope inside its own declaration (`type node struct{ next *node }`).
                    let scope = self.scope;
                    self.declare_in(scope, &spec.name, obj);
                    self.local_type_decl(obj, spec);
                }
            }
            ast::Decl::Func(_) | ast::Decl::Bad(_) => {}
        }
    }

    /// The spec's terminating statements, for `missing return`.
    fn is_terminating_list(&self, stmts: &[Stmt], label: Option<&str>) -> bool {
        let last = stmts.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty));
        last.is_some_and(|s| self.is_terminating(s, label))
    }

    fn is_terminating(&self, stmt: &Stmt, label: Option<&str>) -> bool {
        match &stmt.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            StmtKind::Expr(expr) => {
                if let ExprKind::Call(call) = &expr.unparen().kind
                    && let ExprKind::Ident(ident) = &call.func.unparen().kind
                    && &*ident.name == "panic"
                {
                    return true;
                }
                false
            }
            StmtKind::Block(block) => self.is_terminating_list(&block.stmts, None),
            StmtKind::If(if_stmt) => {
                self.is_terminating_list(&if_stmt.then.stmts, None)
                    && if_stmt.els.as_ref().is_some_and(|e| self.is_terminating(e, None))
            }
            StmtKind::Labeled { label, stmt } => self.is_terminating(stmt, Some(&label.name)),
            StmtKind::For(for_stmt) => {
                for_stmt.cond.is_none() && !has_break(&for_stmt.body.stmts, label, true)
            }
            StmtKind::Switch(switch) => {
                switch.clauses.iter().any(|c| c.list.is_none())
                    && switch.clauses.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body, None)
                                || matches!(c.body.last().map(|s| &s.kind), Some(StmtKind::Fallthrough)))
                    })
            }
            StmtKind::TypeSwitch(switch) => {
                switch.clauses.iter().any(|c| c.list.is_none())
                    && switch
                        .clauses
                        .iter()
                        .all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body, None))
            }
            StmtKind::Select(select) => select
                .clauses
                .iter()
                .all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body, None)),
            _ => false,
        }
    }
}

/// Whether a `break` in `stmts` (outside nested breakable statements, unless labelled with `label`) exits
/// the enclosing statement.
fn has_break(stmts: &[Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|stmt| match &stmt.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(target)) => Some(&*target.name) == label,
        StmtKind::Block(block) => has_break(&block.stmts, label, top),
        StmtKind::Labeled { stmt, .. } => has_break(std::slice::from_ref(stmt), label, top),
        StmtKind::If(if_stmt) => {
            has_break(&if_stmt.then.stmts, label, top)
                || if_stmt.els.as_ref().is_some_and(|e| has_break(std::slice::from_ref(e), label, top))
        }
        StmtKind::For(for_stmt) => has_break(&for_stmt.body.stmts, label, false),
        StmtKind::Range(range) => has_break(&range.body.stmts, label, false),
        StmtKind::Switch(switch) => switch.clauses.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::TypeSwitch(switch) => switch.clauses.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::Select(select) => select.clauses.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    })
}
