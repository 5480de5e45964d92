//! Type expressions: turning `[]int`, `map[K]V`, `func(int) error`, `struct{…}`, `interface{…}` and type
//! names into [`TypeId`]s, with Go's errors for things that are not types.

use gosub_syntax::ast::{self, Expr, ExprKind, InterfaceElem};

use super::{Checker, MAX_DEPTH, Mode};
use crate::constant::Value;
use crate::exprstring::expr_string;
use crate::objects::{ObjKind, VarKind};
use crate::types::{Field, Interface, Signature, Term, Type, TypeId};

impl<'a> Checker<'a, '_> {
    /// Resolves a type expression; reports and returns the invalid type when it is not one.
    pub(crate) fn type_expr(&mut self, expr: &'a Expr) -> TypeId {
        let constraint_ok = std::mem::take(&mut self.constraint_position);
        self.depth += 1;
        let mut ty = if self.depth > MAX_DEPTH {
            self.error(expr.span, "type nested too deeply");
            TypeId::INVALID
        } else {
            self.type_expr_inner(expr)
        };
        self.depth -= 1;
        if !constraint_ok
            && !self.world.types.is_type_param(ty)
            && let Some(interface) = self.world.types.interface(ty)
            && !interface.is_method_set()
        {
            let why = if interface.terms.is_some() {
                "interface contains type constraints"
            } else {
                "interface is (or embeds) comparable"
            };
            let message =
                format!("cannot use type {} outside a type constraint: {why}", self.type_string(ty));
            self.error(expr.span, message);
            ty = TypeId::INVALID;
        }
        if ty != TypeId::INVALID {
            self.info.record_type(
                self.file,
                expr,
                crate::info::TypeAndValue { mode: crate::info::ExprMode::Type, ty, value: None },
            );
        }
        ty
    }

    fn type_expr_inner(&mut self, expr: &'a Expr) -> TypeId {
        match &expr.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let operand = self.expr_or_type(expr);
                match operand.mode {
                    Mode::Type if !self.world.types.type_params_of(operand.ty).is_empty() => {
                        self.generic_without_instantiation(expr, operand.ty);
                        TypeId::INVALID
                    }
                    Mode::Type => operand.ty,
                    Mode::Invalid => TypeId::INVALID,
                    _ => {
                        self.not_a_type(expr, &operand);
                        TypeId::INVALID
                    }
                }
            }
            ExprKind::Paren(inner) => self.type_expr(inner),
            ExprKind::Star(inner) => {
                let elem = self.type_expr(inner);
                if elem == TypeId::INVALID {
                    return elem;
                }
                self.world.types.pointer(elem)
            }
            ExprKind::ArrayType(len, elem) => {
                let Some(len) = len else {
                    self.error(expr.span, "invalid use of [...] array (outside a composite literal)");
                    self.type_expr(elem);
                    return TypeId::INVALID;
                };
                let length = self.array_length(len);
                let elem = self.type_expr(elem);
                match length {
                    Some(n) if elem != TypeId::INVALID => self.world.types.intern(Type::Array(n, elem)),
                    _ => TypeId::INVALID,
                }
            }
            ExprKind::SliceType(elem) => {
                let elem = self.type_expr(elem);
                if elem == TypeId::INVALID {
                    return elem;
                }
                self.world.types.slice(elem)
            }
            ExprKind::MapType(key, value) => {
                let key_ty = self.type_expr(key);
                let value_ty = self.type_expr(value);
                if key_ty == TypeId::INVALID || value_ty == TypeId::INVALID {
                    return TypeId::INVALID;
                }
                if !self.world.types.is_type_param(key_ty) && !self.comparable(key_ty) {
                    self.error(key.span, format!("invalid map key type {}", self.type_string(key_ty)));
                    return TypeId::INVALID;
                }
                self.world.types.intern(Type::Map(key_ty, value_ty))
            }
            ExprKind::ChanType(dir, elem) => {
                let elem = self.type_expr(elem);
                if elem == TypeId::INVALID {
                    return elem;
                }
                self.world.types.intern(Type::Chan(*dir, elem))
            }
            ExprKind::FuncType(sig) => {
                // Parameter names of a function type live in a scope of their own.
                self.open_scope(false);
                let ty = self.signature(sig);
                self.scope = self.world.scope(self.scope).parent.unwrap_or(self.scope);
                ty
            }
            ExprKind::StructType(st) => self.struct_type(st),
            ExprKind::InterfaceType(it) => self.interface_type(it),
            ExprKind::Index(base, targs) => self.instantiate_type_expr(expr, base, targs),
            _ => {
                let operand = self.expr_or_type(expr);
                match operand.mode {
                    Mode::Type => operand.ty,
                    Mode::Invalid => TypeId::INVALID,
                    _ => {
                        self.not_a_type(expr, &operand);
                        TypeId::INVALID
                    }
                }
            }
        }
    }

    fn not_a_type(&mut self, expr: &Expr, operand: &super::Operand<'_>) {
        let text = expr_string(expr);
        let described = match &expr.unparen().kind {
            ExprKind::Ident(ident) => {
                match self.lookup(&ident.name).map(|o| self.world.obj(o).kind.clone()) {
                    Some(ObjKind::Var(VarKind::Package)) => format!("{text} (package variable)"),
                    Some(ObjKind::Var(_)) => format!("{text} (local variable)"),
                    _ => operand.describe(self.world, &self.pkg_path),
                }
            }
            _ => operand.describe(self.world, &self.pkg_path),
        };
        self.error(expr.span, format!("{described} is not a type"));
    }

    /// An array length: a non-negative constant integer.
    fn array_length(&mut self, len: &'a Expr) -> Option<u64> {
        let operand = self.expr(len);
        if operand.is_invalid() {
            return None;
        }
        let Mode::Const(value) = &operand.mode else {
            let message =
                format!("array length {} must be constant", operand.describe(self.world, &self.pkg_path));
            self.error(len.span, message);
            return None;
        };
        if !self.world.types.is_integer(operand.ty) && !self.world.types.is_untyped(operand.ty) {
            let message =
                format!("array length {} must be integer", operand.describe(self.world, &self.pkg_path));
            self.error(len.span, message);
            return None;
        }
        let int = value.to_int();
        match int.to_i64() {
            Some(n) if n >= 0 => Some(n as u64),
            _ if matches!(int, Value::Int(_)) => {
                self.error(len.span, format!("invalid array length {}", expr_string(len)));
                None
            }
            _ => {
                let message =
                    format!("array length {} must be integer", operand.describe(self.world, &self.pkg_path));
                self.error(len.span, message);
                None
            }
        }
    }

    /// A function signature; parameter names are declared into the current scope when it is a function
    /// scope (the caller opened one), so that bodies see them.
    pub(crate) fn signature(&mut self, sig: &'a ast::FuncType) -> TypeId {
        let (params, param_names, variadic) = self.param_list(&sig.params, true);
        let (results, result_names, _) = self.param_list(&sig.results, false);
        self.world.types.intern(Type::Func(Signature {
            params,
            param_names,
            results,
            result_names,
            variadic,
        }))
    }

    fn param_list(
        &mut self,
        list: &'a [ast::Param],
        allow_variadic: bool,
    ) -> (Vec<TypeId>, Vec<Box<str>>, bool) {
        let mut types = Vec::new();
        let mut names = Vec::new();
        let mut variadic = false;
        for (index, param) in list.iter().enumerate() {
            let mut ty = self.type_expr(&param.ty);
            if param.variadic {
                if !allow_variadic || index + 1 != list.len() || param.names.len() > 1 {
                    self.error(param.span, "can only use ... with final parameter in list");
                } else {
                    variadic = true;
                }
                if ty != TypeId::INVALID {
                    ty = self.world.types.slice(ty);
                }
            }
            if param.names.is_empty() {
                types.push(ty);
            } else {
                for ident in &param.names {
                    types.push(ty);
                    names.push(ident.name.clone());
                }
            }
        }
        (types, names, variadic)
    }

    fn struct_type(&mut self, st: &'a ast::StructType) -> TypeId {
        let mut fields: Vec<Field> = Vec::new();
        let mut invalid = false;
        let mut seen: crate::fasthash::HashMap<Box<str>, gosub_source::Span> =
            crate::fasthash::HashMap::default();
        for decl in &st.fields {
            let ty = self.type_expr(&decl.ty);
            invalid |= ty == TypeId::INVALID;
            let tag = decl.tag.as_ref().and_then(|tag| match Value::from_literal(tag.kind, &tag.raw) {
                Ok(Value::String(bytes)) => {
                    Some(String::from_utf8_lossy(&bytes).into_owned().into_boxed_str())
                }
                _ => None,
            });
            let mut add = |checker: &mut Self, name: &ast::Ident, embedded: bool| {
                if !name.is_blank() {
                    if let Some(&previous) = seen.get(&name.name) {
                        let at = checker.file_position(checker.file, previous);
                        checker.error(
                            name.span,
                            format!("{} redeclared\n\t{at}: other declaration of {}", name.name, name.name),
                        );
                    } else {
                        seen.insert(name.name.clone(), name.span);
                    }
                }
                fields.push(Field { name: name.name.clone(), ty, embedded, tag: tag.clone() });
            };
            if decl.names.is_empty() {
                let Some(name) = embedded_name(&decl.ty) else {
                    self.error(decl.ty.span, "invalid embedded field type");
                    continue;
                };
                if ty != TypeId::INVALID {
                    let base = match self.world.types.get(ty) {
                        Type::Pointer(elem) => *elem,
                        _ => ty,
                    };
                    if matches!(self.world.types.get(ty), Type::Pointer(_))
                        && matches!(self.world.types.under(base), Type::Pointer(_) | Type::Interface(_))
                    {
                        self.error(decl.ty.span, "embedded field type cannot be a pointer to an interface");
                    }
                }
                add(self, &name, true);
            } else {
                for name in &decl.names {
                    add(self, name, false);
                }
            }
        }
        if invalid {
            // Keep the structure (field lookups still work) but with the invalid field types inside.
        }
        self.world.types.intern(Type::Struct(fields))
    }

    fn interface_type(&mut self, it: &'a ast::InterfaceType) -> TypeId {
        let mut interface = Interface::default();
        let mut terms: Option<Vec<Term>> = None;
        for elem in &it.elems {
            match elem {
                InterfaceElem::Method { name, sig } => {
                    self.open_scope(false);
                    let ty = self.signature(sig);
                    self.scope = self.world.scope(self.scope).parent.unwrap_or(self.scope);
                    if interface.methods.iter().any(|(n, _)| *n == name.name) {
                        self.error(name.span, format!("duplicate method {}", name.name));
                        continue;
                    }
                    interface.methods.push((name.name.clone(), ty));
                }
                InterfaceElem::Type(expr) => {
                    let elem_terms = self.union_terms(expr);
                    match elem_terms {
                        UnionOrIface::Iface(embedded) => {
                            let Some(inner) = self.world.types.interface(embedded).cloned() else { continue };
                            for (name, sig) in inner.methods {
                                match interface.methods.iter().find(|(n, _)| *n == name) {
                                    Some((_, existing)) if !self.world.types.identical(*existing, sig) => {
                                        self.error(expr.span, format!("duplicate method {name}"));
                                    }
                                    Some(_) => {}
                                    None => interface.methods.push((name, sig)),
                                }
                            }
                            interface.comparable |= inner.comparable;
                            if let Some(inner_terms) = inner.terms {
                                terms = Some(intersect(&self.world.types, terms, inner_terms));
                            }
                        }
                        UnionOrIface::Terms(union) => {
                            terms = Some(intersect(&self.world.types, terms, union))
                        }
                        UnionOrIface::Invalid => {}
                    }
                }
            }
        }
        interface.methods.sort_by(|a, b| a.0.cmp(&b.0));
        interface.terms = terms;
        self.world.types.intern(Type::Interface(interface))
    }

    fn union_terms(&mut self, expr: &'a Expr) -> UnionOrIface {
        match &expr.kind {
            ExprKind::Binary(ast::BinaryOp::Or, left, right) => {
                let mut terms = self.union_terms(left).into_terms(&self.world.types);
                terms.extend(self.union_terms(right).into_terms(&self.world.types));
                UnionOrIface::Terms(terms)
            }
            ExprKind::Unary(ast::UnaryOp::Tilde, inner) => {
                self.constraint_position = true;
                let ty = self.type_expr(inner);
                if ty == TypeId::INVALID {
                    return UnionOrIface::Invalid;
                }
                if self.world.types.underlying(ty) != ty || self.world.types.is_named(ty) {
                    let message = format!(
                        "invalid use of ~ (underlying type of {} is {})",
                        self.type_string(ty),
                        self.type_string(self.world.types.underlying(ty))
                    );
                    self.error(expr.span, message);
                }
                UnionOrIface::Terms(vec![Term { tilde: true, ty }])
            }
            _ => {
                self.constraint_position = true;
                let ty = self.type_expr(expr);
                if ty == TypeId::INVALID {
                    UnionOrIface::Invalid
                } else if self.world.types.is_interface(ty) {
                    UnionOrIface::Iface(ty)
                } else {
                    UnionOrIface::Terms(vec![Term { tilde: false, ty }])
                }
            }
        }
    }

    /// Declares type parameters in the current scope; returns their types in order.
    pub(crate) fn declare_type_params(&mut self, tparams: &'a [ast::TypeParam]) -> Vec<TypeId> {
        // Every name first: a constraint may mention any parameter of the list (`[S ~[]E, E any]`).
        let mut params = Vec::new();
        let mut groups = Vec::new();
        for group in tparams {
            let mut group_params = Vec::new();
            for ident in &group.names {
                let ty = self.world.types.new_type_param(&ident.name, params.len() as u32);
                let obj = self.declare_local(ident, ObjKind::TypeName, ty);
                self.world.set_type_param_obj(ty, obj);
                params.push(ty);
                group_params.push(ty);
            }
            groups.push(group_params);
        }
        for (group, group_params) in tparams.iter().zip(groups) {
            let constraint = match self.union_terms(&group.constraint) {
                UnionOrIface::Iface(ty) => ty,
                UnionOrIface::Terms(terms) => self
                    .world
                    .types
                    .intern(Type::Interface(Interface { terms: Some(terms), ..Default::default() })),
                UnionOrIface::Invalid => self.world.types.any(),
            };
            // A named constraint keeps its name, which messages print (`T does not satisfy Number`).
            let constraint = if self.world.types.is_named(constraint) || constraint == self.world.types.any()
            {
                constraint
            } else {
                self.world.types.underlying(constraint)
            };
            for ty in group_params {
                self.world.types.set_constraint(ty, constraint);
            }
        }
        params
    }
}

