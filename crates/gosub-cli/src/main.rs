//! The `gosub` command: the only place in gosub that reads arguments, prints diagnostics and picks exit codes.
//!
//! Exit codes follow `go build` and Go binaries: 0 on success, 1 when a program does not compile (as
//! `go build` exits 1), 2 for a usage error (as Go's flag package does). Running programs arrives with the
//! type checker and the VM; until then `gosub run` exits 3 after checking the program's syntax.

mod inputs;
mod report;

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use gosub_source::SourceFile;

use crate::report::{ColorChoice, Reporter};

// The parser allocates a node per AST element and the VM will allocate heavily too; mimalloc is markedly
// faster than glibc's malloc at that (measured on `gosub parse` over GOROOT: see docs/ARCHITECTURE.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "\
gosub: run, explore and check Go programs without a compiler

Usage:
  gosub run [flags] FILE.go|DIR [args...]   run a Go program (package main)
  gosub check [flags] PATH...                check Go packages: syntax and types
  gosub parse [flags] [--stats] PATH...      parse .go files and directories (recursively)
  gosub --help | --version

Flags:
  --color=auto|always|never   colour and draw diagnostics (default auto: only on a terminal)

`gosub parse` walks directories recursively, skipping `testdata` and hidden directories.
Diagnostics go to stderr; when stderr is not a terminal each one starts with a line `path:line:col: message`,
the shape `go build` prints.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run_command(args) {
        Ok(code) => ExitCode::from(code),
        Err(UsageError(message)) => {
            eprintln!("gosub: {message}");
            eprintln!("Run 'gosub --help' for usage.");
            ExitCode::from(2)
        }
    }
}

/// A mistake in how gosub was invoked (not in the Go program); exits 2.
struct UsageError(String);

/// The flags every command shares, taken from the front of its arguments.
struct CommonFlags {
    color: ColorChoice,
    stats: bool,
}

fn run_command(mut args: Vec<String>) -> Result<u8, UsageError> {
    if args.is_empty() {
        // The REPL arrives with the VM; say so instead of doing nothing.
        eprintln!("gosub: the interactive REPL is not available yet; see 'gosub --help'");
        return Ok(2);
    }
    let command = args.remove(0);
    match command.as_str() {
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            Ok(0)
        }
        "-V" | "--version" | "version" => {
            println!("gosub {} (Go 1.27 syntax)", env!("CARGO_PKG_VERSION"));
            Ok(0)
        }
        "parse" => {
            let (flags, paths) = split_flags(args, true)?;
            require_paths(&paths, "parse")?;
            Ok(parse_command(&flags, &paths))
        }
        "check" => {
            let (flags, paths) = split_flags(args, false)?;
            require_paths(&paths, "check")?;
            Ok(check_command(&flags, &paths))
        }
        "run" => {
            let (flags, mut rest) = split_flags(args, false)?;
            require_paths(&rest, "run")?;
            let program = rest.remove(0);
            Ok(run_program(&flags, &program))
        }
        other => Err(UsageError(format!("unknown command {other:?}"))),
    }
}

fn require_paths(paths: &[String], command: &str) -> Result<(), UsageError> {
    if paths.is_empty() {
        return Err(UsageError(format!("{command}: no Go files or directories given")));
    }
    Ok(())
}

/// Splits leading flags from the operands. Flags stop at the first operand or at `--`, so that a program's
/// own arguments (`gosub run prog.go -v`) are never taken as gosub's.
fn split_flags(args: Vec<String>, allow_stats: bool) -> Result<(CommonFlags, Vec<String>), UsageError> {
    let mut flags = CommonFlags { color: ColorChoice::Auto, stats: false };
    let mut rest = args.into_iter();
    let mut operands = Vec::new();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--" => break,
            "--stats" if allow_stats => flags.stats = true,
            "--color" => {
                let value = rest.next().ok_or_else(|| UsageError("--color needs a value".into()))?;
                flags.color = ColorChoice::parse(&value).ok_or_else(|| bad_color(&value))?;
            }
            flag if flag.starts_with("--color=") => {
                let value = &flag["--color=".len()..];
                flags.color = ColorChoice::parse(value).ok_or_else(|| bad_color(value))?;
            }
            flag if flag.starts_with('-') && flag.len() > 1 => {
                return Err(UsageError(format!("unknown flag {flag}")));
            }
            _ => {
                operands.push(arg);
                break;
            }
        }
    }
    operands.extend(rest);
    Ok((flags, operands))
}

