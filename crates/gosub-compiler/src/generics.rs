//! Generics by monomorphisation: the type arguments of a use, and the type parameters of a declaration.
//!
//! Every instantiation of a generic function (or method of a generic type) is compiled separately, with
//! the checker's `TypeTable::subst` replacing the declaration's type parameters by the instance's type
//! arguments in every type the body mentions.

use gosub_syntax::ast::{self, ExprKind};
use gosub_types::info::FileInfo;
use gosub_types::{TypeId, World};

/// The type arguments recorded for an identifier naming a generic function (empty otherwise).
pub fn instance_of(info: FileInfo<'_>, ident: &ast::Ident) -> Vec<TypeId> {
    info.instance_of(ident).map(|inst| inst.type_args.clone()).unwrap_or_default()
}

/// The type parameters a declared function's body is written in terms of: the function's own, or for a
/// method of a generic type, those its receiver declares (`T` in `func (s *Stack[T]) Push(v T)`).
pub fn decl_type_params(world: &World, info: FileInfo<'_>, decl: &ast::FuncDecl) -> Vec<TypeId> {
    let mut out = Vec::new();
    if let Some(recv) = &decl.recv
        && let Some(param) = recv.first()
    {
        let mut ty = &param.ty;
        if let ExprKind::Star(inner) = &ty.kind {
            ty = inner;
        }
        if let ExprKind::Paren(inner) = &ty.kind {
            ty = inner;
        }
        if let ExprKind::Index(_, args) = &ty.kind {
            for arg in args {
                if let ExprKind::Ident(ident) = &arg.kind
                    && let Some(obj) = info.def_of(ident).or_else(|| info.use_of(ident))
                {
                    out.push(world.obj(obj).ty);
                }
            }
        }
    }
    for group in &decl.tparams {
        for name in &group.names {
            if let Some(obj) = info.def_of(name) {
                out.push(world.obj(obj).ty);
            }
        }
    }
    out
}
