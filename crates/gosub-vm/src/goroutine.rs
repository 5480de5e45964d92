//! A goroutine's state: the register stack, the frame records, deferred calls, panics and native handles.
//!
//! Everything a goroutine needs to resume lives here, in plain heap-allocated vectors: nothing of it sits
//! on the Rust stack between two calls of [`crate::Vm::run`], so a parked goroutine can resume on any OS
//! thread.

/// Why a frame was pushed, which decides what its return does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FrameKind {
    /// An ordinary Go call.
    Normal,
    /// A deferred call made by `RunDefers` (the caller re-executes `RunDefers` when it returns).
    Defer,
    /// A deferred call made while panicking; its return checks whether the panic was recovered.
    PanicDefer,
    /// The entry frame of a call from native code back into Go (or of a goroutine): its return ends the
    /// dispatch loop that was running it.
    Entry,
}

/// One activation record. The frame's registers are `regs[base .. base + nregs]`; the registers from the
/// next frame's base upwards belong to that frame while it runs.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Frame {
    /// The running function.
    pub func: u32,
    /// The next instruction to execute (saved when the frame is not the top one, or at a fault).
    pub pc: u32,
    /// Absolute index of register 0.
    pub base: u32,
    pub kind: FrameKind,
    /// The closure object the function was called through (0 if none): a root, and what `LoadCap` reads.
    pub closure: u64,
}

/// A deferred call registered by `Defer`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DeferRec {
    /// Index of the frame that registered it.
    pub frame: u32,
    /// The func value to call (a root).
    pub fv: u64,
}

/// A panic in flight (or recovered but whose deferred call has not returned yet).
#[derive(Clone, Debug)]
pub(crate) struct PanicRec {
    /// The panic value: an interface (type word, data word); roots.
    pub value: [u64; 2],
    /// `recover()` returned this panic's value.
    pub recovered: bool,
    /// The value was recovered and then panicked again unchanged (Go prints `[recovered, repanicked]`).
    pub repanicked: bool,
    /// A re-panic merged into the previous record: not printed on its own.
    pub hidden: bool,
    /// `runtime.Goexit`: runs the deferred calls like a panic, but `recover` does not see it and the
    /// goroutine ends quietly when they are done.
    pub goexit: bool,
    /// A nil dereference at this address: the fatal report adds Go's `[signal SIGSEGV ...]` line.
    pub sigsegv: Option<u64>,
    /// Index of the frame running the deferred call for this panic, if one is running.
    pub defer_frame: Option<u32>,
    /// Index of the frame that registered that deferred call (where a recovery resumes).
    pub owner: u32,
    /// The traceback when the panic started: (function, line) from the top frame down.
    pub trace: Vec<(u32, u32)>,
}

/// The state of one goroutine.
#[derive(Debug, Default)]
pub struct Goroutine {
    /// The register stack: every frame's registers, contiguous.
    pub(crate) regs: Vec<u64>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) defers: Vec<DeferRec>,
    pub(crate) panics: Vec<PanicRec>,
    /// References that native code holds across a call back into Go (each a non-nil object): roots.
    pub(crate) handles: Vec<u64>,
    /// The goroutine id Go prints (`goroutine 1 [running]:`).
    pub id: u64,
}

impl Goroutine {
    /// A goroutine with nothing to run yet.
    pub fn new(id: u64) -> Goroutine {
        Goroutine { regs: Vec::with_capacity(1 << 12), id, ..Goroutine::default() }
    }

    /// True when every frame has returned.
    pub fn is_done(&self) -> bool {
        self.frames.is_empty()
    }
}
