//! The layout of checker types in slots, runtime type strings, and runtime type descriptors ([`RType`]).
//!
//! Layout follows `gosub_bytecode::layout`: every type is a run of slots with one [`SlotKind`] each.
//! Shapes are computed once per `TypeId` and cached. Runtime type strings are written as Go's `reflect`
//! writes them (`interface {}`, `struct { X int }`, `uint8` for `byte`), which is what `%T` and panic
//! messages print; this differs from go/types' strings that the checker uses in diagnostics.

use std::rc::Rc;

use gosub_bytecode::{Kind, SlotKind};
use gosub_syntax::ast::ChanDir as AstChanDir;
use gosub_types::types::{BasicKind, Type};
use gosub_types::{TypeId, World};

/// The most slots one value may take: registers are `u16`, and a frame holds several values.
pub const MAX_VALUE_SLOTS: u64 = 16_384;

/// The shape of a type: one kind per slot. `None` when the type is too large for registers.
pub fn shape_of(
    world: &World,
    ty: TypeId,
    cache: &mut std::collections::HashMap<TypeId, Rc<[SlotKind]>>,
) -> Rc<[SlotKind]> {
    if let Some(shape) = cache.get(&ty) {
        return shape.clone();
    }
    let mut out = Vec::new();
    push_shape(world, ty, &mut out, 0);
    let shape: Rc<[SlotKind]> = out.into();
    cache.insert(ty, shape.clone());
    shape
}

fn push_shape(world: &World, ty: TypeId, out: &mut Vec<SlotKind>, depth: u32) {
    use SlotKind::*;
    if depth > 64 || out.len() as u64 > MAX_VALUE_SLOTS {
        return;
    }
    let types = &world.types;
    match types.under(ty) {
        Type::Basic(kind) => match kind {
            BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex => {
                out.extend([Scalar, Scalar])
            }
            BasicKind::String | BasicKind::UntypedString => out.extend([Ref, Scalar]),
            BasicKind::UnsafePointer => out.extend([Ref, Scalar]),
            BasicKind::UntypedNil => out.extend([Ref, Scalar]),
            _ => out.push(Scalar),
        },
        Type::Pointer(_) => out.extend([Ref, Scalar]),
        Type::Slice(_) => out.extend([Ref, Scalar, Scalar]),
        Type::Map(..) | Type::Chan(..) | Type::Func(_) => out.push(Ref),
        Type::Interface(_) => out.extend([IfaceType, IfaceData]),
        Type::Struct(fields) => {
            for field in fields.clone() {
                push_shape(world, field.ty, out, depth + 1);
            }
        }
        Type::Array(n, elem) => {
            let mut one = Vec::new();
            push_shape(world, *elem, &mut one, depth + 1);
            if one.is_empty() {
                return;
            }
            let total = (*n).saturating_mul(one.len() as u64);
            if total > MAX_VALUE_SLOTS {
                // Too large: the caller reports it; keep the shape bounded.
                out.extend(std::iter::repeat_n(Scalar, MAX_VALUE_SLOTS as usize + 1));
                return;
            }
            for _ in 0..*n {
                out.extend_from_slice(&one);
            }
        }
        Type::Tuple(elems) => {
            for elem in elems.clone() {
                push_shape(world, elem, out, depth + 1);
            }
        }
        Type::Named(_) | Type::Param(_) => {}
    }
}

/// The runtime kind of a type.
pub fn kind_of(world: &World, ty: TypeId) -> Kind {
    match world.types.under(ty) {
        Type::Basic(kind) => match kind {
            BasicKind::Bool | BasicKind::UntypedBool => Kind::Bool,
            BasicKind::Int | BasicKind::UntypedInt => Kind::Int,
            BasicKind::Int8 => Kind::Int8,
            BasicKind::Int16 => Kind::Int16,
            BasicKind::Int32 | BasicKind::UntypedRune => Kind::Int32,
            BasicKind::Int64 => Kind::Int64,
            BasicKind::Uint => Kind::Uint,
            BasicKind::Uint8 => Kind::Uint8,
            BasicKind::Uint16 => Kind::Uint16,
            BasicKind::Uint32 => Kind::Uint32,
            BasicKind::Uint64 => Kind::Uint64,
            BasicKind::Uintptr => Kind::Uintptr,
            BasicKind::Float32 => Kind::Float32,
            BasicKind::Float64 | BasicKind::UntypedFloat => Kind::Float64,
            BasicKind::Complex64 => Kind::Complex64,
            BasicKind::Complex128 | BasicKind::UntypedComplex => Kind::Complex128,
            BasicKind::String | BasicKind::UntypedString => Kind::String,
            BasicKind::UnsafePointer => Kind::UnsafePointer,
            BasicKind::Invalid | BasicKind::UntypedNil => Kind::UnsafePointer,
        },
        Type::Pointer(_) => Kind::Pointer,
        Type::Slice(_) => Kind::Slice,
        Type::Array(..) => Kind::Array,
        Type::Map(..) => Kind::Map,
        Type::Chan(..) => Kind::Chan,
        Type::Func(_) => Kind::Func,
        Type::Interface(_) => Kind::Interface,
        Type::Struct(_) | Type::Tuple(_) | Type::Named(_) | Type::Param(_) => Kind::Struct,
    }
}

