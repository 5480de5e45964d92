//! The checker: one [`Checker`] checks one package, in the phases go/types uses.
//!
//! 1. `decl.rs` collects every package-level object into the package scope (and imports into file
//!    scopes), so declarations may appear in any order.
//! 2. Type declarations, then all other package-level objects, are resolved on demand (`obj_decl`), with a
//!    colour per object to detect cycles (`invalid recursive type`, `initialization cycle`).
//! 3. Function bodies are checked once every package-level signature is known (`stmt.rs`, `expr.rs`,
//!    `call.rs`, `builtins.rs`).
//! 4. Unused imports are reported and the initialisation order is computed.
//!
//! Errors are collected, never thrown: an expression with an error gets the invalid type, and operations
//! on invalid operands report nothing further, so one mistake produces one message. Errors are sorted by
//! position at the end, as `go build` prints them.

mod assign;
mod builtins;
mod call;
mod decl;
mod expr;
mod generics;
mod operand;
mod stmt;
mod typexpr;

use crate::fasthash::HashMap;

use gosub_source::Span;
use gosub_syntax::ast::{self, Ident};

use crate::importer::Importer;
use crate::info::{Info, TypeAndValue};
use crate::objects::{ObjId, ObjKind, Object, PackageId, ScopeId, VarKind, World};
use crate::types::TypeId;

pub(crate) use operand::{Mode, Operand};

/// One type error: Go's wording, at a position in one of the package's files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeError {
    /// The file's index among the package's files.
    pub file: u32,
    pub span: Span,
    /// The message; continuation lines (`have`/`want`, cycle members) follow after `\n\t`.
    pub message: String,
}

/// One file of a package to check: its tree and its text (some positions, such as that of `:=`, are
/// found in the text because the tree does not keep operator tokens).
#[derive(Clone, Copy, Debug)]
pub struct PackageFile<'a> {
    pub ast: &'a ast::File,
    pub text: &'a str,
}

/// The result of checking one package.
#[derive(Debug)]
pub struct Checked {
    pub package: PackageId,
    pub info: Info,
    /// Every error, sorted by position (file, then offset).
    pub errors: Vec<TypeError>,
}

/// Checks one package's files. Types, objects and imported packages accumulate in `world`.
pub fn check_package(
    world: &mut World,
    importer: &mut dyn Importer,
    path: &str,
    files: &[PackageFile<'_>],
) -> Checked {
    check_package_named(world, importer, path, files, &[])
}

/// [`check_package`], with the files' base names (`main.go`), which a few messages quote
/// (`cannot infer T (declared at ./main.go:5:10)`).
pub fn check_package_named(
    world: &mut World,
    importer: &mut dyn Importer,
    path: &str,
    files: &[PackageFile<'_>],
    names: &[&str],
) -> Checked {
    let name = files.first().map_or("main", |f| &*f.ast.package.name).to_string();
    let scope = world.new_scope(Some(world.universe), false);
    let package = PackageId(world.packages.len() as u32);
    world.packages.push(crate::objects::Package { path: path.into(), name: name.into(), scope });
    let mut checker = Checker::new(world, importer, path, package, scope, files);
    checker.file_names = names.iter().map(|n| n.to_string()).collect();
    checker.check_files();
    let mut errors = std::mem::take(&mut checker.errors);
    errors.sort_by_key(|e| (e.file, e.span.lo));
    // One construct may be reported twice through different paths; keep the first of identical lines.
    errors.dedup_by(|b, a| a.file == b.file && a.span.lo == b.span.lo && a.message == b.message);
    Checked { package, info: std::mem::take(&mut checker.info), errors }
}

/// How far a package-level object's declaration has been checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Color {
    /// Being checked: meeting it again means a cycle.
    Grey,
    Black,
}

/// A declared function's body, checked after every package-level declaration.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Body<'a> {
    obj: ObjId,
    file: u32,
    decl: &'a ast::FuncDecl,
    body: &'a ast::Block,
    /// The function scope, already holding the type parameters.
    scope: ScopeId,
    recv_ty: Option<TypeId>,
}

/// Who expects the type of [`Checker::expected`], for the messages of a failed inference.
#[derive(Clone, Debug)]
pub(crate) enum ExpectedFor {
    /// A variable (`h` in `h = Zero`, or `result variable`).
    Var(String),
    /// An argument of a call of the named function.
    Call(String),
}

/// The innermost function being checked.
#[derive(Clone, Debug)]
struct FuncContext {
    /// The result types, to check `return` statements.
    results: Vec<TypeId>,
    /// Whether the results are named (a bare `return` is then allowed).
    named_results: bool,
}

/// The statement context: what `break`, `continue` and `fallthrough` may refer to here.
#[derive(Clone, Copy, Debug, Default)]
struct StmtContext {
    in_loop: bool,
    in_breakable: bool,
    /// The statement is the last of a switch clause that has a following clause.
    fallthrough_ok: bool,
}

