//! Property test: the checker never panics and never hangs, on real programs mutated token by token.
//!
//! The corpus is every Go program under `testdata/` (types, syntax, seeds, …), `examples/`, and this
//! crate's `testdata/generics/`. A case lexes one program, applies a few token-level mutations (delete,
//! duplicate, swap, or insert a token from a list of Go spellings), parses the result, and checks it when
//! it parsed (the parser's error-recovered trees included, which is harsher than the CLI: it checks only
//! clean packages), so that most cases land in the checker's error paths. A check that runs longer than [`LIMIT`] counts as a hang. The case count is proptest's
//! `PROPTEST_CASES` (default below); a long run is
//! `PROPTEST_CASES=100000 cargo test --release -p gosub-types --test props`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::mpsc;
use std::time::Duration;

use gosub_types::{PackageFile, SourceImporter, World, check_package};
use proptest::prelude::*;

/// How long one check may take before it counts as a hang (generous: debug builds, shared machines).
const LIMIT: Duration = Duration::from_secs(20);

/// Token spellings that mutations insert.
const PIECES: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ";",
    ".",
    "...",
    "*",
    "&",
    "<-",
    "~",
    "|",
    "=",
    ":=",
    "+",
    "-",
    "==",
    "<",
    ">",
    "!",
    "_",
    "x",
    "T",
    "int",
    "string",
    "any",
    "comparable",
    "error",
    "nil",
    "true",
    "iota",
    "0",
    "1",
    "1e400",
    "-1",
    "'a'",
    "\"s\"",
    "2.5",
    "3i",
    "func",
    "type",
    "var",
    "const",
    "return",
    "interface",
    "struct",
    "map",
    "chan",
    "range",
    "for",
    "if",
    "else",
    "switch",
    "case",
    "default",
    "go",
    "defer",
    "break",
    "continue",
    "goto",
    "fallthrough",
    "select",
    "len",
    "append",
    "make",
    "new",
    "panic",
    "[T any]",
    "[int]",
    "[]int",
    ".(type)",
    "\n",
];

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

fn corpus() -> &'static [String] {
    static CORPUS: OnceLock<Vec<String>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for dir in ["../../testdata", "../../examples", "testdata/generics"] {
            collect(&root.join(dir), &mut files);
        }
        files.sort();
        // Programs with syntax errors (testdata/syntax) would mostly stay unparsable: leave them out.
        files
            .into_iter()
            .filter_map(|path| std::fs::read_to_string(path).ok())
            .filter(|text| gosub_syntax::parse_text(text).errors.is_empty())
            .collect()
    })
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

/// The program cut into tokens, each with the whitespace and comments before it.
fn tokens(text: &str) -> Vec<String> {
    let (toks, _) = gosub_syntax::lexer::lex(text);
    let mut pieces = Vec::new();
    let mut last = 0;
    for (_, _, hi) in toks {
        let hi = hi.min(text.len());
        if hi <= last || !text.is_char_boundary(hi) {
            continue;
        }
        pieces.push(text[last..hi].to_string());
        last = hi;
    }
    pieces.push(text[last..].to_string());
    pieces
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete(usize),
    Duplicate(usize, usize),
    Swap(usize, usize),
    Insert(usize, &'static str),
    /// Replace an identifier or literal by another atom: keeps the syntax, changes the types.
    Replace(usize, &'static str),
}

/// Identifiers and literals that `Replace` substitutes for one another.
const ATOMS: &[&str] = &[
    "x", "T", "int", "int8", "uint", "float64", "string", "byte", "any", "error", "nil", "true", "iota",
    "len", "append", "main", "fmt", "0", "1", "-1", "255", "1e400", "1<<70", "'a'", "\"s\"", "2.5", "3i",
    "_", "s", "v", "err", "ok", "i", "p", "m",
];

fn mutated() -> impl Strategy<Value = String> {
    let mutation = prop_oneof![
        any::<usize>().prop_map(Mutation::Delete),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Duplicate(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        (any::<usize>(), prop::sample::select(PIECES)).prop_map(|(a, p)| Mutation::Insert(a, p)),
        (any::<usize>(), prop::sample::select(ATOMS)).prop_map(|(a, p)| Mutation::Replace(a, p)),
        (any::<usize>(), prop::sample::select(ATOMS)).prop_map(|(a, p)| Mutation::Replace(a, p)),
        (any::<usize>(), prop::sample::select(ATOMS)).prop_map(|(a, p)| Mutation::Replace(a, p)),
    ];
    (any::<usize>(), prop::collection::vec(mutation, 1..3)).prop_map(|(pick, mutations)| {
        let corpus = corpus();
        let source = &corpus[pick % corpus.len()];
        let mut toks = tokens(source);
        for mutation in mutations {
            let n = toks.len();
            if n < 2 {
                break;
            }
            // Token 0 is `package`: keep it so that most cases reach the checker.
            let pick = |i: usize| 1 + i % (n - 1);
            match mutation {
                Mutation::Delete(i) => {
                    toks.remove(pick(i));
                }
                Mutation::Duplicate(i, j) => {
                    let tok = toks[pick(i)].clone();
                    toks.insert(pick(j), tok);
                }
                Mutation::Swap(i, j) => toks.swap(pick(i), pick(j)),
                Mutation::Insert(i, piece) => toks.insert(pick(i), format!(" {piece}")),
                Mutation::Replace(i, atom) => {
                    // The next identifier or literal at or after a random token.
                    let start = pick(i);
                    let found = (start..n).chain(1..start).find(|&k| {
                        let word = toks[k].trim_start();
                        word.chars()
                            .next()
                            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '"' || c == '\'')
                            && !KEYWORDS.contains(&word)
                    });
                    if let Some(k) = found {
                        let lead = toks[k].len() - toks[k].trim_start().len();
                        let mut piece = toks[k][..lead].to_string();
                        piece.push_str(atom);
                        toks[k] = piece;
                    }
                }
            }
        }
        toks.concat()
    })
}

/// Parses and (when there is a tree) checks `text` on another thread, failing on a panic or a hang.
fn check_text(text: String) -> Result<(), String> {
    let (tx, rx) = mpsc::channel();
    let program = text.clone();
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(move || {
            let parsed = gosub_syntax::parse_text(&program);
            // Trees the parser recovered from errors are checked too: harsher than the CLI, which
            // checks only clean packages.
            if let Some(file) = parsed.file {
                let mut world = World::new();
                let mut importer = SourceImporter::with_stubs();
                let files = [PackageFile { ast: &file, text: &program }];
                let checked = check_package(&mut world, &mut importer, "main", &files);
                if std::env::var_os("PROPS_DEBUG").is_some() {
                    eprintln!("CHECKED {}", checked.errors.len());
                }
                for error in &checked.errors {
                    assert!(error.span.hi as usize <= program.len(), "span outside the file: {error:?}");
                }
            }
            let _ = tx.send(());
        })
        .map_err(|e| e.to_string())?;
    match rx.recv_timeout(LIMIT) {
        Ok(()) => Ok(()),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!("checker hung on:\n{text}")),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(format!("checker panicked on:\n{text}")),
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_programs_never_panic_or_hang(text in mutated()) {
        if let Err(message) = check_text(text) {
            prop_assert!(false, "{}", message);
        }
    }
}

#[test]
fn corpus_programs_check_without_panicking() {
    assert!(corpus().len() > 50, "corpus not found: {} files", corpus().len());
    for text in corpus() {
        if let Err(message) = check_text(text.clone()) {
            panic!("{message}");
        }
    }
}
