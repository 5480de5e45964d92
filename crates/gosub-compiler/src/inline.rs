//! Inlining of tiny leaf functions: a call of a function whose body is a few `x := e` statements and
//! one `return e` over its parameters, with operators that cannot panic, is compiled in place. Nothing
//! observable changes: such a body calls nothing, takes no address, cannot fail (so no traceback could
//! ever show its frame), and its parameters are copies. `spectral`'s `entry(i, j)` is the model.

use gosub_bytecode::Reg;
use gosub_syntax::ast::{self, AssignOp, BinaryOp, Expr, ExprKind, StmtKind, UnaryOp};
use gosub_types::info::FileInfo;
use gosub_types::types::BasicKind;
use gosub_types::{ExprMode, ObjId, World};

use crate::ctx::{CResult, FuncSource};
use crate::func::{FnCompiler, Var, err};

/// Most statements an inlined body may have.
const MAX_STMTS: usize = 4;

impl<'c, 'a> FnCompiler<'c, 'a> {
    /// The source of `obj` when calls of it can be inlined.
    pub fn inline_candidate(&mut self, obj: ObjId) -> Option<FuncSource<'a>> {
        if let Some(&known) = self.ctx.inlinable.get(&obj) {
            return if known { self.ctx.func_decls.get(&obj).copied() } else { None };
        }
        let src = self.ctx.func_decls.get(&obj).copied();
        let ok = src.is_some_and(|src| {
            let info = self.ctx.pkgs[src.pkg].info.file(src.file);
            inlinable(src.decl, &info, self.ctx.world)
        });
        self.ctx.inlinable.insert(obj, ok);
        if ok { src } else { None }
    }

    /// Compiles a call of an inlinable function in place; the result goes to `dst` or a temporary.
    pub fn inline_call(
        &mut self,
        src: FuncSource<'a>,
        obj: ObjId,
        call: &'a ast::CallExpr,
        sig: &gosub_types::types::Signature,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let Some(body) = &src.decl.body else { return err("inline without body") };
        // Arguments, in the caller's context. The body never assigns its parameters and calls
        // nothing, so a variable or constant argument can be read where it is.
        let mut regs = Vec::new();
        for (arg, &ty) in call.args.iter().zip(&sig.params) {
            let direct = matches!(arg.unparen().kind, ExprKind::Ident(_))
                || self.tv(arg).is_ok_and(|tv| tv.value.is_some());
            let same = self.ty(arg).is_ok_and(|t| self.ctx.world.types.identical(t, ty))
                || self.tv(arg).is_ok_and(|tv| tv.value.is_some());
            let r = if direct && same && !self.is_iface(ty) {
                self.expr_typed(arg, ty, None)?
            } else {
                let r = self.temp(ty)?;
                self.expr_into(arg, ty, r)?;
                r
            };
            regs.push(r);
        }
        // The body, in the callee's context.
        let (pkg, file) = (self.pkg, self.file);
        self.pkg = src.pkg;
        self.file = src.file;
        let result = self.inline_body(src.decl, body, obj, &regs, sig, dst);
        self.pkg = pkg;
        self.file = file;
        result
    }

    fn inline_body(
        &mut self,
        decl: &'a ast::FuncDecl,
        body: &'a ast::Block,
        _obj: ObjId,
        args: &[Reg],
        sig: &gosub_types::types::Signature,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        let mut names = Vec::new();
        for p in &decl.sig.params {
            for n in &p.names {
                names.push(self.info().def_of(n));
            }
        }
        for (i, &r) in args.iter().enumerate() {
            if let Some(Some(obj)) = names.get(i) {
                self.vars.insert(*obj, Var::Reg(r));
            }
        }
        let result_ty = sig.results[0];
        for stmt in &body.stmts {
            match &stmt.kind {
                StmtKind::Assign { lhs, rhs, .. } => {
                    let ExprKind::Ident(ident) = &lhs[0].kind else { return err("bad inline body") };
                    let Some(obj) = self.info().def_of(ident) else { return err("bad inline body") };
                    let ty = self.ctx.world.obj(obj).ty;
                    let r = self.temp(ty)?;
                    self.expr_into(&rhs[0], ty, r)?;
                    self.vars.insert(obj, Var::Reg(r));
                }
                StmtKind::Return(values) => {
                    let r = self.expr_to(&values[0], result_ty, dst)?;
                    if let Some(d) = dst {
                        let n = self.slots(result_ty)?;
                        self.mov(d, r, n);
                        return Ok(d);
                    }
                    return Ok(r);
                }
                _ => return err("bad inline body"),
            }
        }
        err("inline body without return")
    }
}

