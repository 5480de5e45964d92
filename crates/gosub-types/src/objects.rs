//! Objects (what a name denotes), scopes, packages, and the [`World`] that owns them together with the
//! [`TypeTable`]: everything that one checking session shares across packages.
//!
//! Objects and scopes live in arenas indexed by [`ObjId`] and [`ScopeId`], so the checker can hand ids
//! around freely while it mutates the world (marking a variable used, filling in a type). The universe
//! scope (predeclared types, constants, `nil` and the builtins) is built once by [`World::new`].

use crate::fasthash::HashMap;

use gosub_source::Span;

use crate::constant::Value;
use crate::types::{BasicKind, Interface, Signature, Type, TypeId, TypeTable};

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ScopeId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct PackageId(pub u32);

/// The predeclared functions.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

impl Builtin {
    pub const ALL: [(Builtin, &'static str); 18] = [
        (Builtin::Append, "append"),
        (Builtin::Cap, "cap"),
        (Builtin::Clear, "clear"),
        (Builtin::Close, "close"),
        (Builtin::Complex, "complex"),
        (Builtin::Copy, "copy"),
        (Builtin::Delete, "delete"),
        (Builtin::Imag, "imag"),
        (Builtin::Len, "len"),
        (Builtin::Make, "make"),
        (Builtin::Max, "max"),
        (Builtin::Min, "min"),
        (Builtin::New, "new"),
        (Builtin::Panic, "panic"),
        (Builtin::Print, "print"),
        (Builtin::Println, "println"),
        (Builtin::Real, "real"),
        (Builtin::Recover, "recover"),
    ];

    pub fn name(self) -> &'static str {
        Builtin::ALL.iter().find(|(b, _)| *b == self).map_or("?", |(_, name)| name)
    }
}

/// What kind of entity an object is.
#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    /// A constant; the value is `None` until its declaration is checked (or when it is invalid).
    Const(Option<Value>),
    Var(VarKind),
    TypeName,
    Func,
    /// An imported package name in a file scope.
    PkgName(PackageId),
    Builtin(Builtin),
    Nil,
    Label,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    Package,
    Local,
    Param,
    Result,
    Field,
    Receiver,
}

/// A named entity.
#[derive(Clone, Debug)]
pub struct Object {
    pub name: Box<str>,
    pub kind: ObjKind,
    /// `INVALID` until the declaration is resolved.
    pub ty: TypeId,
    /// The declaring identifier; empty for universe objects.
    pub span: Span,
    /// The declaring file, as an index into the package's files (0 for universe objects).
    pub file: u32,
    /// The declaring package; `None` in the universe.
    pub pkg: Option<PackageId>,
    /// Read at least once (variables, imports, labels): drives `declared and not used`.
    pub used: bool,
    /// For a method: whether its receiver is a pointer.
    pub ptr_recv: bool,
    /// For a method: its receiver's base named type.
    pub recv_base: Option<TypeId>,
}

impl Object {
    pub fn is_exported(&self) -> bool {
        self.name.chars().next().is_some_and(char::is_uppercase)
    }
}

/// A lexical scope: names declared directly in it, and its parent.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub names: HashMap<Box<str>, ObjId>,
    /// The scope of a function body (ends the search for labels and results).
    pub is_func: bool,
}

/// A checked package.
#[derive(Clone, Debug)]
pub struct Package {
    pub path: Box<str>,
    pub name: Box<str>,
    pub scope: ScopeId,
}

/// Everything one checking session shares: types, objects, scopes and the packages checked so far.
#[derive(Debug)]
pub struct World {
    pub types: TypeTable,
    pub objects: Vec<Object>,
    pub scopes: Vec<Scope>,
    pub packages: Vec<Package>,
    pub universe: ScopeId,
    /// The universe's `error` type.
    pub error_type: TypeId,
    /// The universe's `comparable` constraint.
    pub comparable_type: TypeId,
    /// The type parameters of each generic function (not of methods: a method of a generic type has
    /// its receiver base type's, [`TypeTable::type_params_of`] of the method's `recv_base`).
    func_type_params: HashMap<ObjId, Vec<TypeId>>,
    /// The type name object declaring each type parameter.
    type_param_objs: HashMap<TypeId, ObjId>,
}