/// Whether `==` is defined on values of the type.
pub fn comparable(world: &World, ty: TypeId, depth: u32) -> bool {
    if depth > 64 {
        return false;
    }
    match world.types.under(ty) {
        Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
        Type::Struct(fields) => fields.iter().all(|f| comparable(world, f.ty, depth + 1)),
        Type::Array(_, elem) => comparable(world, *elem, depth + 1),
        _ => true,
    }
}

/// The type as Go's runtime prints it (`%T`, panic messages).
pub fn runtime_string(world: &World, ty: TypeId) -> String {
    let mut out = String::new();
    write_runtime(world, ty, &mut out, 0);
    out
}

fn package_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn write_runtime(world: &World, ty: TypeId, out: &mut String, depth: u32) {
    if depth > 50 {
        out.push_str("...");
        return;
    }
    let types = &world.types;
    let elem = |t: TypeId, out: &mut String| write_runtime(world, t, out, depth + 1);
    match types.get(ty) {
        Type::Basic(kind) => out.push_str(basic_name(*kind)),
        Type::Named(_) => {
            let Some(named) = types.named(ty) else { return };
            if let Some(pkg) = &named.pkg {
                out.push_str(package_name(pkg));
                out.push('.');
            }
            out.push_str(&named.name);
            let args = types.type_args_of(ty);
            if !args.is_empty() && types.origin(ty) != ty {
                out.push('[');
                for (i, arg) in args.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    elem(*arg, out);
                }
                out.push(']');
            }
        }
        Type::Pointer(inner) => {
            out.push('*');
            elem(*inner, out);
        }
        Type::Slice(inner) => {
            out.push_str("[]");
            elem(*inner, out);
        }
        Type::Array(n, inner) => {
            out.push_str(&format!("[{n}]"));
            elem(*inner, out);
        }
        Type::Map(k, v) => {
            out.push_str("map[");
            elem(*k, out);
            out.push(']');
            elem(*v, out);
        }
        Type::Chan(dir, inner) => {
            out.push_str(match dir {
                AstChanDir::Both => "chan ",
                AstChanDir::Send => "chan<- ",
                AstChanDir::Recv => "<-chan ",
            });
            elem(*inner, out);
        }
        Type::Func(sig) => {
            out.push_str("func");
            write_sig(world, sig, out, depth);
        }
        Type::Struct(fields) => {
            if fields.is_empty() {
                out.push_str("struct {}");
                return;
            }
            out.push_str("struct { ");
            for (i, field) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                if !field.embedded {
                    out.push_str(&field.name);
                    out.push(' ');
                }
                elem(field.ty, out);
                if let Some(tag) = &field.tag {
                    out.push(' ');
                    out.push_str(&format!("{tag:?}"));
                }
            }
            out.push_str(" }");
        }
        Type::Interface(iface) => {
            if types.any() == ty && iface.methods.is_empty() {
                out.push_str("interface {}");
                return;
            }
            if iface.methods.is_empty() {
                out.push_str("interface {}");
                return;
            }
            out.push_str("interface { ");
            for (i, (name, sig)) in iface.methods.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                out.push_str(name);
                if let Some(sig) = types.signature(*sig) {
                    write_sig(world, sig, out, depth);
                }
            }
            out.push_str(" }");
        }
        Type::Tuple(elems) => {
            out.push('(');
            for (i, t) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                elem(*t, out);
            }
            out.push(')');
        }
        Type::Param(_) => out.push_str(&types.type_string(ty, None)),
    }
}

fn write_sig(world: &World, sig: &gosub_types::types::Signature, out: &mut String, depth: u32) {
    out.push('(');
    for (i, p) in sig.params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if sig.variadic && i + 1 == sig.params.len() {
            out.push_str("...");
            let inner = match world.types.get(*p) {
                Type::Slice(e) => *e,
                _ => *p,
            };
            write_runtime(world, inner, out, depth + 1);
        } else {
            write_runtime(world, *p, out, depth + 1);
        }
    }
    out.push(')');
    match sig.results.len() {
        0 => {}
        1 => {
            out.push(' ');
            write_runtime(world, sig.results[0], out, depth + 1);
        }
        _ => {
            out.push_str(" (");
            for (i, r) in sig.results.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_runtime(world, *r, out, depth + 1);
            }
            out.push(')');
        }
    }
}

fn basic_name(kind: BasicKind) -> &'static str {
    use BasicKind::*;
    match kind {
        Invalid => "invalid",
        Bool | UntypedBool => "bool",
        Int | UntypedInt => "int",
        Int8 => "int8",
        Int16 => "int16",
        Int32 | UntypedRune => "int32",
        Int64 => "int64",
        Uint => "uint",
        Uint8 => "uint8",
        Uint16 => "uint16",
        Uint32 => "uint32",
        Uint64 => "uint64",
        Uintptr => "uintptr",
        Float32 => "float32",
        Float64 | UntypedFloat => "float64",
        Complex64 => "complex64",
        Complex128 | UntypedComplex => "complex128",
        String | UntypedString => "string",
        UnsafePointer => "unsafe.Pointer",
        UntypedNil => "nil",
    }
}
