//! Compiler-made functions: interface-call wrappers, bound-method bodies, method expressions and native
//! thunks. They are hidden from tracebacks (`FuncFlags::wrapper`).
//!
//! An interface-call wrapper receives the interface's data word in register 0 and the arguments after
//! it. It rebuilds the receiver from the data word (the value itself for one-slot types, `(word, 0)` for
//! an inline pointer, the box's contents otherwise), follows the embedding path and calls the method.

use gosub_bytecode::{Func, Op, SlotKind};
use gosub_types::types::{Signature, Type};
use gosub_types::{ObjId, TypeId};

use crate::ctx::{CResult, Ctx};
use crate::func::{FnCompiler, err};

/// The signature of method `name` of `ty` (without the receiver).
fn method_signature(ctx: &mut Ctx<'_>, ty: TypeId, name: &str) -> CResult<Signature> {
    use gosub_types::lookup::{Found, lookup, method_type};
    match lookup(ctx.world, ty, name) {
        Found::Method { obj, recv, .. } => {
            let mt = method_type(ctx.world, obj, recv);
            ctx.world
                .types
                .signature(mt)
                .cloned()
                .ok_or_else(|| crate::CompileError::new("method without signature"))
        }
        Found::InterfaceMethod { sig, .. } => ctx
            .world
            .types
            .signature(sig)
            .cloned()
            .ok_or_else(|| crate::CompileError::new("method without signature")),
        _ => Err(crate::CompileError::new(format!("no method {name}"))),
    }
}

fn wrapper_name(ctx: &Ctx<'_>, ty: TypeId, name: &str) -> String {
    format!("{}.{name}", crate::layout::runtime_string(ctx.world, ty))
}

/// The interface-call wrapper for method `name` of `ty`.
pub fn iface_wrapper(
    ctx: &mut Ctx<'_>,
    main_pkg: usize,
    ty: TypeId,
    name: &str,
    boxed_ptr: bool,
) -> CResult<Func> {
    let sig = method_signature(ctx, ty, name)?;
    let fname = wrapper_name(ctx, ty, name);
    let mut f = FnCompiler::new(ctx, main_pkg, 0, fname);
    let shape = f.shape(ty).to_vec();
    let is_ptr = matches!(f.ctx.world.types.get(ty), Type::Pointer(_));
    // Register 0: the data word; its kind is the value's own for inline one-slot values.
    let data_kind = if shape.len() == 1 { shape[0] } else { SlotKind::Ref };
    let mut params = vec![data_kind];
    params.extend(f.kinds_of(&sig.params));
    let param_slots = params.len() as u16;
    f.alloc(&params)?;
    // The common case: a method declared on `*T` itself, called with `(word, 0)` built in place.
    if is_ptr && !boxed_ptr {
        use gosub_types::lookup::{Found, lookup};
        if let Found::Method { obj, path, .. } = lookup(f.ctx.world, ty, name)
            && path.is_empty()
            && f.ctx.world.obj(obj).ptr_recv
            && !f.ctx.is_native(obj)
        {
            let base_ty = match f.ctx.world.types.get(ty).clone() {
                Type::Pointer(e) => e,
                _ => ty,
            };
            let targs = if f.ctx.world.types.origin(base_ty) == base_ty {
                Vec::new()
            } else {
                f.ctx.world.types.type_args_of(base_ty).to_vec()
            };
            let callee = f.ctx.func(crate::ctx::FuncKey::Decl(obj, targs));
            let arg_kinds = f.kinds_of(&sig.params);
            let result_kinds = f.kinds_of(&sig.results);
            let mut call_params = vec![SlotKind::Ref, SlotKind::Scalar];
            call_params.extend(arg_kinds.iter().copied());
            let base = f.call_region(&call_params, &result_kinds)?;
            f.emit(Op::Mov { dst: base, src: 0 });
            f.emit(Op::LoadI { dst: base + 1, imm: 0 });
            f.mov(base + 2, 1, arg_kinds.len() as u16);
            f.ret_after_call = true;
            f.finish_call(crate::call::Callee::Static(callee), base, &call_params, &result_kinds, None)?;
            f.results.slots = result_kinds.len() as u16;
            let mut func = f.finish(param_slots, 0)?;
            func.flags.wrapper = true;
            return Ok(func);
        }
    }
    let recv = if shape.len() == 1 {
        0
    } else if is_ptr && !boxed_ptr {
        let r = f.ptr_temp()?;
        f.emit(Op::Mov { dst: r, src: 0 });
        f.emit(Op::LoadI { dst: r + 1, imm: 0 });
        r
    } else {
        let p = f.ptr_temp()?;
        f.emit(Op::Mov { dst: p, src: 0 });
        f.emit(Op::LoadI { dst: p + 1, imm: 0 });
        let r = f.alloc(&shape)?;
        if !shape.is_empty() {
            f.emit(Op::Load { dst: r, p, off: 0, n: shape.len() as u16 });
        }
        r
    };
    f.ret_after_call = true;
    let results = f.call_method_on(recv, ty, name, 1, &sig)?;
    let n = f.kinds_of(&sig.results).len() as u16;
    f.results.slots = n;
    if !matches!(f.code.last(), Some(Op::Ret { .. })) {
        f.emit(Op::Ret { src: results, n });
    }
    let mut func = f.finish(param_slots, 0)?;
    func.flags.wrapper = true;
    Ok(func)
}

