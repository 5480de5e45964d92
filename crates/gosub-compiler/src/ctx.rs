//! The whole-program side of the compiler: the [`Program`] being built, the function table and its work
//! queue, runtime types, method sets, natives, strings and package variables.

use std::collections::HashMap;
use std::rc::Rc;

use gosub_bytecode::{FuncId, MethodSym, NativeId, Program, RField, RType, SlotKind, StrId, TypeIdx};
use gosub_syntax::ast;
use gosub_types::lookup::{Found, lookup};
use gosub_types::objects::{ObjKind, VarKind};
use gosub_types::types::Type;
use gosub_types::{ObjId, TypeId, World};

use crate::layout;
use crate::{CompileError, PackageInput};

pub(crate) type CResult<T> = Result<T, CompileError>;

/// What a compiled function is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum FuncKey {
    /// A declared function or method, with the type arguments of its instantiation (the receiver's type
    /// arguments for a method of a generic type).
    Decl(ObjId, Vec<TypeId>),
    /// A native declared function called as a value.
    NativeThunk(ObjId, Vec<TypeId>),
    /// An interface-call wrapper: method `name` of type `ty`, taking the interface data word as its
    /// receiver (`boxed_ptr`: the data word is a box holding a pointer).
    IfaceWrapper { ty: TypeId, name: Box<str>, boxed_ptr: bool },
    /// The body of a method value `x.M`: the receiver (of type `ty`) is the closure's captures.
    Bound { ty: TypeId, name: Box<str> },
    /// A method expression `T.M` that is not the method itself: the receiver is the first parameter.
    MethodExpr { ty: TypeId, name: Box<str> },
}

/// Where a declared function's source is.
#[derive(Clone, Copy)]
pub(crate) struct FuncSource<'a> {
    pub pkg: usize,
    pub file: usize,
    pub decl: &'a ast::FuncDecl,
}

pub(crate) struct Ctx<'a> {
    pub world: &'a mut World,
    pub pkgs: &'a [PackageInput<'a>],
    pub program: Program,
    shapes: HashMap<TypeId, Rc<[SlotKind]>>,
    rtype_named: HashMap<TypeId, TypeIdx>,
    rtype_string: HashMap<String, TypeIdx>,
    /// The checker type of each runtime type (for filling method sets).
    rtype_src: Vec<TypeId>,
    methods_filled: usize,
    pub funcs: HashMap<FuncKey, FuncId>,
    pub queue: Vec<(FuncId, FuncKey)>,
    natives: HashMap<String, NativeId>,
    strings: HashMap<Vec<u8>, StrId>,
    syms: HashMap<String, MethodSym>,
    pub globals: HashMap<ObjId, u32>,
    pub func_decls: HashMap<ObjId, FuncSource<'a>>,
    /// Line starts of every file, per package.
    line_starts: Vec<Vec<Vec<u32>>>,
    /// `Program::files` index of every file, per package.
    pub file_ids: Vec<Vec<u32>>,
    /// Whether calls of each function may be inlined (see `inline.rs`).
    pub inlinable: HashMap<ObjId, bool>,
}