/// Nesting deeper than this in expressions or types is reported instead of recursing further (the
/// parser limits bracket nesting to 1,000; each level may take several checker frames).
const MAX_DEPTH: u32 = 400;

pub(crate) struct Checker<'a, 'w> {
    pub(crate) world: &'w mut World,
    importer: &'w mut dyn Importer,
    files: &'a [PackageFile<'a>],
    pub(crate) pkg: PackageId,
    pub(crate) pkg_path: String,
    pkg_scope: ScopeId,
    file_scopes: Vec<ScopeId>,
    /// The file being checked.
    pub(crate) file: u32,
    pub(crate) errors: Vec<TypeError>,
    pub(crate) info: Info,
    /// Package-level declarations not yet (or being) resolved.
    decls: HashMap<ObjId, decl::DeclRef<'a>>,
    colors: HashMap<ObjId, Color>,
    /// The chain of package-level objects being resolved (for cycle messages).
    path: Vec<ObjId>,
    /// Package-level objects each package-level variable or function refers to (for init order).
    deps: HashMap<ObjId, Vec<ObjId>>,
    /// The package-level object whose declaration or body is being checked.
    current_decl: Option<ObjId>,
    scope: ScopeId,
    func: Option<FuncContext>,
    /// The value of `iota` inside a constant declaration.
    iota: Option<i128>,
    depth: u32,
    /// The type the context gives the next expression checked by `multi_expr`, when it is known before
    /// the expression is checked (a typed variable's initialiser, an assignment's right side, an argument,
    /// a result): a generic function used there as a value infers its type arguments from it
    /// (`var f func(int) int = Id`). Consumed by the first expression checked.
    expected: Option<(TypeId, ExpectedFor)>,
    /// Function bodies to check after the package-level declarations.
    bodies: Vec<Body<'a>>,
    /// The type-level right-hand side of each local named type (for `invalid recursive type`).
    declared_rhs: HashMap<TypeId, TypeId>,
    /// The files' names (for `declared at` positions); empty when the caller gave none.
    file_names: Vec<String>,
    /// Set just before resolving a type in a constraint position (a union term, an embedded interface
    /// element), where constraint interfaces are allowed; `type_expr` consumes it.
    constraint_position: bool,
    /// The type parameters of each generic alias.
    generic_aliases: HashMap<ObjId, Vec<TypeId>>,
    /// Set when a clause of the type switch being checked uses the switch's variable.
    type_switch_used: bool,
    /// The text of the compound assignment being checked (`s += 1`), which Go quotes in its errors.
    compound_text: Option<String>,
    /// Stand-ins for imports that failed; selectors into them report nothing.
    broken_packages: crate::fasthash::HashSet<PackageId>,
    /// Methods by the name of their receiver's base type, attached when the type is declared.
    methods: HashMap<Box<str>, Vec<ObjId>>,
    /// Imports to report if unused: (package name object, file, path literal span, path).
    imports: Vec<(ObjId, u32, Span, String)>,
}

