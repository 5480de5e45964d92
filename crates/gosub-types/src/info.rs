//! [`Info`]: what the checker tells the compiler about every node, behind accessor methods.
//!
//! # How the compiler uses the checker's output
//!
//! [`crate::check_package`] returns [`crate::Checked`]: the package id, this `Info`, and the errors
//! (compile only when there are none). Types, objects and scopes live in the [`crate::World`] the caller
//! passed in. The compiler walks the AST again and asks, per file (`info.file(i)`):
//!
//! * **Expressions**: [`FileInfo::type_and_value`] gives every expression's mode, type and, for
//!   constants, its value. Untyped expressions are recorded with the type the context finally gave them
//!   (`var f float64 = 1 + 2` records `1 + 2`, `1` and `2` as `float64`; `u |= 1 << n` records `1 << n`
//!   and `1` as `u`'s type); an untyped constant with no context keeps its untyped type, and its default
//!   type (`TypeTable::default_type`) is what it becomes at run time. Conversions `T(x)` are calls whose
//!   callee has mode `Type`; a constant conversion is itself a constant.
//! * **Constant values** are [`crate::constant::Value`]s, exact as Go computes them and already rounded
//!   to the expression's type when it has one (a `float32` constant holds a `float32` value). Read them
//!   with `to_i64`/`to_u64` (integers; `to_int()` first for an integral float such as `2.0` used as an
//!   int), `to_f64`/`to_f32`, `to_complex128`/`to_complex64`, `as_bytes` (strings, not necessarily
//!   UTF-8) and `as_bool`; `Value::Unknown` only appears in a program that has errors.
//! * **Identifiers**: [`FileInfo::def_of`] for declarations (a `:=` records a def for each *new*
//!   variable and a use for each reused one), [`FileInfo::use_of`] for references,
//!   [`FileInfo::implicit_of`] for the variable a type-switch clause declares (keyed by the clause span).
//! * **Selectors**: [`FileInfo::selection_of`] for `x.f`: field path through embedded fields (one index
//!   per level), `indirect` when a pointer is followed on the way, the method object, and `recv`, the
//!   type of `x`. Qualified identifiers `pkg.Name` are not selections: `use_of` on `Name` gives the object.
//! * **Package initialisation**: [`Info::init_order`] (variables, in Go's order) then
//!   [`Info::init_funcs`].
//!
//! ## Generics
//!
//! The checker checks generic code once, with type parameters as types ([`crate::Type::Param`]). A
//! compiler that monomorphises compiles each instantiation separately:
//!
//! * [`FileInfo::instance_of`] on the identifier naming a generic function or type gives the
//!   [`Instance`]: the type arguments (explicit and inferred) and the instantiated type. Instances of
//!   generic types are interned named types (`Stack[int]` is one id wherever it is written), with
//!   [`crate::TypeTable::origin`], `type_args_of`, and an underlying type already substituted.
//! * `World::func_type_params(obj)` are a generic function's type parameters; `World::generic_params_of`
//!   also covers methods of generic types (their receiver base type's parameters, which the receiver's
//!   names such as `Stack[E]` denote). To specialise a body, map those parameters to the instance's type
//!   arguments and pass every type the body's `Info` mentions through [`crate::TypeTable::subst`].
//! * A method called on an instance (`s.Push(1)` with `s` a `*Stack[int]`) is a selection whose `obj` is
//!   the generic method and whose `recv` is the instance: its type arguments are the method's.
//!   `lookup::method_type` gives the instantiated signature. A method called on a type-parameter value
//!   (`x.String()` with `T fmt.Stringer`) is an `InterfaceMethod` selection on `T`; after substitution the
//!   compiler resolves it on the concrete type with `lookup::lookup`.
//!
//! The tables are keyed by (file index, span) for now: every expression's span is unique within its file.
//! The key is private to this module, so that replacing it with the parser's dense `NodeId`s (design
//! run.md §1) changes nothing outside it.

use crate::fasthash::HashMap;

use gosub_source::Span;
use gosub_syntax::ast::{Expr, Ident};

use crate::constant::Value;
use crate::objects::ObjId;
use crate::types::TypeId;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct Key {
    file: u32,
    span: Span,
}

/// How an expression was classified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprMode {
    /// A value that cannot be assigned to.
    Value,
    /// An addressable variable.
    Variable,
    /// `m[k]`: assignable but not addressable.
    MapIndex,
    Constant,
    /// The expression denotes a type.
    Type,
    /// A call of a function without results.
    NoValue,
    Builtin,
}

/// The type (and, for a constant, the value) of one expression.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeAndValue {
    pub mode: ExprMode,
    pub ty: TypeId,
    pub value: Option<Value>,
}

/// What a selector `x.f` denotes.
#[derive(Clone, Debug, PartialEq)]
pub enum SelectionKind {
    /// A field; the path gives the field index at each embedding level.
    FieldVal,
    /// A method value `x.M` (or a call of it).
    MethodVal,
    /// A method expression `T.M`.
    MethodExpr,
    /// A method of an interface value.
    InterfaceMethod,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    pub kind: SelectionKind,
    /// The field or method object; `None` for interface methods and struct fields (which are not objects).
    /// For a method of a generic type this is the generic method: `recv`'s type arguments instantiate it.
    pub obj: Option<ObjId>,
    /// The type of `x` in `x.f` (the type itself for a method expression `T.M`).
    pub recv: TypeId,
    pub path: Vec<usize>,
    /// Whether a pointer is dereferenced on the way.
    pub indirect: bool,
    /// The type of the selector expression.
    pub ty: TypeId,
}