/// The body of a method value: the receiver of type `ty` is in the closure's captures.
pub fn bound_method(ctx: &mut Ctx<'_>, main_pkg: usize, ty: TypeId, name: &str) -> CResult<Func> {
    let sig = method_signature(ctx, ty, name)?;
    let fname = format!("{}-fm", wrapper_name(ctx, ty, name));
    let mut f = FnCompiler::new(ctx, main_pkg, 0, fname);
    let params = f.kinds_of(&sig.params);
    let param_slots = params.len() as u16;
    if !params.is_empty() {
        f.alloc(&params)?;
    }
    let shape = f.shape(ty).to_vec();
    let recv = f.alloc(&shape)?;
    for k in 0..shape.len() as u16 {
        f.emit(Op::LoadCap { dst: recv + k, k });
    }
    f.ret_after_call = true;
    let results = f.call_method_on(recv, ty, name, 0, &sig)?;
    let n = f.kinds_of(&sig.results).len() as u16;
    f.results.slots = n;
    if !matches!(f.code.last(), Some(Op::Ret { .. })) {
        f.emit(Op::Ret { src: results, n });
    }
    let mut func = f.finish(param_slots, 0)?;
    func.flags.wrapper = true;
    Ok(func)
}

/// A method expression `T.M`: the receiver is the first parameter.
pub fn method_expr(ctx: &mut Ctx<'_>, main_pkg: usize, ty: TypeId, name: &str) -> CResult<Func> {
    let sig = method_signature(ctx, ty, name)?;
    let fname = wrapper_name(ctx, ty, name);
    let mut f = FnCompiler::new(ctx, main_pkg, 0, fname);
    let mut params = f.shape(ty).to_vec();
    let recv_slots = params.len() as u16;
    params.extend(f.kinds_of(&sig.params));
    let param_slots = params.len() as u16;
    f.alloc(&params)?;
    f.ret_after_call = true;
    let results = f.call_method_on(0, ty, name, recv_slots, &sig)?;
    let n = f.kinds_of(&sig.results).len() as u16;
    f.results.slots = n;
    if !matches!(f.code.last(), Some(Op::Ret { .. })) {
        f.emit(Op::Ret { src: results, n });
    }
    let mut func = f.finish(param_slots, 0)?;
    func.flags.wrapper = true;
    Ok(func)
}

/// A native function as a func value: calls the native on its own parameters.
pub fn native_thunk(ctx: &mut Ctx<'_>, main_pkg: usize, obj: ObjId) -> CResult<Func> {
    let ty = ctx.world.obj(obj).ty;
    let Some(sig) = ctx.world.types.signature(ty).cloned() else { return err("native without signature") };
    let name = ctx.qualified_name(obj);
    let native = ctx.native(&name);
    let mut f = FnCompiler::new(ctx, main_pkg, 0, name);
    let params = f.kinds_of(&sig.params);
    let results = f.kinds_of(&sig.results);
    let base = f.call_region(&params, &results)?;
    f.ret_after_call = true;
    f.finish_call(crate::call::Callee::Native(native), base, &params, &results, None)?;
    f.results.slots = results.len() as u16;
    let mut func = f.finish(params.len() as u16, 0)?;
    func.flags.wrapper = true;
    Ok(func)
}
