//! Property tests: the lexer and the parser never panic, and every span they produce lies inside the input.
//!
//! Three generators: random bytes (mostly printable, with the bytes Go treats specially), soups of Go tokens
//! joined by random whitespace, and mutations (deletions, duplications, insertions, swaps) of real Go files
//! from `tests/corpus/` and the seed programs in `testdata/seeds/`. The case count is proptest's
//! `PROPTEST_CASES` (default below, small enough for the test suite); a long run is `PROPTEST_CASES=1000000
//! cargo test --release -p gosub-syntax --test props`.
//!
//! AST spans are checked through the AST's `Debug` form, which prints every `Span` as `lo..hi`: that keeps
//! this test independent of the AST's shape while still seeing every node's span.

use gosub_syntax::{lexer, parse_text};
use proptest::prelude::*;

const CORPUS: &[&str] = &[
    include_str!("corpus/constructs.go"),
    include_str!("../../../testdata/seeds/15_pubsub.go"),
    include_str!("../../../testdata/seeds/16_context_cancel_worker.go"),
    include_str!("../../../testdata/seeds/30_semaphore_limit.go"),
];

/// Spellings the token soup draws from: every keyword and operator, literals of every kind (valid and
/// broken), and the characters that stress semicolon insertion and comments.
const PIECES: &[&str] = &[
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
    "+",
    "-",
    "*",
    "/",
    "%",
    "&",
    "|",
    "^",
    "<<",
    ">>",
    "&^",
    "+=",
    "-=",
    "*=",
    "/=",
    "%=",
    "&=",
    "|=",
    "^=",
    "<<=",
    ">>=",
    "&^=",
    "&&",
    "||",
    "<-",
    "++",
    "--",
    "==",
    "<",
    ">",
    "=",
    "!",
    "~",
    "!=",
    "<=",
    ">=",
    ":=",
    "...",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ".",
    ";",
    ":",
    "x",
    "y",
    "T",
    "main",
    "_",
    "é",
    "0",
    "42",
    "0x1F",
    "0o17",
    "017",
    "0b101",
    "1_000",
    "1.5",
    ".5",
    "1e9",
    "0x1p-2",
    "2i",
    "'a'",
    "'\\n'",
    "\"s\"",
    "\"\\x41\"",
    "`raw`",
    "/* c */",
    "/*\n*/",
    "// line\n",
    "\n",
    "\n",
    "\n",
    " ",
    "\t",
    "\"unterminated",
    "'",
    "`",
    "0x",
    "1e",
    "09",
    "\\",
    "@",
    "#",
    "$",
    "?",
    "\u{feff}",
    "\0",
];

fn check_input(text: &str) {
    let len = text.len();
    let (tokens, errors) = lexer::lex(text);
    let mut previous_end = 0;
    for &(lo, ref token, hi) in &tokens {
        assert!(lo <= hi && hi <= len, "token {token:?} at {lo}..{hi} outside input of {len} bytes");
        assert!(
            lo >= previous_end,
            "token {token:?} at {lo}..{hi} overlaps the previous one ending at {previous_end}"
        );
        previous_end = hi;
    }
    for error in &errors {
        assert!(error.span.hi as usize <= len, "lexer error {error:?} outside input of {len} bytes");
    }
    let output = parse_text(text);
    for error in &output.errors {
        assert!(error.span.lo <= error.span.hi && error.span.hi as usize <= len, "{error:?} outside input");
        assert!(!error.message.is_empty());
    }
    if let Some(file) = &output.file {
        check_debug_spans(&format!("{file:?}"), len);
    }
}

