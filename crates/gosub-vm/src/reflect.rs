//! The VM's side of `gosub-fmt`: a [`Reflect`] host over typed slots.
//!
//! A value handle is a runtime type index plus a copy of the value's slots (small values inline). Every
//! reference a handle holds is also recorded in the host's root list, which is pushed onto the goroutine's
//! handles before the host runs a Go method, so a collection during `String()` cannot free what the
//! engine is still printing.

use std::borrow::Cow;
use std::cell::RefCell;

use gosub_bytecode::layout::{IFACE_REF, iface_type_index, unpack_len, unpack_off};
use gosub_bytecode::{Kind as BKind, SlotKind};
use gosub_fmt::{FormatState, Kind, MethodSet, Reflect, StringMethod, Unwind};

use crate::goroutine::{Goroutine, PanicRec};
use crate::panic::Fault;
use crate::vm::Vm;

/// The type index of "no value" (a nil interface).
const INVALID: u32 = u32::MAX;

/// A Go value for the fmt engine.
#[derive(Clone, Debug)]
pub(crate) struct Val {
    ty: u32,
    slots: Slots,
}

#[derive(Clone, Debug)]
enum Slots {
    Inline([u64; 3], u8),
    Heap(std::rc::Rc<[u64]>),
}

impl Slots {
    fn new(v: &[u64]) -> Slots {
        if v.len() <= 3 {
            let mut a = [0; 3];
            a[..v.len()].copy_from_slice(v);
            Slots::Inline(a, v.len() as u8)
        } else {
            Slots::Heap(v.into())
        }
    }

    fn get(&self) -> &[u64] {
        match self {
            Slots::Inline(a, n) => &a[..*n as usize],
            Slots::Heap(v) => v,
        }
    }
}

impl Val {
    fn w(&self, i: usize) -> u64 {
        self.slots.get().get(i).copied().unwrap_or(0)
    }
}

/// The host: the VM and goroutine, plus what the native must do after the engine returns.
pub(crate) struct Host<'a, 'p> {
    pub vm: &'a mut Vm<'p>,
    pub g: &'a mut Goroutine,
    roots: RefCell<Vec<u64>>,
    /// A panic taken off the goroutine while the engine handles it (restored if the engine gives up).
    pub pending: Option<PanicRec>,
    /// The program is exiting (with this code) during a method call.
    pub exit: Option<i32>,
}

impl<'a, 'p> Host<'a, 'p> {
    pub fn new(vm: &'a mut Vm<'p>, g: &'a mut Goroutine) -> Host<'a, 'p> {
        Host { vm, g, roots: RefCell::new(Vec::new()), pending: None, exit: None }
    }

    /// A handle for the dynamic value of interface `iface` (kind Invalid for nil).
    pub fn iface_val(&self, iface: [u64; 2]) -> Val {
        if iface[0] == 0 {
            return Val { ty: INVALID, slots: Slots::new(&[]) };
        }
        let ty = iface_type_index(iface[0]);
        let slots = self.vm.iface_value_vec(iface);
        self.make(ty, &slots)
    }

