//! Normal forms of Go's stderr, and the parts of it that golden tests compare.
//!
//! Real Go's stderr has parts that change from build to build or run to run: the temp directory the
//! program was built in, `+0x1d` code offsets, `pc=0x…` addresses, the ids of goroutines other than
//! `main`'s, pointer-valued arguments in traceback frames. The recorder stores stderr in a *normal form*
//! with those parts rewritten ([`build_stderr`], [`runtime_stderr`]); the comparison then looks only at
//! the parts gosub can and should reproduce ([`compile_error_key`], [`runtime_failure_key`]).
//! `testdata/README.md` documents both; its examples are the unit tests below.

use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

/// `./x.go:3:5: msg`, `x.go:3:5: msg`, `/abs/dir/x.go:3:5: msg`: a compiler diagnostic's first line.
static DIAGNOSTIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:.*/)?([^/]+\.go:\d+:\d+: .*)$").expect("valid regex"));

/// A traceback frame's file line: `\t/path/x.go:15 +0x3d`, optionally with GOTRACEBACK=system's
/// ` fp=0x… sp=0x… pc=0x…`.
static FRAME_FILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\t(.+?):(\d+)(?: \+0x[0-9a-f]+)?(?: fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+)?$")
        .expect("valid regex")
});

/// `goroutine 18 [running]:`, the header of one goroutine's traceback. After a fatal error such as a stack
/// overflow Go adds the runtime's own addresses: `goroutine 1 gp=0x… m=0 mp=0x… [running]:`; they are dropped.
static GOROUTINE_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^goroutine (\d+|N)(?: gp=0x[0-9a-f]+ m=\S+(?: mp=0x[0-9a-f]+)?)? (\[.*\]:)$")
        .expect("valid regex")
});

/// The stack bounds Go prints before `fatal error: stack overflow`: `runtime: sp=0x… stack=[0x…, 0x…]`.
static STACK_BOUNDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^runtime: sp=0x[0-9a-f]+ stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]$").expect("valid regex")
});

/// `created by main.main in goroutine 6`, the last frame of a goroutine that a `go` statement started.
static CREATED_BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(created by .+ in goroutine )(\d+)$").expect("valid regex"));

/// A program counter in a signal line: `[signal SIGSEGV: … addr=0x0 pc=0x47db10]`.
static PC: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"pc=0x[0-9a-f]+").expect("valid regex"));

/// Whether a run failed to compile: exit code 1 with a `file.go:L:C: message` first line, which is what
/// `go build` prints (after the recorder drops its `# package` header) and what `gosub run` prints.
pub fn is_compile_failure(exit: i32, stderr: &str) -> bool {
    exit == 1 && stderr.lines().next().is_some_and(|line| DIAGNOSTIC.is_match(line))
}

/// Whether a run ended in a Go runtime failure: exit code 2 and a `panic: `, `fatal error: ` or
/// `runtime: ` line (the last one starts a stack-overflow report).
pub fn is_runtime_failure(exit: i32, stderr: &str) -> bool {
    exit == 2
        && stderr.lines().any(|line| {
            line.starts_with("panic: ") || line.starts_with("fatal error: ") || line.starts_with("runtime: ")
        })
}

/// The normal form of `go build`'s stderr for a program that does not compile:
///
/// * the `# command-line-arguments` header (any line starting `# `) is dropped;
/// * the directories the program was built in (`build_dirs`, absolute) are removed from paths;
/// * a leading `./` is removed, so `./x.go:3:5: msg` becomes `x.go:3:5: msg`.
///
/// Everything else, including messages that continue on the next line, is kept as printed.
pub fn build_stderr(raw: &str, build_dirs: &[&Path]) -> String {
    let mut out = String::new();
    for line in raw.split_inclusive('\n') {
        if line.starts_with("# ") {
            continue;
        }
        let mut line = line.to_owned();
        for dir in build_dirs {
            line = line.replace(&format!("{}/", dir.display()), "");
        }
        out.push_str(line.strip_prefix("./").unwrap_or(&line));
    }
    out
}

