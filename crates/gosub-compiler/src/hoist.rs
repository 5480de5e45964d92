//! Constant hoisting: the one-slot constants that operators inside loops use are loaded once, in the
//! function's prologue, into registers just above the parameters. Those registers sit below every
//! variable, temporary and call region, so nothing ever overwrites them, and a loop like
//! `for i := 0; i < n*3; i++ { x = x*1009 % 7 }` runs without reloading its constants.

use std::collections::HashMap;

use gosub_bytecode::{Op, Reg, SlotKind};
use gosub_syntax::ast::{self, BinaryOp, Expr, ExprKind, Stmt, StmtKind};
use gosub_types::TypeId;
use gosub_types::types::BasicKind;

use crate::consts::{self, Const};
use crate::ctx::CResult;
use crate::expr::is_float_kind;
use crate::func::FnCompiler;

/// At most this many constants are hoisted per function (each costs a register per call).
const MAX_HOISTED: usize = 12;

impl<'c, 'a> FnCompiler<'c, 'a> {
    /// Scans a body for constants used by operators in loops and loads them in the prologue.
    pub fn hoist_constants(&mut self, body: &'a ast::Block) -> CResult<()> {
        let mut found: Vec<u64> = Vec::new();
        for stmt in &body.stmts {
            self.scan_stmt(stmt, false, &mut found);
        }
        found.truncate(MAX_HOISTED);
        for bits in found {
            let r = self.alloc(&[SlotKind::Scalar])?;
            if let Ok(imm) = i32::try_from(bits as i64) {
                self.emit(Op::LoadI { dst: r, imm });
            } else {
                let k = self.konst(bits);
                self.emit(Op::LoadK { dst: r, k });
            }
            self.const_regs.insert(bits, r);
        }
        Ok(())
    }

    /// The hoisted register holding `bits`, if any.
    pub fn hoisted(&self, bits: u64) -> Option<Reg> {
        self.const_regs.get(&bits).copied()
    }

    fn scan_block(&mut self, block: &'a ast::Block, in_loop: bool, found: &mut Vec<u64>) {
        for stmt in &block.stmts {
            self.scan_stmt(stmt, in_loop, found);
        }
    }

    fn scan_stmt(&mut self, stmt: &'a Stmt, in_loop: bool, found: &mut Vec<u64>) {
        match &stmt.kind {
            StmtKind::Expr(e) => self.scan_expr(e, in_loop, found),
            StmtKind::Assign { lhs, rhs, .. } => {
                for e in lhs.iter().chain(rhs) {
                    self.scan_expr(e, in_loop, found);
                }
            }
            StmtKind::IncDec { target, .. } => self.scan_expr(target, in_loop, found),
            StmtKind::Labeled { stmt, .. } => self.scan_stmt(stmt, in_loop, found),
            StmtKind::Return(values) => {
                for e in values {
                    self.scan_expr(e, in_loop, found);
                }
            }
            StmtKind::Block(b) => self.scan_block(b, in_loop, found),
            StmtKind::If(s) => {
                if let Some(init) = &s.init {
                    self.scan_stmt(init, in_loop, found);
                }
                self.scan_expr(&s.cond, in_loop, found);
                self.scan_block(&s.then, in_loop, found);
                if let Some(els) = &s.els {
                    self.scan_stmt(els, in_loop, found);
                }
            }
            StmtKind::Switch(s) => {
                for c in &s.clauses {
                    for st in &c.body {
                        self.scan_stmt(st, in_loop, found);
                    }
                }
            }
            StmtKind::TypeSwitch(s) => {
                for c in &s.clauses {
                    for st in &c.body {
                        self.scan_stmt(st, in_loop, found);
                    }
                }
            }
            StmtKind::For(f) => {
                if let Some(init) = &f.init {
                    self.scan_stmt(init, in_loop, found);
                }
                if let Some(cond) = &f.cond {
                    self.scan_expr(cond, true, found);
                }
                if let Some(post) = &f.post {
                    self.scan_stmt(post, true, found);
                }
                self.scan_block(&f.body, true, found);
            }
            StmtKind::Range(r) => self.scan_block(&r.body, true, found),
            _ => {}
        }
    }

