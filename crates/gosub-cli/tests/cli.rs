//! The `gosub` command's own behaviour: usage, exit codes, file walking and the plain diagnostic format.
//! (Go programs' behaviour is the golden suite's business, in `golden.rs`.)

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use expect_test::{Expect, expect};

fn gosub(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gosub"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the gosub binary runs")
}

/// A scratch directory unique to one test, removed first so reruns start clean.
fn scratch(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gosub-cli-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn check(output: &Output, code: i32, stderr: Expect) {
    assert_eq!(output.status.code(), Some(code), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    stderr.assert_eq(&String::from_utf8_lossy(&output.stderr));
}

#[test]
fn help_and_version_exit_zero() {
    let dir = std::env::temp_dir();
    let help = gosub(&["--help"], &dir);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("gosub run"));
    let version = gosub(&["--version"], &dir);
    assert_eq!(version.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("gosub "));
}

#[test]
fn usage_errors_exit_two() {
    let dir = std::env::temp_dir();
    check(
        &gosub(&["frobnicate"], &dir),
        2,
        expect![[r#"
        gosub: unknown command "frobnicate"
        Run 'gosub --help' for usage.
    "#]],
    );
    check(
        &gosub(&["parse"], &dir),
        2,
        expect![[r#"
        gosub: parse: no Go files or directories given
        Run 'gosub --help' for usage.
    "#]],
    );
    check(
        &gosub(&["parse", "--color=sometimes", "x.go"], &dir),
        2,
        expect![[r#"
        gosub: --color must be auto, always or never, not "sometimes"
        Run 'gosub --help' for usage.
    "#]],
    );
}

#[test]
fn plain_diagnostics_have_go_shape_snippet_and_caret() {
    let dir =
        scratch("plain", &[("bad.go", "package main\n\nfunc main() {\n\tx := []int{1, 2\n\t_ = x\n}\n")]);
    check(
        &gosub(&["check", "bad.go"], &dir),
        1,
        expect![[r#"
        bad.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }
        		x := []int{1, 2
        		               ^
    "#]],
    );
}

#[test]
fn parse_walks_directories_skipping_testdata_and_hidden() {
    let dir = scratch(
        "walk",
        &[
            ("a/ok.go", "package a\n"),
            ("a/_gen.go", "package a\n"),
            ("a/testdata/broken.go", "package\n"),
            ("a/.hidden/broken.go", "package\n"),
            ("b/broken.go", "package b\nvar = 1\n"),
        ],
    );
    let output = gosub(&["parse", "--stats", "."], &dir);
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with("files: 3  bytes: 38  seconds: "), "{stdout}");
    assert!(stdout.trim_end().ends_with("failed: 1"), "{stdout}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("./b/broken.go:2:5: syntax error: unexpected =, expected name"), "{stderr}");
    let clean = gosub(&["parse", "a"], &dir);
    assert_eq!(clean.status.code(), Some(0), "{}", String::from_utf8_lossy(&clean.stderr));
}

#[test]
fn missing_files_are_reported_not_panicked_on() {
    let dir = std::env::temp_dir();
    let output = gosub(&["parse", "/definitely/not/here.go"], &dir);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("gosub: /definitely/not/here.go: "));
}

#[test]
fn too_many_errors_stops_at_ten_like_go() {
    let mut source = String::from("package main\n\nfunc main() {\n");
    for _ in 0..12 {
        source.push_str("\tx := [)\n");
    }
    source.push_str("}\n");
    let dir = scratch("many", &[("many.go", &source)]);
    let output = gosub(&["check", "many.go"], &dir);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let firsts: Vec<&str> = stderr.lines().filter(|line| line.starts_with("many.go:")).collect();
    assert_eq!(firsts.len(), 11, "{stderr}");
    assert_eq!(firsts[10], "many.go:13:8: too many errors");
}
