//! The natives the VM provides itself: `fmt`'s printing (through `gosub-fmt`), `os`'s process interface,
//! `errors`' reflection helpers and the runtime's error text.

use gosub_bytecode::Kind;
use gosub_bytecode::layout::iface_type_index;
use gosub_fmt::Unwind;

use super::{Native, Registry};
use crate::panic::Fault;
use crate::reflect::Host;

pub(super) fn register(r: &mut Registry) {
    r.add("fmt.Print", fmt_print);
    r.add("fmt.Println", fmt_println);
    r.add("fmt.Printf", fmt_printf);
    r.add("fmt.Sprint", fmt_sprint);
    r.add("fmt.Sprintln", fmt_sprintln);
    r.add("fmt.Sprintf", fmt_sprintf);
    r.add("fmt.sprintfWrap", fmt_sprintf_wrap);
    r.add("os.Exit", os_exit);
    r.add("os.runtimeArgs", os_runtime_args);
    r.add("os.write", os_write);
    r.add("os.writeString", os_write_string);
    r.add("os.read", os_read);
    r.add("os.LookupEnv", os_lookup_env);
    r.add("os.Environ", os_environ);
    r.add("os.Getpid", os_getpid);
    r.add("errors.comparable", errors_comparable);
    r.add("errors.checkAsTarget", errors_check_as_target);
    r.add("errors.assignTo", errors_assign_to);
    r.add("runtime.errorText", runtime_error_text);
    r.add("runtime.Goexit", |_| Err(Fault::Goexit));
    r.add("sort.sliceLen", sort_slice_len);
    r.add("sort.sliceSwap", sort_slice_swap);
    super::errors::register(r);
    super::strings::register(r);
    super::fmtstate::register(r);
    super::scan::register(r);
}

