//! Parses every `.go` file under a directory and reports failures and throughput.
//!
//! `cargo run --release -p gosub-syntax --example parse_tree -- $(go env GOROOT)/src` is the parser's
//! acceptance test: the whole standard library must parse without a single error. `testdata` directories
//! are skipped (they hold deliberately broken files), as the go command skips them.
//!
//! Files are read first and parsed afterwards, so the MB/s figure measures lexing plus parsing (plus
//! building and dropping the AST), not the file system.

use std::path::{Path, PathBuf};
use std::time::Instant;

use gosub_source::{LineIndex, SourceFile};

fn main() {
    let roots: Vec<String> = std::env::args().skip(1).collect();
    if roots.is_empty() {
        eprintln!("usage: parse_tree DIR...");
        std::process::exit(2);
    }
    let mut paths = Vec::new();
    for root in &roots {
        collect(Path::new(root), &mut paths);
    }
    paths.sort();
    let files: Vec<SourceFile> = paths
        .iter()
        .filter_map(|path| match std::fs::read(path) {
            Ok(bytes) => SourceFile::new(path.clone(), bytes).ok(),
            Err(error) => {
                eprintln!("{}: {error}", path.display());
                None
            }
        })
        .collect();
    let bytes: usize = files.iter().map(|file| file.text().len()).sum();

    // `PARSE_TREE_LEX_ONLY=1` times the lexer alone, to split the cost between lexing and parsing.
    if std::env::var_os("PARSE_TREE_LEX_ONLY").is_some() {
        let start = Instant::now();
        let tokens: usize = files.iter().map(|file| gosub_syntax::lexer::lex_file(file).0.len()).sum();
        let seconds = start.elapsed().as_secs_f64();
        println!(
            "lexed {tokens} tokens in {seconds:.3}s: {:.1} MB/s",
            bytes as f64 / 1e6 / seconds.max(1e-9)
        );
    }

    // `PARSE_TREE_DUMP_DIR=dir` writes each file's `ast::dump` to `dir/<path>.sexp`, for comparing our trees
    // with another parser's (`PARSE_TREE_SPANS=1`: with spans).
    if let Some(dump_dir) = std::env::var_os("PARSE_TREE_DUMP_DIR") {
        let spans = std::env::var_os("PARSE_TREE_SPANS").is_some();
        for file in &files {
            if let Some(tree) = gosub_syntax::parse_file(file).file {
                let relative = file.path().strip_prefix("/").unwrap_or(file.path());
                let target = Path::new(&dump_dir).join(relative).with_extension("sexp");
                if let Some(parent) = target.parent() {
                    let _ = std::fs::create_dir_all(parent);
                }
                let text = if spans {
                    gosub_syntax::ast::dump_with_spans(&tree)
                } else {
                    gosub_syntax::ast::dump(&tree)
                };
                let _ = std::fs::write(&target, text);
            }
        }
    }

    let start = Instant::now();
    let mut failed = 0usize;
    let mut errors = 0usize;
    for file in &files {
        let output = gosub_syntax::parse_file(file);
        if !output.errors.is_empty() {
            failed += 1;
            errors += output.errors.len();
            let lines = LineIndex::new(file.text());
            for error in &output.errors {
                let at = lines.line_col(error.span.lo);
                println!("{}:{}:{}: {}", file.path().display(), at.line, at.col, error.message);
            }
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "files: {}  failed: {failed}  errors: {errors}  MB: {:.1}  seconds: {seconds:.3}  MB/s: {:.1}",
        files.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / seconds.max(1e-9)
    );
    std::process::exit(i32::from(failed > 0));
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        if dir.extension().is_some_and(|ext| ext == "go") {
            out.push(dir.to_path_buf());
        }
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Ok(file_type) = entry.file_type() else { continue };
        if file_type.is_dir() {
            if name != "testdata" {
                collect(&path, out);
            }
        } else if file_type.is_file() && name.ends_with(".go") {
            out.push(path);
        }
    }
}
