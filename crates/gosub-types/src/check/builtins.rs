//! Calls of the predeclared functions: `len cap append copy delete make new panic recover print println
//! min max clear complex real imag close`.

use gosub_syntax::ast::{self, Expr};

use super::{Checker, Mode, Operand};
use crate::constant::{CmpOp, Value};
use crate::objects::Builtin;
use crate::types::{BasicKind, Type, TypeId};

impl<'a> Checker<'a, '_> {
    pub(crate) fn builtin(
        &mut self,
        expr: &'a Expr,
        call: &'a ast::CallExpr,
        builtin: Builtin,
    ) -> Operand<'a> {
        let name = builtin.name();
        let args = &call.args;
        let (min, max): (usize, Option<usize>) = match builtin {
            Builtin::Append | Builtin::Max | Builtin::Min => (1, None),
            Builtin::Print | Builtin::Println => (0, None),
            Builtin::Make => (1, Some(3)),
            Builtin::Copy | Builtin::Delete | Builtin::Complex => (2, Some(2)),
            Builtin::Recover => (0, Some(0)),
            _ => (1, Some(1)),
        };
        if args.len() < min || max.is_some_and(|m| args.len() > m) {
            for arg in args {
                self.multi_expr(arg);
            }
            let (word, at) = if args.len() < min {
                (
                    "not enough",
                    args.last()
                        .map_or(gosub_source::Span::empty_at(call.paren_span.hi.saturating_sub(1)), |a| {
                            a.span
                        }),
                )
            } else {
                ("too many", args[max.unwrap_or(0)].span)
            };
            self.error(
                at,
                format!(
                    "{word} arguments for {} (expected {min}, found {})",
                    crate::exprstring::expr_string(expr),
                    args.len()
                ),
            );
            return Operand::invalid(expr);
        }
        if call.ellipsis.is_some() && builtin != Builtin::Append {
            self.error(expr.span, format!("invalid operation: invalid use of ... with built-in {name}"));
            return Operand::invalid(expr);
        }
        let int = self.world.types.basic(BasicKind::Int);
        match builtin {
            Builtin::Len | Builtin::Cap => {
                let operand = self.expr(&args[0]);
                if operand.is_invalid() {
                    return Operand::invalid(expr);
                }
                let types = &self.world.types;
                let core = types.core_type(operand.ty).unwrap_or(operand.ty);
                let ty = match types.get(core) {
                    Type::Pointer(inner) => types.underlying(*inner),
                    _ => core,
                };
                let constant = match (types.get(ty), operand.value()) {
                    (Type::Basic(_), Some(Value::String(bytes))) if builtin == Builtin::Len => {
                        Some(bytes.len() as u64)
                    }
                    (Type::Array(n, _), _) if !contains_call(&args[0]) => Some(*n),
                    _ => None,
                };
                let ok = match types.get(ty) {
                    Type::Basic(_) => builtin == Builtin::Len && types.is_string(ty),
                    Type::Array(..) | Type::Slice(_) | Type::Chan(..) => true,
                    Type::Map(..) => builtin == Builtin::Len,
                    // A type parameter without a core type: every type of its type set must allow it.
                    _ => types.term_types(operand.ty).is_some_and(|terms| {
                        !terms.is_empty()
                            && terms.iter().all(|&t| match types.get(t) {
                                Type::Basic(_) => builtin == Builtin::Len && types.is_string(t),
                                Type::Array(..) | Type::Slice(_) | Type::Chan(..) => true,
                                Type::Map(..) => builtin == Builtin::Len,
                                Type::Pointer(p) => matches!(types.under(*p), Type::Array(..)),
                                _ => false,
                            })
                    }),
                };
                if !ok {
                    let message = format!(
                        "invalid argument: {} for built-in {name}",
                        operand.describe(self.world, &self.pkg_path)
                    );
                    self.error(args[0].span, message);
                    return Operand::invalid(expr);
                }
                match constant {
                    Some(n) => Operand::new(Mode::Const(Value::from_u64(n)), int, expr),
                    None => Operand::new(Mode::Value, int, expr),
                }
            }
            Builtin::Append => {
                let mut slice = self.expr(&args[0]);
                if slice.is_invalid() {
                    for arg in &args[1..] {
                        self.expr(arg);
                    }
                    return Operand::invalid(expr);
                }
                let nil = self.world.types.basic(BasicKind::UntypedNil);
                if slice.ty == nil {
                    self.error(
                        args[0].span,
                        "first argument to append must be a typed slice; found untyped nil",
                    );
                    return Operand::invalid(expr);
                }
                let Type::Slice(elem) = self.world.types.core(slice.ty).clone() else {
                    let message = format!(
                        "invalid argument: {} is not a slice",
                        slice.describe(self.world, &self.pkg_path)
                    );
                    self.error(args[0].span, message);
                    return Operand::invalid(expr);
                };
                let _ = &mut slice;
                if call.ellipsis.is_some() {
                    if args.len() != 2 {
                        self.error(expr.span, "can only use ... with final argument in list");
                        return Operand::invalid(expr);
                    }
                    let mut rest = self.expr(&args[1]);
                    if rest.is_invalid() {
                        return Operand::invalid(expr);
                    }
                    // `append([]byte, string...)` is allowed.
                    let byte_string = self.world.types.basic_kind(elem) == Some(BasicKind::Uint8)
                        && self.world.types.is_string(rest.ty);
                    if !byte_string {
                        self.assignment(&mut rest, slice.ty, "argument to append");
                    }
                } else {
                    for arg in &args[1..] {
                        let mut operand = self.expr(arg);
                        self.assignment(&mut operand, elem, "argument to append");
                    }
                }
                Operand::new(Mode::Value, slice.ty, expr)
            }
            Builtin::Copy => {
                let dst = self.expr(&args[0]);
                let src = self.expr(&args[1]);
                if dst.is_invalid() || src.is_invalid() {
                    return Operand::invalid(expr);
                }
                let types = &self.world.types;
                let ok = match (types.core(dst.ty), types.core(src.ty)) {
                    (Type::Slice(a), Type::Slice(b)) => types.identical(*a, *b),
                    (Type::Slice(a), Type::Basic(_)) => {
                        types.basic_kind(*a) == Some(BasicKind::Uint8) && types.is_string(src.ty)
                    }
                    _ => false,
                };
                if let (Type::Slice(a), Type::Slice(b)) = (types.core(dst.ty), types.core(src.ty))
                    && !ok
                {
                    let message = format!(
                        "invalid copy: arguments {} and {} have different element types {} and {}",
                        dst.describe(self.world, &self.pkg_path),
                        src.describe(self.world, &self.pkg_path),
                        self.type_string(*a),
                        self.type_string(*b)
                    );
                    self.error(args[0].span, message);
                    return Operand::invalid(expr);
                }
                if !ok {
                    let message = format!(
                        "invalid argument: copy expects slice arguments; found {} and {}",
                        dst.describe(self.world, &self.pkg_path),
                        src.describe(self.world, &self.pkg_path)
                    );
                    self.error(expr.span, message);
                    return Operand::invalid(expr);
                }
                Operand::new(Mode::Value, int, expr)
            }
            Builtin::Delete => {
                let map = self.expr(&args[0]);
                let mut key = self.expr(&args[1]);
                if map.is_invalid() || key.is_invalid() {
                    return Operand::invalid(expr);
                }
                let Type::Map(key_ty, _) = self.world.types.core(map.ty).clone() else {
                    let message = format!(
                        "invalid argument: {} is not a map",
                        map.describe(self.world, &self.pkg_path)
                    );
                    self.error(args[0].span, message);
                    return Operand::invalid(expr);
                };
                self.assignment(&mut key, key_ty, "argument to delete");
                Operand { mode: Mode::NoValue, ty: TypeId::INVALID, expr: Some(expr) }
            }
            Builtin::Make => {
                let ty = self.type_expr(&args[0]);
                if ty == TypeId::INVALID {
                    return Operand::invalid(expr);
                }
                let (min_args, max_args) = match self.world.types.core(ty) {
                    Type::Slice(_) => (2, 3),
                    Type::Map(..) | Type::Chan(..) => (1, 2),
                    _ => {
                        let message = format!(
                            "invalid argument: cannot make {}: type must be slice, map, or channel",
                            crate::exprstring::expr_string(&args[0])
                        );
                        self.error(args[0].span, message);
                        return Operand::invalid(expr);
                    }
                };
                if args.len() < min_args {
                    let message = format!(
                        "invalid operation: {} expects {min_args} or {max_args} arguments; found {}",
                        crate::exprstring::expr_string(expr),
                        args.len()
                    );
                    self.error(expr.span, message);
                    return Operand::invalid(expr);
                }
                if args.len() > max_args {
                    let message = format!(
                        "invalid operation: {} expects {min_args} or {max_args} arguments; found {}",
                        crate::exprstring::expr_string(expr),
                        args.len()
                    );
                    self.error(expr.span, message);
                    return Operand::invalid(expr);
                }
                let mut sizes = Vec::new();
                for arg in &args[1..] {
                    sizes.push(self.size_arg(arg));
                }
                if let (Some(Some(len)), Some(Some(cap))) = (sizes.first(), sizes.get(1))
                    && len > cap
                {
                    self.error(args[1].span, "invalid argument: length and capacity swapped");
                }
                Operand::new(Mode::Value, ty, expr)
            }
            Builtin::New => {
                // Since Go 1.26 the argument may be a value: `new(5)` is a `*int` pointing at 5.
                let operand = self.expr_or_type(&args[0]);
                let ty = match operand.mode {
                    _ if operand.is_invalid() => return Operand::invalid(expr),
                    Mode::Type => operand.ty,
                    _ => {
                        let mut value = operand;
                        if !self.single_value(&mut value) {
                            return Operand::invalid(expr);
                        }
                        let nil = self.world.types.basic(BasicKind::UntypedNil);
                        if value.ty == nil {
                            self.error(args[0].span, "use of untyped nil in argument to built-in new");
                            return Operand::invalid(expr);
                        }
                        let target = self.world.types.default_type(value.ty);
                        if !self.assignment(&mut value, target, "argument to new") {
                            return Operand::invalid(expr);
                        }
                        target
                    }
                };
                let pointer = self.world.types.pointer(ty);
                Operand::new(Mode::Value, pointer, expr)
            }
            Builtin::Panic => {
                let mut operand = self.expr(&args[0]);
                let any = self.world.types.any();
                self.assignment(&mut operand, any, "argument to panic");
                Operand { mode: Mode::NoValue, ty: TypeId::INVALID, expr: Some(expr) }
            }
            Builtin::Print | Builtin::Println => {
                for arg in args {
                    let mut operand = self.expr(arg);
                    if operand.is_invalid() {
                        continue;
                    }
                    let nil = self.world.types.basic(BasicKind::UntypedNil);
                    if operand.ty == nil {
                        self.error(arg.span, format!("use of untyped nil in argument to built-in {name}"));
                        continue;
                    }
                    let target = self.world.types.default_type(operand.ty);
                    self.assignment(&mut operand, target, &format!("argument to built-in {name}"));
                }
                Operand { mode: Mode::NoValue, ty: TypeId::INVALID, expr: Some(expr) }
            }
            Builtin::Recover => {
                let any = self.world.types.any();
                Operand::new(Mode::Value, any, expr)
            }
            Builtin::Close => {
                let operand = self.expr(&args[0]);
                if operand.is_invalid() {
                    return Operand::invalid(expr);
                }
                match self.world.types.core(operand.ty) {
                    Type::Chan(ast::ChanDir::Recv, _) => {
                        let message = format!(
                            "invalid operation: cannot close receive-only channel {}",
                            operand.describe(self.world, &self.pkg_path)
                        );
                        self.error(args[0].span, message);
                        Operand::invalid(expr)
                    }
                    Type::Chan(..) => Operand { mode: Mode::NoValue, ty: TypeId::INVALID, expr: Some(expr) },
                    _ => {
                        let message = format!(
                            "invalid operation: cannot close non-channel {}",
                            operand.describe(self.world, &self.pkg_path)
                        );
                        self.error(args[0].span, message);
                        Operand::invalid(expr)
                    }
                }
            }
            Builtin::Clear => {
                let operand = self.expr(&args[0]);
                if operand.is_invalid() {
                    return Operand::invalid(expr);
                }
                if !matches!(self.world.types.core(operand.ty), Type::Map(..) | Type::Slice(_)) {
                    let message = format!(
                        "invalid argument: {} must be a map or slice",
                        operand.describe(self.world, &self.pkg_path)
                    );
                    self.error(args[0].span, message);
                    return Operand::invalid(expr);
                }
                Operand { mode: Mode::NoValue, ty: TypeId::INVALID, expr: Some(expr) }
            }
            Builtin::Min | Builtin::Max => {
                let mut operands: Vec<Operand<'a>> = args.iter().map(|a| self.expr(a)).collect();
                if operands.iter().any(Operand::is_invalid) {
                    return Operand::invalid(expr);
                }
                // All operands take one type: the first typed operand's, else the largest untyped kind.
                let typed = operands.iter().map(|o| o.ty).find(|&t| !self.world.types.is_untyped(t));
                if let Some(target) = typed {
                    for operand in &mut operands {
                        if self.world.types.is_untyped(operand.ty) {
                            self.convert_untyped(operand, target);
                        } else if !self.world.types.identical(operand.ty, target) {
                            let message = format!(
                                "invalid argument: mismatched types {} (previous argument) and {} (type of {})",
                                self.type_string(target),
                                self.type_string(operand.ty),
                                operand.text()
                            );
                            if let Some(e) = operand.expr {
                                self.error(e.span, message);
                            }
                            return Operand::invalid(expr);
                        }
                    }
                }
                if operands.iter().any(Operand::is_invalid) {
                    return Operand::invalid(expr);
                }
                let ty = operands[0].ty;
                if !self.world.types.is_ordered(ty) {
                    let message = format!(
                        "invalid argument: {} cannot be ordered",
                        operands[0].describe(self.world, &self.pkg_path)
                    );
                    self.error(args[0].span, message);
                    return Operand::invalid(expr);
                }
                // Constant operands fold.
                let values: Option<Vec<Value>> = operands.iter().map(|o| o.value().cloned()).collect();
                if let Some(values) = values {
                    let want = if builtin == Builtin::Min { CmpOp::Lt } else { CmpOp::Gt };
                    let mut best = values[0].clone();
                    for value in &values[1..] {
                        if value.compare(want, &best) == Ok(true) {
                            best = value.clone();
                        }
                    }
                    let ty = operands
                        .iter()
                        .map(|o| o.ty)
                        .max_by_key(|&t| untyped_rank(&self.world.types, t))
                        .unwrap_or(ty);
                    return Operand::new(Mode::Const(best), ty, expr);
                }
                let ty = operands
                    .iter()
                    .map(|o| o.ty)
                    .max_by_key(|&t| untyped_rank(&self.world.types, t))
                    .unwrap_or(ty);
                let ty = self.world.types.default_type(ty);
                Operand::new(Mode::Value, ty, expr)
            }
            Builtin::Complex => {
                let x = self.expr(&args[0]);
                let y = self.expr(&args[1]);
                if x.is_invalid() || y.is_invalid() {
                    return Operand::invalid(expr);
                }
                let types = &self.world.types;
                let float = if types.basic_kind(x.ty) == Some(BasicKind::Float32)
                    || types.basic_kind(y.ty) == Some(BasicKind::Float32)
                {
                    BasicKind::Complex64
                } else if types.is_untyped(x.ty) && types.is_untyped(y.ty) {
                    BasicKind::UntypedComplex
                } else {
                    BasicKind::Complex128
                };
                let ty = self.world.types.basic(float);
                if let (Some(a), Some(b)) = (x.value(), y.value()) {
                    let value = Value::make_complex(a, b);
                    let mut result = Operand::new(Mode::Const(value), ty, expr);
                    self.check_const_result(&mut result, expr.span, None);
                    return result;
                }
                Operand::new(Mode::Value, ty, expr)
            }
            Builtin::Real | Builtin::Imag => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return Operand::invalid(expr);
                }
                let types = &self.world.types;
                let kind = match types.basic_kind(x.ty) {
                    Some(BasicKind::Complex64) => BasicKind::Float32,
                    Some(BasicKind::Complex128) => BasicKind::Float64,
                    Some(
                        BasicKind::UntypedComplex
                        | BasicKind::UntypedFloat
                        | BasicKind::UntypedInt
                        | BasicKind::UntypedRune,
                    ) => BasicKind::UntypedFloat,
                    _ => {
                        let message = format!(
                            "invalid argument: {} must be of complex type",
                            x.describe(self.world, &self.pkg_path)
                        );
                        self.error(args[0].span, message);
                        return Operand::invalid(expr);
                    }
                };
                let ty = self.world.types.basic(kind);
                if let Some(value) = x.value() {
                    let part = if builtin == Builtin::Real { value.real() } else { value.imag() };
                    let mut result = Operand::new(Mode::Const(part), ty, expr);
                    self.check_const_result(&mut result, expr.span, None);
                    return result;
                }
                Operand::new(Mode::Value, ty, expr)
            }
        }
    }

    /// A length or capacity argument of `make`: a non-negative integer.
    fn size_arg(&mut self, arg: &'a Expr) -> Option<i64> {
        let mut operand = self.expr(arg);
        if operand.is_invalid() {
            return None;
        }
        if self.world.types.is_untyped(operand.ty) && operand.value().is_some() {
            let int = self.world.types.basic(BasicKind::Int);
            if !matches!(operand.value().map(Value::to_int), Some(Value::Int(_))) {
                let message = format!("{} truncated to int", operand.describe(self.world, &self.pkg_path));
                self.error(arg.span, message);
                return None;
            }
            self.convert_untyped(&mut operand, int);
        }
        if !self.world.types.is_integer(operand.ty) && !self.world.types.is_untyped(operand.ty) {
            let message =
                format!("cannot convert {} to type int", operand.describe(self.world, &self.pkg_path));
            self.error(arg.span, message);
            return None;
        }
        let value = operand.value()?.to_int().to_i64()?;
        if value < 0 {
            let message = format!(
                "invalid argument: index {} must not be negative",
                operand.describe(self.world, &self.pkg_path)
            );
            self.error(arg.span, message);
            return None;
        }
        Some(value)
    }
}

fn untyped_rank(types: &crate::types::TypeTable, ty: TypeId) -> u8 {
    match types.basic_kind(ty) {
        Some(BasicKind::UntypedInt) => 1,
        Some(BasicKind::UntypedRune) => 2,
        Some(BasicKind::UntypedFloat) => 3,
        Some(BasicKind::UntypedComplex) => 4,
        _ => 0,
    }
}

/// `len(a)` of an array is constant unless the expression contains a call or a receive (spec "Length
/// and capacity").
fn contains_call(expr: &Expr) -> bool {
    use gosub_syntax::ast::ExprKind;
    match &expr.kind {
        ExprKind::Call(_) => true,
        ExprKind::Unary(ast::UnaryOp::Recv, _) => true,
        ExprKind::Paren(inner) | ExprKind::Star(inner) | ExprKind::Unary(_, inner) => contains_call(inner),
        ExprKind::Selector(base, _) => contains_call(base),
        ExprKind::Index(base, indices) => contains_call(base) || indices.iter().any(contains_call),
        ExprKind::Binary(_, left, right) => contains_call(left) || contains_call(right),
        _ => false,
    }
}