impl Default for World {
    fn default() -> Self {
        Self::new()
    }
}

impl World {
    pub fn new() -> World {
        let mut world = World {
            types: TypeTable::new(),
            objects: Vec::new(),
            scopes: vec![Scope::default()],
            packages: Vec::new(),
            universe: ScopeId(0),
            error_type: TypeId::INVALID,
            comparable_type: TypeId::INVALID,
            func_type_params: HashMap::default(),
            type_param_objs: HashMap::default(),
        };
        world.declare_universe();
        world
    }

    fn declare_universe(&mut self) {
        use BasicKind::*;
        let universe = self.universe;
        let basics = [
            ("bool", Bool),
            ("int", Int),
            ("int8", Int8),
            ("int16", Int16),
            ("int32", Int32),
            ("int64", Int64),
            ("uint", Uint),
            ("uint8", Uint8),
            ("uint16", Uint16),
            ("uint32", Uint32),
            ("uint64", Uint64),
            ("uintptr", Uintptr),
            ("float32", Float32),
            ("float64", Float64),
            ("complex64", Complex64),
            ("complex128", Complex128),
            ("string", String),
        ];
        for (name, kind) in basics {
            let ty = self.types.basic(kind);
            self.declare_universe_obj(name, ObjKind::TypeName, ty);
        }
        let (byte, rune, any) = (self.types.byte(), self.types.rune(), self.types.any());
        self.declare_universe_obj("byte", ObjKind::TypeName, byte);
        self.declare_universe_obj("rune", ObjKind::TypeName, rune);
        self.declare_universe_obj("any", ObjKind::TypeName, any);

        // type error interface { Error() string }
        let string = self.types.basic(String);
        let error_sig = self.types.intern(Type::Func(Signature {
            params: vec![],
            param_names: vec![],
            results: vec![string],
            result_names: vec![],
            variadic: false,
        }));
        let error_iface = self.types.intern(Type::Interface(Interface {
            methods: vec![("Error".into(), error_sig)],
            ..Default::default()
        }));
        let error_obj = self.declare_universe_obj("error", ObjKind::TypeName, TypeId::INVALID);
        let error = self.types.new_named("error", None, Some(error_obj));
        self.types.set_underlying(error, error_iface);
        self.objects[error_obj.0 as usize].ty = error;
        self.error_type = error;
        // The method object lets lookups through `error` find `Error` like any other method.
        let method = self.new_object(Object {
            name: "Error".into(),
            kind: ObjKind::Func,
            ty: error_sig,
            span: Span::default(),
            file: 0,
            pkg: None,
            used: true,
            ptr_recv: false,
            recv_base: None,
        });
        if let Some(named) = self.types.named_mut(error) {
            named.methods.push(method);
        }

        let comparable_iface =
            self.types.intern(Type::Interface(Interface { comparable: true, ..Default::default() }));
        let comparable_obj = self.declare_universe_obj("comparable", ObjKind::TypeName, TypeId::INVALID);
        let comparable = self.types.new_named("comparable", None, Some(comparable_obj));
        self.types.set_underlying(comparable, comparable_iface);
        self.objects[comparable_obj.0 as usize].ty = comparable;
        self.comparable_type = comparable;

        let untyped_bool = self.types.basic(UntypedBool);
        self.declare_universe_obj("true", ObjKind::Const(Some(Value::from_bool(true))), untyped_bool);
        self.declare_universe_obj("false", ObjKind::Const(Some(Value::from_bool(false))), untyped_bool);
        let untyped_int = self.types.basic(UntypedInt);
        // `iota` is resolved specially inside constant declarations; elsewhere it is an error.
        self.declare_universe_obj("iota", ObjKind::Const(Some(Value::from_i64(0))), untyped_int);
        let untyped_nil = self.types.basic(UntypedNil);
        self.declare_universe_obj("nil", ObjKind::Nil, untyped_nil);
        for (builtin, name) in Builtin::ALL {
            self.declare_universe_obj(name, ObjKind::Builtin(builtin), TypeId::INVALID);
        }
        debug_assert!(self.scopes[universe.0 as usize].names.contains_key("int"));
    }