    fn scan_expr(&mut self, e: &'a Expr, in_loop: bool, found: &mut Vec<u64>) {
        match &e.kind {
            ExprKind::Paren(x) | ExprKind::Unary(_, x) | ExprKind::Star(x) => {
                self.scan_expr(x, in_loop, found)
            }
            ExprKind::Selector(x, _) => self.scan_expr(x, in_loop, found),
            ExprKind::Index(x, idx) => {
                self.scan_expr(x, in_loop, found);
                for i in idx {
                    self.scan_expr(i, in_loop, found);
                }
            }
            ExprKind::Call(call) => {
                for a in &call.args {
                    self.scan_expr(a, in_loop, found);
                }
                // The constants of a function inlined here.
                if in_loop
                    && call.ellipsis.is_none()
                    && let Some(obj) = self.func_obj(&call.func)
                    && let Some(src) = self.inline_candidate(obj)
                    && let Some(body) = &src.decl.body
                {
                    let (pkg, file) = (self.pkg, self.file);
                    self.pkg = src.pkg;
                    self.file = src.file;
                    for stmt in &body.stmts {
                        self.scan_stmt(stmt, true, found);
                    }
                    self.pkg = pkg;
                    self.file = file;
                }
            }
            ExprKind::Binary(op, a, b) => {
                if in_loop && !matches!(op, BinaryOp::LogAnd | BinaryOp::LogOr) {
                    let ctx_ty = self.operand_context(*op, e, a, b);
                    for (side, x) in [(0, a), (1, b)] {
                        let ty = match (op, side) {
                            (BinaryOp::Shl | BinaryOp::Shr, 1) => {
                                Some(self.ctx.world.types.basic(BasicKind::Uint))
                            }
                            _ => ctx_ty,
                        };
                        if let Some(ty) = ty
                            && let Some(bits) = self.const_bits(x, ty)
                            && !found.contains(&bits)
                            && !self.is_small_addend(*op, side, bits, ty)
                        {
                            found.push(bits);
                        }
                    }
                }
                self.scan_expr(a, in_loop, found);
                self.scan_expr(b, in_loop, found);
            }
            _ => {}
        }
    }

    /// `x + k` with a small `k` compiles to `AddIK`, which needs no register.
    fn is_small_addend(&self, op: BinaryOp, side: usize, bits: u64, ty: TypeId) -> bool {
        side == 1
            && matches!(op, BinaryOp::Add | BinaryOp::Sub)
            && !self.basic(ty).is_some_and(is_float_kind)
            && i16::try_from(bits as i64).is_ok()
    }

    fn operand_context(&mut self, op: BinaryOp, e: &'a Expr, a: &'a Expr, b: &'a Expr) -> Option<TypeId> {
        let comparison = matches!(
            op,
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
        );
        if comparison {
            let ta = self.ty(a).ok()?;
            let tb = self.ty(b).ok()?;
            let types = &self.ctx.world.types;
            return Some(if types.is_untyped(ta) && !types.is_untyped(tb) {
                tb
            } else if !types.is_untyped(ta) {
                ta
            } else {
                types.default_type(ta)
            });
        }
        self.ty(e).ok()
    }

    /// The slot pattern of a one-slot numeric constant used as `ty`.
    fn const_bits(&mut self, x: &'a Expr, ty: TypeId) -> Option<u64> {
        let tv = self.info().type_and_value(x)?;
        let value = tv.value.as_ref()?;
        let own = self.subst(tv.ty);
        let ty = if self.ctx.world.types.is_untyped(own) { ty } else { own };
        let ty = if self.ctx.world.types.is_untyped(ty) { self.ctx.world.types.default_type(ty) } else { ty };
        let kind = self.basic(ty)?;
        let class = if is_float_kind(kind) { consts::Class::Float } else { consts::Class::Int };
        if matches!(
            kind,
            BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::String | BasicKind::UntypedString
        ) {
            return None;
        }
        Some(match consts::read(value, class)? {
            Const::Int(v) => v as u64,
            Const::Float(f) => {
                if kind == BasicKind::Float32 {
                    (f as f32 as f64).to_bits()
                } else {
                    f.to_bits()
                }
            }
            Const::Bool(b) => b as u64,
            _ => return None,
        })
    }
}

/// The hoisted-constant table type.
pub type ConstRegs = HashMap<u64, Reg>;
