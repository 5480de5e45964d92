//! Go types: the interned [`TypeId`]s of one [`TypeTable`], their structure, and the predicates and type
//! strings the checker needs.
//!
//! Structural types (pointers, slices, structs, signatures, …) are interned: building the same structure
//! twice yields the same id, so identity is `==` on ids for almost every pair. Three exceptions exist
//! because Go's messages print the name the programmer wrote: `byte` and `rune` are distinct ids that are
//! identical to `uint8` and `int32`, `any` is a distinct id identical to `interface{}`, and parameter names
//! (printed as `func(a int) string`) are part of a signature's id but not of its identity. [`TypeTable::identical`]
//! handles all of these; callers must use it rather than `==` when comparing types.
//!
//! Named (defined) types and type parameters are never interned: each declaration makes a fresh id whose
//! underlying type and methods are filled in later, which is what lets `type List struct{ next *List }`
//! refer to itself. Whether such a cycle is legal is the checker's business (`decl.rs`), not this module's.
//!
//! Relations between types (assignability, conversion, method lookup) live in `relations.rs` and
//! `lookup.rs`, because they need objects and constants as well as types.

use crate::fasthash::HashMap;

use gosub_syntax::ast::ChanDir;

use crate::objects::ObjId;

/// An interned type. The basic types have fixed ids (see [`TypeTable::basic`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct TypeId(u32);

impl TypeId {
    /// The invalid type: the type of every expression that already has an error reported. Operations on it
    /// report nothing further.
    pub const INVALID: TypeId = TypeId(0);

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The kinds of basic type, in the order of their fixed ids: the constant module's kinds, so that a
/// type's kind is what [`crate::constant::Value::representable`] takes.
pub use crate::constant::BasicKind;

const BASICS: [(BasicKind, &str); 26] = [
    (BasicKind::Invalid, "invalid type"),
    (BasicKind::Bool, "bool"),
    (BasicKind::Int, "int"),
    (BasicKind::Int8, "int8"),
    (BasicKind::Int16, "int16"),
    (BasicKind::Int32, "int32"),
    (BasicKind::Int64, "int64"),
    (BasicKind::Uint, "uint"),
    (BasicKind::Uint8, "uint8"),
    (BasicKind::Uint16, "uint16"),
    (BasicKind::Uint32, "uint32"),
    (BasicKind::Uint64, "uint64"),
    (BasicKind::Uintptr, "uintptr"),
    (BasicKind::Float32, "float32"),
    (BasicKind::Float64, "float64"),
    (BasicKind::Complex64, "complex64"),
    (BasicKind::Complex128, "complex128"),
    (BasicKind::String, "string"),
    (BasicKind::UnsafePointer, "unsafe.Pointer"),
    (BasicKind::UntypedBool, "untyped bool"),
    (BasicKind::UntypedInt, "untyped int"),
    (BasicKind::UntypedRune, "untyped rune"),
    (BasicKind::UntypedFloat, "untyped float"),
    (BasicKind::UntypedComplex, "untyped complex"),
    (BasicKind::UntypedString, "untyped string"),
    (BasicKind::UntypedNil, "untyped nil"),
];

/// The ids of the aliases `byte`, `rune` and `any`, which follow the basic types.
const BYTE: u32 = 26;
const RUNE: u32 = 27;
const ANY: u32 = 28;

fn is_complex_kind(k: BasicKind) -> bool {
    matches!(k, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
}

fn is_string_kind(k: BasicKind) -> bool {
    matches!(k, BasicKind::String | BasicKind::UntypedString)
}

fn is_numeric_kind(k: BasicKind) -> bool {
    use BasicKind::*;
    matches!(
        k,
        Int | Int8
            | Int16
            | Int32
            | Int64
            | Uint
            | Uint8
            | Uint16
            | Uint32
            | Uint64
            | Uintptr
            | Float32
            | Float64
            | Complex64
            | Complex128
            | UntypedInt
            | UntypedRune
            | UntypedFloat
            | UntypedComplex
    )
}

/// One field of a struct type.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Field {
    pub name: Box<str>,
    pub ty: TypeId,
    /// An embedded field (`T`, `*T`); its name is the type's name.
    pub embedded: bool,
    pub tag: Option<Box<str>>,
}

/// A function type. Parameter names are kept only to print the type as Go does.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Signature {
    pub params: Vec<TypeId>,
    /// Empty, or one name per parameter.
    pub param_names: Vec<Box<str>>,
    pub results: Vec<TypeId>,
    /// Empty, or one name per result.
    pub result_names: Vec<Box<str>>,
    /// The last parameter is `...T`; its type in `params` is `[]T`.
    pub variadic: bool,
}