enum UnionOrIface {
    Iface(TypeId),
    Terms(Vec<Term>),
    Invalid,
}

impl UnionOrIface {
    fn into_terms(self, types: &crate::types::TypeTable) -> Vec<Term> {
        match self {
            UnionOrIface::Terms(terms) => terms,
            UnionOrIface::Iface(ty) => match types.interface(ty).and_then(|i| i.terms.clone()) {
                Some(terms) => terms,
                None => vec![Term { tilde: false, ty }],
            },
            UnionOrIface::Invalid => Vec::new(),
        }
    }
}

/// The intersection of two type sets given as term lists (`None` is every type).
fn intersect(types: &crate::types::TypeTable, current: Option<Vec<Term>>, new: Vec<Term>) -> Vec<Term> {
    match current {
        None => new,
        Some(current) => current
            .into_iter()
            .filter(|t| {
                new.iter().any(|n| {
                    types.identical(n.ty, t.ty) || (n.tilde && types.identical(types.underlying(t.ty), n.ty))
                })
            })
            .collect(),
    }
}

/// The field name of an embedded field: the type name without package, pointer or type arguments.
fn embedded_name(ty: &Expr) -> Option<ast::Ident> {
    match &ty.unparen().kind {
        ExprKind::Ident(ident) => Some(ident.clone()),
        ExprKind::Star(inner) => embedded_name(inner),
        ExprKind::Selector(_, name) => Some(name.clone()),
        ExprKind::Index(base, _) => embedded_name(base),
        _ => None,
    }
}
