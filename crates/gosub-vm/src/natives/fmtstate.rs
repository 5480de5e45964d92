//! `fmt.State` for `Format` methods: a native object holding the directive's flags and collecting what
//! the method writes; its Go methods (`Write`, `Width`, `Precision`, `Flag`) are these natives.

use std::sync::Mutex;

use gosub_fmt::FormatState;
use gosub_heap::{Marker, NativeObject};

use super::{Native, Registry};
use crate::panic::Fault;

/// The state behind a `*fmt.pp` handed to a `Format` method.
pub struct FmtState {
    inner: Mutex<(FormatState, Vec<u8>)>,
}

impl FmtState {
    pub(crate) fn new(state: FormatState) -> FmtState {
        FmtState { inner: Mutex::new((state, Vec::new())) }
    }

    /// Takes what the method wrote.
    pub(crate) fn take_output(&self) -> Vec<u8> {
        std::mem::take(&mut self.inner.lock().unwrap_or_else(|e| e.into_inner()).1)
    }
}

impl NativeObject for FmtState {
    fn trace(&self, _marker: &mut Marker<'_>) {}
}

pub(super) fn register(r: &mut Registry) {
    r.add("fmt.(*pp).Write", pp_write);
    r.add("fmt.(*pp).Width", |n| pp_number(n, |s| s.width));
    r.add("fmt.(*pp).Precision", |n| pp_number(n, |s| s.precision));
    r.add("fmt.(*pp).Flag", pp_flag);
}

fn with_state<R>(n: &Native<'_, '_>, f: impl FnOnce(&mut (FormatState, Vec<u8>)) -> R) -> Option<R> {
    let obj = crate::mem::obj(n.slot(0))?;
    let st = n.vm.heap.native::<FmtState>(obj)?;
    let mut guard = st.inner.lock().unwrap_or_else(|e| e.into_inner());
    Some(f(&mut guard))
}

fn pp_write(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let bytes: Vec<u8> = n.slice_elems(1, 1).into_iter().map(|b| b as u8).collect();
    let len = bytes.len();
    with_state(n, |st| st.1.extend_from_slice(&bytes));
    n.set_int(0, len as i64);
    n.set_iface(1, [0, 0]);
    Ok(())
}

fn pp_number(n: &mut Native<'_, '_>, get: fn(&FormatState) -> Option<i64>) -> Result<(), Fault> {
    let v = with_state(n, |st| get(&st.0)).flatten();
    n.set_int(0, v.unwrap_or(0));
    n.set_bool(1, v.is_some());
    Ok(())
}

fn pp_flag(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let c = n.int(1);
    let on = with_state(n, |st| match u8::try_from(c).map(char::from) {
        Ok('-') => st.0.minus,
        Ok('+') => st.0.plus,
        Ok('#') => st.0.sharp,
        Ok(' ') => st.0.space,
        Ok('0') => st.0.zero,
        _ => false,
    })
    .unwrap_or(false);
    n.set_bool(0, on);
    Ok(())
}