impl<'a, 'w> Checker<'a, 'w> {
    fn new(
        world: &'w mut World,
        importer: &'w mut dyn Importer,
        path: &str,
        pkg: PackageId,
        pkg_scope: ScopeId,
        files: &'a [PackageFile<'a>],
    ) -> Self {
        Checker {
            world,
            importer,
            files,
            pkg,
            pkg_path: path.to_string(),
            pkg_scope,
            file_scopes: Vec::new(),
            file: 0,
            errors: Vec::new(),
            info: Info::default(),
            decls: HashMap::default(),
            colors: HashMap::default(),
            path: Vec::new(),
            deps: HashMap::default(),
            current_decl: None,
            scope: pkg_scope,
            func: None,
            iota: None,
            depth: 0,
            expected: None,
            bodies: Vec::new(),
            declared_rhs: HashMap::default(),
            file_names: Vec::new(),
            constraint_position: false,
            generic_aliases: HashMap::default(),
            type_switch_used: false,
            compound_text: None,
            broken_packages: crate::fasthash::HashSet::default(),
            methods: HashMap::default(),
            imports: Vec::new(),
        }
    }

    pub(crate) fn error(&mut self, span: Span, message: impl Into<String>) {
        self.errors.push(TypeError { file: self.file, span, message: message.into() });
    }

    /// The source text of the current file.
    fn text(&self) -> &'a str {
        self.files.get(self.file as usize).map_or("", |f| f.text)
    }

    /// The span of the first occurrence of `token` at or after `from` in the current file (used for
    /// operator positions the tree does not keep).
    fn find_token(&self, from: u32, token: &str) -> Span {
        let text = self.text();
        let start = (from as usize).min(text.len());
        match text.get(start..).and_then(|rest| rest.find(token)) {
            Some(offset) => Span::from_range(start + offset, start + offset + token.len()),
            None => Span::empty_at(from),
        }
    }

    pub(crate) fn type_string(&self, ty: TypeId) -> String {
        self.world.types.type_string(ty, Some(&self.pkg_path))
    }

    // ---- scopes ------------------------------------------------------------------------------------

    fn open_scope(&mut self, is_func: bool) {
        self.scope = self.world.new_scope(Some(self.scope), is_func);
    }

    /// Leaves the current scope, reporting its unused variables.
    fn close_scope(&mut self) {
        let scope = self.world.scope(self.scope).clone();
        let mut unused: Vec<(Span, u32, Box<str>)> = scope
            .names
            .values()
            .map(|&id| self.world.obj(id))
            .filter(|obj| matches!(obj.kind, ObjKind::Var(VarKind::Local)) && !obj.used && &*obj.name != "_")
            .map(|obj| (obj.span, obj.file, obj.name.clone()))
            .collect();
        unused.sort_by_key(|(span, _, _)| span.lo);
        for (span, file, name) in unused {
            self.errors.push(TypeError { file, span, message: format!("declared and not used: {name}") });
        }
        self.scope = scope.parent.unwrap_or(self.pkg_scope);
    }

    /// Creates an object and declares it in the current scope, reporting a redeclaration.
    pub(crate) fn declare_local(&mut self, ident: &Ident, kind: ObjKind, ty: TypeId) -> ObjId {
        let obj = self.new_obj(ident, kind, ty);
        self.info.record_def(self.file, ident, obj);
        if !ident.is_blank() {
            let scope = self.scope;
            self.declare_in(scope, ident, obj);
        }
        obj
    }

    fn new_obj(&mut self, ident: &Ident, kind: ObjKind, ty: TypeId) -> ObjId {
        self.world.new_object(Object {
            name: ident.name.clone(),
            kind,
            ty,
            span: ident.span,
            file: self.file,
            pkg: Some(self.pkg),
            used: false,
            ptr_recv: false,
            recv_base: None,
        })
    }

    fn declare_in(&mut self, scope: ScopeId, ident: &Ident, obj: ObjId) {
        if let Err(other) = self.world.declare(scope, &ident.name, obj) {
            let other = self.world.obj(other);
            let at = self.file_position(other.file, other.span);
            let message = format!(
                "{} redeclared in this block\n\t{at}: other declaration of {}",
                ident.name, ident.name
            );
            self.error(ident.span, message);
        }
    }

    /// `file.go:L:C` for continuation lines (the CLI only compares first lines, so the file's base
    /// name is enough).
    /// `./main.go:5:10`: a position in one of the package's files as Go names it inside a message
    /// (`previous case`, `already declared at`).
    pub(crate) fn file_position(&self, file: u32, span: Span) -> String {
        let name = self.file_names.get(file as usize).map_or("", |n| n.as_str());
        let name = if name.is_empty() { "main.go" } else { name };
        format!("./{name}:{}", self.position_text(file, span))
    }

    fn position_text(&self, file: u32, span: Span) -> String {
        let text = self.files.get(file as usize).map_or("", |f| f.text);
        let before = text.get(..span.lo as usize).unwrap_or("");
        let line = before.matches('\n').count() + 1;
        let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        format!("{line}:{col}")
    }

    /// Resolves a name in the current scope chain, then the file scope and the package scope.
    pub(crate) fn lookup(&self, name: &str) -> Option<ObjId> {
        self.world.lookup(self.scope, name)
    }

    // ---- the driver --------------------------------------------------------------------------------

    fn check_files(&mut self) {
        self.collect_objects();
        self.resolve_package_objects();
        self.check_bodies();
        self.report_unused_imports();
        self.compute_init_order();
    }

    fn check_bodies(&mut self) {
        // Function literals inside bodies are checked inline, so the list does not grow while we drain it.
        for body in std::mem::take(&mut self.bodies) {
            self.check_body(body);
        }
    }

    fn report_unused_imports(&mut self) {
        for (obj, file, span, path) in std::mem::take(&mut self.imports) {
            let object = self.world.obj(obj);
            if object.used {
                continue;
            }
            let pkg_name = match object.kind {
                ObjKind::PkgName(pkg) => self.world.package(pkg).name.clone(),
                _ => continue,
            };
            let last = path.rsplit('/').next().unwrap_or(&path);
            let message = if &*object.name != last && object.name != pkg_name {
                format!("{:?} imported as {} and not used", path, object.name)
            } else {
                format!("{path:?} imported and not used")
            };
            self.errors.push(TypeError { file, span, message });
        }
    }

    /// Records an expression's classification for the compiler.
    pub(crate) fn record(&mut self, expr: &ast::Expr, operand: &Operand<'_>) {
        if let Some(mode) = operand.mode.info_mode() {
            let value = match &operand.mode {
                Mode::Const(value) => Some(value.clone()),
                _ => None,
            };
            self.info.record_type(self.file, expr, TypeAndValue { mode, ty: operand.ty, value });
        }
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_generics;
