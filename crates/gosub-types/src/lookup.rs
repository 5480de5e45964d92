//! Finding fields and methods through embedded fields, method sets, and interface satisfaction.
//!
//! The search is breadth-first by embedding depth, as the spec's selector rule demands: a name found at a
//! shallower depth hides deeper ones, and two at the same shallowest depth make the selector ambiguous.
//! Named types already visited are skipped, so that `type T struct{ *T }` terminates.

use crate::objects::{ObjId, World};
use crate::types::{Type, TypeId};

/// What a selector `x.name` found.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    /// A struct field: `path` is the field index at each embedding level (the last one is the field itself).
    Field {
        path: Vec<usize>,
        ty: TypeId,
        indirect: bool,
    },
    /// A method declared on a named type (`obj`), reached through `path` embedded fields. `recv` is the
    /// named type it was found on: an instance (`Stack[int]`) when the method is a generic type's, so
    /// that [`method_type`] can give its instantiated signature.
    Method {
        obj: ObjId,
        path: Vec<usize>,
        indirect: bool,
        recv: TypeId,
    },
    /// A method of an interface type (the operand or an embedded interface field).
    InterfaceMethod {
        sig: TypeId,
        path: Vec<usize>,
    },
    NotFound,
    Ambiguous,
}

/// Looks `name` up in `ty`'s fields and methods (the selector rule).
pub fn lookup(world: &World, ty: TypeId, name: &str) -> Found {
    let types = &world.types;
    let mut start = ty;
    let mut indirect = false;
    if let Type::Pointer(elem) = types.get(ty)
        && types.is_named(*elem)
    {
        start = *elem;
        indirect = true;
    } else if let Type::Pointer(elem) = types.get(types.underlying(ty)) {
        // An unnamed `*struct{…}` selects its fields too.
        if !types.is_named(ty) {
            start = *elem;
            indirect = true;
        }
    }
    let mut current = vec![(start, Vec::<usize>::new(), indirect)];
    let mut seen: Vec<TypeId> = Vec::new();
    while !current.is_empty() {
        let mut found: Vec<Found> = Vec::new();
        let mut next = Vec::new();
        for (typ, path, indirect) in current {
            if types.is_named(typ) {
                if seen.contains(&typ) {
                    continue;
                }
                seen.push(typ);
                if let Some(named) = types.named(types.origin(typ))
                    && let Some(&method) = named.methods.iter().find(|&&m| &*world.obj(m).name == name)
                {
                    found.push(Found::Method { obj: method, path: path.clone(), indirect, recv: typ });
                    continue;
                }
            }
            match types.under(typ) {
                Type::Struct(fields) => {
                    for (index, field) in fields.iter().enumerate() {
                        let mut field_path = path.clone();
                        field_path.push(index);
                        if &*field.name == name {
                            found.push(Found::Field { path: field_path.clone(), ty: field.ty, indirect });
                        }
                        if field.embedded {
                            let (inner, through_pointer) = match types.get(field.ty) {
                                Type::Pointer(elem) => (*elem, true),
                                _ => (field.ty, false),
                            };
                            next.push((inner, field_path, indirect || through_pointer));
                        }
                    }
                }
                // A type parameter has the methods of its constraint.
                Type::Interface(interface) => {
                    if let Some((_, sig)) = interface.methods.iter().find(|(n, _)| &**n == name) {
                        found.push(Found::InterfaceMethod { sig: *sig, path: path.clone() });
                    }
                }
                _ => {}
            }
        }
        match found.len() {
            0 => current = next,
            1 => return found.pop().unwrap_or(Found::NotFound),
            _ => return Found::Ambiguous,
        }
    }
    Found::NotFound
}

/// The type of method `obj` found on the named type `recv` (see [`Found::Method`]): its declared
/// signature, with the type parameters of a generic receiver type replaced by `recv`'s type arguments.
pub fn method_type(world: &mut World, obj: ObjId, recv: TypeId) -> TypeId {
    let sig = world.obj(obj).ty;
    let types = &mut world.types;
    let origin = types.origin(recv);
    let params = types.type_params_of(origin).to_vec();
    let args = types.type_args_of(recv).to_vec();
    if params.is_empty() || params == args {
        return sig;
    }
    types.subst(sig, &params, &args)
}

/// Why a type does not implement an interface: the parenthesised part of Go's message.
#[derive(Clone, Debug, PartialEq)]
pub enum Missing {
    Method(String),
    PointerReceiver(String),
    WrongType { name: String, have: TypeId, want: TypeId },
}

