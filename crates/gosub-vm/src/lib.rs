//! gosub's virtual machine: runs a compiled [`Program`] (the `gosub-bytecode` contract).
//!
//! # Values and frames
//!
//! Values are untyped 8-byte slots laid out as `gosub_bytecode::layout` says; every heap object lives in
//! the shared `gosub-heap` heap, reached through slot bits (`mem.rs` is the one place bits become
//! references). A goroutine ([`Goroutine`]) owns a register stack (`Vec<u64>`) and a frame stack of small
//! records (function, saved pc, base, closure, kind). A frame's registers are
//! `regs[base .. base + nregs]`; a call places the callee's frame at `caller.base + call.base`, where the
//! caller put the arguments, so arguments are never copied; `Ret` copies the results to the callee's
//! registers `0..n`, which are the caller's `base..`, and zeroes those of the callee's registers above the
//! results that the caller's window shares (a call zeroes its callee's registers above the arguments, so
//! registers above the top frame's window may hold stale values: no frame owns them). Go calls
//! never recurse on the Rust stack; a deep recursion ends with Go's `stack overflow` fatal error.
//!
//! # The dispatch loop
//!
//! One loop (`interp.rs`) matches on [`gosub_bytecode::Op`]. Every function is validated when the program
//! is loaded (register operands within `nregs` for their width, jump targets, constant, string, global,
//! type, function and native indexes), and its code is padded to end in a terminator, so the loop reads
//! registers through a raw window pointer without checks; the pointer is re-derived after anything that
//! may grow the register stack. Faults (Go runtime errors, panics) leave the loop's fast path through
//! `raise`, which starts a Go panic and pushes the first deferred call as an ordinary frame.
//!
//! # Panics
//!
//! A panic runs deferred calls on top of the panicking frames (as Go does), so an unrecovered panic prints
//! the stack at the panic point. A recovery truncates the frames to the one that registered the deferred
//! call and resumes it at its `recover_pc`. The report follows Go: `panic: v [recovered]`, nested panics
//! indented with a tab, `[signal SIGSEGV ...]` for nil dereferences, a blank line, `goroutine 1
//! [running]:` and the `main.f(...)` / `\tfile:line` frames; exit code 2.
//!
//! # Collection
//!
//! The collector runs only at safepoints (backward jumps and calls, polled every few of them); allocation
//! merely asks for it. Roots are described in `gc.rs`: frame registers read with the functions' register
//! kinds (and validated against the heap), closures, deferred calls, panic values, native handles, the
//! package variables, string constants and shared func values.
//!
//! # Natives
//!
//! See [`natives`]: a registry from qualified Go names to `fn(&mut Native) -> Result<(), Fault>`.
//! [`Registry::core`] holds the VM's own (fmt printing and scanning through `gosub-fmt`, `os`, the
//! reflection helpers of `errors` and `sort`, the runtime's error methods); `gosub-stdlib` adds the
//! rest, and the CLI runs programs with [`run_program_with`].
//!
//! # Testing
//!
//! `tests/programs.rs` runs hand-assembled programs (calls, loops, maps, panics and tracebacks, defer
//! and recover, stack overflow, preemption, a cyclic-garbage churn whose live heap must stay flat, and
//! a run that collects at every safepoint). `GOSUB_GC_STRESS=1 gosub run prog.go` collects at every
//! safepoint of any program, which makes a missed root fail fast. `examples/fib.rs` times the call path.
//!
//! # Scheduling entry points
//!
//! [`Vm::run`] runs a goroutine until it finishes or the program stops; everything it needs to resume is
//! in the [`Goroutine`] value, never on the Rust stack, so issue 4's scheduler can run goroutines on any
//! worker thread.

mod gc;
mod goroutine;
mod interp;
mod map;
mod mem;
pub mod natives;
mod ops;
mod panic;
mod reflect;
mod values;
mod vm;

pub use goroutine::Goroutine;
pub use natives::{Native, NativeFn, Registry};
pub use panic::{Fault, RtKind};
pub use vm::Vm;

use gosub_bytecode::Program;

use crate::goroutine::FrameKind;
use crate::panic::Stop;

/// Why [`Vm::run`] returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exit {
    /// The goroutine's entry function returned.
    Done,
    /// The goroutine blocked (issue 4: channels, locks, sleeps); the reason is for deadlock reports.
    Parked(String),
    /// The budget ran out at a safepoint; the goroutine can continue later.
    Preempted,
    /// The whole program ends with this exit code (`os.Exit`, an unrecovered panic, a fatal error); the
    /// report is already written.
    Exited(i32),
}

impl Vm<'_> {
    /// Prepares `g` to run function `func` with no arguments.
    pub fn start(&mut self, g: &mut Goroutine, func: u32) -> Result<(), Fault> {
        g.frames.clear();
        self.push_frame(g, func, 0, 0, FrameKind::Entry)
    }

    /// Runs `g` until it finishes, the program stops, or about `budget` safepoints (backward jumps and
    /// calls) have passed, when it returns [`Exit::Preempted`] with all its state in `g`; calling `run`
    /// again resumes it, on any thread. The same safepoints poll the collector.
    pub fn run(&mut self, g: &mut Goroutine, budget: u64) -> Exit {
        if g.frames.is_empty() {
            return Exit::Done;
        }
        self.run_budget = budget.max(1);
        match self.run_to_end(g) {
            Ok(()) => Exit::Done,
            Err(Stop::Exit(code)) => Exit::Exited(code),
            Err(Stop::Unwind) => Exit::Exited(2),
            Err(Stop::Preempted) => Exit::Preempted,
        }
    }
}

/// Runs `program` (its `init`, then `main`) with the VM's own natives and returns the exit code.
pub fn run_program(program: &Program, args: Vec<String>) -> i32 {
    run_program_with(program, args, &Registry::core())
}

/// Runs `program` with the natives of `registry` (which should include [`Registry::core`]).
pub fn run_program_with(program: &Program, args: Vec<String>, registry: &Registry) -> i32 {
    let mut vm = match Vm::new(program, registry, args) {
        Ok(vm) => vm,
        Err(e) => {
            eprintln!("gosub: internal error: invalid program: {e}");
            return 2;
        }
    };
    let code = vm.run_main();
    vm.flush_stdout();
    code
}

impl Vm<'_> {
    /// Runs `init` then `main` on goroutine 1 and returns the exit code.
    pub fn run_main(&mut self) -> i32 {
        let mut g = Goroutine::new(1);
        for entry in [self.prog.init, self.prog.main].into_iter().flatten() {
            if let Err(e) = self.start(&mut g, entry) {
                let _ = e;
                return 2;
            }
            loop {
                match self.run(&mut g, u64::MAX) {
                    Exit::Done => break,
                    Exit::Exited(code) => return code,
                    Exit::Preempted => {}
                    Exit::Parked(_) => return 2,
                }
            }
        }
        0
    }
}
