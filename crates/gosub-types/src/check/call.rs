//! Calls: function and method calls (argument counts and types, variadic calls, multi-valued arguments),
//! conversions `T(x)`, and calls of generic functions with inferred type arguments.

use gosub_syntax::ast::{self, Expr, ExprKind};

use super::{Checker, Mode, Operand};
use crate::constant::Value;
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
            let fixed = if sig.variadic { sig.params.len().saturating_sub(1) } else { sig.params.len() };
            self.expected = if fixed > 0 { sig.params.first().copied() } else { None }
                .map(|param| (param, super::ExpectedFor::Call(expr_string(&call.func))));
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
        let fixed = if sig.variadic { sig.params.len().saturating_sub(1) } else { sig.params.len() };
        let mut operands: Vec<Operand<'a>> = call
            .args
            .iter()
            .enumerate()
            .map(|(i, arg)| {
                let param = if i < fixed { sig.params.get(i).copied() } else { None };
                self.expr_expecting(arg, param, || super::ExpectedFor::Call(expr_string(&call.func)))
            })
            .collect();
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
        // Constant conversions stay constant when the target is a basic constant type (go/types
        // `conversion`): the value must be representable (floats round), or an integer becomes the
        // UTF-8 encoding of a code point (U+FFFD when it is not one).
        if let Some(value) = operand.value().cloned()
            && types.is_const_type(target)
            && !types.is_type_param(target)
        {
            let kind = self.kind_of(target);
            let converted = match value.representable(self.kind_of(operand.ty), kind) {
                Ok(value) => Some(value),
                Err(_) if types.is_integer(operand.ty) && types.is_string(target) => {
                    let code_point = value.to_u64().filter(|&c| c <= 0x10FFFF).unwrap_or(0xFFFD);
                    Some(Value::from_u64(code_point).rune_to_string())
                }
                Err(_) => None,
            };
            if let Some(value) = converted {
                return Operand::new(Mode::Const(value), target, expr);
            }
            // Go's check stores the value as an integer before it finds it out of range, so the message
            // shows `1e100` to `int64` as the integer it is.
            if types.is_integer(target)
                && let int @ Value::Int(_) = value.to_int()
            {
                operand.mode = Mode::Const(int);
            }
            // An integer constant to an integer type can only overflow: Go says so concisely.
            let message = if types.is_integer(operand.ty) && types.is_integer(target) {
                format!("constant {} overflows {}", value.message_string(), self.type_string(target))
            } else {
                format!(
                    "cannot convert {} to type {}",
                    operand.describe(self.world, &self.pkg_path),
                    self.type_string(target)
                )
            };
            self.error(arg.span, message);
            return Operand::invalid(expr);
        }
        if operand.value().is_some() && types.is_type_param(target) {
            return self.constant_to_type_param(expr, arg, operand, target);
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

    /// `T(c)` for a constant `c` and a type parameter `T`: `c` must convert to every type of `T`'s type
    /// set (a string also to byte and rune slices); the result is a value, not a constant.
    fn constant_to_type_param(
        &mut self,
        expr: &'a Expr,
        arg: &'a Expr,
        mut operand: Operand<'a>,
        target: TypeId,
    ) -> Operand<'a> {
        let Some(value) = operand.value().cloned() else { return Operand::invalid(expr) };
        let types = &self.world.types;
        let target_text = self.type_string(target);
        let mut cause = None;
        match types.term_types(target).filter(|terms| !terms.is_empty()) {
            None => cause = Some(format!("{target_text} does not contain specific types")),
            Some(terms) => {
                for term in terms {
                    let types = &self.world.types;
                    let bytes_or_runes = matches!(types.get(term), Type::Slice(elem)
                        if matches!(types.basic_kind(*elem), Some(BasicKind::Uint8 | BasicKind::Int32)));
                    if types.is_string(operand.ty) && bytes_or_runes {
                        continue;
                    }
                    let fits = types.is_const_type(term)
                        && (value.representable(self.kind_of(operand.ty), self.kind_of(term)).is_ok()
                            || types.is_integer(operand.ty) && types.is_string(term));
                    if fits {
                        continue;
                    }
                    cause = Some(if types.is_integer(operand.ty) && types.is_integer(term) {
                        format!(
                            "constant {} overflows {} (in {target_text})",
                            value.message_string(),
                            self.type_string(term)
                        )
                    } else {
                        format!(
                            "cannot convert {} to type {} (in {target_text})",
                            operand.describe(self.world, &self.pkg_path),
                            self.type_string(term)
                        )
                    });
                    break;
                }
            }
        }
        // Type parameters are not constant types: the conversion is a value.
        operand.mode = Mode::Value;
        if let Some(cause) = cause {
            let message = format!(
                "cannot convert {} to type {target_text}: {cause}",
                operand.describe(self.world, &self.pkg_path)
            );
            self.error(arg.span, message);
            return Operand::invalid(expr);
        }
        Operand::new(Mode::Value, target, expr)
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