    fn declare_universe_obj(&mut self, name: &str, kind: ObjKind, ty: TypeId) -> ObjId {
        let id = self.new_object(Object {
            name: name.into(),
            kind,
            ty,
            span: Span::default(),
            file: 0,
            pkg: None,
            used: true,
            ptr_recv: false,
            recv_base: None,
        });
        self.scopes[self.universe.0 as usize].names.insert(name.into(), id);
        id
    }

    pub fn new_object(&mut self, object: Object) -> ObjId {
        let id = ObjId(self.objects.len() as u32);
        self.objects.push(object);
        id
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objects[id.0 as usize]
    }

    pub fn new_scope(&mut self, parent: Option<ScopeId>, is_func: bool) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        self.scopes.push(Scope { parent, names: HashMap::default(), is_func });
        id
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    /// Looks a name up in `scope` and its parents.
    pub fn lookup(&self, mut scope: ScopeId, name: &str) -> Option<ObjId> {
        loop {
            let current = self.scope(scope);
            if let Some(&id) = current.names.get(name) {
                return Some(id);
            }
            scope = current.parent?;
        }
    }

    /// Declares `obj` in `scope`; returns the earlier object of that name if there is one (and then does
    /// not replace it).
    pub fn declare(&mut self, scope: ScopeId, name: &str, obj: ObjId) -> Result<(), ObjId> {
        let names = &mut self.scopes[scope.0 as usize].names;
        if let Some(&other) = names.get(name) {
            return Err(other);
        }
        names.insert(name.into(), obj);
        Ok(())
    }

    /// The type parameters of a generic function, in order; empty for any other object. The compiler
    /// maps them to an instance's type arguments (`Info` `instance_of`) with [`TypeTable::subst`].
    pub fn func_type_params(&self, obj: ObjId) -> &[TypeId] {
        self.func_type_params.get(&obj).map_or(&[], Vec::as_slice)
    }

    pub fn set_func_type_params(&mut self, obj: ObjId, params: Vec<TypeId>) {
        self.func_type_params.insert(obj, params);
    }

    /// The type parameters a method or function body is generic in: a generic function's own, or the
    /// type parameters of a method's generic receiver type (`func (s *Stack[T]) Push(v T)` has `T`).
    pub fn generic_params_of(&self, obj: ObjId) -> &[TypeId] {
        let own = self.func_type_params(obj);
        if !own.is_empty() {
            return own;
        }
        match self.obj(obj).recv_base {
            Some(base) => self.types.type_params_of(base),
            None => &[],
        }
    }

    /// The object declaring a type parameter.
    pub fn type_param_obj(&self, tparam: TypeId) -> Option<ObjId> {
        self.type_param_objs.get(&tparam).copied()
    }

    pub fn set_type_param_obj(&mut self, tparam: TypeId, obj: ObjId) {
        self.type_param_objs.insert(tparam, obj);
    }

    pub fn package(&self, id: PackageId) -> &Package {
        &self.packages[id.0 as usize]
    }

    pub fn find_package(&self, path: &str) -> Option<PackageId> {
        self.packages.iter().position(|p| &*p.path == path).map(|i| PackageId(i as u32))
    }

    /// An exported member of a package.
    pub fn package_member(&self, pkg: PackageId, name: &str) -> Option<ObjId> {
        self.scope(self.package(pkg).scope).names.get(name).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn universe_has_predeclared_names() {
        let world = World::new();
        for name in
            ["int", "byte", "rune", "any", "error", "comparable", "true", "nil", "iota", "append", "min"]
        {
            assert!(world.lookup(world.universe, name).is_some(), "{name}");
        }
        let error = world.lookup(world.universe, "error").map(|id| world.obj(id).ty);
        assert_eq!(error.map(|ty| world.types.type_string(ty, None)), Some("error".to_string()));
    }
}
