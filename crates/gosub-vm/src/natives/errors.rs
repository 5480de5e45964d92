//! `errors` and `fmt.Errorf` as natives, for programs whose `errors` and `fmt` packages are declared
//! without Go bodies (the checker's placeholder packages). With gosub-stdlib's Go sources these are Go
//! code, and only the reflection helpers in `core.rs` are native.

use gosub_bytecode::layout::iface_type_index;

use super::core::{Mode, format};
use super::{Native, Registry};
use crate::panic::Fault;

pub(super) fn register(r: &mut Registry) {
    r.add("errors.New", errors_new);
    r.add("errors.Unwrap", errors_unwrap);
    r.add("errors.Is", errors_is);
    r.add("errors.As", errors_as);
    r.add("fmt.Errorf", fmt_errorf);
    r.add("runtime.unwrapWrapError", unwrap_wrap_error);
}

fn errors_new(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let text = n.str(0).to_vec();
    let s = n.vm.alloc_str(&text);
    let ty = n.vm.rt.errors_error;
    let v = n.vm.make_iface(ty, &s);
    n.set_iface(0, v);
    Ok(())
}

fn fmt_errorf(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let f = n.str(0).to_vec();
    let (msg, wrapped) = format(n, 2, Mode::Errorf(&f))?;
    let s = n.vm.alloc_str(&msg);
    let wrapped_arg = match wrapped {
        Some(gosub_fmt::Wrapped::One(Some(i))) => {
            let items = n.slice_elems(2, 2);
            items.get(i * 2..i * 2 + 2).map(|c| [c[0], c[1]])
        }
        _ => None,
    };
    let v = match wrapped_arg {
        Some(err) => {
            let ty = n.vm.rt.wrap_error;
            n.vm.make_iface(ty, &[s[0], s[1], err[0], err[1]])
        }
        None => {
            let ty = n.vm.rt.errors_error;
            n.vm.make_iface(ty, &s)
        }
    };
    n.set_iface(0, v);
    Ok(())
}

fn unwrap_wrap_error(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let b = n.slot(0);
    let mut v = [0u64; 2];
    n.vm.read_slots(b, 2, &mut v);
    n.set_iface(0, v);
    Ok(())
}

/// Calls method `name` (taking only the receiver) of the dynamic type of `v`, if it has one with
/// `results` result slots and `params` parameter slots.
fn call_method(
    n: &mut Native<'_, '_>,
    v: [u64; 2],
    name: &str,
    params: u32,
    results: u32,
    args: &[u64],
) -> Result<Option<Vec<u64>>, Fault> {
    if v[0] == 0 {
        return Ok(None);
    }
    let Some(sym) = n.vm.prog.method_names.iter().position(|m| &**m == name) else { return Ok(None) };
    let Some(func) = n.vm.iface_method(v[0], sym as u32) else { return Ok(None) };
    let f = &n.vm.funcs[func as usize];
    if f.params != params || f.results != results {
        return Ok(None);
    }
    let mut call_args = vec![v[1]];
    call_args.extend_from_slice(args);
    n.keep(v[1]);
    n.call_func(func, &call_args).map(Some)
}

/// `Unwrap() error` of `v`, or nil.
fn unwrap(n: &mut Native<'_, '_>, v: [u64; 2]) -> Result<[u64; 2], Fault> {
    if v[0] != 0 && iface_type_index(v[0]) == n.vm.rt.wrap_error {
        let mut inner = [0u64; 2];
        n.vm.read_slots(v[1], 2, &mut inner);
        return Ok(inner);
    }
    Ok(match call_method(n, v, "Unwrap", 1, 2, &[])? {
        Some(r) => [r[0], r[1]],
        None => [0, 0],
    })
}

fn errors_unwrap(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let err = n.iface(0);
    let v = unwrap(n, err)?;
    n.set_iface(0, v);
    Ok(())
}

fn errors_is(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let mut err = n.iface(0);
    let target = n.iface(2);
    n.keep(target[1]);
    if err[0] == 0 || target[0] == 0 {
        n.set_bool(0, err[0] == target[0] && err[1] == target[1]);
        return Ok(());
    }
    let comparable = n.vm.types[iface_type_index(target[0]) as usize].comparable;
    let found = loop {
        if comparable && n.vm.eq_iface(err, target).unwrap_or(false) {
            break true;
        }
        if let Some(r) = call_method(n, err, "Is", 3, 1, &target)?
            && r.first().copied().unwrap_or(0) != 0
        {
            break true;
        }
        err = unwrap(n, err)?;
        if err[0] == 0 {
            break false;
        }
        n.keep(err[1]);
    };
    n.set_bool(0, found);
    Ok(())
}

fn errors_as(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let mut err = n.iface(0);
    let target = n.iface(2);
    n.keep(target[1]);
    if err[0] == 0 {
        n.set_bool(0, false);
        return Ok(());
    }
    super::core::check_as_target(n, target)?;
    let found = loop {
        if super::core::assign_to(n, err, target) {
            break true;
        }
        if let Some(r) = call_method(n, err, "As", 3, 1, &target)?
            && r.first().copied().unwrap_or(0) != 0
        {
            break true;
        }
        err = unwrap(n, err)?;
        if err[0] == 0 {
            break false;
        }
        n.keep(err[1]);
    };
    n.set_bool(0, found);
    Ok(())
}
