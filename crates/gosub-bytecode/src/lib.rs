//! gosub's register bytecode: the contract between the compiler (`gosub-compiler`) and the VM (`gosub-vm`).
//!
//! A compiled [`Program`] is a list of [`Func`]s, a table of runtime type descriptors ([`RType`]), the
//! string constants, the layout of the package variables and the names of the native functions it calls.
//! Every value lives in 8-byte **slots**; [`layout`](crate::layout) states how many slots each Go type takes
//! and what each slot holds, which is what the collector reads ([`SlotKind`]). The instruction set is
//! [`Op`]: one screen of families, each documented on its variant. `gosub disasm` prints [`disasm::program`].

pub mod disasm;
pub mod layout;
mod op;
mod program;

pub use layout::SlotKind;
pub use op::{IntWidth, Op, Reg};
pub use program::{
    ChanDir, Func, FuncFlags, FuncId, GlobalId, Kind, MethodSym, NativeId, Program, RField, RMethod, RType,
    StrId, TypeIdx,
};
