//! Calls: function and method calls (argument counts and types, variadic calls, multi-valued arguments),
//! conversions `T(x)`, and calls of generic functions with inferred type arguments.

use std::collections::HashMap;

use gosub_syntax::ast::{self, Expr, ExprKind};

use super::{Checker, Mode, Operand};
use crate::exprstring::expr_string;
use crate::objects::{ObjId, ObjKind};
use crate::types::{BasicKind, Signature, Type, TypeId};

impl<'a> Checker<'a, '_> {
    pub(crate) fn call(&mut self, expr: &'a Expr, call: &'a ast::CallExpr) -> Operand<'a> {
        let callee = self.expr_or_type(&call.func);
        match callee.mode {
            Mode::Invalid => {
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
                let generic =
                    self.generic_func_of(&call.func).and_then(|obj| self.generic_funcs.get(&obj).cloned());
                let signature = match generic {
                    Some(tparams) => match self.infer(expr, call, &signature, &tparams) {
                        Some(signature) => signature,
                        None => return Operand::invalid(expr),
                    },
                    None => {
                        self.arguments(expr, call, &signature);
                        signature
                    }
                };
                match signature.results.len() {
                    0 => Operand::new(Mode::NoValue, TypeId::INVALID, expr),
                    1 => Operand::new(Mode::Value, signature.results[0], expr),
                    _ => {
                        let tuple = self.world.types.tuple(signature.results.clone());
                        Operand::new(Mode::Value, tuple, expr)
                    }
                }
            }
        }
    }

    /// The generic function a callee expression names, if any.
    pub(crate) fn generic_func_of(&self, callee: &Expr) -> Option<ObjId> {
        let ExprKind::Ident(ident) = &callee.unparen().kind else { return None };
        let obj = self.lookup(&ident.name)?;
        self.generic_funcs.contains_key(&obj).then_some(obj)
    }

    /// `f[int]` or `f[int](x)` with explicit type arguments.
    pub(crate) fn instantiate_explicit(
        &mut self,
        expr: &'a Expr,
        obj: ObjId,
        targs: &'a [Expr],
    ) -> Operand<'a> {
        let tparams = self.generic_funcs.get(&obj).cloned().unwrap_or_default();
        let args: Vec<TypeId> = targs.iter().map(|t| self.type_expr(t)).collect();
        if args.contains(&TypeId::INVALID) {
            return Operand::invalid(expr);
        }
        if args.len() > tparams.len() {
            self.error(
                targs[tparams.len()].span,
                format!(
                    "got {} type arguments but {} has {} type parameters",
                    args.len(),
                    expr_string(expr),
                    tparams.len()
                ),
            );
            return Operand::invalid(expr);
        }
        if args.len() < tparams.len() {
            // Partial instantiation: the rest is inferred at the call, which gosub does not do yet.
            return Operand::invalid(expr);
        }
        let map: HashMap<TypeId, TypeId> = tparams.iter().copied().zip(args.iter().copied()).collect();
        let sig = self.world.obj(obj).ty;
        let ty = self.subst(sig, &map, 0);
        Operand::new(Mode::Value, ty, expr)
    }

    /// Infers type arguments from the call's arguments by unification, then checks the call against the
    /// instantiated signature.
    fn infer(
        &mut self,
        expr: &'a Expr,
        call: &'a ast::CallExpr,
        sig: &Signature,
        tparams: &[TypeId],
    ) -> Option<Signature> {
        let mut operands: Vec<Operand<'a>> = call.args.iter().map(|arg| self.expr(arg)).collect();
        if operands.iter().any(Operand::is_invalid) {
            return None;
        }
        let mut map: HashMap<TypeId, TypeId> = HashMap::new();
        let param_for = |i: usize| -> Option<TypeId> {
            if sig.variadic && i + 1 >= sig.params.len() {
                let last = *sig.params.last()?;
                if call.ellipsis.is_some() {
                    return Some(last);
                }
                return match self.world.types.get(last) {
                    Type::Slice(elem) => Some(*elem),
                    _ => Some(last),
                };
            }
            sig.params.get(i).copied()
        };
        // Typed arguments first, then untyped constants take their default types.
        for (i, operand) in operands.iter().enumerate() {
            if let Some(param) = param_for(i)
                && !self.world.types.is_untyped(operand.ty)
            {
                self.unify(param, operand.ty, &mut map, 0);
            }
        }
        for (i, operand) in operands.iter().enumerate() {
            if let Some(param) = param_for(i)
                && self.world.types.is_untyped(operand.ty)
                && tparams.contains(&param)
                && !map.contains_key(&param)
            {
                let default = self.world.types.default_type(operand.ty);
                map.insert(param, default);
            }
        }
        for &tparam in tparams {
            if !map.contains_key(&tparam) {
                let name =
                    self.world.types.type_param(tparam).map(|p| p.name.to_string()).unwrap_or_default();
                self.error(expr.span, format!("in call to {}, cannot infer {name}", expr_string(&call.func)));
                return None;
            }
        }
        for &tparam in tparams {
            let (Some(&arg), Some(constraint)) =
                (map.get(&tparam), self.world.types.type_param(tparam).map(|p| p.constraint))
            else {
                continue;
            };
            if let Some(reason) = self.unsatisfied(arg, constraint) {
                let message = format!(
                    "{} does not satisfy {} ({reason})",
                    self.type_string(arg),
                    self.type_string(constraint)
                );
                self.error(call.args.first().map_or(expr.span, |a| a.span), message);
                return None;
            }
        }
        let generic = self.world.types.intern(Type::Func(sig.clone()));
        let instantiated = self.subst(generic, &map, 0);
        let signature = self.world.types.signature(instantiated).cloned()?;
        self.check_argument_operands(expr, call, &signature, &mut operands);
        Some(signature)
    }

    /// Why `ty` does not satisfy `constraint`, or `None` when it does.
    fn unsatisfied(&self, ty: TypeId, constraint: TypeId) -> Option<String> {
        let interface = self.world.types.interface(constraint)?.clone();
        if let Some(terms) = &interface.terms {
            let types = &self.world.types;
            let ok = terms.iter().any(|t| {
                types.identical(t.ty, ty) || (t.tilde && types.identical(t.ty, types.underlying(ty)))
            });
            if !ok {
                return Some(format!("{} missing in {}", self.type_string(ty), {
                    let parts: Vec<String> = terms
                        .iter()
                        .map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, self.type_string(t.ty)))
                        .collect();
                    parts.join(" | ")
                }));
            }
        }
        if interface.comparable && !self.comparable(ty) {
            return Some(format!("{} is not comparable", self.type_string(ty)).replace(
                &format!("{} is not comparable", self.type_string(ty)),
                "incomparable types in type set",
            ));
        }
        if !interface.methods.is_empty()
            && let Some(missing) = crate::lookup::missing_method(self.world, ty, constraint)
        {
            return Some(
                crate::lookup::missing_text(self.world, &missing, Some(&self.pkg_path))
                    .trim_matches(['(', ')'])
                    .to_string(),
            );
        }
        None
    }

    fn unify(&self, param: TypeId, arg: TypeId, map: &mut HashMap<TypeId, TypeId>, depth: u32) {
        if depth > 50 {
            return;
        }
        let types = &self.world.types;
        if types.is_type_param(param) {
            map.entry(param).or_insert(arg);
            return;
        }
        let arg_under =
            if types.is_named(arg) && !types.is_named(param) { types.underlying(arg) } else { arg };
        match (types.get(param).clone(), types.get(arg_under).clone()) {
            (Type::Pointer(p), Type::Pointer(a))
            | (Type::Slice(p), Type::Slice(a))
            | (Type::Array(_, p), Type::Array(_, a)) => self.unify(p, a, map, depth + 1),
            (Type::Chan(_, p), Type::Chan(_, a)) => self.unify(p, a, map, depth + 1),
            (Type::Map(pk, pv), Type::Map(ak, av)) => {
                self.unify(pk, ak, map, depth + 1);
                self.unify(pv, av, map, depth + 1);
            }
            (Type::Func(p), Type::Func(a)) => {
                for (x, y) in p.params.iter().zip(&a.params).chain(p.results.iter().zip(&a.results)) {
                    self.unify(*x, *y, map, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// Replaces type parameters by their arguments.
    pub(crate) fn subst(&mut self, ty: TypeId, map: &HashMap<TypeId, TypeId>, depth: u32) -> TypeId {
        if depth > 50 {
            return ty;
        }
        if let Some(&arg) = map.get(&ty) {
            return arg;
        }
        let sub = |checker: &mut Self, t: TypeId| checker.subst(t, map, depth + 1);
        let structure = self.world.types.get(ty).clone();
        let new = match structure {
            Type::Pointer(e) => Type::Pointer(sub(self, e)),
            Type::Slice(e) => Type::Slice(sub(self, e)),
            Type::Array(n, e) => Type::Array(n, sub(self, e)),
            Type::Chan(d, e) => Type::Chan(d, sub(self, e)),
            Type::Map(k, v) => {
                let k = sub(self, k);
                Type::Map(k, sub(self, v))
            }
            Type::Tuple(elems) => Type::Tuple(elems.into_iter().map(|e| sub(self, e)).collect()),
            Type::Func(mut sig) => {
                sig.params = sig.params.into_iter().map(|e| sub(self, e)).collect();
                sig.results = sig.results.into_iter().map(|e| sub(self, e)).collect();
                Type::Func(sig)
            }
            Type::Struct(mut fields) => {
                for field in &mut fields {
                    field.ty = sub(self, field.ty);
                }
                Type::Struct(fields)
            }
            _ => return ty,
        };
        self.world.types.intern(new)
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

    fn check_argument_operands(
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
        if types.identical(from_under, to_under) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (types.get(from), types.get(to))
            && types.identical(types.underlying(*a), types.underlying(*b))
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