/// An instantiation of a generic function or type (go/types `Info.Instances`): recorded on the
/// identifier naming the generic object (`Map` in `Map(xs, f)` or `Map[int, string]`, `Stack` in
/// `Stack[int]`).
#[derive(Clone, Debug, PartialEq)]
pub struct Instance {
    /// The type arguments, one per type parameter (inferred ones included).
    pub type_args: Vec<TypeId>,
    /// The instantiated type: the function's signature with the arguments substituted, or the
    /// instance's named type (`Stack[int]`, interned: the same id wherever it is written).
    pub ty: TypeId,
}

/// One package-level variable initialisation, in the order Go runs them.
#[derive(Clone, Debug, PartialEq)]
pub struct Initializer {
    /// The variables the expression initialises (several for `var a, b = f()`).
    pub lhs: Vec<ObjId>,
    /// Where the initialising expression is: its file and span.
    pub file: u32,
    pub rhs: Span,
}

/// Side tables for one checked package.
#[derive(Clone, Debug, Default)]
pub struct Info {
    types: HashMap<Key, TypeAndValue>,
    defs: HashMap<Key, ObjId>,
    uses: HashMap<Key, ObjId>,
    implicits: HashMap<Key, ObjId>,
    selections: HashMap<Key, Selection>,
    instances: HashMap<Key, Instance>,
    /// Package-level variables in initialisation order.
    pub init_order: Vec<Initializer>,
    /// The package's `init` functions in source order.
    pub init_funcs: Vec<ObjId>,
}

/// The view of [`Info`] for one file of the package.
#[derive(Clone, Copy, Debug)]
pub struct FileInfo<'a> {
    info: &'a Info,
    file: u32,
}

impl Info {
    /// The accessors for the nodes of file `file` (its index among the package's files).
    pub fn file(&self, file: usize) -> FileInfo<'_> {
        FileInfo { info: self, file: file as u32 }
    }

    pub(crate) fn record_type(&mut self, file: u32, expr: &Expr, tv: TypeAndValue) {
        self.types.insert(Key { file, span: expr.span }, tv);
    }

    pub(crate) fn record_def(&mut self, file: u32, ident: &Ident, obj: ObjId) {
        self.defs.insert(Key { file, span: ident.span }, obj);
    }

    pub(crate) fn record_use(&mut self, file: u32, ident: &Ident, obj: ObjId) {
        self.uses.insert(Key { file, span: ident.span }, obj);
    }

    pub(crate) fn record_implicit(&mut self, file: u32, span: Span, obj: ObjId) {
        self.implicits.insert(Key { file, span }, obj);
    }

    pub(crate) fn record_selection(&mut self, file: u32, expr: &Expr, selection: Selection) {
        self.selections.insert(Key { file, span: expr.span }, selection);
    }

    pub(crate) fn record_instance(&mut self, file: u32, ident: &Ident, instance: Instance) {
        self.instances.insert(Key { file, span: ident.span }, instance);
    }

    /// Number of expressions with a recorded type (for tests and statistics).
    pub fn expr_count(&self) -> usize {
        self.types.len()
    }
}

impl<'a> FileInfo<'a> {
    pub fn type_and_value(&self, expr: &Expr) -> Option<&'a TypeAndValue> {
        self.info.types.get(&Key { file: self.file, span: expr.span })
    }

    pub fn type_of(&self, expr: &Expr) -> Option<TypeId> {
        self.type_and_value(expr).map(|tv| tv.ty)
    }

    pub fn value_of(&self, expr: &Expr) -> Option<&'a Value> {
        self.type_and_value(expr).and_then(|tv| tv.value.as_ref())
    }

    /// The object an identifier defines (`x` in `x := 1`).
    pub fn def_of(&self, ident: &Ident) -> Option<ObjId> {
        self.info.defs.get(&Key { file: self.file, span: ident.span }).copied()
    }

    /// The object an identifier uses.
    pub fn use_of(&self, ident: &Ident) -> Option<ObjId> {
        self.info.uses.get(&Key { file: self.file, span: ident.span }).copied()
    }

    /// The object an identifier defines or uses.
    pub fn object_of(&self, ident: &Ident) -> Option<ObjId> {
        self.def_of(ident).or_else(|| self.use_of(ident))
    }

    /// The object implicitly declared by a node: the variable of a type switch clause (keyed by the
    /// clause's span).
    pub fn implicit_of(&self, span: Span) -> Option<ObjId> {
        self.info.implicits.get(&Key { file: self.file, span }).copied()
    }

    /// The instantiation an identifier denotes, if it names a generic function or type used with
    /// (explicit or inferred) type arguments.
    pub fn instance_of(&self, ident: &Ident) -> Option<&'a Instance> {
        self.info.instances.get(&Key { file: self.file, span: ident.span })
    }

    pub fn selection_of(&self, expr: &Expr) -> Option<&'a Selection> {
        self.info.selections.get(&Key { file: self.file, span: expr.span })
    }
}
