//! Expressions: identifiers, literals, selectors, indexing, slicing, type assertions, unary and binary
//! operators, with constant folding and the implicit conversion of untyped operands.
//! Calls and conversions are in `call.rs`, composite literals in `assign.rs` beside assignability.

use gosub_source::Span;
use gosub_syntax::ast::{self, BinaryOp, Expr, ExprKind, UnaryOp};

use super::{Checker, MAX_DEPTH, Mode, Operand};
use crate::constant::{BinOp, CmpOp, RepresentError, ShiftOp, UnOp, Value};
use crate::exprstring::expr_string;
use crate::info::{Selection, SelectionKind};
use crate::lookup::{Found, lookup};
use crate::objects::{ObjKind, VarKind};
use crate::types::{BasicKind, Type, TypeId};

impl<'a> Checker<'a, '_> {
    /// A single value (not a type, not a tuple, not a call without results).
    pub(crate) fn expr(&mut self, expr: &'a Expr) -> Operand<'a> {
        let mut operand = self.multi_expr(expr);
        if !self.single_value(&mut operand) {
            return Operand::invalid(expr);
        }
        operand
    }

    /// Whether `expr` names a generic type (`Stack`, `pkg.List`), without resolving anything else.
    pub(crate) fn is_generic_type_expr(&self, expr: &Expr) -> bool {
        let obj = match &expr.unparen().kind {
            ExprKind::Ident(ident) => self.lookup(&ident.name),
            ExprKind::Selector(base, name) => match &base.kind {
                ExprKind::Ident(pkg) => {
                    match self.lookup(&pkg.name).map(|o| self.world.obj(o).kind.clone()) {
                        Some(ObjKind::PkgName(package)) => self.world.package_member(package, &name.name),
                        _ => None,
                    }
                }
                _ => None,
            },
            _ => None,
        };
        let Some(obj) = obj else { return false };
        if self.world.obj(obj).kind != ObjKind::TypeName {
            return false;
        }
        // A package-level generic type declares its parameters when it is resolved; its syntax says so
        // before that.
        if let Some(super::decl::DeclRef::Type { spec, .. }) = self.decls.get(&obj) {
            return !spec.tparams.is_empty();
        }
        self.generic_aliases.contains_key(&obj)
            || !self.world.types.type_params_of(self.world.obj(obj).ty).is_empty()
    }

    /// A value, possibly a tuple (the result of a multi-valued call).
    pub(crate) fn multi_expr(&mut self, expr: &'a Expr) -> Operand<'a> {
        let expected = self.expected.take();
        let operand = self.expr_or_type(expr);
        if operand.mode == Mode::Value
            && let Some((target, what)) = expected
            && let Some(inferred) = self.generic_value_for_target(expr, target, &what)
        {
            return inferred;
        }
        if operand.mode == Mode::Value && !self.check_not_generic_value(expr) {
            return Operand::invalid(expr);
        }
        match operand.mode {
            Mode::Type => {
                self.error(expr.span, format!("{} (type) is not an expression", expr_string(expr)));
                Operand::invalid(expr)
            }
            Mode::NoValue => {
                self.error(expr.span, format!("{} (no value) used as value", expr_string(expr)));
                Operand::invalid(expr)
            }
            Mode::Builtin(builtin) => {
                self.error(expr.span, format!("{} (built-in) must be called", builtin.name()));
                Operand::invalid(expr)
            }
            _ => operand,
        }
    }

    /// [`Checker::expr`] where the context already knows the type the value must have (`target`).
    pub(crate) fn expr_expecting(
        &mut self,
        expr: &'a Expr,
        target: Option<TypeId>,
        what: impl FnOnce() -> super::ExpectedFor,
    ) -> Operand<'a> {
        self.expected = target.filter(|&t| t != TypeId::INVALID).map(|t| (t, what()));
        let operand = self.expr(expr);
        self.expected = None;
        operand
    }

    /// Reports a tuple used where one value is needed.
    pub(crate) fn single_value(&mut self, operand: &mut Operand<'a>) -> bool {
        if operand.is_invalid() {
            return false;
        }
        if let Type::Tuple(elems) = self.world.types.get(operand.ty) {
            let count = elems.len();
            if let Some(expr) = operand.expr {
                let message = format!(
                    "multiple-value {} (value of type {}) in single-value context",
                    expr_string(expr),
                    self.type_string(operand.ty)
                );
                let _ = count;
                self.error(expr.span, message);
            }
            operand.mode = Mode::Invalid;
            return false;
        }
        true
    }

    /// The types of a possibly multi-valued operand.
    pub(crate) fn tuple_types(&self, operand: &Operand<'_>) -> Vec<TypeId> {
        match self.world.types.get(operand.ty) {
            Type::Tuple(elems) => elems.clone(),
            _ if operand.is_invalid() => Vec::new(),
            _ => vec![operand.ty],
        }
    }

    /// Any expression, including a type; records the result.
    pub(crate) fn expr_or_type(&mut self, expr: &'a Expr) -> Operand<'a> {
        // An expected type applies to the expression `multi_expr` was called with, never to its parts.
        self.expected = None;
        self.depth += 1;
        let operand = if self.depth > MAX_DEPTH {
            self.error(expr.span, "expression nested too deeply");
            Operand::invalid(expr)
        } else {
            self.expr_inner(expr)
        };
        self.depth -= 1;
        self.record(expr, &operand);
        operand
    }

    fn expr_inner(&mut self, expr: &'a Expr) -> Operand<'a> {
        match &expr.kind {
            ExprKind::Ident(ident) => self.ident(expr, ident),
            ExprKind::Lit(lit) => match Value::from_literal(lit.kind, &lit.raw) {
                Ok(value) => {
                    let kind = match lit.kind {
                        ast::LitKind::Int => BasicKind::UntypedInt,
                        ast::LitKind::Float => BasicKind::UntypedFloat,
                        ast::LitKind::Imag => BasicKind::UntypedComplex,
                        ast::LitKind::Rune => BasicKind::UntypedRune,
                        ast::LitKind::Str | ast::LitKind::RawStr => BasicKind::UntypedString,
                    };
                    let mut operand = Operand::new(Mode::Const(value), self.world.types.basic(kind), expr);
                    // Integer literals beyond 512 bits overflow (go.dev/issue/54280).
                    self.check_const_result(&mut operand, expr.span, None);
                    operand
                }
                Err(error) => {
                    self.error(expr.span, error.to_string());
                    Operand::invalid(expr)
                }
            },
            ExprKind::CompositeLit(lit) => self.composite_lit(expr, lit, None),
            ExprKind::FuncLit(lit) => {
                let saved_scope = self.scope;
                self.open_scope(true);
                let func_scope = self.scope;
                let sig = self.signature(&lit.sig);
                self.scope = saved_scope;
                self.func_literal_body(sig, &lit.sig, &lit.body, func_scope);
                Operand::new(Mode::Value, sig, expr)
            }
            ExprKind::Paren(inner) => {
                let mut operand = self.expr_or_type(inner);
                operand.expr = Some(expr);
                operand
            }
            ExprKind::Selector(base, name) => self.selector(expr, base, name),
            ExprKind::Index(base, indices) => self.index(expr, base, indices),
            ExprKind::Slice(slice) => self.slice_expr(expr, slice),
            ExprKind::TypeAssert(base, ty) => {
                let operand = self.expr(base);
                let Some(ty) = ty else {
                    self.error(base.span, "invalid syntax tree: use of .(type) outside type switch");
                    return Operand::invalid(expr);
                };
                let target = self.type_expr(ty);
                if operand.is_invalid() || target == TypeId::INVALID {
                    return Operand::invalid(expr);
                }
                if !self.world.types.is_interface(operand.ty) {
                    let message = format!(
                        "invalid operation: {} is not an interface",
                        operand.describe(self.world, &self.pkg_path)
                    );
                    self.error(base.span, message);
                    return Operand::invalid(expr);
                }
                self.check_type_assertion(expr, operand.ty, target);
                Operand::new(Mode::CommaOk, target, expr)
            }
            ExprKind::Call(call) => self.call(expr, call),
            ExprKind::Star(inner) => {
                let operand = self.expr_or_type(inner);
                match operand.mode {
                    Mode::Invalid => Operand::invalid(expr),
                    Mode::Type => {
                        let ty = self.world.types.pointer(operand.ty);
                        Operand::new(Mode::Type, ty, expr)
                    }
                    _ => {
                        let mut operand = operand;
                        if !self.single_value(&mut operand) {
                            return Operand::invalid(expr);
                        }
                        if operand.ty == self.world.types.basic(BasicKind::UntypedNil) {
                            self.error(expr.span, "invalid operation: cannot indirect nil");
                            return Operand::invalid(expr);
                        }
                        match self.world.types.core(operand.ty) {
                            Type::Pointer(elem) => Operand::new(Mode::Var, *elem, expr),
                            _ => {
                                let message = format!(
                                    "invalid operation: cannot indirect {}",
                                    operand.describe(self.world, &self.pkg_path)
                                );
                                self.error(operand.expr.map_or(expr.span, |e| e.span), message);
                                Operand::invalid(expr)
                            }
                        }
                    }
                }
            }
            ExprKind::Unary(op, inner) => self.unary(expr, *op, inner),
            ExprKind::Binary(op, left, right) => self.binary(expr, *op, left, right),
            ExprKind::ArrayType(..)
            | ExprKind::SliceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {
                let ty = self.type_expr(expr);
                if ty == TypeId::INVALID {
                    return Operand::invalid(expr);
                }
                Operand::new(Mode::Type, ty, expr)
            }
        }
    }

    fn ident(&mut self, expr: &'a Expr, ident: &'a ast::Ident) -> Operand<'a> {
        if ident.is_blank() {
            self.error(ident.span, "cannot use _ as value or type");
            return Operand::invalid(expr);
        }
        let Some(obj) = self.lookup(&ident.name) else {
            self.error(ident.span, format!("undefined: {}", ident.name));
            return Operand::invalid(expr);
        };
        self.info.record_use(self.file, ident, obj);
        if self.world.obj(obj).pkg == Some(self.pkg) && self.decls.contains_key(&obj) {
            self.obj_decl(obj);
            self.record_dependency(obj);
        }
        let object = self.world.obj(obj).clone();
        match object.kind {
            ObjKind::Const(value) => {
                if &*object.name == "iota" && object.pkg.is_none() {
                    return match self.iota {
                        Some(iota) => Operand::new(Mode::Const(Value::Int(iota.into())), object.ty, expr),
                        None => {
                            self.error(ident.span, "cannot use iota outside constant declaration");
                            Operand::invalid(expr)
                        }
                    };
                }
                match value {
                    Some(value) if object.ty != TypeId::INVALID => {
                        Operand::new(Mode::Const(value), object.ty, expr)
                    }
                    _ => Operand::invalid(expr),
                }
            }
            ObjKind::Var(kind) => {
                // Assignments mark nothing as used; `assign.rs` resets the flag for a plain `x = …`.
                self.world.obj_mut(obj).used = true;
                if object.ty == TypeId::INVALID {
                    return Operand::invalid(expr);
                }
                let _ = kind == VarKind::Package;
                Operand::new(Mode::Var, object.ty, expr)
            }
            ObjKind::TypeName => {
                if object.ty == TypeId::INVALID {
                    return Operand::invalid(expr);
                }
                Operand::new(Mode::Type, object.ty, expr)
            }
            ObjKind::Func => {
                if object.ty == TypeId::INVALID {
                    return Operand::invalid(expr);
                }
                Operand::new(Mode::Value, object.ty, expr)
            }
            ObjKind::PkgName(_) => {
                self.world.obj_mut(obj).used = true;
                self.error(ident.span, format!("use of package {} without selector", ident.name));
                Operand::invalid(expr)
            }
            ObjKind::Builtin(builtin) => Operand::new(Mode::Builtin(builtin), TypeId::INVALID, expr),
            ObjKind::Nil => Operand::new(Mode::Value, self.world.types.basic(BasicKind::UntypedNil), expr),
            ObjKind::Label => {
                self.error(ident.span, format!("undefined: {}", ident.name));
                Operand::invalid(expr)
            }
        }
    }

    fn selector(&mut self, expr: &'a Expr, base: &'a Expr, name: &'a ast::Ident) -> Operand<'a> {
        // A qualified identifier `pkg.Name`.
        if let ExprKind::Ident(pkg_ident) = &base.kind
            && let Some(obj) = self.lookup(&pkg_ident.name)
            && let ObjKind::PkgName(package) = self.world.obj(obj).kind
        {
            self.world.obj_mut(obj).used = true;
            self.info.record_use(self.file, pkg_ident, obj);
            if self.broken_packages.contains(&package) {
                return Operand::invalid(expr);
            }
            let member = self.world.package_member(package, &name.name);
            let Some(member) = member.filter(|&m| self.world.obj(m).is_exported()) else {
                let message = if member.is_some() {
                    format!("name {} not exported by package {}", name.name, pkg_ident.name)
                } else {
                    format!("undefined: {}.{}", pkg_ident.name, name.name)
                };
                self.error(name.span, message);
                return Operand::invalid(expr);
            };
            self.info.record_use(self.file, name, member);
            let object = self.world.obj(member).clone();
            return match object.kind {
                ObjKind::Const(Some(value)) => Operand::new(Mode::Const(value), object.ty, expr),
                ObjKind::Var(_) => Operand::new(Mode::Var, object.ty, expr),
                ObjKind::TypeName => Operand::new(Mode::Type, object.ty, expr),
                ObjKind::Func => Operand::new(Mode::Value, object.ty, expr),
                _ => Operand::invalid(expr),
            };
        }
        let operand = self.expr_or_type(base);
        if operand.is_invalid() {
            return Operand::invalid(expr);
        }
        let mut operand = operand;
        if operand.mode != Mode::Type && !self.single_value(&mut operand) {
            return Operand::invalid(expr);
        }
        if matches!(operand.mode, Mode::NoValue | Mode::Builtin(_)) {
            let mut as_value = operand.clone();
            as_value.expr = Some(base);
            self.multi_expr(base);
            return Operand::invalid(expr);
        }
        let found = lookup(self.world, operand.ty, &name.name);
        if operand.mode == Mode::Type {
            return self.method_expr(expr, &operand, name, found);
        }
        match found {
            Found::Field { path, ty, indirect } => {
                let mode = if operand.mode == Mode::Var || indirect { Mode::Var } else { Mode::Value };
                let kind = SelectionKind::FieldVal;
                self.info.record_selection(
                    self.file,
                    expr,
                    Selection { kind, obj: None, recv: operand.ty, path, indirect, ty },
                );
                Operand::new(mode, ty, expr)
            }
            Found::Method { obj, path, indirect, recv } => {
                self.record_dependency(obj);
                let method = self.world.obj(obj).clone();
                let method_ty = crate::lookup::method_type(self.world, obj, recv);
                let is_pointer = matches!(self.world.types.get(operand.ty), Type::Pointer(_));
                if method.ptr_recv && !is_pointer && !indirect && operand.mode != Mode::Var {
                    let message = format!(
                        "cannot call pointer method {} on {}",
                        name.name,
                        self.type_string(operand.ty)
                    );
                    self.error(name.span, message);
                    return Operand::invalid(expr);
                }
                let selection = Selection {
                    kind: SelectionKind::MethodVal,
                    obj: Some(obj),
                    recv: operand.ty,
                    path,
                    indirect,
                    ty: method_ty,
                };
                self.info.record_selection(self.file, expr, selection);
                Operand::new(Mode::Value, method_ty, expr)
            }
            Found::InterfaceMethod { sig, path } => {
                let selection = Selection {
                    kind: SelectionKind::InterfaceMethod,
                    obj: None,
                    recv: operand.ty,
                    path,
                    indirect: false,
                    ty: sig,
                };
                self.info.record_selection(self.file, expr, selection);
                Operand::new(Mode::Value, sig, expr)
            }
            Found::Ambiguous => {
                self.error(name.span, format!("ambiguous selector {}", expr_string(expr)));
                Operand::invalid(expr)
            }
            Found::NotFound => {
                self.missing_field_or_method(expr, &operand, name);
                Operand::invalid(expr)
            }
        }
    }

    fn missing_field_or_method(&mut self, expr: &Expr, operand: &Operand<'_>, name: &ast::Ident) {
        let types = &self.world.types;
        let ty = operand.ty;
        let what = if let Type::Pointer(elem) = types.get(ty)
            && types.is_interface(*elem)
        {
            format!("type {} is pointer to interface, not interface", self.type_string(ty))
        } else {
            format!("type {} has no field or method {}", self.type_string(ty), name.name)
        };
        // Go points out a field or method that differs only in the case of its first letter.
        let mut message = format!("{} undefined ({what}", expr_string(expr));
        let capitalised: String = {
            let mut chars = name.name.chars();
            match chars.next() {
                Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => String::new(),
            }
        };
        match lookup(self.world, ty, &capitalised) {
            Found::Field { .. } => message.push_str(&format!(", but does have field {capitalised}")),
            Found::Method { .. } | Found::InterfaceMethod { .. } => {
                message.push_str(&format!(", but does have method {capitalised}"))
            }
            _ => {}
        }
        message.push(')');
        self.error(name.span, message);
    }

    /// `T.M` or `(*T).M`: a function whose first parameter is the receiver.
    fn method_expr(
        &mut self,
        expr: &'a Expr,
        operand: &Operand<'a>,
        name: &ast::Ident,
        found: Found,
    ) -> Operand<'a> {
        let (obj, sig, path, indirect) = match found {
            Found::Method { obj, path, indirect, recv } => {
                let method = self.world.obj(obj).clone();
                let method_ty = crate::lookup::method_type(self.world, obj, recv);
                let is_pointer = matches!(self.world.types.get(operand.ty), Type::Pointer(_));
                if method.ptr_recv && !is_pointer && !indirect {
                    let message = format!(
                        "invalid method expression {} (needs pointer receiver (*{}).{})",
                        expr_string(expr),
                        self.type_string(operand.ty),
                        name.name
                    );
                    self.error(name.span, message);
                    return Operand::invalid(expr);
                }
                (Some(obj), method_ty, path, indirect)
            }
            Found::InterfaceMethod { sig, path } => (None, sig, path, false),
            _ => {
                let message = format!(
                    "{} undefined (type {} has no method {})",
                    expr_string(expr),
                    self.type_string(operand.ty),
                    name.name
                );
                self.error(name.span, message);
                return Operand::invalid(expr);
            }
        };
        let Some(signature) = self.world.types.signature(sig).cloned() else { return Operand::invalid(expr) };
        let mut params = vec![operand.ty];
        params.extend(signature.params.iter().copied());
        let ty = self.world.types.intern(Type::Func(crate::types::Signature {
            params,
            param_names: Vec::new(),
            results: signature.results.clone(),
            result_names: Vec::new(),
            variadic: signature.variadic,
        }));
        let selection =
            Selection { kind: SelectionKind::MethodExpr, obj, recv: operand.ty, path, indirect, ty };
        self.info.record_selection(self.file, expr, selection);
        Operand::new(Mode::Value, ty, expr)
    }

    fn index(&mut self, expr: &'a Expr, base: &'a Expr, indices: &'a [Expr]) -> Operand<'a> {
        if let Some((obj, ident)) = self.generic_func_of(base) {
            let callee = self.expr_or_type(base);
            if callee.is_invalid() {
                return Operand::invalid(expr);
            }
            return self.instantiate_func_value(expr, obj, ident, indices);
        }
        if self.is_generic_type_expr(base) {
            let ty = self.instantiate_type_expr(expr, base, indices);
            if ty == TypeId::INVALID {
                return Operand::invalid(expr);
            }
            return Operand::new(Mode::Type, ty, expr);
        }
        let operand = self.expr_or_type(base);
        if operand.is_invalid() {
            for index in indices {
                self.expr_or_type(index);
            }
            return Operand::invalid(expr);
        }
        if operand.mode == Mode::Type {
            self.error(base.span, format!("{} is not a generic type", expr_string(base)));
            return Operand::invalid(expr);
        }
        let mut operand = operand;
        if !self.single_value(&mut operand) {
            return Operand::invalid(expr);
        }
        let [index] = indices else {
            self.error(expr.span, "unexpected comma; expecting ]");
            return Operand::invalid(expr);
        };
        let types = &self.world.types;
        let under = types.core(operand.ty).clone();
        let (length, elem, mode) = match &under {
            Type::Basic(_) if types.is_string(operand.ty) => {
                let length = operand.value().and_then(Value::as_bytes).map(|bytes| bytes.len() as u64);
                (length, types.byte(), Mode::Value)
            }
            Type::Array(n, elem) => {
                let mode = if operand.mode == Mode::Var { Mode::Var } else { Mode::Value };
                (Some(*n), *elem, mode)
            }
            Type::Pointer(inner) => match types.under(*inner) {
                Type::Array(n, elem) => (Some(*n), *elem, Mode::Var),
                _ => return self.cannot_index(expr, &operand),
            },
            Type::Slice(elem) => (None, *elem, Mode::Var),
            Type::Map(key, value) => {
                let (key, value) = (*key, *value);
                let mut key_operand = self.expr(index);
                if !key_operand.is_invalid() {
                    self.assignment(&mut key_operand, key, "map index");
                }
                return Operand::new(Mode::MapIndex, value, expr);
            }
            _ => match self.type_param_index(operand.ty) {
                Some((elem, mode)) => (None, elem, mode),
                None => return self.cannot_index(expr, &operand),
            },
        };
        // Indexing a constant string gives a byte value, not a constant.
        self.index_value(index, length);
        Operand::new(mode, elem, expr)
    }

    /// Indexing a value of a type parameter without a core type (`S ~string | ~[]byte`): every type of
    /// its type set must be indexable with one element type (go/types `indexExpr`). The result is a
    /// variable only when no type of the set is a string. Maps mixed with other types are not indexable.
    fn type_param_index(&self, ty: TypeId) -> Option<(TypeId, Mode)> {
        let types = &self.world.types;
        let terms = types.term_types(ty)?;
        let mut elem: Option<TypeId> = None;
        let mut mode = Mode::Var;
        for term in terms {
            let (term_elem, term_mode) = match types.get(term) {
                Type::Basic(_) if types.is_string(term) => (types.byte(), Mode::Value),
                Type::Slice(e) => (*e, Mode::Var),
                Type::Array(_, e) => (*e, Mode::Var),
                Type::Pointer(inner) => match types.under(*inner) {
                    Type::Array(_, e) => (*e, Mode::Var),
                    _ => return None,
                },
                _ => return None,
            };
            if term_mode == Mode::Value {
                mode = Mode::Value;
            }
            match elem {
                Some(e) if !types.identical(e, term_elem) => return None,
                _ => elem = Some(term_elem),
            }
        }
        elem.map(|e| (e, mode))
    }

    fn cannot_index(&mut self, expr: &'a Expr, operand: &Operand<'_>) -> Operand<'a> {
        // Go reports it at the `[`.
        let at = match &expr.kind {
            ExprKind::Index(base, _) => self.find_token(base.span.hi, "["),
            _ => expr.span,
        };
        let message = format!("cannot index {}", operand.describe(self.world, &self.pkg_path));
        self.error(at, message);
        Operand::invalid(expr)
    }

    /// Checks an index expression; returns its constant value when it has one. `length` is the bound for
    /// constant indices (arrays and constant strings).
    pub(crate) fn index_value(&mut self, index: &'a Expr, length: Option<u64>) -> Option<i128> {
        let mut operand = self.expr(index);
        if operand.is_invalid() {
            return None;
        }
        let int = self.world.types.basic(BasicKind::Int);
        if let Mode::Const(_) = &operand.mode
            && self.world.types.is_untyped(operand.ty)
        {
            self.convert_untyped(&mut operand, int);
            if operand.is_invalid() {
                return None;
            }
        }
        if !self.world.types.is_integer(operand.ty) {
            let message = format!(
                "invalid argument: index {} must be integer",
                operand.describe(self.world, &self.pkg_path)
            );
            self.error(index.span, message);
            return None;
        }
        let value = i128::from(operand.value()?.to_int().to_i64()?);
        if value < 0 {
            let message = format!(
                "invalid argument: index {} must not be negative",
                operand.describe(self.world, &self.pkg_path)
            );
            self.error(index.span, message);
            return None;
        }
        if let Some(length) = length
            && value >= i128::from(length)
        {
            self.error(index.span, format!("invalid argument: index {value} out of bounds [0:{length}]"));
            return None;
        }
        Some(value)
    }

    fn slice_expr(&mut self, expr: &'a Expr, slice: &'a ast::SliceExpr) -> Operand<'a> {
        let operand = self.expr(&slice.base);
        let bounds = [&slice.low, &slice.high, &slice.max];
        if operand.is_invalid() {
            for bound in bounds.into_iter().flatten() {
                self.expr(bound);
            }
            return Operand::invalid(expr);
        }
        let types = &self.world.types;
        let (length, result) = match types.core(operand.ty).clone() {
            Type::Basic(_) if types.is_string(operand.ty) => {
                if slice.max.is_some() {
                    self.error(expr.span, "invalid operation: 3-index slice of string");
                    return Operand::invalid(expr);
                }
                // Slice bounds may equal the length.
                let length = operand.value().and_then(Value::as_bytes).map(|bytes| bytes.len() as u64 + 1);
                let ty =
                    if types.is_untyped(operand.ty) { types.basic(BasicKind::String) } else { operand.ty };
                (length, ty)
            }
            Type::Array(n, elem) => {
                if operand.mode != Mode::Var {
                    let message =
                        format!("invalid operation: {} (slice of unaddressable value)", expr_string(expr));
                    self.error(expr.span, message);
                    return Operand::invalid(expr);
                }
                (Some(n + 1), self.world.types.slice(elem))
            }
            Type::Pointer(inner) => match self.world.types.under(inner).clone() {
                Type::Array(n, elem) => (Some(n + 1), self.world.types.slice(elem)),
                _ => return self.cannot_slice(expr, &operand),
            },
            Type::Slice(_) => (None, operand.ty),
            // A type parameter whose types are all strings or byte slices (`~string | ~[]byte`) slices
            // like either.
            _ if types.term_types(operand.ty).is_some_and(|terms| {
                !terms.is_empty()
                    && terms.iter().all(|&t| {
                        types.is_string(t)
                            || matches!(types.get(t), Type::Slice(elem)
                                if types.basic_kind(*elem) == Some(BasicKind::Uint8))
                    })
            }) =>
            {
                if slice.max.is_some() {
                    self.error(expr.span, "invalid operation: 3-index slice of string");
                    return Operand::invalid(expr);
                }
                (None, operand.ty)
            }
            _ => return self.cannot_slice(expr, &operand),
        };
        let mut previous: Option<i128> = None;
        for bound in bounds.into_iter().flatten() {
            if let Some(value) = self.index_value(bound, length) {
                if let Some(before) = previous
                    && value < before
                {
                    self.error(bound.span, format!("invalid slice indices: {value} < {before}"));
                }
                previous = Some(value);
            }
        }
        Operand::new(Mode::Value, result, expr)
    }

    fn cannot_slice(&mut self, expr: &'a Expr, operand: &Operand<'_>) -> Operand<'a> {
        let message = format!("cannot slice {}", operand.describe(self.world, &self.pkg_path));
        self.error(expr.span, message);
        Operand::invalid(expr)
    }

    /// `x.(T)` where `x` has interface type `iface`: `T` must implement it unless it is an interface.
    pub(crate) fn check_type_assertion(&mut self, expr: &Expr, iface: TypeId, target: TypeId) {
        if self.world.types.is_interface(target) {
            return;
        }
        if let Some(missing) = crate::lookup::missing_method(self.world, target, iface) {
            let reason = crate::lookup::missing_text(self.world, &missing, Some(&self.pkg_path));
            let message = format!(
                "impossible type assertion: {}\n\t{} does not implement {} {reason}",
                expr_string(expr),
                self.type_string(target),
                self.type_string(iface)
            );
            self.error(expr.span, message);
        }
    }

    fn unary(&mut self, expr: &'a Expr, op: UnaryOp, inner: &'a Expr) -> Operand<'a> {
        if op == UnaryOp::Addr {
            let inner_unparen = inner.unparen();
            if let ExprKind::CompositeLit(lit) = &inner_unparen.kind {
                let operand = self.composite_lit(inner_unparen, lit, None);
                self.record(inner, &operand);
                if operand.is_invalid() {
                    return Operand::invalid(expr);
                }
                let ty = self.world.types.pointer(operand.ty);
                return Operand::new(Mode::Value, ty, expr);
            }
            let operand = self.expr(inner);
            if operand.is_invalid() {
                return Operand::invalid(expr);
            }
            if operand.mode != Mode::Var {
                let message = format!(
                    "invalid operation: cannot take address of {}",
                    operand.describe(self.world, &self.pkg_path)
                );
                self.error(expr.span, message);
                return Operand::invalid(expr);
            }
            let ty = self.world.types.pointer(operand.ty);
            return Operand::new(Mode::Value, ty, expr);
        }
        if op == UnaryOp::Recv {
            let operand = self.expr(inner);
            if operand.is_invalid() {
                return Operand::invalid(expr);
            }
            return match self.world.types.core(operand.ty).clone() {
                Type::Chan(dir, elem) => {
                    if dir == ast::ChanDir::Send {
                        let message = format!(
                            "invalid operation: cannot receive from send-only channel {}",
                            operand.describe(self.world, &self.pkg_path)
                        );
                        self.error(expr.span, message);
                        return Operand::invalid(expr);
                    }
                    Operand::new(Mode::CommaOk, elem, expr)
                }
                _ => {
                    let message = format!(
                        "invalid operation: cannot receive from non-channel {}",
                        operand.describe(self.world, &self.pkg_path)
                    );
                    self.error(expr.span, message);
                    Operand::invalid(expr)
                }
            };
        }
        if op == UnaryOp::Tilde {
            self.error(expr.span, "invalid use of ~ outside of a type constraint");
            return Operand::invalid(expr);
        }
        let operand = self.expr(inner);
        if operand.is_invalid() {
            return Operand::invalid(expr);
        }
        let types = &self.world.types;
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => types.is_numeric(operand.ty),
            UnaryOp::Not => types.is_boolean(operand.ty),
            UnaryOp::BitNot => types.is_integer(operand.ty),
            _ => false,
        };
        if !ok {
            let message = format!(
                "invalid operation: operator {} not defined on {}",
                op.as_str(),
                operand.describe(self.world, &self.pkg_path)
            );
            self.error(inner.span, message);
            return Operand::invalid(expr);
        }
        if let Mode::Const(value) = &operand.mode {
            if *value == Value::Unknown {
                return Operand::new(Mode::Const(Value::Unknown), operand.ty, expr);
            }
            let prec = self.unsigned_bits(operand.ty).unwrap_or(0);
            let Some(un_op) = UnOp::from_syntax(op) else { return Operand::invalid(expr) };
            let result = match value.unary_op(un_op, prec) {
                Ok(result) => result,
                Err(error) => {
                    self.error(expr.span, error.to_string());
                    return Operand::invalid(expr);
                }
            };
            let mut result = Operand::new(Mode::Const(result), operand.ty, expr);
            self.check_const_result(&mut result, expr.span, un_op.overflow_name());
            return result;
        }
        Operand::new(Mode::Value, operand.ty, expr)
    }

    fn unsigned_bits(&self, ty: TypeId) -> Option<u32> {
        match self.world.types.basic_kind(ty)? {
            BasicKind::Uint8 => Some(8),
            BasicKind::Uint16 => Some(16),
            BasicKind::Uint32 => Some(32),
            BasicKind::Uint | BasicKind::Uint64 | BasicKind::Uintptr => Some(64),
            _ => None,
        }
    }

    /// go/types `overflow`, after every constant operation: an unknown result is an error (reported at
    /// `op_span`, the operator); a typed constant must stay representable in its type (`int8(100) * 2`
    /// overflows) and is rounded to it (`float32` arithmetic rounds at every step); an untyped integer
    /// may have at most 512 bits (`constant shift overflow`, which makes the value unknown).
    pub(crate) fn check_const_result(
        &mut self,
        operand: &mut Operand<'a>,
        op_span: Span,
        operation: Option<&'static str>,
    ) {
        let Mode::Const(value) = &operand.mode else { return };
        if *value == Value::Unknown {
            self.error(op_span, "constant result is not representable");
            return;
        }
        if !self.world.types.is_untyped(operand.ty) {
            let Some(kind) = self.world.types.basic_kind(operand.ty) else { return };
            match value.representable(kind, kind) {
                Ok(value) => operand.mode = Mode::Const(value),
                Err(reason) => {
                    let target = operand.ty;
                    self.invalid_conversion(operand, target, reason);
                    operand.mode = Mode::Invalid;
                }
            }
            return;
        }
        if let Err(error) = value.check_overflow(operation) {
            self.error(op_span, error.to_string());
            operand.mode = Mode::Const(Value::Unknown);
        }
    }

    /// go/types `invalidConversion`: a constant that does not fit `target`, reported at the operand.
    pub(crate) fn invalid_conversion(
        &mut self,
        operand: &Operand<'_>,
        target: TypeId,
        reason: RepresentError,
    ) {
        let described = operand.describe(self.world, &self.pkg_path);
        let target = self.type_string(target);
        let message = match reason {
            RepresentError::Truncated => format!("{described} truncated to {target}"),
            RepresentError::Overflows => format!("{described} overflows {target}"),
            RepresentError::Invalid => format!("cannot convert {described} to type {target}"),
        };
        if let Some(expr) = operand.expr {
            self.error(expr.span, message);
        }
    }

    /// The kind of an operand's (basic) type, for the representability rules.
    pub(crate) fn kind_of(&self, ty: TypeId) -> BasicKind {
        self.world.types.basic_kind(ty).unwrap_or(BasicKind::Invalid)
    }

    fn binary(&mut self, expr: &'a Expr, op: BinaryOp, left: &'a Expr, right: &'a Expr) -> Operand<'a> {
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(expr, op, left, right);
        }
        let x = self.expr(left);
        let y = self.expr(right);
        self.binary_values(expr, op, x, y, left, right)
    }

    /// A non-shift binary operation on checked operands; `expr` is where errors are reported and what
    /// they quote (the whole statement for a compound assignment).
    pub(crate) fn binary_values(
        &mut self,
        expr: &'a Expr,
        op: BinaryOp,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
        left: &'a Expr,
        right: &'a Expr,
    ) -> Operand<'a> {
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(expr);
        }
        // `nil` operands, before `match_types` gives them the other operand's type.
        let nil = self.world.types.basic(BasicKind::UntypedNil);
        let nils = (x.ty == nil, y.ty == nil);
        {
            self.match_types(&mut x, &mut y);
            if x.is_invalid() || y.is_invalid() {
                let (xt, yt) = (x.ty, y.ty);
                if xt != TypeId::INVALID && yt != TypeId::INVALID {
                    self.mismatched(expr, xt, yt);
                }
                return Operand::invalid(expr);
            }
        }
        if is_comparison(op) {
            return self.comparison(expr, op, &x, &y, nils);
        }
        if !self.world.types.identical(x.ty, y.ty) {
            self.mismatched(expr, x.ty, y.ty);
            return Operand::invalid(expr);
        }
        let types = &self.world.types;
        let ok = match op {
            BinaryOp::Add => types.is_numeric_or_string(x.ty),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => types.is_numeric(x.ty),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                types.is_integer(x.ty)
            }
            BinaryOp::LogAnd | BinaryOp::LogOr => types.is_boolean(x.ty),
            _ => false,
        };
        if !ok {
            let message = format!(
                "invalid operation: operator {} not defined on {}",
                op.as_str(),
                x.describe(self.world, &self.pkg_path)
            );
            self.error(left.span, message);
            return Operand::invalid(expr);
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem)
            && let Some(value) = y.value()
            && value.sign() == 0
            && (x.value().is_some() || self.world.types.is_integer(x.ty))
        {
            self.error(right.span, "invalid operation: division by zero");
            return Operand::invalid(expr);
        }
        if let (Some(a), Some(b)) = (x.value(), y.value()) {
            if *a == Value::Unknown || *b == Value::Unknown {
                return Operand::new(Mode::Const(Value::Unknown), x.ty, expr);
            }
            let integer = self.world.types.is_integer(x.ty);
            let Some(bin_op) = BinOp::from_syntax(op, integer) else { return Operand::invalid(expr) };
            let result = match a.binary_op(bin_op, b) {
                Ok(result) => result,
                // A complex divisor whose squared parts underflow (go.dev/issue/20227).
                Err(crate::constant::ConstError::DivisionByZero) => {
                    self.error(right.span, "invalid operation: division by zero");
                    return Operand::invalid(expr);
                }
                Err(error) => {
                    let at = self.find_token(left.span.hi, op.as_str());
                    self.error(at, error.to_string());
                    return Operand::invalid(expr);
                }
            };
            let mut result = Operand::new(Mode::Const(result), x.ty, expr);
            let at = self.find_token(left.span.hi, op.as_str());
            self.check_const_result(&mut result, at, bin_op.overflow_name());
            return result;
        }
        Operand::new(Mode::Value, x.ty, expr)
    }

    fn mismatched(&mut self, expr: &Expr, x: TypeId, y: TypeId) {
        // In a compound assignment Go quotes the whole statement (`s += 1`).
        let text = self.compound_text.clone().unwrap_or_else(|| expr_string(expr));
        let message = format!(
            "invalid operation: {text} (mismatched types {} and {})",
            self.type_string(x),
            self.type_string(y)
        );
        self.error(expr.span, message);
    }

    /// Converts untyped operands of a binary operation towards each other's type (go/types `matchTypes`).
    /// On failure the failing operand becomes invalid but keeps its type, so the caller can say
    /// "mismatched types".
    fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        let types = &self.world.types;
        let (x_untyped, y_untyped) = (types.is_untyped(x.ty), types.is_untyped(y.ty));
        if x_untyped == y_untyped && !x_untyped {
            return;
        }
        if x_untyped && y_untyped {
            // Both untyped: the larger numeric kind wins (int < rune < float < complex).
            let rank = |ty: TypeId| match types.basic_kind(ty) {
                Some(BasicKind::UntypedInt) => 1,
                Some(BasicKind::UntypedRune) => 2,
                Some(BasicKind::UntypedFloat) => 3,
                Some(BasicKind::UntypedComplex) => 4,
                _ => 0,
            };
            let (rx, ry) = (rank(x.ty), rank(y.ty));
            if rx > 0 && ry > 0 {
                let target = if rx >= ry { x.ty } else { y.ty };
                x.ty = target;
                y.ty = target;
                return;
            }
            if x.ty != y.ty {
                let nil = types.basic(BasicKind::UntypedNil);
                if x.ty == nil || y.ty == nil {
                    return;
                }
                x.mode = Mode::Invalid;
            }
            return;
        }
        if x_untyped {
            if !self.may_convert(x, y.ty) {
                x.mode = Mode::Invalid;
                return;
            }
            self.implicit_convert(x, y.ty, true);
        } else {
            if !self.may_convert(y, x.ty) {
                y.mode = Mode::Invalid;
                return;
            }
            self.implicit_convert(y, x.ty, true);
        }
    }

    /// Whether an untyped operand could take the type `target` in a binary operation.
    fn may_convert(&self, operand: &Operand<'_>, target: TypeId) -> bool {
        let types = &self.world.types;
        if types.is_type_param(target) {
            return true;
        }
        let nil = types.basic(BasicKind::UntypedNil);
        if operand.ty == nil {
            return matches!(
                types.under(target),
                Type::Pointer(_)
                    | Type::Slice(_)
                    | Type::Map(..)
                    | Type::Chan(..)
                    | Type::Func(_)
                    | Type::Interface(_)
            ) || types.basic_kind(target) == Some(BasicKind::UnsafePointer);
        }
        if types.is_interface(target) {
            return true;
        }
        if types.is_numeric(operand.ty) {
            return types.is_numeric(target);
        }
        if types.is_string(operand.ty) {
            return types.is_string(target);
        }
        if types.is_boolean(operand.ty) {
            return types.is_boolean(target);
        }
        false
    }

    fn comparison(
        &mut self,
        expr: &'a Expr,
        op: BinaryOp,
        x: &Operand<'a>,
        y: &Operand<'a>,
        (x_nil, y_nil): (bool, bool),
    ) -> Operand<'a> {
        let nil = self.world.types.basic(BasicKind::UntypedNil);
        let assignable = self.assignable_type(x, y.ty) || self.assignable_type(y, x.ty);
        let types = &self.world.types;
        if !assignable {
            self.mismatched(expr, x.ty, y.ty);
            return Operand::invalid(expr);
        }
        let equality = matches!(op, BinaryOp::Eq | BinaryOp::Ne);
        let problem: Option<String> = if equality {
            let (x_nil, y_nil) = (x_nil || x.ty == nil, y_nil || y.ty == nil);
            if x_nil && y_nil {
                Some(format!("operator {} not defined on nil", op.as_str()))
            } else if x_nil || y_nil {
                let other = if x_nil { y } else { x };
                let ok = matches!(
                    types.under(other.ty),
                    Type::Pointer(_)
                        | Type::Slice(_)
                        | Type::Map(..)
                        | Type::Chan(..)
                        | Type::Func(_)
                        | Type::Interface(_)
                ) || types.basic_kind(other.ty) == Some(BasicKind::UnsafePointer);
                (!ok).then(|| format!("mismatched types {} and untyped nil", self.type_string(other.ty)))
            } else if !self.comparable(x.ty) {
                Some(self.incomparable_reason(x.ty))
            } else if !self.comparable(y.ty) {
                Some(self.incomparable_reason(y.ty))
            } else {
                None
            }
        } else if types.is_type_param(x.ty) && !types.is_ordered(x.ty) {
            Some(format!("type parameter {} cannot use operator {}", self.type_string(x.ty), op.as_str()))
        } else if !types.is_ordered(x.ty) {
            Some(format!(
                "operator {} not defined on {}",
                op.as_str(),
                x.describe(self.world, &self.pkg_path)
            ))
        } else {
            None
        };
        if let Some(problem) = problem {
            self.error(expr.span, format!("invalid operation: {} ({problem})", expr_string(expr)));
            return Operand::invalid(expr);
        }
        let untyped_bool = self.world.types.basic(BasicKind::UntypedBool);
        if let (Some(a), Some(b)) = (x.value(), y.value())
            && let Some(cmp) = CmpOp::from_syntax(op)
            && let Ok(result) = a.compare(cmp, b)
        {
            return Operand::new(Mode::Const(Value::Bool(result)), untyped_bool, expr);
        }
        Operand::new(Mode::Value, untyped_bool, expr)
    }

    fn incomparable_reason(&self, ty: TypeId) -> String {
        if self.world.types.is_type_param(ty) {
            return "incomparable types in type set".into();
        }
        match self.world.types.under(ty) {
            Type::Slice(_) => "slice can only be compared to nil".into(),
            Type::Map(..) => "map can only be compared to nil".into(),
            Type::Func(_) => "func can only be compared to nil".into(),
            Type::Struct(_) => format!("struct containing {} cannot be compared", self.incomparable_part(ty)),
            _ => format!("operator == not defined on {}", self.type_string(ty)),
        }
    }

    fn incomparable_part(&self, ty: TypeId) -> String {
        if let Type::Struct(fields) = self.world.types.under(ty) {
            for field in fields {
                if !self.comparable(field.ty) {
                    return self.type_string(field.ty);
                }
            }
        }
        self.type_string(ty)
    }

    /// The spec's comparable types (`==` is defined).
    pub(crate) fn comparable(&self, ty: TypeId) -> bool {
        self.comparable_depth(ty, 0)
    }

    fn comparable_depth(&self, ty: TypeId, depth: u32) -> bool {
        if depth > 100 {
            return true;
        }
        let types = &self.world.types;
        if types.is_type_param(ty) {
            // Comparable when the constraint says so, or every type of its type set is.
            let Some(interface) = types.interface(ty) else { return false };
            if interface.comparable {
                return true;
            }
            return types.term_types(ty).is_some_and(|terms| {
                !terms.is_empty()
                    && terms.iter().all(|&t| !types.is_interface(t) && self.comparable_depth(t, depth + 1))
            });
        }
        match self.world.types.under(ty) {
            Type::Basic(kind) => *kind != BasicKind::UntypedNil,
            Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => true,
            Type::Struct(fields) => fields.iter().all(|f| self.comparable_depth(f.ty, depth + 1)),
            Type::Array(_, elem) => self.comparable_depth(*elem, depth + 1),
            _ => false,
        }
    }

    /// A shift, as go/types checks it: the shifted operand first, then the count, then constant folding.
    pub(crate) fn shift(
        &mut self,
        expr: &'a Expr,
        op: BinaryOp,
        left: &'a Expr,
        right: &'a Expr,
    ) -> Operand<'a> {
        let mut x = self.expr(left);
        let mut y = self.expr(right);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(expr);
        }
        // The shifted operand: of integer type, or an untyped constant with an integer value.
        let x_int = x.value().map(Value::to_int);
        let integral_constant = self.world.types.is_untyped(x.ty)
            && (matches!(x_int, Some(Value::Int(_))) || x.value() == Some(&Value::Unknown));
        if !self.world.types.is_integer(x.ty) && !integral_constant {
            let message = format!(
                "invalid operation: shifted operand {} must be integer",
                x.describe(self.world, &self.pkg_path)
            );
            self.error(left.span, message);
            return Operand::invalid(expr);
        }
        // The count: an integer type, or an untyped constant representable as a `uint`. Go checks an
        // untyped count without converting it, so messages show it untyped; gosub records it as a
        // `uint` afterwards for the compiler.
        let uint = self.world.types.basic(BasicKind::Uint);
        let mut count = None;
        if let Some(value) = y.value().cloned() {
            let int = value.to_int();
            if let Value::Int(n) = &int
                && n.sign() == num_bigint::Sign::Minus
            {
                let message = format!(
                    "invalid operation: negative shift count {}",
                    y.describe(self.world, &self.pkg_path)
                );
                self.error(right.span, message);
                return Operand::invalid(expr);
            }
            if self.world.types.is_untyped(y.ty)
                && let Err(reason) = value.representable(self.kind_of(y.ty), BasicKind::Uint)
            {
                self.invalid_conversion(&y, uint, reason);
                return Operand::invalid(expr);
            }
            count = Some(int);
        } else if !self.world.types.is_integer(y.ty) {
            if self.world.types.is_untyped(y.ty) {
                self.convert_untyped(&mut y, uint);
                if y.is_invalid() {
                    return Operand::invalid(expr);
                }
            } else {
                let message = format!(
                    "invalid operation: shift count {} must be integer",
                    y.describe(self.world, &self.pkg_path)
                );
                self.error(right.span, message);
                return Operand::invalid(expr);
            }
        }
        if let (Some(x_int), Some(count)) = (x_int, count) {
            let untyped_int = self.world.types.basic(BasicKind::UntypedInt);
            if !self.world.types.is_integer(x.ty) {
                // `2.0 << 1`: an untyped float constant with an integer value shifts as an integer.
                x.ty = untyped_int;
            }
            if x_int == Value::Unknown || count == Value::Unknown {
                return Operand::new(Mode::Const(Value::Unknown), x.ty, expr);
            }
            let Some(n) = count.to_u64().filter(|&n| n <= crate::constant::MAX_SHIFT_COUNT) else {
                let message = format!(
                    "invalid operation: invalid shift count {}",
                    y.describe(self.world, &self.pkg_path)
                );
                self.error(right.span, message);
                return Operand::invalid(expr);
            };
            let shift_op = if op == BinaryOp::Shl { ShiftOp::Shl } else { ShiftOp::Shr };
            let value = match x_int.shift(shift_op, n) {
                Ok(value) => value,
                Err(error) => {
                    self.error(right.span, error.to_string());
                    return Operand::invalid(expr);
                }
            };
            self.convert_untyped(&mut y, uint);
            let mut result = Operand::new(Mode::Const(value), x.ty, expr);
            let at = self.find_token(left.span.hi, op.as_str());
            self.check_const_result(&mut result, at, shift_op.overflow_name());
            return result;
        }
        self.convert_untyped(&mut y, uint);
        if x.value().is_some() && self.world.types.is_untyped(x.ty) {
            // A non-constant shift of an untyped constant takes the type the context gives it
            // (`u64 |= 1 << n` is a uint64 shift); it keeps the constant's untyped kind until then, and
            // that type must be an integer type (`shifted_operand_type`).
            return Operand::new(Mode::Value, x.ty, expr);
        }
        if !self.world.types.is_integer(x.ty) {
            let message = format!(
                "invalid operation: shifted operand {} must be integer",
                x.describe(self.world, &self.pkg_path)
            );
            self.error(left.span, message);
            return Operand::invalid(expr);
        }
        Operand::new(Mode::Value, x.ty, expr)
    }

    /// Converts an untyped operand to `target` where the context requires (go/types `convertUntyped`),
    /// reporting an error on failure.
    pub(crate) fn convert_untyped(&mut self, operand: &mut Operand<'a>, target: TypeId) {
        if !self.world.types.is_untyped(operand.ty) || target == TypeId::INVALID {
            return;
        }
        if !self.implicit_convert(operand, target, false) {
            let message = match operand.value() {
                Some(_) if self.world.types.is_const_type(target) && self.may_convert(operand, target) => {
                    format!(
                        "cannot use {} as {} value (overflows)",
                        operand.describe(self.world, &self.pkg_path),
                        self.type_string(target)
                    )
                }
                _ => format!(
                    "cannot convert {} to type {}",
                    operand.describe(self.world, &self.pkg_path),
                    self.type_string(target)
                ),
            };
            if let Some(expr) = operand.expr {
                self.error(expr.span, message);
            }
            operand.mode = Mode::Invalid;
        }
    }

    /// Gives an untyped operand the type `target` if it can take it; false if not (nothing reported).
    /// In a binary operation (`in_binary`) a constant that does not fit is reported here, as Go does.
    pub(crate) fn implicit_convert(
        &mut self,
        operand: &mut Operand<'a>,
        target: TypeId,
        in_binary: bool,
    ) -> bool {
        let was_untyped = self.world.types.is_untyped(operand.ty);
        let ok = self.implicit_convert_inner(operand, target, in_binary);
        // The compiler needs the type an untyped expression finally takes (go/types updates it too).
        if ok
            && was_untyped
            && !operand.is_invalid()
            && !self.world.types.is_untyped(operand.ty)
            && let Some(expr) = operand.expr
        {
            self.record(expr, operand);
            if !self.shifted_operand_type(expr, operand.ty) {
                operand.mode = Mode::Invalid;
                return true;
            }
            self.update_untyped_children(expr, operand.ty, 0);
        }
        ok
    }

    /// A non-constant shift of an untyped constant (`1 << s`) takes the type its context gives it,
    /// which must be an integer type (`var f float64 = 1 << s` is an error). Reports it and returns
    /// false when `expr` is such a shift and `target` is not an integer type.
    fn shifted_operand_type(&mut self, expr: &Expr, target: TypeId) -> bool {
        if let ExprKind::Binary(BinaryOp::Shl | BinaryOp::Shr, left, _) = &expr.unparen().kind
            && !self.world.types.is_integer(target)
            && !self.world.types.is_interface(target)
            && self.info.file(self.file as usize).value_of(expr).is_none()
        {
            let message = format!(
                "invalid operation: shifted operand {} (type {}) must be integer",
                expr_string(left),
                self.type_string(target)
            );
            self.error(left.span, message);
            return false;
        }
        true
    }

    /// Gives the untyped operands inside `expr` the type `target` that `expr` finally took (`x + 1`
    /// as `float64` makes `1` a `float64`; `1 << n` as `uint64` makes `1` one), as go/types does, so
    /// that the compiler reads the final type of every constant and shift operand.
    fn update_untyped_children(&mut self, expr: &Expr, target: TypeId, depth: u32) {
        if depth > 100 {
            return;
        }
        let children: Vec<&Expr> = match &expr.kind {
            ExprKind::Paren(inner) | ExprKind::Unary(_, inner) => vec![inner],
            ExprKind::Binary(op, left, right) => {
                if is_comparison(*op) {
                    vec![]
                } else if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                    vec![left]
                } else {
                    vec![left, right]
                }
            }
            _ => vec![],
        };
        for child in children {
            let Some(tv) = self.info.file(self.file as usize).type_and_value(child).cloned() else {
                continue;
            };
            if !self.world.types.is_untyped(tv.ty) {
                continue;
            }
            if !self.shifted_operand_type(child, target) {
                continue;
            }
            self.info.record_type(self.file, child, crate::info::TypeAndValue { ty: target, ..tv });
            self.update_untyped_children(child, target, depth + 1);
        }
    }

    fn implicit_convert_inner(&mut self, operand: &mut Operand<'a>, target: TypeId, in_binary: bool) -> bool {
        let types = &self.world.types;
        if !types.is_untyped(operand.ty) {
            return true;
        }
        let nil = types.basic(BasicKind::UntypedNil);
        if types.is_type_param(target) {
            operand.ty = target;
            return true;
        }
        if types.is_interface(target) {
            if operand.ty != nil {
                operand.ty = types.default_type(operand.ty);
            } else {
                operand.ty = target;
            }
            return true;
        }
        if operand.ty == nil {
            let ok = matches!(
                types.under(target),
                Type::Pointer(_) | Type::Slice(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_)
            ) || types.basic_kind(target) == Some(BasicKind::UnsafePointer);
            if ok {
                operand.ty = target;
            }
            return ok;
        }
        let Some(kind) = types.basic_kind(target) else { return false };
        if !self.may_convert(operand, target) {
            return false;
        }
        if let Some(value) = operand.value().cloned() {
            match value.representable(self.kind_of(operand.ty), kind) {
                Ok(value) => operand.mode = Mode::Const(value),
                Err(reason) => {
                    if in_binary {
                        self.invalid_conversion(operand, target, reason);
                        operand.mode = Mode::Invalid;
                        operand.ty = TypeId::INVALID;
                        return true;
                    }
                    return false;
                }
            }
        }
        operand.ty = target;
        true
    }
}

fn is_comparison(op: BinaryOp) -> bool {
    matches!(op, BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge)
}
