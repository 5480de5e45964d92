//! Package-level declarations: collecting objects, resolving them on demand in any order, cycle
//! detection, and the initialisation order of package variables.

use crate::fasthash::{HashMap, HashSet};

use gosub_source::Span;
use gosub_syntax::ast::{self, ConstSpec, Decl, Expr, FuncDecl, ImportName, TypeSpec, VarSpec};

use super::{Checker, Color, Operand};
use crate::info::Initializer;
use crate::objects::{ObjId, ObjKind, VarKind};
use crate::types::{Type, TypeId};

/// Where a package-level object is declared.
#[derive(Clone, Debug)]
pub(crate) enum DeclRef<'a> {
    Const {
        file: u32,
        /// The type and value expressions, from this spec or the last spec with values (implicit repetition).
        ty: Option<&'a Expr>,
        value: Option<&'a Expr>,
        iota: i128,
    },
    Var {
        file: u32,
        spec: &'a VarSpec,
        /// The objects of all the spec's names (a `var a, b = f()` is checked once for all of them).
        lhs: Vec<ObjId>,
    },
    Type {
        file: u32,
        spec: &'a TypeSpec,
    },
    Func {
        file: u32,
        decl: &'a FuncDecl,
    },
}

impl DeclRef<'_> {
    fn file(&self) -> u32 {
        match self {
            DeclRef::Const { file, .. }
            | DeclRef::Var { file, .. }
            | DeclRef::Type { file, .. }
            | DeclRef::Func { file, .. } => *file,
        }
    }
}