/// The normal form of a Go runtime failure's stderr (a panic or fatal error with its tracebacks):
///
/// * each `(prefix, replacement)` is applied first, as plain text: the recorder maps the program's build
///   and run directories to `""` and `GOROOT` to `$GOROOT`;
/// * frame file lines lose the `+0x…` offset (and any `fp=/sp=/pc=`), and a leading `./`:
///   `\t./x.go:15 +0x3d` → `\tx.go:15`;
/// * frame function lines with arguments print them as `...`: `main.f(0xc000012345, 0x3)` → `main.f(...)`,
///   the way Go already prints inlined frames; `main.main()` is unchanged;
/// * goroutine ids other than 1 (main's) become `N`, in headers and in `created by … in goroutine N`;
/// * `pc=0x…` in a signal line becomes `pc=?`.
///
/// The result is stable across builds and runs, and normalising it again changes nothing.
pub fn runtime_stderr(raw: &str, prefixes: &[(&str, &str)]) -> String {
    let mut text = raw.to_owned();
    for (prefix, replacement) in prefixes {
        text = text.replace(prefix, replacement);
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let next_is_file = lines.get(i + 1).is_some_and(|next| FRAME_FILE.is_match(next));
        out.push(normalize_runtime_line(line, next_is_file));
    }
    out.join("\n")
}

fn normalize_runtime_line(line: &str, next_is_file: bool) -> String {
    if let Some(caps) = FRAME_FILE.captures(line) {
        let path = caps.get(1).map_or("", |m| m.as_str());
        let path = path.strip_prefix("./").unwrap_or(path);
        return format!("\t{path}:{}", &caps[2]);
    }
    if let Some(caps) = GOROUTINE_HEADER.captures(line) {
        return format!("goroutine {} {}", other_id(&caps[1]), &caps[2]);
    }
    if let Some(caps) = CREATED_BY.captures(line) {
        return format!("{}{}", &caps[1], other_id(&caps[2]));
    }
    if STACK_BOUNDS.is_match(line) {
        return "runtime: sp=? stack=[?, ?]".to_owned();
    }
    if next_is_file && !line.starts_with('\t') {
        if let Some(open) = args_start(line) {
            let args = &line[open + 1..line.len() - 1];
            if !args.is_empty() {
                return format!("{}(...)", &line[..open]);
            }
        }
        return line.to_owned();
    }
    PC.replace_all(line, "pc=?").into_owned()
}

/// Goroutine 1 is `main`'s in Go and in gosub; every other id depends on the runtime's internals.
fn other_id(id: &str) -> &str {
    if id == "1" { "1" } else { "N" }
}

