//! Native functions: Rust bodies of Go functions declared without a body.
//!
//! A native is a [`NativeFn`] registered in a [`Registry`] under the function's qualified Go name, as the
//! compiler writes it in `Program::natives`: `fmt.Println`, `strings.Index`,
//! `strings.(*Builder).WriteString`, `os.write`. The VM binds names to functions when it loads a program;
//! a name nobody registered is reported as an internal error only if the program calls it.
//!
//! A native receives a [`Native`] context: the VM, the goroutine and the absolute register index of its
//! first argument. Arguments sit in consecutive slots in the layout of `gosub_bytecode::layout` (receiver
//! first); the native writes its results in place from the same index (results overwrite arguments, so
//! read everything first). It may allocate (allocation never collects), fail with a Go panic
//! (`Err(Fault::...)`), and call back into Go with [`Native::call`]; across such a call the collector may
//! run, so any reference the native still needs afterwards and that is not reachable from its arguments
//! must be kept with [`Native::keep`].
//!
//! Adding a native is one function and one line in a registration list:
//!
//! ```text
//! fn strings_len(n: &mut Native<'_, '_>) -> Result<(), Fault> {
//!     let len = n.str(0).len();
//!     n.set_int(0, len as i64);
//!     Ok(())
//! }
//! registry.add("mypkg.Len", strings_len);
//! ```

mod core;
mod errors;
mod fmtstate;
mod scan;
mod strings;

pub use fmtstate::FmtState;

use std::collections::HashMap;

use std::sync::atomic::Ordering::{Relaxed, Release};

use gosub_bytecode::layout::{pack_off_len, unpack_len, unpack_off};
use gosub_heap::ObjRef;

use crate::goroutine::Goroutine;
use crate::panic::Fault;
use crate::vm::Vm;

pub use crate::panic::Fault as NativeFault;

/// A native function.
pub type NativeFn = fn(&mut Native<'_, '_>) -> Result<(), Fault>;

/// Qualified Go name → native function.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    map: HashMap<Box<str>, NativeFn>,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Registry {
        Registry::default()
    }

    /// The natives the VM itself provides: `fmt`'s printing, `os`'s process interface, `errors`'
    /// reflection helpers and the runtime's own.
    pub fn core() -> Registry {
        let mut r = Registry::new();
        core::register(&mut r);
        r
    }

    /// Registers (or replaces) `name`.
    pub fn add(&mut self, name: &str, f: NativeFn) {
        self.map.insert(name.into(), f);
    }

    /// The function registered as `name`.
    pub fn get(&self, name: &str) -> Option<NativeFn> {
        self.map.get(name).copied()
    }

    /// Every registered name.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(|k| &**k)
    }
}

/// What a native sees: the VM, its goroutine, and where its arguments (and results) are.
pub struct Native<'a, 'p> {
    pub vm: &'a mut Vm<'p>,
    pub g: &'a mut Goroutine,
    /// Absolute register index of the first argument slot.
    pub base: usize,
}

impl Native<'_, '_> {
    /// Argument slot `i`.
    pub fn slot(&self, i: usize) -> u64 {
        self.g.regs.get(self.base + i).copied().unwrap_or(0)
    }

    /// Sets result slot `i`.
    pub fn set(&mut self, i: usize, v: u64) {
        let at = self.base + i;
        if at >= self.g.regs.len() {
            self.g.regs.resize(at + 1, 0);
        }
        self.g.regs[at] = v;
    }

    /// A signed integer argument.
    pub fn int(&self, i: usize) -> i64 {
        self.slot(i) as i64
    }

    /// A float argument.
    pub fn float(&self, i: usize) -> f64 {
        f64::from_bits(self.slot(i))
    }

    /// A bool argument.
    pub fn bool(&self, i: usize) -> bool {
        self.slot(i) != 0
    }

    /// The bytes of a string argument (slots `i`, `i + 1`).
    pub fn str(&self, i: usize) -> &[u8] {
        self.vm.str_bytes([self.slot(i), self.slot(i + 1)])
    }

    /// The bytes of any string value (object, offset‖len): an argument, an element of a slice, a
    /// field. Empty for the empty string and for a value whose range lies outside its object.
    pub fn str_value(&self, s: [u64; 2]) -> &[u8] {
        self.vm.str_bytes(s)
    }

    /// A new zeroed bytes object of `len` bytes from the VM's own allocator (no heap-wide lock), or
    /// `None` when no object that large can be made (the caller picks Go's error). Allocation never
    /// collects, so the object needs no rooting until the native returns or calls back into Go.
    pub fn alloc_bytes(&mut self, len: usize) -> Option<ObjRef> {
        self.vm.heap.try_alloc_bytes(len).ok()
    }