fn bad_color(value: &str) -> UsageError {
    UsageError(format!("--color must be auto, always or never, not {value:?}"))
}

fn reporter(flags: &CommonFlags) -> Reporter {
    let fancy = match flags.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    Reporter::new(fancy)
}

/// Parses one file and reports its errors; true when it parsed cleanly.
fn parse_and_report(reporter: &mut Reporter, path: &Path) -> Option<(usize, bool)> {
    let file = match SourceFile::load(path) {
        Ok(file) => file,
        Err(error) => {
            reporter.io_error(path, &error);
            return None;
        }
    };
    let output = gosub_syntax::parse_file(&file);
    let clean = output.errors.is_empty();
    if !clean {
        reporter.syntax_errors(&file, &output.errors);
    }
    Some((file.text().len(), clean))
}

fn parse_command(flags: &CommonFlags, paths: &[String]) -> u8 {
    let mut reporter = reporter(flags);
    let files = match inputs::collect_go_files(paths, inputs::Walk::Recursive) {
        Ok(files) => files,
        Err(error) => {
            reporter.message(&error);
            return 1;
        }
    };
    let start = Instant::now();
    let (mut bytes, mut failed) = (0usize, 0usize);
    for path in &files {
        match parse_and_report(&mut reporter, path) {
            Some((len, clean)) => {
                bytes += len;
                failed += usize::from(!clean);
            }
            None => failed += 1,
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    if flags.stats {
        let megabytes_per_second = bytes as f64 / 1e6 / seconds.max(1e-9);
        println!(
            "files: {}  bytes: {bytes}  seconds: {seconds:.3}  MB/s: {megabytes_per_second:.1}  failed: {failed}",
            files.len()
        );
    }
    u8::from(failed > 0)
}

fn check_command(flags: &CommonFlags, paths: &[String]) -> u8 {
    let mut reporter = reporter(flags);
    let mut status = 0;
    for path in paths {
        status = status.max(check_package(&mut reporter, path));
    }
    status
}

/// Checks one package (a file, or a directory's `.go` files); 0 when clean, 1 otherwise.
fn check_package(reporter: &mut Reporter, path: &str) -> u8 {
    let files = match inputs::collect_go_files(&[path.to_string()], inputs::Walk::PackageOnly) {
        Ok(files) => files,
        Err(error) => {
            reporter.message(&error);
            return 1;
        }
    };
    if files.is_empty() {
        reporter.message(&format!("no Go files in {path}"));
        return 1;
    }
    let mut clean = true;
    let mut loaded = Vec::new();
    for path in &files {
        let file = match SourceFile::load(path) {
            Ok(file) => file,
            Err(error) => {
                reporter.io_error(path, &error);
                clean = false;
                continue;
            }
        };
        let output = gosub_syntax::parse_file(&file);
        if !output.errors.is_empty() {
            reporter.syntax_errors(&file, &output.errors);
            clean = false;
        }
        loaded.push((file, output.file));
    }
    if !clean {
        return 1;
    }
    // The type checker runs only on a package that parsed cleanly, as `go build` does.
    let package: Vec<(&SourceFile, &gosub_syntax::ast::File)> =
        loaded.iter().filter_map(|(file, ast)| ast.as_ref().map(|ast| (file, ast))).collect();
    let units: Vec<gosub_types::PackageFile<'_>> =
        package.iter().map(|(file, ast)| gosub_types::PackageFile { ast, text: file.text() }).collect();
    let mut world = gosub_types::World::new();
    let mut importer = gosub_types::SourceImporter::with_stubs();
    let checked = gosub_types::check_package(&mut world, &mut importer, "main", &units);
    if checked.errors.is_empty() {
        return 0;
    }
    let sources: Vec<&SourceFile> = package.iter().map(|(file, _)| *file).collect();
    reporter.type_errors(&sources, &checked.errors);
    1
}

fn run_program(flags: &CommonFlags, program: &str) -> u8 {
    let mut reporter = reporter(flags);
    match check_package(&mut reporter, program) {
        0 => {
            eprintln!(
                "gosub: {program} type-checks cleanly, but running Go programs needs the VM, which is not \
                 built yet"
            );
            3
        }
        status => status,
    }
}
