//! [`Info`]: what the checker tells the compiler about every node, behind accessor methods.
//!
//! The tables are keyed by (file index, span) for now: every expression's span is unique within its file.
//! The key is private to this module, so that replacing it with the parser's dense `NodeId`s (design
//! run.md §1) changes nothing outside it.

use std::collections::HashMap;

use gosub_source::Span;
use gosub_syntax::ast::{Expr, Ident};

use crate::cvalue::Value;
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
    pub obj: Option<ObjId>,
    pub path: Vec<usize>,
    /// Whether a pointer is dereferenced on the way.
    pub indirect: bool,
    /// The type of the selector expression.
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

    pub fn selection_of(&self, expr: &Expr) -> Option<&'a Selection> {
        self.info.selections.get(&Key { file: self.file, span: expr.span })
    }
}