impl<'a> Checker<'a, '_> {
    /// Phase 1: every package-level name into the package scope, every import into its file's scope.
    pub(super) fn collect_objects(&mut self) {
        let files = self.files;
        for (index, file) in files.iter().enumerate() {
            self.file = index as u32;
            let file_scope = self.world.new_scope(Some(self.pkg_scope), false);
            self.file_scopes.push(file_scope);
            for import in file.ast.imports.iter().flat_map(|decl| &decl.specs) {
                self.collect_import(file_scope, import);
            }
            for decl in &file.ast.decls {
                self.collect_decl(decl);
            }
        }
    }

    fn collect_import(&mut self, file_scope: crate::objects::ScopeId, import: &'a ast::ImportSpec) {
        let path = match gosub_strconv::unquote(&*import.path.raw) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(_) => return,
        };
        let package = match self.importer.import(&path, self.world) {
            Ok(package) => package,
            Err(message) => {
                self.error(import.path.span, message);
                // An empty stand-in keeps the package name declared, so that its uses report nothing
                // more (Go does the same: one error per failed import).
                let name = default_package_name(&path);
                let scope = self.world.new_scope(None, false);
                let package = crate::objects::PackageId(self.world.packages.len() as u32);
                self.world.packages.push(crate::objects::Package {
                    path: "".into(),
                    name: name.into(),
                    scope,
                });
                self.broken_packages.insert(package);
                package
            }
        };
        let package_name = self.world.package(package).name.clone();
        match &import.name {
            Some(ImportName::Named(ident)) if ident.is_blank() => {}
            Some(ImportName::Dot(_)) => {
                let scope = self.world.package(package).scope;
                let members: Vec<(Box<str>, ObjId)> = self
                    .world
                    .scope(scope)
                    .names
                    .iter()
                    .filter(|(_, id)| self.world.obj(**id).is_exported())
                    .map(|(name, &id)| (name.clone(), id))
                    .collect();
                for (name, id) in members {
                    let _ = self.world.declare(file_scope, &name, id);
                }
            }
            named => {
                let ident = match named {
                    Some(ImportName::Named(ident)) => ident.clone(),
                    _ => ast::Ident::new(&package_name, import.path.span),
                };
                let obj = self.new_obj(&ident, ObjKind::PkgName(package), TypeId::INVALID);
                if matches!(named, Some(ImportName::Named(_))) {
                    self.info.record_def(self.file, &ident, obj);
                }
                self.declare_in(file_scope, &ident, obj);
                if self.broken_packages.contains(&package) {
                    self.world.obj_mut(obj).used = true;
                }
                self.imports.push((obj, self.file, import.path.span, path));
            }
        }
    }

    fn collect_decl(&mut self, decl: &'a Decl) {
        let file = self.file;
        match decl {
            Decl::Const(group) => {
                let mut last: (Option<&'a Expr>, &'a [Expr]) = (None, &[]);
                for spec in &group.specs {
                    if !spec.values.is_empty() || spec.ty.is_some() {
                        last = (spec.ty.as_ref(), &spec.values);
                    }
                    self.check_const_spec_arity(spec, last.1);
                    for (i, ident) in spec.names.iter().enumerate() {
                        let obj = self.new_obj(ident, ObjKind::Const(None), TypeId::INVALID);
                        self.info.record_def(file, ident, obj);
                        self.declare_package(ident, obj);
                        let value = last.1.get(i);
                        self.decls.insert(
                            obj,
                            DeclRef::Const { file, ty: last.0, value, iota: i128::from(spec.iota) },
                        );
                    }
                }
            }
            Decl::Var(group) => {
                for spec in &group.specs {
                    let lhs: Vec<ObjId> = spec
                        .names
                        .iter()
                        .map(|ident| {
                            let obj = self.new_obj(ident, ObjKind::Var(VarKind::Package), TypeId::INVALID);
                            self.info.record_def(file, ident, obj);
                            self.declare_package(ident, obj);
                            obj
                        })
                        .collect();
                    for &obj in &lhs {
                        self.decls.insert(obj, DeclRef::Var { file, spec, lhs: lhs.clone() });
                    }
                }
            }
            Decl::Type(group) => {
                for spec in &group.specs {
                    let obj = self.new_obj(&spec.name, ObjKind::TypeName, TypeId::INVALID);
                    self.info.record_def(file, &spec.name, obj);
                    if !spec.alias {
                        // The named type exists before its underlying type is known, so that the
                        // declaration may refer to itself through pointers, slices and so on.
                        let pkg_path = self.pkg_path.clone();
                        let named = self.world.types.new_named(&spec.name.name, Some(&pkg_path), Some(obj));
                        self.world.obj_mut(obj).ty = named;
                    }
                    self.declare_package(&spec.name, obj);
                    self.decls.insert(obj, DeclRef::Type { file, spec });
                }
            }
            Decl::Func(func) => {
                let obj = self.new_obj(&func.name, ObjKind::Func, TypeId::INVALID);
                self.info.record_def(file, &func.name, obj);
                self.decls.insert(obj, DeclRef::Func { file, decl: func });
                if func.recv.is_some() {
                    if let Some(base) = receiver_base_name(func) {
                        self.methods.entry(base.into()).or_default().push(obj);
                    }
                } else if &*func.name.name == "init" {
                    if !func.sig.params.is_empty() || !func.sig.results.is_empty() {
                        self.error(func.name.span, "func init must have no arguments and no return values");
                    }
                    self.info.init_funcs.push(obj);
                } else if &*func.name.name == "main" && self.world.package(self.pkg).name.as_ref() == "main" {
                    if !func.sig.params.is_empty() || !func.sig.results.is_empty() {
                        self.error(func.name.span, "func main must have no arguments and no return values");
                    }
                    self.declare_package(&func.name, obj);
                } else if !func.name.is_blank() {
                    self.declare_package(&func.name, obj);
                }
                // Library packages declare natively implemented functions without bodies (Go's
                // assembly-backed functions, gosub's `//gosub:native`); a program may not.
                if func.body.is_none() && self.world.package(self.pkg).name.as_ref() == "main" {
                    self.error(func.name.span, "missing function body");
                }
            }
            Decl::Bad(_) => {}
        }
    }

    fn check_const_spec_arity(&mut self, spec: &'a ConstSpec, values: &'a [Expr]) {
        if spec.names.len() > values.len()
            && !(spec.values.is_empty() && spec.ty.is_some() && values.is_empty())
        {
            let at = spec.names.get(values.len()).map_or(spec.span, |ident| ident.span);
            self.error(at, "missing init expr for const declaration");
        } else if spec.names.len() < values.len() {
            self.error(values[spec.names.len()].span, "extra init expr");
        }
    }

    fn declare_package(&mut self, ident: &ast::Ident, obj: ObjId) {
        if ident.is_blank() {
            return;
        }
        // A package-level name may not also be an import name in any file.
        let scope = self.pkg_scope;
        self.declare_in(scope, ident, obj);
    }

    /// Phase 2: resolve every package-level object, types and methods first so that lookups during the
    /// other declarations see complete method sets.
    pub(super) fn resolve_package_objects(&mut self) {
        let mut order: Vec<(ObjId, u32, u32)> =
            self.decls.iter().map(|(&obj, decl)| (obj, decl.file(), self.world.obj(obj).span.lo)).collect();
        order.sort_by_key(|&(_, file, lo)| (file, lo));
        let is_type =
            |checker: &Self, obj: ObjId| matches!(checker.decls.get(&obj), Some(DeclRef::Type { .. }));
        let (types, others): (Vec<_>, Vec<_>) =
            order.into_iter().partition(|&(obj, _, _)| is_type(self, obj));
        for (obj, _, _) in types {
            self.obj_decl(obj);
        }
        self.check_recursive_types();
        let (methods, others): (Vec<_>, Vec<_>) = others.into_iter().partition(|&(obj, _, _)| {
            matches!(self.decls.get(&obj), Some(DeclRef::Func { decl, .. }) if decl.recv.is_some())
        });
        for (obj, _, _) in methods.into_iter().chain(others) {
            self.obj_decl(obj);
        }
    }

    /// Resolves a package-level object's declaration if it has not been resolved yet.
    pub(crate) fn obj_decl(&mut self, obj: ObjId) {
        match self.colors.get(&obj) {
            Some(Color::Black) => return,
            Some(Color::Grey) => {
                self.cycle(obj);
                return;
            }
            None => {}
        }
        let Some(decl) = self.decls.get(&obj).cloned() else { return };
        self.colors.insert(obj, Color::Grey);
        self.path.push(obj);
        // Save the context: resolution may start in the middle of a function body.
        let saved = (self.file, self.scope, self.iota, self.current_decl, self.func.take(), self.depth);
        self.file = decl.file();
        self.scope = self.file_scopes.get(self.file as usize).copied().unwrap_or(self.pkg_scope);
        self.depth = 0;
        match decl {
            DeclRef::Const { ty, value, iota, .. } => {
                self.current_decl = Some(obj);
                self.const_decl(obj, ty, value, iota);
            }
            DeclRef::Var { spec, lhs, .. } => {
                self.current_decl = Some(obj);
                for &other in &lhs {
                    self.colors.insert(other, Color::Grey);
                }
                self.var_decl(&lhs, spec.ty.as_ref(), &spec.values, spec.span);
                for &other in &lhs {
                    self.colors.insert(other, Color::Black);
                }
            }
            DeclRef::Type { spec, .. } => self.type_decl(obj, spec),
            DeclRef::Func { decl, .. } => {
                self.current_decl = Some(obj);
                self.func_decl(obj, decl);
            }
        }
        (self.file, self.scope, self.iota, self.current_decl, self.func, self.depth) = saved;
        self.path.pop();
        self.colors.insert(obj, Color::Black);
    }

    /// A declaration refers to itself through its own resolution.
    fn cycle(&mut self, obj: ObjId) {
        let Some(start) = self.path.iter().position(|&o| o == obj) else { return };
        let cycle: Vec<ObjId> = self.path[start..].to_vec();
        let all_vars_or_funcs =
            cycle.iter().all(|&o| matches!(self.world.obj(o).kind, ObjKind::Var(_) | ObjKind::Func));
        let all_types = cycle.iter().all(|&o| self.world.obj(o).kind == ObjKind::TypeName);
        // A cycle through variables and functions is an initialisation cycle, reported with the
        // initialisation order; one through types is fine here and judged by `check_recursive_types`
        // (a type may refer to itself through a pointer).
        if all_vars_or_funcs || all_types {
            return;
        }
        self.report_cycle(&cycle, "invalid cycle in declaration of");
    }

    fn report_cycle(&mut self, cycle: &[ObjId], what: &str) {
        // Go reports the cycle at the member declared first.
        let Some(first_index) = (0..cycle.len()).min_by_key(|&i| {
            let obj = self.world.obj(cycle[i]);
            (obj.file, obj.span.lo)
        }) else {
            return;
        };
        let first = self.world.obj(cycle[first_index]).clone();
        let message = if cycle.len() == 1 {
            if what == "invalid recursive type" {
                format!("invalid recursive type: {} refers to itself", first.name)
            } else {
                format!("{what} {}", first.name)
            }
        } else {
            let mut message = format!("{what} {}", first.name);
            for k in 0..cycle.len() {
                let from = self.world.obj(cycle[(first_index + k) % cycle.len()]);
                let to = self.world.obj(cycle[(first_index + k + 1) % cycle.len()]);
                let at = self.file_position(from.file, from.span);
                message.push_str(&format!("\n\t{at}: {} refers to {}", from.name, to.name));
            }
            message
        };
        self.errors.push(super::TypeError { file: first.file, span: first.span, message });
    }

    /// A local constant (`const c = …` inside a function).
    pub(crate) fn const_value(
        &mut self,
        obj: ObjId,
        ty: Option<&'a Expr>,
        value: Option<&'a Expr>,
        iota: i128,
    ) {
        self.const_decl(obj, ty, value, iota);
    }

    /// A local type declaration.
    pub(crate) fn local_type_decl(&mut self, obj: ObjId, spec: &'a TypeSpec) {
        self.type_decl(obj, spec);
        self.check_recursive_types();
    }

    fn const_decl(&mut self, obj: ObjId, ty: Option<&'a Expr>, value: Option<&'a Expr>, iota: i128) {
        let declared = ty.map(|ty| self.type_expr(ty));
        if let Some(declared) = declared
            && !self.world.types.is_invalid(declared)
            && !self.world.types.is_const_type(declared)
        {
            let ty_expr = ty.map_or(Span::default(), |t| t.span);
            self.error(ty_expr, format!("invalid constant type {}", self.type_string(declared)));
            return;
        }
        let Some(value) = value else { return };
        self.iota = Some(iota);
        let mut operand = self.expr(value);
        self.iota = None;
        if operand.is_invalid() {
            return;
        }
        if !matches!(operand.mode, super::Mode::Const(_)) {
            let message = format!("{} is not constant", operand.describe(self.world, &self.pkg_path.clone()));
            self.error(value.span, message);
            return;
        }
        if let Some(declared) = declared {
            if self.world.types.is_invalid(declared) {
                return;
            }
            self.assignment(&mut operand, declared, "constant declaration");
        }
        if let super::Mode::Const(value) = &operand.mode {
            let value = value.clone();
            let object = self.world.obj_mut(obj);
            object.kind = ObjKind::Const(Some(value));
            object.ty = operand.ty;
        }
    }

    /// `var a, b T = x, y` at package level or in a function (`lhs` are the objects, not yet in scope
    /// for locals).
    pub(crate) fn var_decl(&mut self, lhs: &[ObjId], ty: Option<&'a Expr>, values: &'a [Expr], span: Span) {
        let declared = ty.map(|ty| self.type_expr(ty));
        if let Some(declared) = declared {
            for &obj in lhs {
                self.world.obj_mut(obj).ty = declared;
            }
        }
        if values.is_empty() {
            return;
        }
        if values.len() == 1 && (lhs.len() != 1 || super::assign::is_call(&values[0])) {
            // `var a, b = f()`
            let operand = self.multi_expr(&values[0]);
            let results = self.tuple_types(&operand);
            if operand.is_invalid() {
                self.invalidate(lhs, declared);
                return;
            }
            if results.len() != lhs.len() {
                self.assign_mismatch(lhs.len(), &values[0], &operand, results.len());
                self.invalidate(lhs, declared);
                return;
            }
            for (&obj, &result_ty) in lhs.iter().zip(&results) {
                let mut single = Operand { mode: super::Mode::Value, ty: result_ty, expr: Some(&values[0]) };
                let context = if lhs.len() == 1 { "variable declaration" } else { "assignment" };
                self.init_var(obj, declared, &mut single, context);
            }
            return;
        }
        if lhs.len() != values.len() {
            let at = if values.len() > lhs.len() { values[lhs.len()].span } else { values[0].span };
            let _ = span;
            self.error(
                at,
                format!(
                    "assignment mismatch: {} variable{} but {} value{}",
                    lhs.len(),
                    if lhs.len() == 1 { "" } else { "s" },
                    values.len(),
                    if values.len() == 1 { "" } else { "s" }
                ),
            );
            for value in values {
                self.expr(value);
            }
            self.invalidate(lhs, declared);
            return;
        }
        for (&obj, value) in lhs.iter().zip(values) {
            let name = self.world.obj(obj).name.to_string();
            let mut operand = self.expr_expecting(value, declared, || super::ExpectedFor::Var(name));
            self.init_var(obj, declared, &mut operand, "variable declaration");
        }
    }

    fn invalidate(&mut self, lhs: &[ObjId], declared: Option<TypeId>) {
        if declared.is_none() {
            for &obj in lhs {
                self.world.obj_mut(obj).ty = TypeId::INVALID;
            }
        }
    }

    /// Gives a variable its type from its initialiser (or checks the initialiser against its type).
    fn init_var(&mut self, obj: ObjId, declared: Option<TypeId>, operand: &mut Operand<'a>, context: &str) {
        if operand.is_invalid() {
            if declared.is_none() {
                self.world.obj_mut(obj).ty = TypeId::INVALID;
            }
            return;
        }
        match declared {
            Some(declared) => {
                self.assignment(operand, declared, context);
            }
            None => {
                if !self.single_value(operand) {
                    self.world.obj_mut(obj).ty = TypeId::INVALID;
                    return;
                }
                let nil = self.world.types.basic(crate::types::BasicKind::UntypedNil);
                if operand.ty == nil {
                    if let Some(expr) = operand.expr {
                        self.error(expr.span, format!("use of untyped nil in {context}"));
                    }
                    self.world.obj_mut(obj).ty = TypeId::INVALID;
                    return;
                }
                let target = self.world.types.default_type(operand.ty);
                self.assignment(operand, target, context);
                self.world.obj_mut(obj).ty = target;
            }
        }
    }

    fn type_decl(&mut self, obj: ObjId, spec: &'a TypeSpec) {
        if spec.alias {
            if !spec.tparams.is_empty() {
                // A generic alias (`type Set[T comparable] = map[T]bool`): instantiating it substitutes
                // the arguments into the right-hand side.
                self.open_scope(false);
                let params = self.declare_type_params(&spec.tparams);
                let ty = self.type_expr(&spec.ty);
                self.scope = self.world.scope(self.scope).parent.unwrap_or(self.pkg_scope);
                self.generic_aliases.insert(obj, params);
                self.world.obj_mut(obj).ty = ty;
                return;
            }
            self.constraint_position = true;
            let ty = self.type_expr(&spec.ty);
            self.world.obj_mut(obj).ty = ty;
            return;
        }
        let named = self.world.obj(obj).ty;
        if !spec.tparams.is_empty() {
            // The parameters are known before the right-hand side, which may mention `Name[P]`.
            self.open_scope(false);
            let params = self.declare_type_params(&spec.tparams);
            self.world.types.set_type_params(named, params);
            self.constraint_position = true;
            let rhs = self.type_expr(&spec.ty);
            self.scope = self.world.scope(self.scope).parent.unwrap_or(self.pkg_scope);
            if self.world.types.is_type_param(rhs) {
                self.error(spec.ty.span, "cannot use a type parameter as RHS in type declaration");
            }
            self.world.types.set_underlying(named, rhs);
            self.declared_rhs.insert(named, rhs);
            self.attach_methods(named, &spec.name.name);
            return;
        }
        // A declared type may be a constraint interface (`type Number interface{ ~int }`).
        self.constraint_position = true;
        let rhs = self.type_expr(&spec.ty);
        self.declared_rhs.insert(named, rhs);
        self.world.types.set_underlying(named, rhs);
        self.attach_methods(named, &spec.name.name);
    }

    fn attach_methods(&mut self, named: TypeId, name: &str) {
        // Only package-level types have methods (a local type may share a package type's name).
        let is_package_level =
            self.world.types.named(named).and_then(|n| n.obj).is_some_and(|o| self.decls.contains_key(&o));
        if !is_package_level {
            return;
        }
        let methods = self.methods.get(name).cloned().unwrap_or_default();
        for method in methods {
            let method_name = self.world.obj(method).name.clone();
            if method_name.as_ref() == "_" {
                continue;
            }
            let existing = self
                .world
                .types
                .named(named)
                .is_some_and(|n| n.methods.iter().any(|&m| self.world.obj(m).name == method_name));
            let object = self.world.obj(method).clone();
            if existing {
                let previous =
                    self.world.types.named(named).and_then(|n| {
                        n.methods.iter().copied().find(|&m| self.world.obj(m).name == method_name)
                    });
                let at = previous.map_or(String::new(), |m| {
                    let previous = self.world.obj(m);
                    format!(" at {}", self.file_position(previous.file, previous.span))
                });
                self.errors.push(super::TypeError {
                    file: object.file,
                    span: object.span,
                    message: format!("method {name}.{method_name} already declared{at}"),
                });
                continue;
            }
            if let Type::Struct(fields) = self.world.types.under(named)
                && fields.iter().any(|f| f.name == method_name)
            {
                // Go points at the field too, found in the type's declaration.
                let field_at = self.world.types.named(named).and_then(|n| n.obj).and_then(|obj| {
                    match self.decls.get(&obj) {
                        Some(DeclRef::Type { file, spec }) => match &spec.ty.unparen().kind {
                            ast::ExprKind::StructType(st) => st
                                .fields
                                .iter()
                                .flat_map(|f| f.names.iter())
                                .find(|n| n.name == method_name)
                                .map(|n| (*file, n.span)),
                            _ => None,
                        },
                        _ => None,
                    }
                });
                let other = field_at.map_or(String::new(), |(file, span)| {
                    format!("\n\t{}: other declaration of {method_name}", self.file_position(file, span))
                });
                self.errors.push(super::TypeError {
                    file: object.file,
                    span: object.span,
                    message: format!("field and method with the same name {method_name}{other}"),
                });
                continue;
            }
            self.world.obj_mut(method).recv_base = Some(named);
            if let Some(n) = self.world.types.named_mut(named) {
                n.methods.push(method);
            }
        }
    }

    /// Reports named types that contain themselves without indirection (`type T struct{ t T }`).
    fn check_recursive_types(&mut self) {
        let mut named: Vec<TypeId> = self.declared_rhs.keys().copied().collect();
        named.sort();
        let mut reported: HashSet<TypeId> = HashSet::default();
        for start in named {
            let mut path = Vec::new();
            if let Some(cycle) = self.find_type_cycle(start, &mut path, 0)
                && !cycle.iter().any(|t| reported.contains(t))
            {
                reported.extend(cycle.iter().copied());
                let objs: Vec<ObjId> =
                    cycle.iter().filter_map(|&t| self.world.types.named(t).and_then(|n| n.obj)).collect();
                self.report_cycle(&objs, "invalid recursive type");
                // Break the cycle so that later checks (sizes, lookups) terminate.
                for t in cycle {
                    self.world.types.set_underlying(t, TypeId::INVALID);
                    self.declared_rhs.remove(&t);
                }
            }
        }
    }

    fn find_type_cycle(&self, ty: TypeId, path: &mut Vec<TypeId>, depth: u32) -> Option<Vec<TypeId>> {
        if depth > 200 {
            return None;
        }
        if self.world.types.is_named(ty) {
            if let Some(at) = path.iter().position(|&t| t == ty) {
                return Some(path[at..].to_vec());
            }
            let rhs = *self.declared_rhs.get(&ty)?;
            path.push(ty);
            let found = self.find_type_cycle(rhs, path, depth + 1);
            path.pop();
            return found;
        }
        match self.world.types.get(ty).clone() {
            Type::Array(_, elem) => self.find_type_cycle(elem, path, depth + 1),
            Type::Struct(fields) => fields.iter().find_map(|f| self.find_type_cycle(f.ty, path, depth + 1)),
            _ => None,
        }
    }

    /// Called when an expression needs the underlying type of a named type that is still being declared
    /// (`type T [len(T{})]int`): that is a cycle Go reports as an invalid recursive type.
    pub(crate) fn incomplete_type(&mut self, ty: TypeId) -> bool {
        let Some(obj) = self.world.types.named(ty).and_then(|n| n.obj) else { return false };
        if self.colors.get(&obj) != Some(&Color::Grey) || self.world.types.underlying(ty) != TypeId::INVALID {
            return false;
        }
        if let Some(start) = self.path.iter().position(|&o| o == obj) {
            let cycle: Vec<ObjId> = self.path[start..]
                .iter()
                .copied()
                .filter(|&o| self.world.obj(o).kind == ObjKind::TypeName)
                .collect();
            self.report_cycle(&cycle, "invalid recursive type");
        }
        true
    }

    fn func_decl(&mut self, obj: ObjId, decl: &'a FuncDecl) {
        self.open_scope(true);
        let func_scope = self.scope;
        if !decl.tparams.is_empty() {
            let params = self.declare_type_params(&decl.tparams);
            self.world.set_func_type_params(obj, params);
        }
        let mut recv_ty = None;
        let mut renamed = Vec::new();
        if let Some(recv) = &decl.recv {
            recv_ty = self.receiver(obj, recv);
            renamed = self.use_receiver_param_names(obj, decl);
        }
        let sig = self.signature(&decl.sig);
        self.restore_param_names(renamed);
        self.scope = self.world.scope(func_scope).parent.unwrap_or(self.pkg_scope);
        self.world.obj_mut(obj).ty = sig;
        if let Some(body) = &decl.body {
            self.bodies.push(super::Body { obj, file: self.file, decl, body, scope: func_scope, recv_ty });
        }
    }

    /// Checks a method's receiver; returns its type.
    fn receiver(&mut self, obj: ObjId, recv: &'a [ast::Param]) -> Option<TypeId> {
        let Some(param) = recv.first() else {
            self.error(self.world.obj(obj).span, "method has no receiver");
            return None;
        };
        if recv.len() > 1 || param.names.len() > 1 {
            self.error(param.span, "method has multiple receivers");
        }
        let (base_expr, pointer) = match &param.ty.unparen().kind {
            ast::ExprKind::Star(inner) => (inner.unparen(), true),
            _ => (param.ty.unparen(), false),
        };
        let (base_expr, recv_targs) = match &base_expr.kind {
            ast::ExprKind::Index(base, targs) => (base.as_ref(), Some(targs)),
            _ => (base_expr, None),
        };
        let operand = self.expr_or_type(base_expr);
        let base = match operand.mode {
            super::Mode::Type => operand.ty,
            super::Mode::Invalid => return None,
            _ => {
                let message = format!("{} is not a type", crate::exprstring::expr_string(base_expr));
                self.error(base_expr.span, message);
                return None;
            }
        };
        if self.world.types.is_invalid(base) {
            return None;
        }
        // A generic receiver type: its type parameters are declared again under the receiver's names
        // (`func (s *Stack[E]) Push(v E)`), denoting the type's own parameters.
        let tparams = self.world.types.type_params_of(base).to_vec();
        match recv_targs {
            Some(targs) if !tparams.is_empty() => {
                if targs.len() != tparams.len() {
                    let word = if targs.len() > tparams.len() { "too many" } else { "not enough" };
                    let name = self.type_string(base);
                    let name = name.split('[').next().unwrap_or("").to_string();
                    let message = format!(
                        "receiver declares {} type parameters, but receiver base type declares {}",
                        targs.len(),
                        tparams.len()
                    );
                    let _ = (word, name);
                    self.error(base_expr.span, message);
                    return None;
                }
                for (targ, &tparam) in targs.iter().zip(&tparams) {
                    match &targ.kind {
                        ast::ExprKind::Ident(ident) => {
                            let obj = self.declare_local(ident, ObjKind::TypeName, tparam);
                            let _ = obj;
                        }
                        _ => {
                            self.error(targ.span, "receiver type parameter must be an identifier");
                            return None;
                        }
                    }
                }
            }
            None if !tparams.is_empty() => {
                self.generic_without_instantiation(base_expr, base);
                return None;
            }
            Some(_) => {
                self.error(base_expr.span, format!("{} is not a generic type", self.type_string(base)));
                return None;
            }
            None => {}
        }
        let local_named = self
            .world
            .types
            .named(base)
            .and_then(|n| n.obj)
            .is_some_and(|o| self.world.obj(o).pkg == Some(self.pkg));
        if !local_named {
            let message = if self.world.types.is_named(base) || self.world.types.basic_kind(base).is_some() {
                format!("cannot define new methods on non-local type {}", self.type_string(base))
            } else {
                format!("invalid receiver type {}", self.type_string(base))
            };
            self.error(base_expr.span, message);
            return None;
        }
        if matches!(self.world.types.under(base), Type::Pointer(_) | Type::Interface(_)) {
            let what = if self.world.types.is_interface(base) { "interface" } else { "pointer" };
            self.error(
                base_expr.span,
                format!("invalid receiver type {} ({what} or interface type)", self.type_string(base)),
            );
            let _ = what;
            return None;
        }
        self.world.obj_mut(obj).ptr_recv = pointer;
        let ty = if pointer { self.world.types.pointer(base) } else { base };
        Some(ty)
    }

    /// Phase 4: the order in which package variables are initialised (Go spec "Package initialization"):
    /// repeatedly the earliest variable in declaration order that depends on no uninitialised variable.
    pub(super) fn compute_init_order(&mut self) {
        let mut vars: Vec<(ObjId, u32, u32)> = self
            .decls
            .iter()
            .filter(|(_, d)| matches!(d, DeclRef::Var { .. }))
            .map(|(&o, d)| (o, d.file(), self.world.obj(o).span.lo))
            .collect();
        vars.sort_by_key(|&(_, file, lo)| (file, lo));
        // Variable → the variables it depends on, through any chain of functions.
        let mut var_deps: HashMap<ObjId, HashSet<ObjId>> = HashMap::default();
        let mut reported_cycle = false;
        for &(var, _, _) in &vars {
            let mut found = HashSet::default();
            let mut stack: Vec<ObjId> = self.deps.get(&var).cloned().unwrap_or_default();
            let mut seen = HashSet::default();
            while let Some(next) = stack.pop() {
                if !seen.insert(next) {
                    continue;
                }
                match self.world.obj(next).kind {
                    ObjKind::Var(VarKind::Package) => {
                        found.insert(next);
                    }
                    ObjKind::Func => stack.extend(self.deps.get(&next).cloned().unwrap_or_default()),
                    _ => {}
                }
            }
            // A cycle may run through other variables as well as functions.
            if !reported_cycle && let Some(cycle) = self.dependency_path(var) {
                reported_cycle = true;
                self.report_cycle(&cycle, "initialization cycle for");
            }
            var_deps.insert(var, found);
        }
        let mut done: HashSet<ObjId> = HashSet::default();
        let mut emitted_specs: HashSet<*const VarSpec> = HashSet::default();
        let mut remaining: Vec<ObjId> = vars.iter().map(|v| v.0).collect();
        while !remaining.is_empty() {
            let ready = remaining
                .iter()
                .position(|v| {
                    var_deps.get(v).is_none_or(|deps| deps.iter().all(|d| done.contains(d) || d == v))
                })
                .unwrap_or(0);
            let var = remaining.remove(ready);
            done.insert(var);
            if let Some(DeclRef::Var { spec, lhs, file }) = self.decls.get(&var)
                && !spec.values.is_empty()
            {
                let spec_ptr: *const VarSpec = *spec;
                if lhs.len() > 1 && spec.values.len() == 1 {
                    if emitted_specs.insert(spec_ptr) {
                        self.info.init_order.push(Initializer {
                            lhs: lhs.clone(),
                            file: *file,
                            rhs: spec.values[0].span,
                        });
                    }
                } else if let Some(index) = lhs.iter().position(|&o| o == var)
                    && let Some(value) = spec.values.get(index)
                {
                    self.info.init_order.push(Initializer { lhs: vec![var], file: *file, rhs: value.span });
                }
            }
        }
    }

    /// The chain of package-level objects from `var` back to itself, for the cycle message.
    fn dependency_path(&self, var: ObjId) -> Option<Vec<ObjId>> {
        fn walk(
            checker: &Checker<'_, '_>,
            target: ObjId,
            at: ObjId,
            path: &mut Vec<ObjId>,
            seen: &mut HashSet<ObjId>,
        ) -> bool {
            for &next in checker.deps.get(&at).map(Vec::as_slice).unwrap_or(&[]) {
                if next == target {
                    return true;
                }
                if !matches!(checker.world.obj(next).kind, ObjKind::Var(_) | ObjKind::Func)
                    || !seen.insert(next)
                {
                    continue;
                }
                path.push(next);
                if walk(checker, target, next, path, seen) {
                    return true;
                }
                path.pop();
            }
            false
        }
        let mut path = vec![var];
        let mut seen = HashSet::default();
        walk(self, var, var, &mut path, &mut seen).then_some(path)
    }

    /// Records that the declaration being checked refers to a package-level object (for init order).
    pub(crate) fn record_dependency(&mut self, obj: ObjId) {
        if let Some(current) = self.current_decl
            && self.world.obj(obj).pkg == Some(self.pkg)
            && matches!(self.world.obj(obj).kind, ObjKind::Var(VarKind::Package) | ObjKind::Func)
        {
            let deps = self.deps.entry(current).or_default();
            if !deps.contains(&obj) {
                deps.push(obj);
            }
        }
    }
}