    /// A handle for a value of type `ty`, rooting its references.
    fn make(&self, ty: u32, slots: &[u64]) -> Val {
        if let Some(t) = self.vm.types.get(ty as usize) {
            let mut roots = self.roots.borrow_mut();
            let mut i = 0;
            while i < slots.len() && i < t.shape.len() {
                match t.shape[i] {
                    SlotKind::Ref if slots[i] != 0 => roots.push(slots[i]),
                    SlotKind::IfaceType
                        if slots[i] & IFACE_REF != 0 && slots.get(i + 1).is_some_and(|&d| d != 0) =>
                    {
                        roots.push(slots[i + 1]);
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        Val { ty, slots: Slots::new(slots) }
    }

    fn rtype(&self, v: &Val) -> Option<&gosub_bytecode::RType> {
        self.vm.types.get(v.ty as usize)
    }

    fn method_func(&self, ty: u32, sym: Option<u32>, params: u32, results: u32) -> Option<u32> {
        let f = self.vm.prog_method(ty, sym?)?;
        let rt = &self.vm.funcs[f as usize];
        (rt.params == params && rt.results == results).then_some(f)
    }

    /// The function to call for method `sym` on the interface form `iface` of a value.
    fn iface_func(&self, iface: [u64; 2], sym: Option<u32>) -> Option<u32> {
        self.vm.iface_method(iface[0], sym?)
    }

    /// Runs method `sym` on `v` (receiver = the value's interface data word).
    fn call_method(&mut self, v: &Val, sym: Option<u32>) -> Result<Vec<u64>, Unwind<Val>> {
        self.call_method_args(v, sym, &[])
    }

    /// Runs method `sym` on `v` with `args` after the receiver.
    fn call_method_args(&mut self, v: &Val, sym: Option<u32>, args: &[u64]) -> Result<Vec<u64>, Unwind<Val>> {
        let iface = self.vm.make_iface(v.ty, v.slots.get());
        let Some(func) = self.iface_func(iface, sym) else { return Ok(Vec::new()) };
        let mark = self.g.handles.len();
        self.g.handles.extend(self.roots.borrow().iter().copied());
        if iface[1] != 0 && iface[0] & IFACE_REF != 0 {
            self.g.handles.push(iface[1]);
        }
        let mut call_args = vec![iface[1]];
        call_args.extend_from_slice(args);
        let result = self.vm.call_func(self.g, func, &call_args, 0);
        self.g.handles.truncate(mark);
        match result {
            Ok(r) => Ok(r),
            Err(Fault::Exit(code)) => {
                self.exit = Some(code);
                Err(Unwind::Exit)
            }
            Err(Fault::Unwind) => {
                let Some(p) = self.g.panics.pop() else { return Err(Unwind::Exit) };
                let value = self.iface_val(p.value);
                self.pending = Some(p);
                Err(Unwind::Panic(value))
            }
            Err(_) => {
                self.exit = Some(2);
                Err(Unwind::Exit)
            }
        }
    }
}

fn kind_of(k: BKind) -> Kind {
    match k {
        BKind::Bool => Kind::Bool,
        BKind::Int => Kind::Int,
        BKind::Int8 => Kind::Int8,
        BKind::Int16 => Kind::Int16,
        BKind::Int32 => Kind::Int32,
        BKind::Int64 => Kind::Int64,
        BKind::Uint => Kind::Uint,
        BKind::Uint8 => Kind::Uint8,
        BKind::Uint16 => Kind::Uint16,
        BKind::Uint32 => Kind::Uint32,
        BKind::Uint64 => Kind::Uint64,
        BKind::Uintptr => Kind::Uintptr,
        BKind::Float32 => Kind::Float32,
        BKind::Float64 => Kind::Float64,
        BKind::Complex64 => Kind::Complex64,
        BKind::Complex128 => Kind::Complex128,
        BKind::String => Kind::String,
        BKind::Pointer => Kind::Pointer,
        BKind::Slice => Kind::Slice,
        BKind::Array => Kind::Array,
        BKind::Map => Kind::Map,
        BKind::Chan => Kind::Chan,
        BKind::Func => Kind::Func,
        BKind::Interface => Kind::Interface,
        BKind::Struct => Kind::Struct,
        BKind::UnsafePointer => Kind::UnsafePointer,
    }
}

impl Reflect for Host<'_, '_> {
    type Value = Val;

    fn kind(&self, value: &Val) -> Kind {
        self.rtype(value).map_or(Kind::Invalid, |t| kind_of(t.kind))
    }

    fn type_string(&self, value: &Val) -> Cow<'_, str> {
        match self.rtype(value) {
            Some(t) => Cow::Borrowed(&t.string),
            None => Cow::Borrowed("<nil>"),
        }
    }

    fn type_order(&self, value: &Val) -> u64 {
        u64::from(value.ty)
    }

    fn methods(&self, value: &Val) -> MethodSet {
        if value.ty == INVALID {
            return MethodSet::NONE;
        }
        let mut set = MethodSet::NONE;
        if self.method_func(value.ty, self.vm.sym_error, 1, 2).is_some() {
            set = set | MethodSet::ERROR;
        }
        if self.method_func(value.ty, self.vm.sym_string, 1, 2).is_some() {
            set = set | MethodSet::STRING;
        }
        if self.method_func(value.ty, self.vm.sym_gostring, 1, 2).is_some() {
            set = set | MethodSet::GO_STRING;
        }
        if self.method_func(value.ty, self.vm.sym_format, 4, 0).is_some() {
            set = set | MethodSet::FORMAT;
        }
        set
    }

    fn bool(&self, value: &Val) -> bool {
        value.w(0) != 0
    }

    fn int(&self, value: &Val) -> i64 {
        value.w(0) as i64
    }

    fn uint(&self, value: &Val) -> u64 {
        value.w(0)
    }

    fn float(&self, value: &Val) -> f64 {
        f64::from_bits(value.w(0))
    }

    fn complex(&self, value: &Val) -> (f64, f64) {
        (f64::from_bits(value.w(0)), f64::from_bits(value.w(1)))
    }

    fn bytes<'a>(&'a self, value: &'a Val) -> Cow<'a, [u8]> {
        match self.rtype(value).map(|t| t.kind) {
            Some(BKind::String) => Cow::Borrowed(self.vm.str_bytes([value.w(0), value.w(1)])),
            Some(BKind::Slice) => {
                let s = [value.w(0), value.w(1), value.w(2)];
                Cow::Owned(self.vm.slice_slots(s, 1).into_iter().map(|b| b as u8).collect())
            }
            Some(BKind::Array) => Cow::Owned(value.slots.get().iter().map(|&b| b as u8).collect()),
            _ => Cow::Borrowed(&[]),
        }
    }

    fn len(&self, value: &Val) -> usize {
        match self.rtype(value) {
            Some(t) => match t.kind {
                BKind::Slice => unpack_len(value.w(1)) as usize,
                BKind::Array => t.len as usize,
                BKind::Map => self.vm.map_len(value.w(0)),
                BKind::String => unpack_len(value.w(1)) as usize,
                _ => 0,
            },
            None => 0,
        }
    }

    fn index(&self, value: &Val, index: usize) -> Val {
        let Some(t) = self.rtype(value) else { return value.clone() };
        let Some(e) = t.elem else { return value.clone() };
        let n = self.vm.types[e as usize].slots as usize;
        let mut out = vec![0; n];
        match t.kind {
            BKind::Slice => {
                let off = unpack_off(value.w(1)) as usize;
                self.vm.read_slots(value.w(0), (off + index) * n, &mut out);
            }
            _ => {
                if let Some(src) = value.slots.get().get(index * n..(index + 1) * n) {
                    out.copy_from_slice(src);
                }
            }
        }
        self.make(e, &out)
    }

    fn elem_kind(&self, value: &Val) -> Kind {
        self.rtype(value)
            .and_then(|t| t.elem)
            .and_then(|e| self.vm.types.get(e as usize))
            .map_or(Kind::Invalid, |t| kind_of(t.kind))
    }

    fn is_nil(&self, value: &Val) -> bool {
        value.w(0) == 0
    }

    fn elem(&self, value: &Val) -> Val {
        let Some(t) = self.rtype(value) else { return value.clone() };
        match t.kind {
            BKind::Interface => self.iface_val([value.w(0), value.w(1)]),
            BKind::Pointer => {
                let Some(e) = t.elem else { return Val { ty: INVALID, slots: Slots::new(&[]) } };
                let n = self.vm.types[e as usize].slots as usize;
                let mut out = vec![0; n];
                self.vm.read_slots(value.w(0), value.w(1) as usize, &mut out);
                self.make(e, &out)
            }
            _ => value.clone(),
        }
    }

    fn pointer(&self, value: &Val) -> usize {
        let Some(t) = self.rtype(value) else { return 0 };
        let obj = value.w(0);
        if obj == 0 {
            return 0;
        }
        match t.kind {
            BKind::Pointer => (obj + 8 + value.w(1) * 8) as usize,
            BKind::Slice => (obj + 8 + u64::from(unpack_off(value.w(1))) * 8) as usize,
            _ => (obj + 8) as usize,
        }
    }

    fn num_fields(&self, value: &Val) -> usize {
        self.rtype(value).map_or(0, |t| t.fields.len())
    }

    fn field(&self, value: &Val, index: usize) -> Val {
        let Some(f) = self.rtype(value).and_then(|t| t.fields.get(index)) else { return value.clone() };
        let n = self.vm.types[f.ty as usize].slots as usize;
        let o = f.offset as usize;
        let slots = value.slots.get().get(o..o + n).map(<[u64]>::to_vec).unwrap_or_else(|| vec![0; n]);
        self.make(f.ty, &slots)
    }

    fn field_name(&self, value: &Val, index: usize) -> Cow<'_, str> {
        self.rtype(value)
            .and_then(|t| t.fields.get(index))
            .map_or(Cow::Borrowed(""), |f| Cow::Borrowed(&f.name))
    }

    fn field_exported(&self, value: &Val, index: usize) -> bool {
        self.rtype(value).and_then(|t| t.fields.get(index)).is_some_and(|f| f.exported)
    }

    fn map_entries(&self, value: &Val) -> Vec<(Val, Val)> {
        let (kt, vt, entries) = self.vm.map_entries(value.w(0));
        entries.into_iter().map(|(k, v)| (self.make(kt, &k), self.make(vt, &v))).collect()
    }

    fn call_string_method(&mut self, value: &Val, method: StringMethod) -> Result<Vec<u8>, Unwind<Val>> {
        let sym = match method {
            StringMethod::Error => self.vm.sym_error,
            StringMethod::String => self.vm.sym_string,
            StringMethod::GoString => self.vm.sym_gostring,
        };
        if self.method_func(value.ty, sym, 1, 2).is_none() {
            return Ok(Vec::new());
        }
        let r = self.call_method(value, sym)?;
        Ok(self.vm.str_bytes([r.first().copied().unwrap_or(0), r.get(1).copied().unwrap_or(0)]).to_vec())
    }

    fn call_format(
        &mut self,
        value: &Val,
        state: &FormatState,
        verb: char,
        out: &mut Vec<u8>,
    ) -> Result<(), Unwind<Val>> {
        let pp = self.vm.heap.alloc_native(crate::natives::FmtState::new(*state)).to_bits();
        let ty = self.vm.fmt_state;
        let pp_iface = self.vm.make_iface(ty, &[pp]);
        self.roots.borrow_mut().push(pp);
        let result =
            self.call_method_args(value, self.vm.sym_format, &[pp_iface[0], pp_iface[1], u64::from(verb)]);
        if let Some(st) = crate::mem::obj(pp).and_then(|o| self.vm.heap.native::<crate::natives::FmtState>(o))
        {
            out.extend_from_slice(&st.take_output());
        }
        result.map(|_| ())
    }
}