/// Which fmt entry point to call.
pub(super) enum Mode<'f> {
    Print,
    Println,
    Printf(&'f [u8]),
    Errorf(&'f [u8]),
}

/// Formats the `...any` slice at slot `args` with the engine; for `Errorf`, also which operands `%w`
/// wraps.
pub(super) fn format(
    n: &mut Native<'_, '_>,
    args: usize,
    mode: Mode<'_>,
) -> Result<(Vec<u8>, Option<gosub_fmt::Wrapped>), Fault> {
    let items = n.slice_elems(args, 2);
    let mut out = Vec::new();
    let mut host = Host::new(n.vm, n.g);
    let vals: Vec<_> = items.chunks_exact(2).map(|c| host.iface_val([c[0], c[1]])).collect();
    let result = match mode {
        Mode::Print => gosub_fmt::append_print(&mut host, &mut out, &vals).map(|()| None),
        Mode::Println => gosub_fmt::append_println(&mut host, &mut out, &vals).map(|()| None),
        Mode::Printf(f) => gosub_fmt::append_printf(&mut host, &mut out, f, &vals).map(|()| None),
        Mode::Errorf(f) => gosub_fmt::append_errorf(&mut host, &mut out, f, &vals).map(Some),
    };
    match result {
        Ok(wrapped) => Ok((out, wrapped)),
        Err(Unwind::Exit) => Err(Fault::Exit(host.exit.unwrap_or(2))),
        Err(Unwind::Panic(_)) => {
            if let Some(p) = host.pending.take() {
                host.g.panics.push(p);
            }
            Err(Fault::Unwind)
        }
    }
}

fn write_stdout(n: &mut Native<'_, '_>, bytes: &[u8]) {
    n.vm.stdout.extend_from_slice(bytes);
    if n.vm.stdout.len() > 1 << 16 {
        n.vm.flush_stdout();
    }
}

/// `(n int, err error)` results of the printing functions.
fn set_written(n: &mut Native<'_, '_>, count: usize) {
    n.set_int(0, count as i64);
    n.set_iface(1, [0, 0]);
}

fn fmt_print(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let (out, _) = format(n, 0, Mode::Print)?;
    write_stdout(n, &out);
    set_written(n, out.len());
    Ok(())
}

fn fmt_println(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let (out, _) = format(n, 0, Mode::Println)?;
    write_stdout(n, &out);
    set_written(n, out.len());
    Ok(())
}

fn fmt_printf(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let f = n.str(0).to_vec();
    let (out, _) = format(n, 2, Mode::Printf(&f))?;
    write_stdout(n, &out);
    set_written(n, out.len());
    Ok(())
}

fn fmt_sprint(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let (out, _) = format(n, 0, Mode::Print)?;
    n.set_str(0, &out);
    Ok(())
}

fn fmt_sprintln(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let (out, _) = format(n, 0, Mode::Println)?;
    n.set_str(0, &out);
    Ok(())
}

fn fmt_sprintf(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let f = n.str(0).to_vec();
    let (out, _) = format(n, 2, Mode::Printf(&f))?;
    n.set_str(0, &out);
    Ok(())
}

/// `sprintfWrap(format string, a []any) string`: Errorf's message (`%w` formats like `%v`).
fn fmt_sprintf_wrap(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let f = n.str(0).to_vec();
    let (out, _) = format(n, 2, Mode::Errorf(&f))?;
    n.set_str(0, &out);
    Ok(())
}

fn os_exit(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    Err(Fault::Exit(n.int(0) as i32))
}

fn os_runtime_args(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let args: Vec<Vec<u8>> = n.vm.args.iter().map(|a| a.as_bytes().to_vec()).collect();
    let s = n.new_string_slice(&args);
    n.set_slice(0, s);
    Ok(())
}

/// Writes to file descriptor 1 (buffered) or 2; others fail.
fn write_fd(n: &mut Native<'_, '_>, fd: i64, bytes: &[u8]) -> Result<(), Fault> {
    match fd {
        1 => write_stdout(n, bytes),
        2 => n.vm.write_stderr(bytes),
        _ => {
            n.set_int(0, 0);
            n.set_str(1, b"bad file descriptor");
            return Ok(());
        }
    }
    n.set_int(0, bytes.len() as i64);
    n.set(1, 0);
    n.set(2, 0);
    Ok(())
}

fn os_write(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let fd = n.int(0);
    let bytes: Vec<u8> = n.slice_elems(1, 1).into_iter().map(|b| b as u8).collect();
    write_fd(n, fd, &bytes)
}

fn os_write_string(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let fd = n.int(0);
    let bytes = n.str(1).to_vec();
    write_fd(n, fd, &bytes)
}

fn os_read(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    use std::io::Read;
    let fd = n.int(0);
    let s = n.slice(1);
    let len = gosub_bytecode::layout::unpack_len(s[1]) as usize;
    if fd != 0 {
        n.set_int(0, 0);
        n.set_str(1, b"bad file descriptor");
        return Ok(());
    }
    n.vm.flush_stdout();
    let mut buf = vec![0u8; len];
    let got = std::io::stdin().lock().read(&mut buf);
    match got {
        Ok(k) => {
            let vals: Vec<u64> = buf[..k].iter().map(|&b| u64::from(b)).collect();
            n.store_scalars(s, 0, &vals);
            n.set_int(0, k as i64);
            n.set(1, 0);
            n.set(2, 0);
        }
        Err(e) => {
            n.set_int(0, 0);
            n.set_str(1, e.to_string().as_bytes());
        }
    }
    Ok(())
}

fn os_lookup_env(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let key = String::from_utf8_lossy(n.str(0)).into_owned();
    match std::env::var_os(&key) {
        Some(v) => {
            n.set_str(0, v.as_encoded_bytes());
            n.set_bool(2, true);
        }
        None => {
            n.set(0, 0);
            n.set(1, 0);
            n.set_bool(2, false);
        }
    }
    Ok(())
}

fn os_environ(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let items: Vec<Vec<u8>> = std::env::vars_os()
        .map(|(k, v)| {
            let mut item = k.as_encoded_bytes().to_vec();
            item.push(b'=');
            item.extend_from_slice(v.as_encoded_bytes());
            item
        })
        .collect();
    let s = n.new_string_slice(&items);
    n.set_slice(0, s);
    Ok(())
}

fn os_getpid(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    n.set_int(0, i64::from(std::process::id()));
    Ok(())
}

/// `comparable(v any) bool`: whether `==` on v's dynamic type cannot panic.
fn errors_comparable(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let v = n.iface(0);
    let ok = v[0] == 0 || n.vm.types[iface_type_index(v[0]) as usize].comparable;
    n.set_bool(0, ok);
    Ok(())
}

/// The error interface type (or any interface whose only method is `Error`).
fn implements_error(n: &Native<'_, '_>, ty: u32) -> bool {
    n.vm.sym_error.is_some_and(|sym| n.vm.prog_method(ty, sym).is_some())
}

fn errors_check_as_target(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let target = n.iface(0);
    check_as_target(n, target)
}

/// Panics as `errors.As` does for a bad target.
pub(super) fn check_as_target(n: &mut Native<'_, '_>, target: [u64; 2]) -> Result<(), Fault> {
    let non_nil_ptr = target[0] != 0 && {
        let t = &n.vm.types[iface_type_index(target[0]) as usize];
        t.kind == Kind::Pointer && target[1] != 0
    };
    if !non_nil_ptr {
        let v = n.string_iface("errors: target must be a non-nil pointer");
        return Err(Fault::Panic { value: v });
    }
    let pt = &n.vm.types[iface_type_index(target[0]) as usize];
    let Some(elem) = pt.elem else { return Ok(()) };
    let et = &n.vm.types[elem as usize];
    if et.kind != Kind::Interface && !implements_error(n, elem) {
        let v = n.string_iface("errors: *target must be interface or implement error");
        return Err(Fault::Panic { value: v });
    }
    Ok(())
}

fn errors_assign_to(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let err = n.iface(0);
    let target = n.iface(2);
    let ok = assign_to(n, err, target);
    n.set_bool(0, ok);
    Ok(())
}

/// Stores `err` through the pointer in `target` if its dynamic type fits the pointed-to type.
pub(super) fn assign_to(n: &mut Native<'_, '_>, err: [u64; 2], target: [u64; 2]) -> bool {
    if err[0] == 0 || target[0] == 0 {
        return false;
    }
    let pt = iface_type_index(target[0]);
    let Some(elem) = n.vm.types[pt as usize].elem else { return false };
    // The pointer itself: (object, offset) from the interface.
    let mut ptr = [0u64; 2];
    n.vm.iface_value(target, &mut ptr);
    let dyn_ty = iface_type_index(err[0]);
    let et = &n.vm.types[elem as usize];
    if et.kind == Kind::Interface {
        if n.vm.implements(dyn_ty, elem) {
            n.vm.write_slots(ptr[0], ptr[1] as usize, &err);
            true
        } else {
            false
        }
    } else if dyn_ty == elem {
        let vals = n.vm.iface_value_vec(err);
        n.vm.write_slots(ptr[0], ptr[1] as usize, &vals);
        true
    } else {
        false
    }
}

/// `Error()` of the runtime's error values: the receiver is a box holding the text.
fn runtime_error_text(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let b = n.slot(0);
    let mut s = [0u64; 2];
    n.vm.read_slots(b, 0, &mut s);
    n.set(0, s[0]);
    n.set(1, s[1]);
    Ok(())
}

/// The element slot count of the slice in interface `x`, or Go's reflect panic for a non-slice.
fn slice_elem_slots(n: &mut Native<'_, '_>, x: [u64; 2], method: &str) -> Result<usize, Fault> {
    let t = (x[0] != 0).then(|| &n.vm.types[iface_type_index(x[0]) as usize]);
    match t {
        Some(t) if t.kind == Kind::Slice => Ok(t.elem.map_or(0, |e| n.vm.types[e as usize].slots as usize)),
        _ => {
            let kind = t.map_or("invalid".to_string(), |t| format!("{:?}", t.kind).to_lowercase());
            let v = n.string_iface(&format!("reflect: call of {method} on {kind} Value"));
            Err(Fault::Panic { value: v })
        }
    }
}

/// `sort.sliceLen(x any) int`.
fn sort_slice_len(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let x = n.iface(0);
    slice_elem_slots(n, x, "Swapper")?;
    let mut s = [0u64; 3];
    n.vm.iface_value(x, &mut s);
    n.set_int(0, i64::from(gosub_bytecode::layout::unpack_len(s[1])));
    Ok(())
}

/// `sort.sliceSwap(x any, i, j int)`.
fn sort_slice_swap(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let x = n.iface(0);
    let (i, j) = (n.int(2), n.int(3));
    let size = slice_elem_slots(n, x, "Swapper")?;
    let mut s = [0u64; 3];
    n.vm.iface_value(x, &mut s);
    let len = i64::from(gosub_bytecode::layout::unpack_len(s[1]));
    for k in [i, j] {
        if k < 0 || k >= len {
            return Err(Fault::index(k, len as u64));
        }
    }
    let off = gosub_bytecode::layout::unpack_off(s[1]) as usize;
    let (a, b) = ((off + i as usize) * size, (off + j as usize) * size);
    let mut x1 = vec![0; size];
    let mut x2 = vec![0; size];
    n.vm.read_slots(s[0], a, &mut x1);
    n.vm.read_slots(s[0], b, &mut x2);
    n.vm.write_slots(s[0], a, &x2);
    n.vm.write_slots(s[0], b, &x1);
    Ok(())
}