impl<'a> Checker<'a, '_> {
    /// Gives the type parameters of a method's generic receiver type the names the receiver declares
    /// (`E` in `func (s *Stack[E]) Push(x E)`), so that messages about the method show them as Go does.
    /// Returns what [`Checker::restore_param_names`] needs to undo it.
    pub(crate) fn use_receiver_param_names(
        &mut self,
        obj: ObjId,
        func: &FuncDecl,
    ) -> Vec<(TypeId, Box<str>)> {
        let Some(base) = self.world.obj(obj).recv_base else { return Vec::new() };
        let tparams = self.world.types.type_params_of(base).to_vec();
        let names = receiver_param_names(func);
        if names.len() != tparams.len() {
            return Vec::new();
        }
        let mut saved = Vec::new();
        for (&tparam, name) in tparams.iter().zip(names) {
            if let Some(old) = self.world.types.rename_type_param(tparam, name.into()) {
                saved.push((tparam, old));
            }
        }
        saved
    }

    pub(crate) fn restore_param_names(&mut self, saved: Vec<(TypeId, Box<str>)>) {
        for (tparam, name) in saved {
            self.world.types.rename_type_param(tparam, name);
        }
    }
}

/// The type parameter names of a method's generic receiver (`[E]` in `(s *Stack[E])`); `_` stays `_`.
fn receiver_param_names(func: &FuncDecl) -> Vec<&str> {
    let Some(param) = func.recv.as_ref().and_then(|r| r.first()) else { return Vec::new() };
    let mut expr = param.ty.unparen();
    if let ast::ExprKind::Star(inner) = &expr.kind {
        expr = inner.unparen();
    }
    let ast::ExprKind::Index(_, targs) = &expr.kind else { return Vec::new() };
    let mut names = Vec::new();
    for targ in targs {
        match &targ.kind {
            ast::ExprKind::Ident(ident) => names.push(&*ident.name),
            _ => return Vec::new(),
        }
    }
    names
}

/// The name of a method's receiver base type, read from the syntax (`T`, `*T`, `T[P]`, `(*T)`).
fn receiver_base_name(func: &FuncDecl) -> Option<&str> {
    let param = func.recv.as_ref()?.first()?;
    let mut expr = param.ty.unparen();
    if let ast::ExprKind::Star(inner) = &expr.kind {
        expr = inner.unparen();
    }
    if let ast::ExprKind::Index(base, _) = &expr.kind {
        expr = base.unparen();
    }
    match &expr.kind {
        ast::ExprKind::Ident(ident) => Some(&ident.name),
        _ => None,
    }
}

/// The name a package is imported under by default: its path's last element, or the one before a major
/// version suffix (`math/rand/v2` is `rand`).
fn default_package_name(path: &str) -> String {
    let mut parts = path.rsplit('/');
    let last = parts.next().unwrap_or(path);
    let is_version = last.len() > 1 && last.starts_with('v') && last[1..].bytes().all(|b| b.is_ascii_digit());
    match parts.next() {
        Some(before) if is_version => before.to_string(),
        _ => last.to_string(),
    }
}