/// Whether a declaration's body has the inlinable shape.
fn inlinable(decl: &ast::FuncDecl, info: &FileInfo<'_>, world: &World) -> bool {
    let Some(body) = &decl.body else { return false };
    if decl.recv.is_some() || !decl.tparams.is_empty() || decl.sig.results.len() != 1 {
        return false;
    }
    if decl.sig.results.iter().any(|r| !r.names.is_empty()) || decl.sig.params.iter().any(|p| p.variadic) {
        return false;
    }
    if body.stmts.is_empty() || body.stmts.len() > MAX_STMTS {
        return false;
    }
    let last = body.stmts.len() - 1;
    let safe = |e: &Expr| Safe { info, world }.expr(e);
    for (i, stmt) in body.stmts.iter().enumerate() {
        match &stmt.kind {
            StmtKind::Assign { lhs, op: AssignOp::Define, rhs } if i < last => {
                if lhs.len() != 1
                    || rhs.len() != 1
                    || !matches!(&lhs[0].kind, ExprKind::Ident(id) if !id.is_blank())
                {
                    return false;
                }
                if !safe(&rhs[0]) {
                    return false;
                }
            }
            StmtKind::Return(values) if i == last => {
                if values.len() != 1 || !safe(&values[0]) {
                    return false;
                }
            }
            _ => return false,
        }
    }
    true
}

/// Decides whether an expression only reads variables and constants through operators that cannot
/// panic.
struct Safe<'i, 'w> {
    info: &'i FileInfo<'i>,
    world: &'w World,
}

impl Safe<'_, '_> {
    fn basic(&self, e: &Expr) -> Option<BasicKind> {
        let ty = self.info.type_of(e)?;
        self.world.types.basic_kind(ty)
    }

    fn expr(&self, e: &Expr) -> bool {
        let Some(tv) = self.info.type_and_value(e) else { return false };
        if tv.value.is_some() {
            return true;
        }
        // Only basic-typed values: no strings' allocation concerns, no pointers to dereference.
        if self.basic(e).is_none() {
            return false;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(_) => tv.mode == ExprMode::Variable,
            ExprKind::Unary(UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Not | UnaryOp::BitNot, x) => self.expr(x),
            ExprKind::Binary(op, a, b) => {
                let divides = matches!(op, BinaryOp::Div | BinaryOp::Rem);
                let shifts = matches!(op, BinaryOp::Shl | BinaryOp::Shr);
                let count = self.info.type_and_value(b).and_then(|tv| tv.value.as_ref());
                if divides {
                    // Only a non-zero constant divisor (an integer division by zero panics).
                    let integer = self.basic(e).is_some_and(crate::expr::is_int_kind);
                    if integer && (count.is_none() || is_zero(count)) {
                        return false;
                    }
                }
                if shifts && count.is_none() && !self.basic(b).is_some_and(unsigned_kind) {
                    return false;
                }
                if matches!(self.basic(e), Some(BasicKind::String | BasicKind::UntypedString)) {
                    return false;
                }
                self.expr(a) && self.expr(b)
            }
            ExprKind::Call(call) => {
                self.info.type_and_value(&call.func).map(|tv| tv.mode) == Some(ExprMode::Type)
                    && call.args.len() == 1
                    && numeric(self.basic(e))
                    && numeric(self.basic(&call.args[0]))
                    && self.expr(&call.args[0])
            }
            _ => false,
        }
    }
}

fn numeric(kind: Option<BasicKind>) -> bool {
    kind.is_some_and(|k| {
        crate::expr::is_numeric_kind(k) || k == BasicKind::Bool || k == BasicKind::UntypedBool
    })
}

fn unsigned_kind(k: BasicKind) -> bool {
    matches!(
        k,
        BasicKind::Uint
            | BasicKind::Uint8
            | BasicKind::Uint16
            | BasicKind::Uint32
            | BasicKind::Uint64
            | BasicKind::Uintptr
    )
}

fn is_zero(v: Option<&gosub_types::constant::Value>) -> bool {
    let Some(v) = v else { return false };
    matches!(crate::consts::read(v, crate::consts::Class::Int), Some(crate::consts::Const::Int(0)))
}