impl<'a> Ctx<'a> {
    pub fn new(world: &'a mut World, pkgs: &'a [PackageInput<'a>]) -> Ctx<'a> {
        let mut program = Program::default();
        let mut func_decls = HashMap::new();
        let mut line_starts = Vec::new();
        let mut file_ids = Vec::new();
        for (p, pkg) in pkgs.iter().enumerate() {
            let mut starts = Vec::new();
            let mut ids = Vec::new();
            for (f, file) in pkg.files.iter().enumerate() {
                let info = pkg.info.file(f);
                for decl in &file.ast.decls {
                    if let ast::Decl::Func(func) = decl
                        && let Some(obj) = info.def_of(&func.name)
                    {
                        func_decls.insert(obj, FuncSource { pkg: p, file: f, decl: func });
                    }
                }
                let mut s = vec![0u32];
                for (i, b) in file.text.bytes().enumerate() {
                    if b == b'\n' {
                        s.push(i as u32 + 1);
                    }
                }
                starts.push(s);
                ids.push(program.files.len() as u32);
                program.files.push(file.path.into());
            }
            line_starts.push(starts);
            file_ids.push(ids);
        }
        Ctx {
            world,
            pkgs,
            program,
            shapes: HashMap::new(),
            rtype_named: HashMap::new(),
            rtype_string: HashMap::new(),
            rtype_src: Vec::new(),
            methods_filled: 0,
            funcs: HashMap::new(),
            queue: Vec::new(),
            natives: HashMap::new(),
            strings: HashMap::new(),
            syms: HashMap::new(),
            globals: HashMap::new(),
            func_decls,
            line_starts,
            file_ids,
            inlinable: HashMap::new(),
        }
    }

    /// The 1-based line of byte offset `offset` in file `file` of package `pkg`.
    pub fn line(&self, pkg: usize, file: usize, offset: u32) -> u32 {
        let Some(starts) = self.line_starts.get(pkg).and_then(|p| p.get(file)) else { return 0 };
        match starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    pub fn shape(&mut self, ty: TypeId) -> Rc<[SlotKind]> {
        layout::shape_of(self.world, ty, &mut self.shapes)
    }

    pub fn slots(&mut self, ty: TypeId) -> CResult<u16> {
        let n = self.shape(ty).len();
        if n as u64 > layout::MAX_VALUE_SLOTS {
            return Err(CompileError::new(format!(
                "a value of type {} is too large for gosub ({n} slots)",
                layout::runtime_string(self.world, ty)
            )));
        }
        Ok(n as u16)
    }

    pub fn string(&mut self, bytes: &[u8]) -> StrId {
        if let Some(&id) = self.strings.get(bytes) {
            return id;
        }
        let id = self.program.strings.len() as StrId;
        self.program.strings.push(bytes.into());
        self.strings.insert(bytes.to_vec(), id);
        id
    }

    pub fn native(&mut self, name: &str) -> NativeId {
        if let Some(&id) = self.natives.get(name) {
            return id;
        }
        let id = self.program.natives.len() as NativeId;
        self.program.natives.push(name.into());
        self.natives.insert(name.to_string(), id);
        id
    }

    /// The method symbol of `name` declared in package `pkg_path` (unexported names are qualified).
    pub fn method_sym(&mut self, name: &str, pkg_path: Option<&str>) -> MethodSym {
        let exported = name.chars().next().is_some_and(char::is_uppercase);
        let key = match (exported, pkg_path) {
            (false, Some(path)) => format!("{path}.{name}"),
            _ => name.to_string(),
        };
        if let Some(&id) = self.syms.get(&key) {
            return id;
        }
        let id = self.program.method_names.len() as MethodSym;
        self.program.method_names.push(key.as_str().into());
        self.syms.insert(key, id);
        id
    }

    /// The package path a method name belongs to, for unexported names: the declaring package of the
    /// method object, or of the interface's named type.
    pub fn obj_pkg_path(&self, obj: ObjId) -> Option<String> {
        let pkg = self.world.obj(obj).pkg?;
        Some(self.world.package(pkg).path.to_string())
    }

    /// A package variable's first slot, allocating its slots on first use.
    pub fn global(&mut self, obj: ObjId) -> CResult<u32> {
        if let Some(&g) = self.globals.get(&obj) {
            return Ok(g);
        }
        let ty = self.world.obj(obj).ty;
        let shape = self.shape(ty);
        if shape.len() as u64 > layout::MAX_VALUE_SLOTS {
            return Err(CompileError::new("package variable too large"));
        }
        let g = self.program.globals.len() as u32;
        self.program.globals.extend(shape.iter().copied());
        self.globals.insert(obj, g);
        Ok(g)
    }

    /// Whether a function object is implemented natively: it belongs to a package that is not compiled
    /// from source, or it is declared without a body.
    pub fn is_native(&self, obj: ObjId) -> bool {
        match self.func_decls.get(&obj) {
            Some(src) => src.decl.body.is_none(),
            None => true,
        }
    }

    /// The qualified Go name of a function or method object: `fmt.Println`, `strings.(*Builder).WriteString`.
    pub fn qualified_name(&self, obj: ObjId) -> String {
        let object = self.world.obj(obj);
        let pkg = object.pkg.map(|p| self.world.package(p).path.to_string()).unwrap_or_default();
        match object.recv_base {
            Some(base) => {
                let tname = self.world.types.named(base).map(|n| n.name.to_string()).unwrap_or_default();
                if object.ptr_recv {
                    format!("{pkg}.(*{tname}).{}", object.name)
                } else {
                    format!("{pkg}.{tname}.{}", object.name)
                }
            }
            None => format!("{pkg}.{}", object.name),
        }
    }

    /// The function for `key`, queued for compilation on first request.
    pub fn func(&mut self, key: FuncKey) -> FuncId {
        if let Some(&id) = self.funcs.get(&key) {
            return id;
        }
        let id = self.program.funcs.len() as FuncId;
        self.program.funcs.push(Default::default());
        self.funcs.insert(key.clone(), id);
        self.queue.push((id, key));
        id
    }

    /// A fresh function slot for a function literal or thunk (compiled by the caller).
    pub fn new_func(&mut self) -> FuncId {
        let id = self.program.funcs.len() as FuncId;
        self.program.funcs.push(Default::default());
        id
    }

    // ---- runtime types --------------------------------------------------------------------------------

    /// The runtime type descriptor of `ty`.
    pub fn rtype(&mut self, ty: TypeId) -> CResult<TypeIdx> {
        self.rtype_depth(ty, 0)
    }

    fn rtype_depth(&mut self, ty: TypeId, depth: u32) -> CResult<TypeIdx> {
        let ty = if self.world.types.is_untyped(ty) { self.world.types.default_type(ty) } else { ty };
        let named = self.world.types.is_named(ty);
        let string = layout::runtime_string(self.world, ty);
        if named {
            if let Some(&idx) = self.rtype_named.get(&ty) {
                return Ok(idx);
            }
        } else if let Some(&idx) = self.rtype_string.get(&string) {
            return Ok(idx);
        }
        if depth > 40 {
            return Err(CompileError::new("type nesting too deep"));
        }
        let idx = self.program.types.len() as TypeIdx;
        self.program.types.push(RType::default());
        self.rtype_src.push(ty);
        if named {
            self.rtype_named.insert(ty, idx);
        } else {
            self.rtype_string.insert(string.clone(), idx);
        }
        let shape = self.shape(ty);
        let kind = layout::kind_of(self.world, ty);
        let mut rt = RType {
            kind,
            string: string.as_str().into(),
            slots: shape.len() as u32,
            shape: shape.to_vec(),
            comparable: layout::comparable(self.world, ty, 0),
            ..RType::default()
        };
        if let Some(n) = self.world.types.named(ty) {
            rt.name = n.name.clone();
            rt.pkg_path = n.pkg.clone().unwrap_or_default();
        }
        let under = self.world.types.under(ty).clone();
        match under {
            Type::Pointer(e) | Type::Slice(e) => rt.elem = Some(self.rtype_depth(e, depth + 1)?),
            Type::Array(n, e) => {
                rt.elem = Some(self.rtype_depth(e, depth + 1)?);
                rt.len = n;
            }
            Type::Chan(dir, e) => {
                rt.elem = Some(self.rtype_depth(e, depth + 1)?);
                rt.chan_dir = match dir {
                    ast::ChanDir::Both => gosub_bytecode::ChanDir::Both,
                    ast::ChanDir::Send => gosub_bytecode::ChanDir::Send,
                    ast::ChanDir::Recv => gosub_bytecode::ChanDir::Recv,
                };
            }
            Type::Map(k, v) => {
                rt.key = Some(self.rtype_depth(k, depth + 1)?);
                rt.elem = Some(self.rtype_depth(v, depth + 1)?);
            }
            Type::Struct(fields) => {
                let mut offset = 0u32;
                for field in &fields {
                    let fty = self.rtype_depth(field.ty, depth + 1)?;
                    let exported = field.name.chars().next().is_some_and(char::is_uppercase);
                    rt.fields.push(RField {
                        name: field.name.clone(),
                        ty: fty,
                        offset,
                        embedded: field.embedded,
                        exported,
                    });
                    offset += self.shape(field.ty).len() as u32;
                }
            }
            Type::Func(sig) => {
                for p in &sig.params {
                    let t = self.rtype_depth(*p, depth + 1)?;
                    rt.params.push(t);
                }
                for r in &sig.results {
                    let t = self.rtype_depth(*r, depth + 1)?;
                    rt.results.push(t);
                }
                rt.variadic = sig.variadic;
            }
            Type::Interface(iface) => {
                let pkg = self.world.types.named(ty).and_then(|n| n.pkg.clone());
                let mut syms = Vec::new();
                for (name, _) in &iface.methods {
                    syms.push(self.method_sym(name, pkg.as_deref()));
                }
                syms.sort_unstable();
                rt.iface_methods = syms;
            }
            _ => {}
        }
        self.program.types[idx as usize] = rt;
        Ok(idx)
    }

    /// Fills the method tables of the runtime types made so far (and of those the wrappers' compilation
    /// makes in turn); returns whether anything was added.
    pub fn fill_method_sets(&mut self) -> CResult<bool> {
        let mut any = false;
        while self.methods_filled < self.rtype_src.len() {
            let idx = self.methods_filled;
            self.methods_filled += 1;
            let ty = self.rtype_src[idx];
            if self.world.types.is_interface(ty) {
                continue;
            }
            let set = self.method_set(ty);
            if set.is_empty() {
                continue;
            }
            let is_ptr = matches!(self.world.types.get(ty), Type::Pointer(_));
            let mut methods = Vec::new();
            let mut boxed = Vec::new();
            let one_slot = self.shape(ty).len() == 1;
            for (name, pkg) in set {
                let sym = self.method_sym(&name, pkg.as_deref());
                // A one-slot value is its own data word: a method declared on it with a value receiver
                // takes exactly that slot, so the interface calls it directly.
                let direct = match lookup(self.world, ty, &name) {
                    Found::Method { obj, path, .. }
                        if one_slot
                            && path.is_empty()
                            && !self.world.obj(obj).ptr_recv
                            && !self.is_native(obj) =>
                    {
                        let targs = if self.world.types.origin(ty) == ty {
                            Vec::new()
                        } else {
                            self.world.types.type_args_of(ty).to_vec()
                        };
                        Some(self.func(FuncKey::Decl(obj, targs)))
                    }
                    _ => None,
                };
                let func = match direct {
                    Some(f) => f,
                    None => {
                        self.func(FuncKey::IfaceWrapper { ty, name: name.as_str().into(), boxed_ptr: false })
                    }
                };
                methods.push(gosub_bytecode::RMethod { name: sym, func });
                if is_ptr {
                    let func =
                        self.func(FuncKey::IfaceWrapper { ty, name: name.as_str().into(), boxed_ptr: true });
                    boxed.push(gosub_bytecode::RMethod { name: sym, func });
                }
            }
            methods.sort_by_key(|m| m.name);
            boxed.sort_by_key(|m| m.name);
            let rt = &mut self.program.types[idx];
            rt.methods = methods;
            rt.boxed_ptr_methods = boxed;
            any = true;
        }
        Ok(any)
    }

    /// The method set of a non-interface type: (name, package path of an unexported name).
    pub fn method_set(&mut self, ty: TypeId) -> Vec<(String, Option<String>)> {
        let mut names: Vec<String> = Vec::new();
        self.candidate_methods(ty, &mut names, 0);
        names.sort();
        names.dedup();
        let is_pointer = matches!(self.world.types.get(ty), Type::Pointer(_));
        let mut out = Vec::new();
        for name in names {
            match lookup(self.world, ty, &name) {
                Found::Method { obj, indirect, .. } => {
                    let method = self.world.obj(obj);
                    if method.ptr_recv && !is_pointer && !indirect {
                        continue;
                    }
                    out.push((name, self.obj_pkg_path(obj)));
                }
                Found::InterfaceMethod { .. } => {
                    // A method promoted from an embedded interface field.
                    let pkg = self.embedded_iface_pkg(ty, &name);
                    out.push((name, pkg));
                }
                _ => {}
            }
        }
        out
    }

    fn embedded_iface_pkg(&self, _ty: TypeId, name: &str) -> Option<String> {
        if name.chars().next().is_some_and(char::is_uppercase) { None } else { Some("main".to_string()) }
    }

    fn candidate_methods(&self, ty: TypeId, names: &mut Vec<String>, depth: u32) {
        if depth > 8 {
            return;
        }
        let types = &self.world.types;
        let base = match types.get(ty) {
            Type::Pointer(e) => *e,
            _ => ty,
        };
        if let Some(named) = types.named(base) {
            for &m in &named.methods {
                names.push(self.world.obj(m).name.to_string());
            }
            if let Some(origin) = types.named(types.origin(base)) {
                for &m in &origin.methods {
                    names.push(self.world.obj(m).name.to_string());
                }
            }
        }
        match types.under(base) {
            Type::Struct(fields) => {
                for field in fields {
                    if field.embedded {
                        self.candidate_methods(field.ty, names, depth + 1);
                    }
                }
            }
            Type::Interface(iface) if depth > 0 => {
                for (name, _) in &iface.methods {
                    names.push(name.to_string());
                }
            }
            _ => {}
        }
    }

    /// Whether `obj` is a local variable object (not a package variable).
    pub fn is_local_var(&self, obj: ObjId) -> bool {
        matches!(self.world.obj(obj).kind, ObjKind::Var(kind) if kind != VarKind::Package)
    }
}
