//! Generates the parser from `grammar/go.lalrpop` (at the workspace root) into `OUT_DIR/go.rs`.
//!
//! Cargo reruns this script only when the grammar, this file or `LALRPOP_LANE_TABLE` changes, and then the
//! parser is always regenerated (lalrpop's own up-to-date check looks at the grammar's hash only, so it
//! would miss a change of table algorithm). Generating takes about 0.15 s.

use std::env;
use std::path::PathBuf;

fn main() {
    let manifest_dir =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let grammar_dir = manifest_dir.join("../../grammar");
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed={}", grammar_dir.join("go.lalrpop").display());
    println!("cargo:rerun-if-changed=build.rs");
    // `LALRPOP_LANE_TABLE=disabled` makes lalrpop build canonical LR(1) tables: bigger, but its conflict
    // reports are precise (see the design notes, section 1.2). Switching it must regenerate the parser.
    println!("cargo:rerun-if-env-changed=LALRPOP_LANE_TABLE");
    let result = lalrpop::Configuration::new()
        .set_in_dir(&grammar_dir)
        .set_out_dir(&out_dir)
        .emit_rerun_directives(true)
        .force_build(true)
        .process();
    if let Err(error) = result {
        panic!("lalrpop failed on grammar/go.lalrpop: {error}");
    }
}