/// The first method of `iface` (in name order, as go/types checks them) that `ty` lacks.
pub fn missing_method(world: &mut World, ty: TypeId, iface: TypeId) -> Option<Missing> {
    let interface = world.types.interface(iface)?.clone();
    for (name, want) in &interface.methods {
        let types = &world.types;
        if let Some(own) = types.interface(ty)
            && !types.is_type_param(ty)
        {
            match own.methods.iter().find(|(n, _)| n == name) {
                Some((_, have)) if types.identical(*have, *want) => continue,
                Some((_, have)) => {
                    return Some(Missing::WrongType { name: name.to_string(), have: *have, want: *want });
                }
                None => return Some(Missing::Method(name.to_string())),
            }
        }
        match lookup(world, ty, name) {
            Found::Method { obj, indirect, recv, .. } => {
                let have = method_type(world, obj, recv);
                let types = &world.types;
                let method = world.obj(obj);
                if !types.identical(have, *want) {
                    return Some(Missing::WrongType { name: name.to_string(), have, want: *want });
                }
                let is_pointer = matches!(types.get(ty), Type::Pointer(_));
                if method.ptr_recv && !is_pointer && !indirect {
                    return Some(Missing::PointerReceiver(name.to_string()));
                }
            }
            Found::InterfaceMethod { sig, .. } => {
                if !world.types.identical(sig, *want) {
                    return Some(Missing::WrongType { name: name.to_string(), have: sig, want: *want });
                }
            }
            _ => return Some(Missing::Method(name.to_string())),
        }
    }
    None
}

/// The `(missing method M)` part of a message, including the have/want lines of a wrong signature.
pub fn missing_text(world: &World, missing: &Missing, local: Option<&str>) -> String {
    match missing {
        Missing::Method(name) => format!("(missing method {name})"),
        Missing::PointerReceiver(name) => format!("(method {name} has pointer receiver)"),
        Missing::WrongType { name, have, want } => {
            let sig = |ty: TypeId| {
                let mut out = name.clone();
                if let Some(signature) = world.types.signature(ty) {
                    world.types.write_signature_unnamed(&mut out, signature, local);
                }
                out
            };
            format!("(wrong type for method {name})\n\t\thave {}\n\t\twant {}", sig(*have), sig(*want))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::{ObjKind, Object};
    use crate::types::{BasicKind, Field, Interface, Signature};
    use gosub_source::Span;

    #[test]
    fn depth_and_ambiguity() {
        let mut world = World::new();
        let int = world.types.basic(BasicKind::Int);
        let field = |name: &str, ty, embedded| Field { name: name.into(), ty, embedded, tag: None };
        let a = world.types.new_named("A", Some("main"), None);
        let a_struct = world.types.intern(Type::Struct(vec![field("X", int, false)]));
        world.types.set_underlying(a, a_struct);
        let b = world.types.new_named("B", Some("main"), None);
        let b_struct = world.types.intern(Type::Struct(vec![field("X", int, false), field("Y", int, false)]));
        world.types.set_underlying(b, b_struct);
        let c = world.types.intern(Type::Struct(vec![
            field("A", a, true),
            field("B", b, true),
            field("Y", int, false),
        ]));
        assert_eq!(lookup(&world, c, "X"), Found::Ambiguous);
        assert_eq!(lookup(&world, c, "Y"), Found::Field { path: vec![2], ty: int, indirect: false });
        assert_eq!(lookup(&world, c, "Z"), Found::NotFound);

        let sig = world.types.intern(Type::Func(Signature {
            params: vec![],
            param_names: vec![],
            results: vec![],
            result_names: vec![],
            variadic: false,
        }));
        let method = world.new_object(Object {
            name: "M".into(),
            kind: ObjKind::Func,
            ty: sig,
            span: Span::default(),
            file: 0,
            pkg: None,
            used: true,
            ptr_recv: true,
            recv_base: Some(a),
        });
        if let Some(named) = world.types.named_mut(a) {
            named.methods.push(method);
        }
        let iface = world
            .types
            .intern(Type::Interface(Interface { methods: vec![("M".into(), sig)], ..Default::default() }));
        assert_eq!(missing_method(&mut world, a, iface), Some(Missing::PointerReceiver("M".into())));
        let pa = world.types.pointer(a);
        assert_eq!(missing_method(&mut world, pa, iface), None);
        assert_eq!(missing_method(&mut world, b, iface), Some(Missing::Method("M".into())));
    }
}
