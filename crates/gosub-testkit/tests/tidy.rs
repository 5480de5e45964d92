//! Tidy checks over the whole source tree: the house rules that review alone would let slip.
//!
//! Every Rust file opens with a `//!` doc saying what it owns; no `dbg!` is left behind; every `unsafe`
//! block or impl has a `// SAFETY:` comment just above it; and no `thread_local!` exists outside test
//! code, because goroutines migrate between OS threads (docs/ARCHITECTURE.md, "Threading model").

use std::fs;
use std::path::{Path, PathBuf};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("crates/gosub-testkit is two levels deep")
        .into()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            if name != "target" && !name.to_string_lossy().starts_with('.') {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// The problems tidy finds in one file's text, as `line: what` strings.
fn problems(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let first = text.lines().find(|line| !line.trim().is_empty()).unwrap_or("");
    if !first.starts_with("//!") {
        found.push("1: the file does not open with a `//!` module doc".to_string());
    }
    let lines: Vec<&str> = text.lines().collect();
    for (index, line) in lines.iter().enumerate() {
        let stripped = without_strings(line);
        let code = stripped.split("//").next().unwrap_or("");
        if code.contains(concat!("dbg", "!(")) {
            found.push(format!("{}: leftover dbg!", index + 1));
        }
        if code.contains(concat!("thread", "_local!")) {
            found.push(format!("{}: thread_local! (goroutines migrate between threads)", index + 1));
        }
        if opens_unsafe(code) {
            let start = index.saturating_sub(4);
            if !lines[start..index].iter().any(|above| above.contains("SAFETY:")) && !line.contains("SAFETY:")
            {
                found.push(format!("{}: unsafe without a `// SAFETY:` comment just above", index + 1));
            }
        }
    }
    found
}

/// Whether a line opens an `unsafe` block or impl (the keyword as a whole word, then `{` or `impl`).
fn opens_unsafe(code: &str) -> bool {
    code.match_indices("unsafe").any(|(at, word)| {
        let before = code[..at].chars().next_back();
        let whole_word = !before.is_some_and(|c| c.is_alphanumeric() || c == '_');
        let rest = code[at + word.len()..].trim_start();
        whole_word && (rest.starts_with('{') || rest.starts_with("impl"))
    })
}

/// The line with the contents of its string literals removed, so that a rule's own wording (in a message
/// or a test) does not trip the rule. Escaped quotes are honoured; raw strings are rare enough here.
fn without_strings(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in line.chars() {
        match (in_string, c) {
            (true, _) if escaped => escaped = false,
            (true, '\\') => escaped = true,
            (_, '"') => {
                in_string = !in_string;
                out.push('"');
            }
            (true, _) => {}
            (false, _) => out.push(c),
        }
    }
    out
}

#[test]
fn source_tree_is_tidy() {
    let root = workspace_root();
    let mut files = Vec::new();
    rust_files(&root.join("crates"), &mut files);
    rust_files(&root.join("xtask"), &mut files);
    assert!(files.len() > 10, "tidy found only {} Rust files under {}", files.len(), root.display());
    let mut report = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("source files are UTF-8");
        for problem in problems(&text) {
            report.push(format!("{}:{problem}", file.strip_prefix(&root).unwrap_or(file).display()));
        }
    }
    assert!(report.is_empty(), "tidy problems:\n{}", report.join("\n"));
}

#[test]
fn tidy_catches_each_rule() {
    assert_eq!(problems("//! ok\nfn main() {}\n"), Vec::<String>::new());
    assert_eq!(problems("fn main() {}\n").len(), 1);
    assert_eq!(problems(&format!("//! x\nfn f() {{ {}(1); }}\n", concat!("dbg", "!"))).len(), 1);
    assert_eq!(problems("//! x\nfn f() { unsafe { g() } }\n").len(), 1);
    assert_eq!(problems("//! x\nunsafe impl Send for G {}\n").len(), 1);
    assert_eq!(problems("//! x\nfn f() { if not_unsafe { g() } }\n").len(), 0);
    assert_eq!(problems("//! x\n// SAFETY: g has no preconditions.\nfn f() { unsafe { g() } }\n").len(), 0);
    assert_eq!(
        problems(&format!("//! x\nstd::{}(static X: u8 = 0);\n", concat!("thread", "_local!"))).len(),
        1
    );
}
