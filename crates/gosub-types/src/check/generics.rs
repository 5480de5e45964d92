//! Generics: instantiating generic types (`Stack[int]`) and functions (`Map[int, string]`), inferring a
//! call's type arguments from its arguments, and checking type arguments against their constraints.
//!
//! Generic code is checked once, with its type parameters as types of their own; the operations allowed
//! on a type parameter follow from its constraint's type set (the predicates and `core_type` of
//! [`crate::types::TypeTable`]). Every instantiation is recorded in [`crate::Info`] (`instance_of`) for
//! the compiler, which specialises generic code with [`crate::types::TypeTable::subst`].

use crate::fasthash::HashMap;

use gosub_source::Span;
use gosub_syntax::ast::{self, Expr, ExprKind, Ident};

use super::{Checker, Mode, Operand};
use crate::info::{ExprMode, Instance, TypeAndValue};
use crate::objects::{ObjId, ObjKind};
use crate::types::{BasicKind, Signature, Type, TypeId};

impl<'a> Checker<'a, '_> {
    /// The generic function a callee expression names (`f`, `pkg.F`), with the identifier naming it.
    pub(crate) fn generic_func_of(&self, callee: &'a Expr) -> Option<(ObjId, &'a Ident)> {
        let (obj, ident) = match &callee.unparen().kind {
            ExprKind::Ident(ident) => (self.lookup(&ident.name)?, ident),
            ExprKind::Selector(base, name) => {
                let ExprKind::Ident(pkg) = &base.kind else { return None };
                let ObjKind::PkgName(package) = self.world.obj(self.lookup(&pkg.name)?).kind else {
                    return None;
                };
                (self.world.package_member(package, &name.name)?, name)
            }
            _ => return None,
        };
        (!self.world.func_type_params(obj).is_empty()).then_some((obj, ident))
    }

    /// Type arguments `[int, string]`; `None` if one is not a valid type (already reported).
    fn type_args(&mut self, targs: &'a [Expr]) -> Option<Vec<TypeId>> {
        let args: Vec<TypeId> = targs.iter().map(|t| self.type_expr(t)).collect();
        (!args.contains(&TypeId::INVALID)).then_some(args)
    }

    /// A generic type with type arguments: `Stack[int]` (in a type or as a conversion or literal type).
    pub(crate) fn instantiate_type_expr(
        &mut self,
        expr: &'a Expr,
        base: &'a Expr,
        targs: &'a [Expr],
    ) -> TypeId {
        let operand = self.expr_or_type(base);
        if operand.is_invalid() {
            for targ in targs {
                self.type_expr(targ);
            }
            return TypeId::INVALID;
        }
        if let Some(alias) = base_ident(base).and_then(|i| self.info.file(self.file as usize).use_of(i))
            && let Some(params) = self.generic_aliases.get(&alias).cloned()
        {
            let Some(args) = self.type_args(targs) else { return TypeId::INVALID };
            if args.len() != params.len() {
                let word = if args.len() > params.len() { "too many" } else { "not enough" };
                let name = self.world.obj(alias).name.clone();
                let message = format!(
                    "{word} type arguments for type {name}: have {}, want {}",
                    args.len(),
                    params.len()
                );
                self.error(base.span, message);
                return TypeId::INVALID;
            }
            if !self.verify_type_args(&params, &args, |i| targs[i].span) {
                return TypeId::INVALID;
            }
            let ty = self.world.types.subst(operand.ty, &params, &args);
            if let Some(ident) = base_ident(base) {
                self.info.record_instance(self.file, ident, Instance { type_args: args, ty });
            }
            return ty;
        }
        if operand.mode != Mode::Type || self.world.types.type_params_of(operand.ty).is_empty() {
            let text = crate::exprstring::expr_string(base);
            let message = if operand.mode == Mode::Type {
                format!("{text} is not a generic type")
            } else {
                format!("{text} is not a type")
            };
            self.error(base.span, message);
            return TypeId::INVALID;
        }
        let generic = operand.ty;
        let Some(args) = self.type_args(targs) else { return TypeId::INVALID };
        let tparams = self.world.types.type_params_of(generic).to_vec();
        if args.len() != tparams.len() {
            let word = if args.len() > tparams.len() { "too many" } else { "not enough" };
            let name = self.world.types.named(generic).map(|n| n.name.to_string()).unwrap_or_default();
            let message =
                format!("{word} type arguments for type {name}: have {}, want {}", args.len(), tparams.len());
            self.error(base.span, message);
            return TypeId::INVALID;
        }
        if !self.verify_type_args(&tparams, &args, |i| targs[i].span) {
            return TypeId::INVALID;
        }
        let ty = self.world.types.instantiate(generic, &args);
        if let Some(ident) = base_ident(base) {
            self.info.record_instance(self.file, ident, Instance { type_args: args, ty });
        }
        let _ = expr;
        ty
    }

    /// Reports the first type argument that does not satisfy its constraint; true if all do.
    pub(crate) fn verify_type_args(
        &mut self,
        tparams: &[TypeId],
        args: &[TypeId],
        at: impl Fn(usize) -> Span,
    ) -> bool {
        for (i, (&tparam, &arg)) in tparams.iter().zip(args).enumerate() {
            let Some(constraint) = self.world.types.type_param(tparam).map(|p| p.constraint) else {
                continue;
            };
            if constraint == TypeId::INVALID {
                continue;
            }
            let constraint = self.world.types.subst(constraint, tparams, args);
            if let Some(reason) = self.unsatisfied(arg, constraint) {
                let reason = if reason.is_empty() { reason } else { format!(" ({reason})") };
                let message = format!(
                    "{} does not satisfy {}{reason}",
                    self.type_string(arg),
                    self.type_string(constraint)
                );
                self.error(at(i), message);
                return false;
            }
        }
        true
    }

    /// Why `ty` does not satisfy `constraint`: `None` when it does, an empty reason when Go gives none
    /// (`[]int does not satisfy comparable`).
    pub(crate) fn unsatisfied(&mut self, ty: TypeId, constraint: TypeId) -> Option<String> {
        let interface = self.world.types.interface(constraint)?.clone();
        if let Some(terms) = &interface.terms {
            let types = &self.world.types;
            let in_set = |t: TypeId| {
                terms.iter().any(|term| {
                    types.identical(term.ty, t)
                        || (term.tilde && types.identical(types.underlying(term.ty), types.underlying(t)))
                })
            };
            let ok = match types.term_types(ty) {
                // A type parameter satisfies the constraint when its whole type set lies inside.
                Some(own) if types.is_type_param(ty) => {
                    let own_terms = types.interface(ty).and_then(|i| i.terms.clone()).unwrap_or_default();
                    !own.is_empty()
                        && own_terms.iter().all(|t| {
                            terms.iter().any(|term| {
                                if term.tilde {
                                    types.identical(types.underlying(term.ty), types.underlying(t.ty))
                                } else {
                                    !t.tilde && types.identical(term.ty, t.ty)
                                }
                            })
                        })
                }
                _ => !types.is_type_param(ty) && in_set(ty),
            };
            if !ok {
                let parts: Vec<String> = terms
                    .iter()
                    .map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, self.type_string(t.ty)))
                    .collect();
                return Some(format!("{} missing in {}", self.type_string(ty), parts.join(" | ")));
            }
        }
        if interface.comparable && !self.comparable(ty) {
            return Some(String::new());
        }
        if !interface.methods.is_empty()
            && let Some(missing) = crate::lookup::missing_method(self.world, ty, constraint)
        {
            let text = crate::lookup::missing_text(self.world, &missing, Some(&self.pkg_path));
            return Some(text.trim_start_matches('(').trim_end_matches(')').to_string());
        }
        None
    }

    /// `f[int]` used as a value (not called): every type argument must be given.
    pub(crate) fn instantiate_func_value(
        &mut self,
        expr: &'a Expr,
        obj: ObjId,
        ident: &'a Ident,
        targs: &'a [Expr],
    ) -> Operand<'a> {
        let tparams = self.world.func_type_params(obj).to_vec();
        let Some(args) = self.type_args(targs) else { return Operand::invalid(expr) };
        if args.len() > tparams.len() {
            let message = format!("got {} type arguments but want {}", args.len(), tparams.len());
            self.error(targs[tparams.len()].span, message);
            return Operand::invalid(expr);
        }
        let mut args = args;
        if args.len() < tparams.len() {
            // The rest may follow from the constraints' core types (`First[[]int]` with `S ~[]E`).
            let mut map: HashMap<TypeId, TypeId> =
                tparams.iter().copied().zip(args.iter().copied()).collect();
            self.infer_from_constraints(&tparams, &mut map);
            if let Some(&missing) = tparams.iter().find(|t| !map.contains_key(t)) {
                let name = self.world.types.type_param(missing).map(|p| p.name.to_string());
                let message = format!(
                    "in call to {}, cannot infer {}{}",
                    crate::exprstring::expr_string(expr),
                    name.unwrap_or_default(),
                    self.declared_at(missing)
                );
                self.error(expr.span, message);
                return Operand::invalid(expr);
            }
            let inferred: Vec<TypeId> = tparams.iter().map(|t| map[t]).collect();
            args = inferred.iter().map(|&a| self.world.types.subst(a, &tparams, &inferred)).collect();
        }
        if !self.verify_type_args(&tparams, &args, |i| targs[i].span) {
            return Operand::invalid(expr);
        }
        let sig = self.world.obj(obj).ty;
        let ty = self.world.types.subst(sig, &tparams, &args);
        self.info.record_instance(self.file, ident, Instance { type_args: args, ty });
        Operand::new(Mode::Value, ty, expr)
    }

    /// ` (declared at ./file.go:L:C)` for a type parameter, as Go ends `cannot infer T`.
    fn declared_at(&self, tparam: TypeId) -> String {
        let Some(obj) = self.world.type_param_obj(tparam) else { return String::new() };
        let object = self.world.obj(obj);
        let name = self.file_names.get(object.file as usize).map_or("", |n| n.as_str());
        if name.is_empty() {
            return String::new();
        }
        format!(" (declared at ./{name}:{})", self.position_text(object.file, object.span))
    }

    /// A call `f[A](args)` of a generic function with (possibly partial) explicit type arguments.
    pub(crate) fn generic_call_explicit(
        &mut self,
        expr: &'a Expr,
        call: &'a ast::CallExpr,
        obj: ObjId,
        ident: &'a Ident,
        targs: &'a [Expr],
    ) -> Operand<'a> {
        let callee = self.expr_or_type(base_of(&call.func));
        let tparams = self.world.func_type_params(obj).to_vec();
        let explicit = self.type_args(targs);
        let (Some(explicit), false) = (explicit, callee.is_invalid()) else {
            for arg in &call.args {
                self.multi_expr(arg);
            }
            return Operand::invalid(expr);
        };
        if explicit.len() > tparams.len() {
            let message = format!("got {} type arguments but want {}", explicit.len(), tparams.len());
            self.error(targs[tparams.len()].span, message);
            for arg in &call.args {
                self.multi_expr(arg);
            }
            return Operand::invalid(expr);
        }
        let Some(signature) = self.world.types.signature(callee.ty).cloned() else {
            return Operand::invalid(expr);
        };
        match self.infer_call(expr, call, &signature, &tparams, &explicit, obj, ident) {
            Some(signature) => {
                let ty = self.world.types.intern(Type::Func(signature.clone()));
                let tv = TypeAndValue { mode: ExprMode::Value, ty, value: None };
                self.info.record_type(self.file, &call.func, tv);
                result_operand(self, expr, &signature)
            }
            None => Operand::invalid(expr),
        }
    }

    /// Infers the type arguments of a call of a generic function (after the `explicit` ones), checks
    /// them against their constraints, then checks the arguments against the instantiated signature,
    /// which it returns. The instance is recorded on `ident`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn infer_call(
        &mut self,
        expr: &'a Expr,
        call: &'a ast::CallExpr,
        sig: &Signature,
        tparams: &[TypeId],
        explicit: &[TypeId],
        obj: ObjId,
        ident: &'a Ident,
    ) -> Option<Signature> {
        let mut operands: Vec<Operand<'a>> = Vec::new();
        if call.args.len() == 1 && call.ellipsis.is_none() {
            let operand = self.multi_expr(&call.args[0]);
            match self.world.types.get(operand.ty).clone() {
                Type::Tuple(elems) if !operand.is_invalid() => {
                    for ty in elems {
                        operands.push(Operand { mode: Mode::Value, ty, expr: Some(&call.args[0]) });
                    }
                }
                _ => operands.push(operand),
            }
        } else {
            for arg in &call.args {
                operands.push(self.expr(arg));
            }
        }
        if operands.iter().any(Operand::is_invalid) {
            return None;
        }
        let mut map: HashMap<TypeId, TypeId> =
            tparams.iter().copied().zip(explicit.iter().copied()).collect();
        let param_for = |checker: &Self, i: usize| -> Option<TypeId> {
            if sig.variadic && i + 1 >= sig.params.len() {
                let last = *sig.params.last()?;
                if call.ellipsis.is_some() {
                    return Some(last);
                }
                return match checker.world.types.get(last) {
                    Type::Slice(elem) => Some(*elem),
                    _ => Some(last),
                };
            }
            sig.params.get(i).copied()
        };
        // Typed arguments first.
        for (i, operand) in operands.iter().enumerate() {
            if let Some(param) = param_for(self, i)
                && !self.world.types.is_untyped(operand.ty)
            {
                self.unify(param, operand.ty, &mut map, 0);
            }
        }
        self.infer_from_constraints(tparams, &mut map);
        // A type argument inferred from typed arguments must have its constraint's methods (Go checks
        // this during inference, with a message of its own).
        for &tparam in tparams {
            let Some(&arg) = map.get(&tparam) else { continue };
            let Some(constraint) = self.world.types.type_param(tparam).map(|p| p.constraint) else {
                continue;
            };
            if self.world.types.interface(constraint).is_none_or(|i| i.methods.is_empty()) {
                continue;
            }
            if let Some(missing) = crate::lookup::missing_method(self.world, arg, constraint) {
                let reason = crate::lookup::missing_text(self.world, &missing, Some(&self.pkg_path));
                let name =
                    self.world.types.type_param(tparam).map(|p| p.name.to_string()).unwrap_or_default();
                let message = format!(
                    "in call to {}, {name} (type {}) does not satisfy {} {reason}",
                    crate::exprstring::expr_string(base_of(&call.func)),
                    self.type_string(arg),
                    self.type_string(constraint)
                );
                self.error(Span::empty_at(call.paren_span.lo), message);
                return None;
            }
        }
        // Then untyped constants bound directly to a type parameter take the default type of the
        // largest of their kinds (`Max(1, 2.5)` is float64).
        let mut untyped: HashMap<TypeId, TypeId> = HashMap::default();
        for (i, operand) in operands.iter().enumerate() {
            if let Some(param) = param_for(self, i)
                && self.world.types.is_untyped(operand.ty)
                && tparams.contains(&param)
                && !map.contains_key(&param)
                && operand.ty != self.world.types.basic(BasicKind::UntypedNil)
            {
                let entry = untyped.entry(param).or_insert(operand.ty);
                if untyped_rank(self, operand.ty) > untyped_rank(self, *entry) {
                    *entry = operand.ty;
                }
            }
        }
        for (param, ty) in untyped {
            let default = self.world.types.default_type(ty);
            map.insert(param, default);
        }
        self.infer_from_constraints(tparams, &mut map);
        for &tparam in tparams {
            if !map.contains_key(&tparam) {
                let name =
                    self.world.types.type_param(tparam).map(|p| p.name.to_string()).unwrap_or_default();
                let message = format!(
                    "in call to {}, cannot infer {name}{}",
                    crate::exprstring::expr_string(base_of(&call.func)),
                    self.declared_at(tparam)
                );
                self.error(Span::empty_at(call.paren_span.lo), message);
                return None;
            }
        }
        let args: Vec<TypeId> = tparams.iter().map(|t| map[t]).collect();
        // Arguments may mention other type parameters (`S ~[]E`): resolve them.
        let args: Vec<TypeId> = args.iter().map(|&a| self.world.types.subst(a, tparams, &args)).collect();
        let lparen = Span::empty_at(call.paren_span.lo);
        if !self.verify_type_args(tparams, &args, |_| lparen) {
            return None;
        }
        let generic = self.world.types.intern(Type::Func(sig.clone()));
        let instantiated = self.world.types.subst(generic, tparams, &args);
        let signature = self.world.types.signature(instantiated).cloned()?;
        self.info.record_instance(self.file, ident, Instance { type_args: args, ty: instantiated });
        let tv = TypeAndValue { mode: ExprMode::Value, ty: instantiated, value: None };
        self.info.record_type(self.file, &call.func, tv.clone());
        if let ExprKind::Index(base, _) = &call.func.unparen().kind {
            self.info.record_type(self.file, base, tv);
        }
        self.check_argument_operands(expr, call, &signature, &mut operands);
        let _ = obj;
        Some(signature)
    }

    /// Constraint type inference: a type parameter whose constraint has a core type (`S ~[]E`) is
    /// unified with it, which may bind the parameters the core type mentions (`E`), or bind the
    /// parameter itself when the core type is a single exact type whose parameters are all known.
    fn infer_from_constraints(&mut self, tparams: &[TypeId], map: &mut HashMap<TypeId, TypeId>) {
        for _round in 0..tparams.len() + 1 {
            let before = map.len();
            for &tparam in tparams {
                let types = &self.world.types;
                let Some(core) = types.core_type(tparam) else { continue };
                let single_exact = types
                    .interface(tparam)
                    .and_then(|i| i.terms.as_ref())
                    .is_some_and(|terms| terms.len() == 1 && !terms[0].tilde);
                match map.get(&tparam).copied() {
                    Some(arg) => {
                        // A type parameter argument unifies through its own core type (`Clone(s)`
                        // inside a function generic in `S ~[]E` binds the callee's `E` to that `E`).
                        let arg_under = if types.is_type_param(arg) {
                            types.core_type(arg).unwrap_or(arg)
                        } else {
                            types.underlying(arg)
                        };
                        self.unify(core, arg_under, map, 0);
                    }
                    None if single_exact && mentions_only(types, core, tparams, map) => {
                        let (known, values): (Vec<TypeId>, Vec<TypeId>) =
                            map.iter().map(|(k, v)| (*k, *v)).unzip();
                        let arg = self.world.types.subst(core, &known, &values);
                        map.insert(tparam, arg);
                    }
                    None => {}
                }
            }
            if map.len() == before {
                break;
            }
        }
    }

    /// Unifies a parameter type with an argument type, binding type parameters in `map` (inexactly:
    /// a named argument matches an unnamed parameter structure through its underlying type).
    fn unify(&self, param: TypeId, arg: TypeId, map: &mut HashMap<TypeId, TypeId>, depth: u32) {
        if depth > 50 {
            return;
        }
        let types = &self.world.types;
        if types.is_type_param(param) {
            if param == arg {
                // A recursive call passes the function's own type parameter: it is its own argument.
                map.entry(param).or_insert(arg);
                return;
            }
            match map.get(&param).copied() {
                None => {
                    map.insert(param, arg);
                }
                // A named type wins over its underlying structure (`[]int` then `IntSlice`).
                Some(bound)
                    if !types.is_named(bound)
                        && types.is_named(arg)
                        && types.identical(bound, types.underlying(arg)) =>
                {
                    map.insert(param, arg);
                }
                Some(_) => {}
            }
            return;
        }
        // Two instances of one generic type: unify their type arguments.
        if types.is_named(param) && types.is_named(arg) {
            if types.origin(param) == types.origin(arg) {
                let (p_args, a_args) = (types.type_args_of(param).to_vec(), types.type_args_of(arg).to_vec());
                for (p, a) in p_args.into_iter().zip(a_args) {
                    self.unify(p, a, map, depth + 1);
                }
            }
            return;
        }
        let arg_under = if types.is_type_param(arg) {
            // A type parameter argument matches a structure through its core type (`x` of type
            // `S ~[]E` passed as a `[]T`).
            types.core_type(arg).unwrap_or(arg)
        } else if types.is_named(arg) && !types.is_named(param) {
            types.underlying(arg)
        } else {
            arg
        };
        match (types.get(param).clone(), types.get(arg_under).clone()) {
            (Type::Pointer(p), Type::Pointer(a))
            | (Type::Slice(p), Type::Slice(a))
            | (Type::Array(_, p), Type::Array(_, a))
            | (Type::Chan(_, p), Type::Chan(_, a)) => self.unify(p, a, map, depth + 1),
            (Type::Map(pk, pv), Type::Map(ak, av)) => {
                self.unify(pk, ak, map, depth + 1);
                self.unify(pv, av, map, depth + 1);
            }
            (Type::Func(p), Type::Func(a)) => {
                for (x, y) in p.params.iter().zip(&a.params).chain(p.results.iter().zip(&a.results)) {
                    self.unify(*x, *y, map, depth + 1);
                }
            }
            (Type::Struct(p), Type::Struct(a)) if p.len() == a.len() => {
                for (x, y) in p.iter().zip(&a) {
                    self.unify(x.ty, y.ty, map, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// A generic function used as a value where the context expects a function type (`var f func(int)
    /// int = Id`, `apply(Id)` with a parameter of type `func(string) string`): Go infers the type
    /// arguments from that type. `None` when `expr` is not a generic function or the target is not a
    /// function type; an error (and an invalid operand) when inference fails.
    pub(crate) fn generic_value_for_target(
        &mut self,
        expr: &'a Expr,
        target: TypeId,
        what: &super::ExpectedFor,
    ) -> Option<Operand<'a>> {
        let (obj, ident) = self.generic_func_of(expr)?;
        let target_sig =
            self.world.types.core_type(target).and_then(|core| self.world.types.signature(core))?;
        let target_sig = target_sig.clone();
        let tparams = self.world.func_type_params(obj).to_vec();
        let sig = self.world.obj(obj).ty;
        let generic = self.world.types.signature(sig)?.clone();
        let mut map: HashMap<TypeId, TypeId> = HashMap::default();
        if generic.params.len() == target_sig.params.len()
            && generic.results.len() == target_sig.results.len()
        {
            for (&p, &a) in generic.params.iter().zip(&target_sig.params) {
                self.unify(p, a, &mut map, 0);
            }
            for (&p, &a) in generic.results.iter().zip(&target_sig.results) {
                self.unify(p, a, &mut map, 0);
            }
        }
        self.infer_from_constraints(&tparams, &mut map);
        if let Some(&missing) = tparams.iter().find(|t| !map.contains_key(t)) {
            let name = self.world.types.type_param(missing).map(|p| p.name.to_string()).unwrap_or_default();
            let message = match what {
                super::ExpectedFor::Var(var) => format!(
                    "type {} of {var} does not match {} (cannot infer {name})",
                    self.type_string(target),
                    self.type_string(sig)
                ),
                super::ExpectedFor::Call(func) => {
                    let tparams_text: Vec<String> = tparams
                        .iter()
                        .map(|&p| {
                            let tp = self.world.types.type_param(p);
                            let name = tp.map(|tp| tp.name.to_string()).unwrap_or_default();
                            let constraint = tp.map_or(TypeId::INVALID, |tp| tp.constraint);
                            format!("{name} {}", self.constraint_string(constraint))
                        })
                        .collect();
                    let sig_text = self.type_string(sig);
                    let rest = sig_text.strip_prefix("func").unwrap_or(&sig_text);
                    format!(
                        "in call to {func}, type func[{}]{rest} of {} does not match {} (cannot infer {name})",
                        tparams_text.join(", "),
                        crate::exprstring::expr_string(expr),
                        self.type_string(target)
                    )
                }
            };
            self.error(expr.span, message);
            return Some(Operand::invalid(expr));
        }
        let inferred: Vec<TypeId> = tparams.iter().map(|t| map[t]).collect();
        let args: Vec<TypeId> =
            inferred.iter().map(|&a| self.world.types.subst(a, &tparams, &inferred)).collect();
        if !self.verify_type_args(&tparams, &args, |_| expr.span) {
            return Some(Operand::invalid(expr));
        }
        let ty = self.world.types.subst(sig, &tparams, &args);
        if let super::ExpectedFor::Var(var) = what
            && !self.world.types.identical(ty, target)
            && !self.world.types.is_interface(target)
        {
            let message = format!(
                "inferred type {} for {} does not match type {} of {var}",
                self.type_string(ty),
                self.type_string(sig),
                self.type_string(target)
            );
            self.error(expr.span, message);
            return Some(Operand::invalid(expr));
        }
        self.info.record_instance(self.file, ident, Instance { type_args: args, ty });
        let operand = Operand::new(Mode::Value, ty, expr);
        self.record(expr, &operand);
        Some(operand)
    }

    /// `x` used as a value where `x` names a generic function that is neither called nor instantiated.
    pub(crate) fn check_not_generic_value(&mut self, expr: &'a Expr) -> bool {
        if let Some((obj, _)) = self.generic_func_of(expr) {
            let name = self.world.obj(obj).name.clone();
            self.error(expr.span, format!("cannot use generic function {name} without instantiation"));
            return false;
        }
        true
    }

    /// A generic type named without type arguments.
    pub(crate) fn generic_without_instantiation(&mut self, expr: &Expr, ty: TypeId) {
        let types = &self.world.types;
        let Some(named) = types.named(ty) else { return };
        let params: Vec<String> = named
            .type_params
            .iter()
            .map(|&p| {
                let name = types.type_param(p).map(|tp| tp.name.to_string()).unwrap_or_default();
                let constraint = types.type_param(p).map_or(TypeId::INVALID, |tp| tp.constraint);
                format!("{name} {}", self.constraint_string(constraint))
            })
            .collect();
        let message =
            format!("cannot use generic type {}[{}] without instantiation", named.name, params.join(", "));
        self.error(expr.span, message);
    }

    /// A constraint as Go prints it after a type parameter (`any`, `Number`, `~int | ~string`).
    pub(crate) fn constraint_string(&self, constraint: TypeId) -> String {
        super::operand::constraint_string(self.world, constraint, &self.pkg_path)
    }
}

/// The operand of a call's results.
pub(crate) fn result_operand<'a>(
    checker: &mut Checker<'a, '_>,
    expr: &'a Expr,
    sig: &Signature,
) -> Operand<'a> {
    match sig.results.len() {
        0 => Operand::new(Mode::NoValue, TypeId::INVALID, expr),
        1 => Operand::new(Mode::Value, sig.results[0], expr),
        _ => {
            let tuple = checker.world.types.tuple(sig.results.clone());
            Operand::new(Mode::Value, tuple, expr)
        }
    }
}

/// The callee without its type arguments: `f` of `f[int]`.
pub(crate) fn base_of(callee: &Expr) -> &Expr {
    match &callee.unparen().kind {
        ExprKind::Index(base, _) => base,
        _ => callee,
    }
}

/// The identifier naming a generic type or function: `Stack` of `Stack` or `pkg.Stack`.
pub(crate) fn base_ident(expr: &Expr) -> Option<&Ident> {
    match &expr.unparen().kind {
        ExprKind::Ident(ident) => Some(ident),
        ExprKind::Selector(_, name) => Some(name),
        _ => None,
    }
}

fn untyped_rank(checker: &Checker<'_, '_>, ty: TypeId) -> u32 {
    match checker.world.types.basic_kind(ty) {
        Some(BasicKind::UntypedInt) => 1,
        Some(BasicKind::UntypedRune) => 2,
        Some(BasicKind::UntypedFloat) => 3,
        Some(BasicKind::UntypedComplex) => 4,
        _ => 0,
    }
}

/// Whether every parameter of `params` that `ty` mentions is bound in `map`.
fn mentions_only(
    types: &crate::types::TypeTable,
    ty: TypeId,
    params: &[TypeId],
    map: &HashMap<TypeId, TypeId>,
) -> bool {
    !mentions(types, ty, &|t| params.contains(&t) && !map.contains_key(&t), 0)
}

fn mentions(types: &crate::types::TypeTable, ty: TypeId, pred: &dyn Fn(TypeId) -> bool, depth: u32) -> bool {
    if depth > 50 {
        return false;
    }
    if pred(ty) {
        return true;
    }
    let m = |t: TypeId| mentions(types, t, pred, depth + 1);
    match types.get(ty) {
        Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => m(*e),
        Type::Map(k, v) => m(*k) || m(*v),
        Type::Tuple(elems) => elems.iter().any(|&e| m(e)),
        Type::Func(sig) => sig.params.iter().chain(&sig.results).any(|&e| m(e)),
        Type::Struct(fields) => fields.iter().any(|f| m(f.ty)),
        Type::Named(_) => {
            types.named(ty).is_some_and(|n| n.origin.is_some() && n.type_args.iter().any(|&a| m(a)))
        }
        _ => false,
    }
}
