//! gosub's golden-file harness.
//!
//! A *golden program* is a Go program under `testdata/` whose expected stdout, stderr and exit code were
//! recorded from the real Go toolchain (`cargo xtask record`), never from gosub. This crate:
//!
//! * finds the programs and reads their expectation files ([`program`]);
//! * reads the optional per-program compare rules ([`meta`]);
//! * turns Go's nondeterministic output into a stable normal form ([`normalize`]);
//! * compares what gosub printed with what Go printed ([`compare`]);
//! * reads `testdata/PENDING`, the list of programs allowed to fail for now ([`pending`]);
//! * runs a whole suite in parallel and judges it ([`suite`]), with readable diffs ([`diff`]).
//!
//! The file formats and rules are documented for humans in `testdata/README.md`; keep the two in step.

pub mod compare;
pub mod diff;
pub mod meta;
pub mod normalize;
pub mod pending;
pub mod program;
pub mod suite;

pub use compare::{Actual, Mismatch, StderrRule, compare};
pub use meta::{Meta, Normalizer, StdoutRule};
pub use pending::Pending;
pub use program::{Expected, Program, ProgramKind, discover};
pub use suite::{Config, Report, run_suite};