/// Finds every `lo..hi` in a Debug rendering and checks it against the input length.
fn check_debug_spans(debug: &str, len: usize) {
    let bytes = debug.as_bytes();
    let mut index = 0;
    while let Some(found) = debug[index..].find("..") {
        let dots = index + found;
        let start = bytes[..dots].iter().rposition(|b| !b.is_ascii_digit()).map_or(0, |p| p + 1);
        let end =
            bytes[dots + 2..].iter().position(|b| !b.is_ascii_digit()).map_or(bytes.len(), |p| dots + 2 + p);
        if start < dots && dots + 2 < end {
            let lo: usize = debug[start..dots].parse().unwrap();
            let hi: usize = debug[dots + 2..end].parse().unwrap();
            assert!(lo <= hi && hi <= len, "AST span {lo}..{hi} outside input of {len} bytes");
        }
        index = dots + 2;
    }
}

fn bytes_text() -> impl Strategy<Value = String> {
    let byte = prop_oneof![
        8 => 0x20u8..0x7f,
        2 => Just(b'\n'),
        1 => Just(b'\t'),
        1 => any::<u8>(),
    ];
    prop::collection::vec(byte, 0..400).prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

fn token_soup() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(PIECES);
    let gap = prop::sample::select(&[" ", "", "\n", "\t", " "][..]);
    prop::collection::vec((piece, gap), 0..200).prop_map(|parts| {
        let mut text = String::from("package main\n");
        for (piece, gap) in parts {
            text.push_str(piece);
            text.push_str(gap);
        }
        text
    })
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete { at: usize, len: usize },
    Duplicate { at: usize, len: usize, to: usize },
    Insert { at: usize, piece: &'static str },
    Swap { a: usize, b: usize },
}

fn mutated_corpus() -> impl Strategy<Value = String> {
    let mutation = prop_oneof![
        (any::<usize>(), 1usize..40).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), 1usize..60, any::<usize>()).prop_map(|(at, len, to)| Mutation::Duplicate {
            at,
            len,
            to
        }),
        (any::<usize>(), prop::sample::select(PIECES)).prop_map(|(at, piece)| Mutation::Insert { at, piece }),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap { a, b }),
    ];
    (prop::sample::select(CORPUS), prop::collection::vec(mutation, 1..6)).prop_map(|(source, mutations)| {
        let mut bytes = source.as_bytes().to_vec();
        for mutation in mutations {
            apply(&mut bytes, mutation);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

fn apply(bytes: &mut Vec<u8>, mutation: Mutation) {
    if bytes.is_empty() {
        return;
    }
    let n = bytes.len();
    match mutation {
        Mutation::Delete { at, len } => {
            let at = at % n;
            bytes.drain(at..(at + len).min(n));
        }
        Mutation::Duplicate { at, len, to } => {
            let at = at % n;
            let piece = bytes[at..(at + len).min(n)].to_vec();
            let to = to % (n + 1);
            bytes.splice(to..to, piece);
        }
        Mutation::Insert { at, piece } => {
            let at = at % (n + 1);
            bytes.splice(at..at, piece.bytes());
        }
        Mutation::Swap { a, b } => bytes.swap(a % n, b % n),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(text in bytes_text()) {
        check_input(&text);
    }

    #[test]
    fn token_soups_never_panic(text in token_soup()) {
        check_input(&text);
    }

    #[test]
    fn mutated_go_files_never_panic(text in mutated_corpus()) {
        check_input(&text);
    }
}

#[test]
fn corpus_files_parse_cleanly() {
    for source in CORPUS {
        let output = parse_text(source);
        assert!(output.errors.is_empty(), "corpus file has errors: {:?}", output.errors);
    }
}

#[test]
fn pathological_nesting_does_not_overflow() {
    for depth in [1_000, 10_000] {
        let mut text = String::from("package main\nvar x = ");
        text.push_str(&"(".repeat(depth));
        text.push('1');
        text.push_str(&")".repeat(depth));
        text.push('\n');
        check_input(&text);
        let brackets =
            format!("package main\nvar x = {}1{}\n", "[]int{".repeat(depth / 10), "}".repeat(depth / 10));
        check_input(&brackets);
    }
}