/// The byte offset of the `(` that opens a frame line's final argument list, if the line ends with one.
/// Scans from the end because function names have parentheses too: `main.(*T).M(0x1)`.
fn args_start(line: &str) -> Option<usize> {
    if !line.ends_with(')') {
        return None;
    }
    let mut depth = 0usize;
    for (i, b) in line.bytes().enumerate().rev() {
        match b {
            b')' => depth += 1,
            b'(' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// What is compared of a compile failure's stderr: its first line, with any directory before the file
/// name removed (`./x.go:3:5: msg`, `/tmp/p/x.go:3:5: msg` and `x.go:3:5: msg` all give the last).
/// Go reports up to 10 errors and gosub may recover differently after the first, so only the first is
/// held to Go's wording and position.
pub fn compile_error_key(stderr: &str) -> String {
    let first = stderr.lines().next().unwrap_or("");
    match DIAGNOSTIC.captures(first) {
        Some(caps) => caps[1].to_owned(),
        None => first.to_owned(),
    }
}

/// What is compared of a runtime failure's stderr (design-notes §6.3, "What goldens can compare"), after
/// [`runtime_stderr`]:
///
/// 1. every line before the first blank line: the `panic: …` / `fatal error: …` lines (and anything the
///    program printed to stderr before failing);
/// 2. the first `goroutine N [reason]:` header after it (ids other than 1 read `N`);
/// 3. in that goroutine's traceback, each frame whose function starts with `main.`, as two lines: the
///    function with its arguments shown as `(...)`, and `\t<file name>:<line>` without directories.
///
/// Runtime-internal frames (`runtime.gopark`, `sync.(*WaitGroup).Wait`, …), `created by` lines and the
/// other goroutines of a deadlock dump are not compared.
pub fn runtime_failure_key(stderr: &str) -> Vec<String> {
    let text = runtime_stderr(stderr, &[]);
    let lines: Vec<&str> = text.lines().collect();
    let blank = lines.iter().position(|line| line.is_empty()).unwrap_or(lines.len());
    let mut key: Vec<String> = lines[..blank].iter().map(|line| (*line).to_owned()).collect();
    let rest = lines.get(blank + 1..).unwrap_or(&[]);
    let Some(header) = rest.iter().position(|line| GOROUTINE_HEADER.is_match(line)) else {
        return key;
    };
    key.push(rest[header].to_owned());
    let mut i = header + 1;
    while i < rest.len() && !rest[i].is_empty() {
        let line = rest[i];
        let file = rest.get(i + 1).and_then(|next| FRAME_FILE.captures(next));
        match file {
            Some(caps) if !line.starts_with('\t') => {
                if line.starts_with("main.") {
                    let name = args_start(line).map_or(line, |open| &line[..open]);
                    key.push(format!("{name}(...)"));
                    let path = caps.get(1).map_or("", |m| m.as_str());
                    let base = path.rsplit('/').next().unwrap_or(path);
                    key.push(format!("\t{base}:{}", &caps[2]));
                }
                i += 2;
            }
            _ => i += 1,
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    const PANIC_IN_GOROUTINE: &str = "panic: x\n\ngoroutine 18 [running]:\nmain.f(...)\n\t/tmp/gotest/p.go:3\n\
        main.main.func1()\n\t/tmp/gotest/p.go:5 +0x25\ncreated by main.main in goroutine 1\n\t/tmp/gotest/p.go:5 +0x1a\n";

    #[test]
    fn build_stderr_drops_header_and_directories() {
        let raw = "# command-line-arguments\n./x.go:6:20: newline in string\n/tmp/b123/x.go:7:9: syntax error: \
                   unexpected literal ` 2\n}\n at end of statement\n./x.go:8:9: too many errors\n";
        assert_eq!(
            build_stderr(raw, &[Path::new("/tmp/b123")]),
            "x.go:6:20: newline in string\nx.go:7:9: syntax error: unexpected literal ` 2\n}\n at end of \
             statement\nx.go:8:9: too many errors\n"
        );
        // The go command's own header errors come without `./` and stay as they are.
        assert_eq!(
            build_stderr("x.go:1:1: expected 'package', found 'import'\n", &[]),
            "x.go:1:1: expected 'package', found 'import'\n"
        );
    }

    #[test]
    fn runtime_stderr_normal_form() {
        let got = runtime_stderr(PANIC_IN_GOROUTINE, &[("/tmp/gotest/", "")]);
        assert_eq!(
            got,
            "panic: x\n\ngoroutine N [running]:\nmain.f(...)\n\tp.go:3\nmain.main.func1()\n\tp.go:5\n\
             created by main.main in goroutine 1\n\tp.go:5\n"
        );
        assert_eq!(runtime_stderr(&got, &[]), got, "normalising twice changes nothing");
    }

    #[test]
    fn runtime_stderr_rewrites_addresses_arguments_and_goroot() {
        let raw = "panic: runtime error: invalid memory address or nil pointer dereference\n\
                   [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x47db10]\n\n\
                   goroutine 1 [running]:\nmain.(*T).get(0x0, {0x4b1f20, 0x3})\n\t./nil.go:9 +0x12\n\
                   main.main()\n\t./nil.go:14 +0x1d\n\ngoroutine 7 [chan receive]:\nruntime.gopark(0x1, 0x2)\n\
                   \t/usr/lib/go/src/runtime/proc.go:435 +0xce\ncreated by main.main in goroutine 6\n\t./nil.go:12 +0x2f\n";
        assert_eq!(
            runtime_stderr(raw, &[("/usr/lib/go/", "$GOROOT/")]),
            "panic: runtime error: invalid memory address or nil pointer dereference\n\
             [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=?]\n\n\
             goroutine 1 [running]:\nmain.(*T).get(...)\n\tnil.go:9\nmain.main()\n\tnil.go:14\n\n\
             goroutine N [chan receive]:\nruntime.gopark(...)\n\t$GOROOT/src/runtime/proc.go:435\n\
             created by main.main in goroutine N\n\tnil.go:12\n"
        );
    }

    #[test]
    fn runtime_stderr_drops_stack_overflow_addresses() {
        let raw = "runtime: goroutine stack exceeds 1000000000-byte limit\n\
                   runtime: sp=0x33d987be0398 stack=[0x33d987be0000, 0x33d9a7be0000]\nfatal error: stack overflow\n\n\
                   goroutine 1 gp=0x33d967b101e0 m=3 mp=0x33d967b4d008 [running]:\nmain.f(0x1)\n\t/tmp/x/p.go:4 +0x1d\n\n\
                   goroutine 17 gp=0x33d967b80000 m=nil [finalizer wait]:\n";
        assert_eq!(
            runtime_stderr(raw, &[]),
            "runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=? stack=[?, ?]\n\
             fatal error: stack overflow\n\ngoroutine 1 [running]:\nmain.f(...)\n\t/tmp/x/p.go:4\n\n\
             goroutine N [finalizer wait]:\n"
        );
    }

    #[test]
    fn runtime_key_keeps_head_header_and_main_frames() {
        let deadlock = "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.WaitGroup.Wait]:\n\
                        sync.runtime_SemacquireWaitGroup(0xc000012345)\n\t/go/src/runtime/sema.go:114 +0x2e\n\
                        sync.(*WaitGroup).Wait(0xc000012340)\n\t/go/src/sync/waitgroup.go:118 +0x48\n\
                        main.main()\n\t/tmp/x/wg.go:9 +0x6a\n\ngoroutine 5 [chan send]:\nmain.worker(...)\n\t/tmp/x/wg.go:4\n";
        assert_eq!(
            runtime_failure_key(deadlock),
            vec![
                "fatal error: all goroutines are asleep - deadlock!",
                "goroutine 1 [sync.WaitGroup.Wait]:",
                "main.main(...)",
                "\twg.go:9",
            ]
        );
        // gosub may print other directories, offsets or argument words: the key does not see them.
        let gosub = "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.WaitGroup.Wait]:\n\
                     main.main()\n\ttestdata/run/wg.go:9\n";
        assert_eq!(runtime_failure_key(gosub), runtime_failure_key(deadlock));
    }

    #[test]
    fn runtime_key_sees_a_wrong_line_or_reason() {
        let want = runtime_failure_key(PANIC_IN_GOROUTINE);
        assert_eq!(
            want,
            vec![
                "panic: x",
                "goroutine N [running]:",
                "main.f(...)",
                "\tp.go:3",
                "main.main.func1(...)",
                "\tp.go:5"
            ]
        );
        let wrong_line = PANIC_IN_GOROUTINE.replace("p.go:3", "p.go:4");
        assert_ne!(runtime_failure_key(&wrong_line), want);
        let main_goroutine = PANIC_IN_GOROUTINE.replace("goroutine 18", "goroutine 1");
        assert_ne!(
            runtime_failure_key(&main_goroutine),
            want,
            "panicking in main is not panicking elsewhere"
        );
        // Any non-main id is as good as Go's.
        assert_eq!(runtime_failure_key(&PANIC_IN_GOROUTINE.replace("goroutine 18", "goroutine 2")), want);
    }

    #[test]
    fn runtime_key_without_traceback() {
        let goexit = "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n";
        assert_eq!(
            runtime_failure_key(goexit),
            vec!["fatal error: no goroutines (main called runtime.Goexit) - deadlock!"]
        );
    }

    #[test]
    fn compile_key_ignores_directories() {
        for first in [
            "./x.go:3:5: syntax error: unexpected newline",
            "/tmp/p/x.go:3:5: syntax error: unexpected newline",
        ] {
            assert_eq!(
                compile_error_key(&format!("{first}\n  |\n3 | x\n")),
                "x.go:3:5: syntax error: unexpected newline"
            );
        }
        assert_eq!(compile_error_key("error: gosub crashed\n"), "error: gosub crashed");
        assert_eq!(compile_error_key(""), "");
    }

    #[test]
    fn classification() {
        assert!(is_compile_failure(1, "x.go:3:5: syntax error: unexpected newline\n"));
        assert!(!is_compile_failure(1, "usage: prog N\n"), "os.Exit(1) is not a compile failure");
        assert!(!is_compile_failure(2, "x.go:3:5: syntax error: unexpected newline\n"));
        assert!(is_runtime_failure(2, "panic: boom\n\ngoroutine 1 [running]:\n"));
        assert!(is_runtime_failure(2, "debug output\nfatal error: concurrent map writes\n"));
        assert!(is_runtime_failure(2, "runtime: goroutine stack exceeds 1000000000-byte limit\n"));
        assert!(!is_runtime_failure(2, "bad flag\n"), "os.Exit(2) is not a runtime failure");
        assert!(!is_runtime_failure(0, "panic: recovered and printed\n"));
    }
}