    /// A new `[]string` of length `items.len()` and capacity `cap.max(items.len())` holding the string
    /// values `items` (shared, not copied), with its backing array from the VM's allocator; never nil
    /// (as Go's `make([]string, 0)`). Fails with Go's `makeslice: cap out of range` panic when the
    /// array cannot be made.
    pub fn new_string_values(&mut self, items: &[[u64; 2]], cap: usize) -> Result<[u64; 3], Fault> {
        let cap = cap.max(items.len());
        if cap == 0 {
            return Ok([self.vm.zerobase, 0, 0]);
        }
        let too_big = || Fault::runtime("makeslice: cap out of range");
        if cap > u32::MAX as usize {
            return Err(too_big());
        }
        let shape = self.vm.type_shapes[self.vm.rt.string as usize].ok_or_else(too_big)?;
        let obj = self.vm.heap.try_alloc_words(shape, 2 * cap).map_err(|_| too_big())?;
        let words = self.vm.heap.words(obj);
        for (pair, item) in words.chunks_exact(2).zip(items) {
            pair[1].store(item[1], Relaxed);
            // Reference words are stored with `Release`, as every reference store.
            pair[0].store(item[0], Release);
        }
        Ok([obj.to_bits(), pack_off_len(0, items.len() as u32), cap as u64])
    }

    /// An interface argument (type word, data word).
    pub fn iface(&self, i: usize) -> [u64; 2] {
        [self.slot(i), self.slot(i + 1)]
    }

    /// A slice argument (object, offset‖len, cap).
    pub fn slice(&self, i: usize) -> [u64; 3] {
        [self.slot(i), self.slot(i + 1), self.slot(i + 2)]
    }

    /// The elements of a slice argument whose elements take `elem_slots` slots, copied.
    pub fn slice_elems(&self, i: usize, elem_slots: usize) -> Vec<u64> {
        self.vm.slice_slots(self.slice(i), elem_slots)
    }

    /// Sets an integer result.
    pub fn set_int(&mut self, i: usize, v: i64) {
        self.set(i, v as u64);
    }

    /// Sets a bool result.
    pub fn set_bool(&mut self, i: usize, v: bool) {
        self.set(i, u64::from(v));
    }

    /// Sets a float result.
    pub fn set_float(&mut self, i: usize, v: f64) {
        self.set(i, v.to_bits());
    }

    /// Sets a string result (slots `i`, `i + 1`) to a new string holding `bytes`.
    pub fn set_str(&mut self, i: usize, bytes: &[u8]) {
        let s = self.vm.alloc_str(bytes);
        self.set(i, s[0]);
        self.set(i + 1, s[1]);
    }

    /// Sets an interface result.
    pub fn set_iface(&mut self, i: usize, v: [u64; 2]) {
        self.set(i, v[0]);
        self.set(i + 1, v[1]);
    }

    /// Sets a slice result.
    pub fn set_slice(&mut self, i: usize, v: [u64; 3]) {
        self.set(i, v[0]);
        self.set(i + 1, v[1]);
        self.set(i + 2, v[2]);
    }

    /// A new slice of strings.
    pub fn new_string_slice(&mut self, items: &[Vec<u8>]) -> [u64; 3] {
        if items.is_empty() {
            return [0, 0, 0];
        }
        let ty = self.vm.rt.string;
        let obj = self.vm.alloc_values(ty, items.len());
        for (k, item) in items.iter().enumerate() {
            let s = self.vm.alloc_str(item);
            self.vm.write_slots(obj, k * 2, &s);
        }
        [obj, pack_off_len(0, items.len() as u32), items.len() as u64]
    }

    /// A new slice of one-slot scalars (`[]byte`, `[]int`, ...).
    pub fn new_scalar_slice(&mut self, items: &[u64]) -> [u64; 3] {
        self.vm.scalar_slice(items)
    }

    /// Writes `vals` into the elements of slice `s` from element `from` (elements of one slot).
    pub fn store_scalars(&self, s: [u64; 3], from: usize, vals: &[u64]) -> bool {
        let off = unpack_off(s[1]) as usize;
        let len = unpack_len(s[1]) as usize;
        if from + vals.len() > len {
            return false;
        }
        self.vm.write_slots(s[0], off + from, vals)
    }

    /// Calls func value `fv` with `args`, returning its result slots. The collector may run during the
    /// call: keep needed references that the arguments do not reach with [`Native::keep`].
    pub fn call(&mut self, fv: u64, args: &[u64]) -> Result<Vec<u64>, Fault> {
        self.vm.call_value(self.g, fv, args)
    }

    /// Calls function `func` (for example a method found in a type's method set) with `args`.
    pub fn call_func(&mut self, func: u32, args: &[u64]) -> Result<Vec<u64>, Fault> {
        self.vm.call_func(self.g, func, args, 0)
    }

    /// Keeps object `r` alive until the native returns (0 is ignored).
    pub fn keep(&mut self, r: u64) {
        if r != 0 {
            self.g.handles.push(r);
        }
    }

    /// A Go string value packed into an `interface{}` of type `string`.
    pub fn string_iface(&mut self, text: &str) -> [u64; 2] {
        self.vm.string_iface(text)
    }
}
