//! Calls: function and method calls (argument counts and types, variadic calls, multi-valued arguments),
//! conversions `T(x)`, and calls of generic functions with inferred type arguments.

use gosub_syntax::ast::{self, Expr, ExprKind};

use super::{Checker, Mode, Operand};
use crate::exprstring::expr_string;
use crate::objects::ObjKind;
use crate::types::{BasicKind, Signature, Type, TypeId};

impl<'a> Checker<'a, '_> {
    pub(crate) fn call(&mut self, expr: &'a Expr, call: &'a ast::CallExpr) -> Operand<'a> {
        if let ExprKind::Index(base, targs) = &call.func.unparen().kind
            && let Some((obj, ident)) = self.generic_func_of(base)
        {
            return self.generic_call_explicit(expr, call, obj, ident, targs);
        }
        let callee = self.expr_or_type(&call.func);
        match callee.mode {
            Mode::Invalid => {
                for arg in &call.args {
                    self.multi_expr(arg);
                }
                Operand::invalid(expr)
            }
            Mode::Type if !self.world.types.type_params_of(callee.ty).is_empty() => {
                self.generic_without_instantiation(&call.func, callee.ty);
                for arg in &call.args {
                    self.multi_expr(arg);
                }
                Operand::invalid(expr)
            }
            Mode::Type => self.conversion(expr, call, callee.ty),
            Mode::Builtin(builtin) => self.builtin(expr, call, builtin),
            _ => {
                let mut callee = callee;
                if !self.single_value(&mut callee) {
                    return Operand::invalid(expr);
                }
                let Some(signature) = self.world.types.signature(callee.ty).cloned() else {
                    let message = format!(
                        "invalid operation: cannot call non-function {}",
                        callee.describe(self.world, &self.pkg_path)
                    );
                    let message = if self.world.types.is_type_param(callee.ty) {
                        message
                    } else {
                        format!(
                            "invalid operation: cannot call {}: {} is not a function",
                            callee.describe(self.world, &self.pkg_path),
                            self.type_string(callee.ty)
                        )
                    };
                    self.error(expr.span, message);
                    for arg in &call.args {
                        self.multi_expr(arg);
                    }
                    return Operand::invalid(expr);
                };
                let generic = self.generic_func_of(&call.func);
                let signature = match generic {
                    Some((obj, ident)) => {
                        let tparams = self.world.func_type_params(obj).to_vec();
                        match self.infer_call(expr, call, &signature, &tparams, &[], obj, ident) {
                            Some(signature) => signature,
                            None => return Operand::invalid(expr),
                        }
                    }
                    None => {
                        self.arguments(expr, call, &signature);
                        signature
                    }
                };
                super::generics::result_operand(self, expr, &signature)
            }
        }
    }

    /// Checks a call's arguments against a signature.
    fn arguments(&mut self, expr: &'a Expr, call: &'a ast::CallExpr, sig: &Signature) {
        // `f(g())` where g returns several values spreads them over the parameters.
        if call.args.len() == 1 && call.ellipsis.is_none() {
            let operand = self.multi_expr(&call.args[0]);
            if operand.is_invalid() {
                return;
            }
            if let Type::Tuple(elems) = self.world.types.get(operand.ty).clone() {
                let mut operands: Vec<Operand<'a>> = elems
                    .iter()
                    .map(|&ty| Operand { mode: Mode::Value, ty, expr: Some(&call.args[0]) })
                    .collect();
                self.check_argument_operands(expr, call, sig, &mut operands);
                return;
            }
            let mut operands = vec![operand];
            self.check_argument_operands(expr, call, sig, &mut operands);
            return;
        }
        let mut operands: Vec<Operand<'a>> = call.args.iter().map(|arg| self.expr(arg)).collect();
        self.check_argument_operands(expr, call, sig, &mut operands);
    }

    pub(crate) fn check_argument_operands(
        &mut self,
        expr: &'a Expr,
        call: &'a ast::CallExpr,
        sig: &Signature,
        operands: &mut [Operand<'a>],
    ) {
        let name = expr_string(&call.func);
        let context = format!("argument to {name}");
        if call.ellipsis.is_some() {
            if !sig.variadic {
                let at = call.ellipsis.unwrap_or(expr.span);
                self.error(at, format!("have (...) but function is not variadic: {}", name));
                let _ = at;
                return;
            }
            if operands.len() != sig.params.len() {
                self.count_error(expr, call, sig, operands);
                return;
            }
            for (operand, &param) in operands.iter_mut().zip(&sig.params) {
                self.assignment(operand, param, &context);
            }
            return;
        }
        let fixed = if sig.variadic { sig.params.len() - 1 } else { sig.params.len() };
        if operands.len() < fixed || (!sig.variadic && operands.len() > fixed) {
            self.count_error(expr, call, sig, operands);
            return;
        }
        for (i, operand) in operands.iter_mut().enumerate() {
            if operand.is_invalid() {
                continue;
            }
            let param = if i < fixed {
                sig.params[i]
            } else {
                match self.world.types.get(sig.params[fixed]) {
                    Type::Slice(elem) => *elem,
                    _ => continue,
                }
            };
            self.assignment(operand, param, &context);
        }
    }

    fn count_error(
        &mut self,
        expr: &'a Expr,
        call: &'a ast::CallExpr,
        sig: &Signature,
        operands: &[Operand<'a>],
    ) {
        if operands.iter().any(Operand::is_invalid) {
            return;
        }
        let too_many = operands.len() > sig.params.len();
        let have: Vec<String> = operands
            .iter()
            .map(|o| {
                if self.world.types.is_untyped(o.ty) && o.value().is_some() {
                    "number".to_string()
                } else {
                    self.type_string(o.ty)
                }
            })
            .collect();
        let have: Vec<String> = operands
            .iter()
            .zip(have)
            .map(|(o, s)| {
                if self.world.types.is_untyped(o.ty) {
                    match self.world.types.basic_kind(o.ty) {
                        Some(BasicKind::UntypedString) => "string".into(),
                        Some(BasicKind::UntypedBool) => "bool".into(),
                        Some(BasicKind::UntypedNil) => "nil".into(),
                        _ => "number".into(),
                    }
                } else {
                    s
                }
            })
            .collect();
        let mut want = String::new();
        let generic = self.world.types.intern(Type::Func(sig.clone()));
        if let Some(signature) = self.world.types.signature(generic) {
            let unnamed =
                Signature { param_names: Vec::new(), result_names: Vec::new(), ..signature.clone() };
            self.world.types.write_signature(&mut want, &unnamed, Some(&self.pkg_path), 0);
        }
        let want = want.split(')').next().map(|s| format!("{s})")).unwrap_or_default();
        let (word, at) = if too_many {
            ("too many", call.args.get(sig.params.len()).map_or(expr.span, |a| a.span))
        } else {
            // Go points at the last argument, or at `)` when there is none.
            let at = match call.args.last() {
                Some(last) => last.span,
                None => gosub_source::Span::empty_at(call.paren_span.hi.saturating_sub(1)),
            };
            ("not enough", at)
        };
        let message = format!(
            "{word} arguments in call to {}\n\thave ({})\n\twant {want}",
            expr_string(&call.func),
            have.join(", ")
        );
        self.error(at, message);
    }

    /// `T(x)`.
    fn conversion(&mut self, expr: &'a Expr, call: &'a ast::CallExpr, target: TypeId) -> Operand<'a> {
        let [arg] = call.args.as_slice() else {
            let message = if call.args.is_empty() {
                format!("missing argument in conversion to {}", self.type_string(target))
            } else {
                format!("too many arguments in conversion to {}", self.type_string(target))
            };
            for arg in &call.args {
                self.multi_expr(arg);
            }
            let at = if call.args.is_empty() {
                gosub_source::Span::empty_at(call.paren_span.hi.saturating_sub(1))
            } else {
                call.args[1].span
            };
            self.error(at, message);
            return Operand::invalid(expr);
        };
        let mut operand = self.expr(arg);
        if operand.is_invalid() {
            return Operand::invalid(expr);
        }
        if self.incomplete_type(target) {
            return Operand::invalid(expr);
        }
        let types = &self.world.types;
        // Constant conversions stay constant when the target is a basic constant type.
        if let Some(value) = operand.value().cloned()
            && types.is_const_type(target)
            && !types.is_type_param(target)
        {
            let kind = types.basic_kind(target).unwrap_or(BasicKind::Invalid);
            let from_integer_to_string = types.is_integer(operand.ty) && types.is_string(target);
            if from_integer_to_string {
                let code = value.as_int().unwrap_or(0xFFFD);
                let ch = u32::try_from(code).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
                let bytes = ch.to_string().into_bytes();
                return Operand::new(Mode::Const(crate::cvalue::Value::Str(bytes)), target, expr);
            }
            let compatible = (types.is_numeric(operand.ty) && types.is_numeric(target))
                || (types.is_string(operand.ty) && types.is_string(target))
                || (types.is_boolean(operand.ty) && types.is_boolean(target));
            if compatible {
                // Between numeric types a typed float may be truncated by a conversion only when it is not
                // constant; a constant must be exactly representable.
                let converted = if types.is_integer(target) && !types.is_integer(operand.ty) {
                    match value.as_int() {
                        Some(v) => crate::cvalue::Value::Int(v).represent(kind),
                        None => Err(crate::cvalue::NotRepresentable::Truncated),
                    }
                } else {
                    value.represent(kind)
                };
                return match converted {
                    Ok(value) => Operand::new(Mode::Const(value), target, expr),
                    Err(reason) => {
                        let word = if reason == crate::cvalue::NotRepresentable::Truncated {
                            "truncated"
                        } else {
                            "overflows"
                        };
                        let message = format!(
                            "cannot convert {} to type {} ({word})",
                            operand.describe(self.world, &self.pkg_path),
                            self.type_string(target)
                        );
                        let _ = word;
                        self.error(arg.span, message);
                        Operand::invalid(expr)
                    }
                };
            }
        }
        if self.convertible(&mut operand, target) {
            return Operand::new(Mode::Value, target, expr);
        }
        let message = format!(
            "cannot convert {} to type {}",
            operand.describe(self.world, &self.pkg_path),
            self.type_string(target)
        );
        self.error(arg.span, message);
        Operand::invalid(expr)
    }

    /// The spec's conversion rules for non-constant operands.
    fn convertible(&mut self, operand: &mut Operand<'a>, target: TypeId) -> bool {
        if self.world.types.is_untyped(operand.ty) {
            let mut copy = operand.clone();
            if self.implicit_convert(&mut copy, target, false) && !copy.is_invalid() {
                *operand = copy;
                return true;
            }
            let default = self.world.types.default_type(operand.ty);
            if default == operand.ty {
                return false;
            }
            operand.ty = default;
        }
        if self.assignable_type(operand, target) {
            return true;
        }
        let types = &self.world.types;
        let (from, to) = (operand.ty, target);
        let (from_under, to_under) = (types.underlying(from), types.underlying(to));
        if types.identical_ignoring_tags(from_under, to_under) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (types.get(from), types.get(to))
            && types.identical_ignoring_tags(types.underlying(*a), types.underlying(*b))
        {
            return true;
        }
        if (types.is_integer(from) || types.is_float(from)) && (types.is_integer(to) || types.is_float(to)) {
            return true;
        }
        if types.is_complex(from) && types.is_complex(to) {
            return true;
        }
        if types.is_string(to) {
            if types.is_integer(from) {
                return true;
            }
            if let Type::Slice(elem) = types.under(from)
                && matches!(types.basic_kind(*elem), Some(BasicKind::Uint8 | BasicKind::Int32))
            {
                return true;
            }
        }
        if types.is_string(from)
            && let Type::Slice(elem) = types.under(to)
            && matches!(types.basic_kind(*elem), Some(BasicKind::Uint8 | BasicKind::Int32))
        {
            return true;
        }
        // Slice to array or array pointer.
        if let Type::Slice(elem) = types.under(from) {
            match types.under(to) {
                Type::Array(_, e) if types.identical(*e, *elem) => return true,
                Type::Pointer(p) => {
                    if let Type::Array(_, e) = types.under(*p)
                        && types.identical(*e, *elem)
                    {
                        return true;
                    }
                }
                _ => {}
            }
        }
        if types.is_type_param(from) || types.is_type_param(to) {
            return true;
        }
        let _ = ObjKind::Nil;
        false
    }
}