/// One term of an interface's type set: `T` or `~T`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

/// An interface type, with its embedded interfaces already flattened into the method list.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct Interface {
    /// The complete method set, sorted by name: (name, signature).
    pub methods: Vec<(Box<str>, TypeId)>,
    /// The type-set restriction of a constraint (`~int | ~string`); `None` means every type.
    pub terms: Option<Vec<Term>>,
    /// Embeds `comparable`.
    pub comparable: bool,
}

impl Interface {
    /// An interface that only lists methods can be the type of a variable; the others are constraints.
    pub fn is_method_set(&self) -> bool {
        self.terms.is_none() && !self.comparable
    }
}

/// The facts of a named (defined) type, filled in as its declaration is checked.
#[derive(Clone, Debug)]
pub struct Named {
    pub name: Box<str>,
    /// The declaring package's path; `None` for the universe's `error` and `comparable`.
    pub pkg: Option<Box<str>>,
    /// The type name object.
    pub obj: Option<ObjId>,
    /// Never itself a named type; `INVALID` until the declaration is resolved.
    pub underlying: TypeId,
    /// Method objects, in declaration order. An instance has none of its own: its methods are its
    /// origin's (see [`TypeTable::origin`]).
    pub methods: Vec<ObjId>,
    /// The type parameters of a generic type declaration (`type Stack[T any] …`), in order. Inside the
    /// declaration and its methods, the generic type itself stands for `Stack[T]`.
    pub type_params: Vec<TypeId>,
    /// For an instance (`Stack[int]`): the generic type it instantiates.
    pub origin: Option<TypeId>,
    /// For an instance: the type arguments, one per type parameter of the origin.
    pub type_args: Vec<TypeId>,
}

/// A type parameter of a generic function or type.
#[derive(Clone, Debug)]
pub struct TypeParam {
    pub name: Box<str>,
    pub index: u32,
    /// An interface type; `INVALID` until resolved.
    pub constraint: TypeId,
}

/// The structure of a type.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Func(Signature),
    Interface(Interface),
    /// The type of a multi-valued call (`f()` with two results); never the type of a variable.
    Tuple(Vec<TypeId>),
    /// A defined type: an index into the table's named types.
    Named(u32),
    /// A type parameter: an index into the table's type parameters.
    Param(u32),
}

