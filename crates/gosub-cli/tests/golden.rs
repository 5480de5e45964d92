//! The golden suite: every program under `testdata/` through the `gosub` binary, compared with what real
//! Go printed (recorded by `cargo xtask record`), with `testdata/PENDING` listing the programs that may
//! still fail. Rules and formats: `testdata/README.md`; the machinery: the `gosub-testkit` crate.
//!
//! Run a subset with `GOSUB_GOLDEN_FILTER=syntax/ cargo test -p gosub-cli --test golden`.

use std::io::Write;
use std::path::Path;

use gosub_testkit::{Config, run_suite};

#[test]
fn golden_programs() {
    let testdata = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata");
    let config =
        Config::from_env(testdata, env!("CARGO_BIN_EXE_gosub")).unwrap_or_else(|err| panic!("{err}"));
    let report = run_suite(&config);
    // Written to the process's stdout directly rather than with `println!`, which the test harness
    // captures: the summary line is wanted in passing runs too, beside cargo's own.
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "\n{}", report.summary_line());
    let _ = stdout.flush();
    assert!(report.is_ok(), "{} golden program(s) failed:\n{}", report.failures.len(), report.failure_text());
}