/// Every type of one checking session (all packages share it, so that an imported type is the same id
/// in every importer).
#[derive(Debug)]
pub struct TypeTable {
    types: Vec<Type>,
    /// A display name for the alias ids (`byte`, `rune`, `any`), which share a structure with another id.
    alias_names: HashMap<TypeId, &'static str>,
    interned: HashMap<Type, TypeId>,
    named: Vec<Named>,
    params: Vec<TypeParam>,
    /// The instances of each generic type, for interning (`Stack[int]` used twice is one id).
    instances: HashMap<TypeId, Vec<TypeId>>,
    /// Instances whose origin's underlying type was not known yet when they were made (a generic type
    /// that refers to an instance of itself); expanded when the origin's underlying type is set.
    pending: Vec<TypeId>,
    /// Nesting of instance expansions, bounded so that `type T[P any] struct{ f *T[[]P] }` terminates.
    expanding: u32,
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut table = TypeTable {
            types: Vec::new(),
            alias_names: HashMap::default(),
            interned: HashMap::default(),
            named: Vec::new(),
            params: Vec::new(),
            instances: HashMap::default(),
            pending: Vec::new(),
            expanding: 0,
        };
        for (kind, _) in BASICS {
            let id = TypeId(table.types.len() as u32);
            table.types.push(Type::Basic(kind));
            table.interned.insert(Type::Basic(kind), id);
        }
        // The aliases are not interned: `Basic(Uint8)` must keep resolving to `uint8`.
        table.types.push(Type::Basic(BasicKind::Uint8));
        table.alias_names.insert(TypeId(BYTE), "byte");
        table.types.push(Type::Basic(BasicKind::Int32));
        table.alias_names.insert(TypeId(RUNE), "rune");
        table.types.push(Type::Interface(Interface::default()));
        table.alias_names.insert(TypeId(ANY), "any");
        table
    }

    pub fn basic(&self, kind: BasicKind) -> TypeId {
        TypeId(kind as u32)
    }

    pub fn byte(&self) -> TypeId {
        TypeId(BYTE)
    }

    pub fn rune(&self) -> TypeId {
        TypeId(RUNE)
    }

    pub fn any(&self) -> TypeId {
        TypeId(ANY)
    }

    pub fn get(&self, id: TypeId) -> &Type {
        self.types.get(id.index()).unwrap_or(&Type::Basic(BasicKind::Invalid))
    }

    /// The id of a structural type, creating it on first use.
    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.interned.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.interned.insert(ty, id);
        id
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(elems))
    }

    /// A fresh defined type whose underlying type is set later.
    pub fn new_named(&mut self, name: &str, pkg: Option<&str>, obj: Option<ObjId>) -> TypeId {
        let index = self.named.len() as u32;
        self.named.push(Named {
            name: name.into(),
            pkg: pkg.map(Into::into),
            obj,
            underlying: TypeId::INVALID,
            methods: Vec::new(),
            type_params: Vec::new(),
            origin: None,
            type_args: Vec::new(),
        });
        let id = TypeId(self.types.len() as u32);
        self.types.push(Type::Named(index));
        id
    }

    pub fn new_type_param(&mut self, name: &str, index: u32) -> TypeId {
        let param = self.params.len() as u32;
        self.params.push(TypeParam { name: name.into(), index, constraint: TypeId::INVALID });
        let id = TypeId(self.types.len() as u32);
        self.types.push(Type::Param(param));
        id
    }

    pub fn named(&self, id: TypeId) -> Option<&Named> {
        match self.get(id) {
            Type::Named(index) => self.named.get(*index as usize),
            _ => None,
        }
    }

    pub fn named_mut(&mut self, id: TypeId) -> Option<&mut Named> {
        match self.types.get(id.index()) {
            Some(Type::Named(index)) => self.named.get_mut(*index as usize),
            _ => None,
        }
    }

    pub fn type_param(&self, id: TypeId) -> Option<&TypeParam> {
        match self.get(id) {
            Type::Param(index) => self.params.get(*index as usize),
            _ => None,
        }
    }

    /// Renames a type parameter for printing, returning its previous name. The checker prints a generic
    /// type's parameters under the names a method's receiver gives them (`func (s *Stack[E]) …` shows
    /// `E` where the type declared `T`) while it checks that method, then restores them.
    pub fn rename_type_param(&mut self, id: TypeId, name: Box<str>) -> Option<Box<str>> {
        let Type::Param(index) = self.get(id) else { return None };
        let index = *index as usize;
        self.params.get_mut(index).map(|param| std::mem::replace(&mut param.name, name))
    }

    pub fn set_constraint(&mut self, id: TypeId, constraint: TypeId) {
        if let Some(Type::Param(index)) = self.types.get(id.index())
            && let Some(param) = self.params.get_mut(*index as usize)
        {
            param.constraint = constraint;
        }
    }

    /// Sets a named type's underlying type (itself resolved through any named type it names). Setting
    /// the underlying type of a generic type expands the instances made before it was known.
    pub fn set_underlying(&mut self, id: TypeId, underlying: TypeId) {
        let underlying =
            if self.is_type_param(underlying) { TypeId::INVALID } else { self.underlying(underlying) };
        if let Some(named) = self.named_mut(id) {
            named.underlying = underlying;
        }
        if self.pending.is_empty() {
            return;
        }
        let (ready, rest): (Vec<TypeId>, Vec<TypeId>) =
            std::mem::take(&mut self.pending).into_iter().partition(|&inst| self.origin(inst) == id);
        self.pending = rest;
        for inst in ready {
            self.expand(inst);
        }
    }

    /// The underlying type: itself for every type but a named type or a type parameter (whose underlying
    /// type is its constraint's underlying interface).
    pub fn underlying(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Named(index) => self.named[*index as usize].underlying,
            Type::Param(index) => {
                let constraint = self.params[*index as usize].constraint;
                match self.get(constraint) {
                    Type::Named(index) => self.named[*index as usize].underlying,
                    _ => constraint,
                }
            }
            _ => id,
        }
    }

    // ---- generics ----------------------------------------------------------------------------------

    /// The generic type an instance instantiates; any other type is its own origin.
    pub fn origin(&self, id: TypeId) -> TypeId {
        self.named(id).and_then(|n| n.origin).unwrap_or(id)
    }

    /// The type parameters of a generic named type (empty for every other type, instances included).
    pub fn type_params_of(&self, id: TypeId) -> &[TypeId] {
        self.named(id).map_or(&[], |n| &n.type_params)
    }

    /// The type arguments of an instance; for a generic type, its own parameters (it stands for
    /// `Stack[T]` inside its declaration); empty for any other type.
    pub fn type_args_of(&self, id: TypeId) -> &[TypeId] {
        match self.named(id) {
            Some(n) if n.origin.is_some() => &n.type_args,
            Some(n) => &n.type_params,
            None => &[],
        }
    }

    /// Records the type parameters of a generic named type.
    pub fn set_type_params(&mut self, id: TypeId, params: Vec<TypeId>) {
        if let Some(named) = self.named_mut(id) {
            named.type_params = params;
        }
    }

    /// The instance `origin[args]`, interned: identical arguments give the same id. Instantiating a
    /// generic type with its own parameters gives the generic type itself. The caller checks the
    /// argument count and the constraints; a count mismatch here yields `INVALID`.
    pub fn instantiate(&mut self, origin: TypeId, args: &[TypeId]) -> TypeId {
        let origin = self.origin(origin);
        let params = self.type_params_of(origin).to_vec();
        if params.len() != args.len() || params.is_empty() {
            return TypeId::INVALID;
        }
        if params.iter().zip(args).all(|(p, a)| p == a) {
            return origin;
        }
        if let Some(list) = self.instances.get(&origin) {
            for &inst in list {
                let same = self
                    .named(inst)
                    .is_some_and(|n| n.type_args.iter().zip(args).all(|(x, y)| self.identical(*x, *y)));
                if same {
                    return inst;
                }
            }
        }
        let Some(generic) = self.named(origin).cloned() else { return TypeId::INVALID };
        let index = self.named.len() as u32;
        self.named.push(Named {
            name: generic.name.clone(),
            pkg: generic.pkg.clone(),
            obj: generic.obj,
            underlying: TypeId::INVALID,
            methods: Vec::new(),
            type_params: Vec::new(),
            origin: Some(origin),
            type_args: args.to_vec(),
        });
        let id = TypeId(self.types.len() as u32);
        self.types.push(Type::Named(index));
        self.instances.entry(origin).or_default().push(id);
        if generic.underlying == TypeId::INVALID {
            self.pending.push(id);
        } else {
            self.expand(id);
        }
        id
    }

    /// Computes an instance's underlying type from its origin's.
    fn expand(&mut self, inst: TypeId) {
        let Some(named) = self.named(inst) else { return };
        let (origin, args) = (named.origin.unwrap_or(inst), named.type_args.clone());
        let params = self.type_params_of(origin).to_vec();
        let generic_under = self.named(origin).map_or(TypeId::INVALID, |n| n.underlying);
        if self.expanding > 64 || generic_under == TypeId::INVALID {
            return;
        }
        self.expanding += 1;
        let under = self.subst(generic_under, &params, &args);
        self.expanding -= 1;
        if let Some(named) = self.named_mut(inst) {
            named.underlying = under;
        }
    }

    /// Replaces the type parameters `params` by `args` throughout `ty` (`[]T` with T ↦ int is `[]int`;
    /// `Stack[T]` becomes the instance `Stack[int]`). Types without those parameters come back
    /// unchanged, with the same id. This is what a compiler that specialises generic code calls for
    /// every type it meets in a generic body.
    pub fn subst(&mut self, ty: TypeId, params: &[TypeId], args: &[TypeId]) -> TypeId {
        if params.is_empty() {
            return ty;
        }
        self.subst_depth(ty, params, args, 0)
    }

    fn subst_depth(&mut self, ty: TypeId, params: &[TypeId], args: &[TypeId], depth: u32) -> TypeId {
        if depth > 100 {
            return ty;
        }
        if let Some(i) = params.iter().position(|&p| p == ty) {
            return args.get(i).copied().unwrap_or(ty);
        }
        let sub = |table: &mut Self, t: TypeId| table.subst_depth(t, params, args, depth + 1);
        let subs =
            |table: &mut Self, ts: &[TypeId]| -> Vec<TypeId> { ts.iter().map(|&t| sub(table, t)).collect() };
        let new = match self.get(ty).clone() {
            Type::Basic(_) | Type::Param(_) => return ty,
            Type::Named(index) => {
                let named = &self.named[index as usize];
                let (origin, current) = match named.origin {
                    Some(origin) => (origin, named.type_args.clone()),
                    None if !named.type_params.is_empty() => (ty, named.type_params.clone()),
                    None => return ty,
                };
                let new_args = subs(self, &current);
                if new_args == current {
                    return ty;
                }
                return self.instantiate(origin, &new_args);
            }
            Type::Pointer(e) => Type::Pointer(sub(self, e)),
            Type::Slice(e) => Type::Slice(sub(self, e)),
            Type::Array(n, e) => Type::Array(n, sub(self, e)),
            Type::Chan(d, e) => Type::Chan(d, sub(self, e)),
            Type::Map(k, v) => {
                let k = sub(self, k);
                Type::Map(k, sub(self, v))
            }
            Type::Tuple(elems) => Type::Tuple(subs(self, &elems)),
            Type::Func(mut sig) => {
                sig.params = subs(self, &sig.params);
                sig.results = subs(self, &sig.results);
                Type::Func(sig)
            }
            Type::Struct(mut fields) => {
                for field in &mut fields {
                    field.ty = sub(self, field.ty);
                }
                Type::Struct(fields)
            }
            Type::Interface(mut interface) => {
                for method in &mut interface.methods {
                    method.1 = sub(self, method.1);
                }
                if let Some(terms) = &mut interface.terms {
                    for term in terms.iter_mut() {
                        term.ty = sub(self, term.ty);
                    }
                }
                Type::Interface(interface)
            }
        };
        if &new == self.get(ty) {
            return ty;
        }
        self.intern(new)
    }

    /// The types of a type parameter's type set, when its constraint restricts it with terms
    /// (`~int | ~string` gives `int` and `string`: the underlying types); `None` for every other type
    /// and for a constraint with methods only.
    pub fn term_types(&self, id: TypeId) -> Option<Vec<TypeId>> {
        if !self.is_type_param(id) {
            return None;
        }
        let terms = self.interface(id)?.terms.as_ref()?;
        Some(terms.iter().map(|t| self.underlying(t.ty)).collect())
    }

    /// The core type (go/types): the underlying type, except for a type parameter, whose core type is
    /// the single underlying type of every type in its type set (`[]E` for `S ~[]E`), if there is one.
    pub fn core_type(&self, id: TypeId) -> Option<TypeId> {
        if !self.is_type_param(id) {
            return Some(self.underlying(id));
        }
        let types = self.term_types(id)?;
        let first = *types.first()?;
        types.iter().all(|&t| self.identical(t, first)).then_some(first)
    }

    /// The structure of the core type (see [`TypeTable::core_type`]); for a type parameter without one,
    /// its constraint interface.
    pub fn core(&self, id: TypeId) -> &Type {
        match self.core_type(id) {
            Some(core) => self.get(core),
            None => self.under(id),
        }
    }

    /// Whether `pred` holds for the basic kind of `id`, or, for a type parameter restricted by terms,
    /// for every type of its type set.
    fn all_basic(&self, id: TypeId, pred: impl Fn(BasicKind) -> bool) -> bool {
        match self.term_types(id) {
            // Term types are underlying types, never type parameters.
            Some(types) => !types.is_empty() && types.iter().all(|&t| self.basic_kind(t).is_some_and(&pred)),
            None => self.basic_kind(id).is_some_and(&pred),
        }
    }

    /// The structure of the underlying type.
    pub fn under(&self, id: TypeId) -> &Type {
        self.get(self.underlying(id))
    }

    pub fn basic_kind(&self, id: TypeId) -> Option<BasicKind> {
        match self.under(id) {
            Type::Basic(kind) => Some(*kind),
            _ => None,
        }
    }

    pub fn is_invalid(&self, id: TypeId) -> bool {
        self.basic_kind(id) == Some(BasicKind::Invalid)
    }

    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Named(_))
    }

    pub fn is_type_param(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Param(_))
    }

    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(
            self.get(id),
            Type::Basic(
                BasicKind::UntypedBool
                    | BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex
                    | BasicKind::UntypedString
                    | BasicKind::UntypedNil
            )
        )
    }

    pub fn is_boolean(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| matches!(k, BasicKind::Bool | BasicKind::UntypedBool))
    }

    pub fn is_string(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| matches!(k, BasicKind::String | BasicKind::UntypedString))
    }

    pub fn is_integer(&self, id: TypeId) -> bool {
        use BasicKind::*;
        self.all_basic(id, |k| {
            matches!(
                k,
                Int | Int8
                    | Int16
                    | Int32
                    | Int64
                    | Uint
                    | Uint8
                    | Uint16
                    | Uint32
                    | Uint64
                    | Uintptr
                    | UntypedInt
                    | UntypedRune
            )
        })
    }

    pub fn is_unsigned(&self, id: TypeId) -> bool {
        use BasicKind::*;
        self.all_basic(id, |k| matches!(k, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr))
    }

    pub fn is_float(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| matches!(k, BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat))
    }

    pub fn is_complex(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| {
            matches!(k, BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex)
        })
    }

    /// Integers, floats and complex numbers (for a type parameter: every type of its type set is one).
    pub fn is_numeric(&self, id: TypeId) -> bool {
        self.all_basic(id, is_numeric_kind)
    }

    /// Types whose values can be constants: booleans, numbers and strings (never a type parameter).
    pub fn is_const_type(&self, id: TypeId) -> bool {
        !self.is_type_param(id) && (self.is_boolean(id) || self.is_numeric(id) || self.is_string(id))
    }

    /// Ordered types: integers, floats and strings (`<` is defined).
    pub fn is_ordered(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| is_numeric_kind(k) && !is_complex_kind(k) || is_string_kind(k))
    }

    /// Numbers or strings (`+` is defined).
    pub fn is_numeric_or_string(&self, id: TypeId) -> bool {
        self.all_basic(id, |k| is_numeric_kind(k) || is_string_kind(k))
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        !self.is_type_param(id) && matches!(self.under(id), Type::Interface(_))
    }

    pub fn interface(&self, id: TypeId) -> Option<&Interface> {
        match self.under(id) {
            Type::Interface(interface) => Some(interface),
            _ => None,
        }
    }

    /// The signature of a function type (of a type parameter's core type too).
    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.core(id) {
            Type::Func(signature) => Some(signature),
            _ => None,
        }
    }

    /// The default type of an untyped constant kind (`untyped int` → `int`); any other type is itself.
    pub fn default_type(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Basic(BasicKind::UntypedBool) => self.basic(BasicKind::Bool),
            Type::Basic(BasicKind::UntypedInt) => self.basic(BasicKind::Int),
            Type::Basic(BasicKind::UntypedRune) => self.rune(),
            Type::Basic(BasicKind::UntypedFloat) => self.basic(BasicKind::Float64),
            Type::Basic(BasicKind::UntypedComplex) => self.basic(BasicKind::Complex128),
            Type::Basic(BasicKind::UntypedString) => self.basic(BasicKind::String),
            _ => id,
        }
    }

    /// Type identity (the spec's "identical types"). `==` decides it except through the aliases and
    /// parameter names described in the module docs, which are compared structurally.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        self.identical_depth(a, b, 0, true)
    }

    /// Identity with struct tags ignored (the conversion rule).
    pub fn identical_ignoring_tags(&self, a: TypeId, b: TypeId) -> bool {
        self.identical_depth(a, b, 0, false)
    }

    fn identical_depth(&self, a: TypeId, b: TypeId, depth: u32, tags: bool) -> bool {
        if a == b {
            return true;
        }
        // Structural recursion stops at named types, so it is bounded by the nesting of the type literals;
        // the guard only protects against a corrupted table.
        if depth > 200 {
            return false;
        }
        let same = |x: TypeId, y: TypeId| self.identical_depth(x, y, depth + 1, tags);
        let all = |xs: &[TypeId], ys: &[TypeId]| {
            xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| same(*x, *y))
        };
        match (self.get(a), self.get(b)) {
            (Type::Basic(x), Type::Basic(y)) => x == y,
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => same(*x, *y),
            (Type::Array(n, x), Type::Array(m, y)) => n == m && same(*x, *y),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => same(*k1, *k2) && same(*v1, *v2),
            (Type::Chan(d1, x), Type::Chan(d2, y)) => d1 == d2 && same(*x, *y),
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2).all(|(x, y)| {
                        x.name == y.name
                            && x.embedded == y.embedded
                            && (!tags || x.tag == y.tag)
                            && same(x.ty, y.ty)
                    })
            }
            (Type::Func(s1), Type::Func(s2)) => {
                s1.variadic == s2.variadic && all(&s1.params, &s2.params) && all(&s1.results, &s2.results)
            }
            (Type::Interface(i1), Type::Interface(i2)) => {
                i1.comparable == i2.comparable
                    && i1.methods.len() == i2.methods.len()
                    && i1.methods.iter().zip(&i2.methods).all(|(x, y)| x.0 == y.0 && same(x.1, y.1))
                    && match (&i1.terms, &i2.terms) {
                        (None, None) => true,
                        (Some(t1), Some(t2)) => {
                            t1.len() == t2.len()
                                && t1.iter().zip(t2).all(|(x, y)| x.tilde == y.tilde && same(x.ty, y.ty))
                        }
                        _ => false,
                    }
            }
            (Type::Tuple(x), Type::Tuple(y)) => all(x, y),
            _ => false,
        }
    }

    /// The type as go/types prints it in messages. Named types of the package `local` (the one being
    /// checked) print unqualified (`T`), others with their package name (`fmt.Stringer`).
    pub fn type_string(&self, id: TypeId, local: Option<&str>) -> String {
        let mut out = String::new();
        self.write_type(&mut out, id, local, 0);
        out
    }

    fn write_type(&self, out: &mut String, id: TypeId, local: Option<&str>, depth: u32) {
        if depth > 100 {
            out.push('…');
            return;
        }
        if let Some(name) = self.alias_names.get(&id) {
            out.push_str(name);
            return;
        }
        let elem = |out: &mut String, ty: TypeId| self.write_type(out, ty, local, depth + 1);
        match self.get(id) {
            Type::Basic(kind) => out.push_str(BASICS[*kind as usize].1),
            Type::Pointer(inner) => {
                out.push('*');
                elem(out, *inner);
            }
            Type::Slice(inner) => {
                out.push_str("[]");
                elem(out, *inner);
            }
            Type::Array(len, inner) => {
                out.push_str(&format!("[{len}]"));
                elem(out, *inner);
            }
            Type::Map(key, value) => {
                out.push_str("map[");
                elem(out, *key);
                out.push(']');
                elem(out, *value);
            }
            Type::Chan(dir, inner) => {
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                // `chan (<-chan int)` needs parentheses to keep its meaning.
                let paren = *dir == ChanDir::Both && matches!(self.get(*inner), Type::Chan(ChanDir::Recv, _));
                if paren {
                    out.push('(');
                }
                elem(out, *inner);
                if paren {
                    out.push(')');
                }
            }
            Type::Struct(fields) => {
                out.push_str("struct{");
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    if !field.embedded {
                        out.push_str(&field.name);
                        out.push(' ');
                    }
                    elem(out, field.ty);
                    if let Some(tag) = &field.tag {
                        out.push(' ');
                        out.push_str(&format!("{tag:?}"));
                    }
                }
                out.push('}');
            }
            Type::Func(signature) => {
                out.push_str("func");
                self.write_signature(out, signature, local, depth);
            }
            Type::Interface(interface) => {
                if interface.methods.is_empty() && interface.terms.is_none() && interface.comparable {
                    out.push_str("comparable");
                    return;
                }
                out.push_str("interface{");
                let mut first = true;
                if interface.comparable {
                    out.push_str("comparable");
                    first = false;
                }
                for (name, sig) in &interface.methods {
                    if !first {
                        out.push_str("; ");
                    }
                    first = false;
                    out.push_str(name);
                    if let Type::Func(signature) = self.get(*sig) {
                        self.write_signature(out, signature, local, depth);
                    }
                }
                if let Some(terms) = &interface.terms {
                    if !first {
                        out.push_str("; ");
                    }
                    for (i, term) in terms.iter().enumerate() {
                        if i > 0 {
                            out.push_str(" | ");
                        }
                        if term.tilde {
                            out.push('~');
                        }
                        elem(out, term.ty);
                    }
                }
                out.push('}');
            }
            Type::Tuple(elems) => {
                out.push('(');
                for (i, ty) in elems.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    elem(out, *ty);
                }
                out.push(')');
            }
            Type::Named(index) => {
                let named = &self.named[*index as usize];
                if let Some(pkg) = &named.pkg
                    && Some(&**pkg) != local
                {
                    out.push_str(pkg.rsplit('/').next().unwrap_or(pkg));
                    out.push('.');
                }
                out.push_str(&named.name);
                let args = if named.origin.is_some() { &named.type_args } else { &named.type_params };
                if !args.is_empty() {
                    out.push('[');
                    for (i, arg) in args.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        elem(out, *arg);
                    }
                    out.push(']');
                }
            }
            Type::Param(index) => out.push_str(&self.params[*index as usize].name),
        }
    }

    /// `(a int, b ...string) (int, error)`, as after `func` or a method name.
    pub fn write_signature(&self, out: &mut String, signature: &Signature, local: Option<&str>, depth: u32) {
        self.write_params(out, &signature.params, &signature.param_names, signature.variadic, local, depth);
        match signature.results.len() {
            0 => {}
            1 if signature.result_names.is_empty() => {
                out.push(' ');
                self.write_type(out, signature.results[0], local, depth + 1);
            }
            _ => {
                out.push(' ');
                self.write_params(out, &signature.results, &signature.result_names, false, local, depth);
            }
        }
    }

    /// A signature without parameter names, as Go prints the `have`/`want` lines of a wrong method
    /// (`(int, string) (int)`: a single named result keeps its parentheses).
    pub fn write_signature_unnamed(&self, out: &mut String, signature: &Signature, local: Option<&str>) {
        self.write_params(out, &signature.params, &[], signature.variadic, local, 0);
        match signature.results.len() {
            0 => {}
            1 if signature.result_names.is_empty() => {
                out.push(' ');
                self.write_type(out, signature.results[0], local, 1);
            }
            _ => {
                out.push(' ');
                self.write_params(out, &signature.results, &[], false, local, 0);
            }
        }
    }

    fn write_params(
        &self,
        out: &mut String,
        params: &[TypeId],
        names: &[Box<str>],
        variadic: bool,
        local: Option<&str>,
        depth: u32,
    ) {
        out.push('(');
        for (i, ty) in params.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if let Some(name) = names.get(i) {
                out.push_str(name);
                out.push(' ');
            }
            if variadic && i + 1 == params.len() {
                out.push_str("...");
                let elem = match self.get(*ty) {
                    Type::Slice(elem) => *elem,
                    _ => *ty,
                };
                self.write_type(out, elem, local, depth + 1);
            } else {
                self.write_type(out, *ty, local, depth + 1);
            }
        }
        out.push(')');
    }

    /// The word go/types puts before `type` when describing an operand of a named type
    /// (`value of struct type T`, `variable of int type MyInt`).
    pub fn kind_word(&self, id: TypeId) -> &'static str {
        match self.under(id) {
            Type::Basic(kind) => BASICS[*kind as usize].1,
            Type::Pointer(_) => "pointer",
            Type::Slice(_) => "slice",
            Type::Array(..) => "array",
            Type::Map(..) => "map",
            Type::Chan(..) => "chan",
            Type::Struct(_) => "struct",
            Type::Func(_) => "func",
            Type::Interface(_) => "interface",
            Type::Tuple(_) => "tuple",
            Type::Named(_) | Type::Param(_) => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_and_strings() {
        let mut table = TypeTable::new();
        let int = table.basic(BasicKind::Int);
        let a = table.slice(int);
        let b = table.slice(int);
        assert_eq!(a, b);
        let string = table.basic(BasicKind::String);
        let map = table.intern(Type::Map(string, a));
        assert_eq!(table.type_string(map, None), "map[string][]int");
        let byte = table.byte();
        let bytes = table.slice(byte);
        let uint8s = table.slice(table.basic(BasicKind::Uint8));
        assert_ne!(bytes, uint8s);
        assert!(table.identical(bytes, uint8s));
        assert_eq!(table.type_string(bytes, None), "[]byte");
        let named = table.new_named("P", Some("main"), None);
        table.set_underlying(named, int);
        assert_eq!(table.type_string(named, Some("main")), "P");
        assert_eq!(table.type_string(named, Some("fmt")), "main.P");
        assert_eq!(table.kind_word(named), "int");
        let recv = table.intern(Type::Chan(ChanDir::Recv, int));
        let chan = table.intern(Type::Chan(ChanDir::Both, recv));
        assert_eq!(table.type_string(chan, None), "chan (<-chan int)");
    }
}
