//! The `gosub` command: the only place in gosub that reads arguments, prints diagnostics and picks exit codes.
//!
//! Exit codes follow `go build` and Go binaries: 0 on success, 1 when a program does not compile (as
//! `go build` exits 1), 2 for a usage error (as Go's flag package does). `gosub run` checks, compiles
//! (`gosub-compiler`) and runs (`gosub-vm`) a program and exits with the program's own status (2 for an
//! unrecovered panic, `n` for `os.Exit(n)`).

mod inputs;
mod load;
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
  gosub disasm [flags] FILE.go|DIR           print the bytecode of a program
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
            Ok(run_program(&flags, &program, rest))
        }
        "disasm" => {
            let (flags, rest) = split_flags(args, false)?;
            require_paths(&rest, "disasm")?;
            Ok(disasm_program(&flags, &rest[0]))
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
    match load_program(reporter, path) {
        Ok(_) => 0,
        Err(status) => status,
    }
}

/// A program loaded and checked: the main package's files and trees, and every imported package.
struct Loaded {
    files: Vec<SourceFile>,
    trees: Vec<gosub_syntax::ast::File>,
    world: gosub_types::World,
    main: gosub_types::Checked,
    importer: load::KeepingImporter,
}

/// Parses and checks a package and its imports, reporting errors; `Err` holds the exit status.
fn load_program(reporter: &mut Reporter, path: &str) -> Result<Loaded, u8> {
    let paths = match inputs::collect_go_files(&[path.to_string()], inputs::Walk::PackageOnly) {
        Ok(files) => files,
        Err(error) => {
            reporter.message(&error);
            return Err(1);
        }
    };
    if paths.is_empty() {
        reporter.message(&format!("no Go files in {path}"));
        return Err(1);
    }
    let mut clean = true;
    let mut files = Vec::new();
    let mut trees = Vec::new();
    for path in &paths {
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
        if let Some(tree) = output.file {
            files.push(file);
            trees.push(tree);
        }
    }
    if !clean {
        return Err(1);
    }
    // The type checker runs only on a package that parsed cleanly, as `go build` does.
    let mut world = gosub_types::World::new();
    let mut importer = load::KeepingImporter::default();
    let units: Vec<gosub_types::PackageFile<'_>> = files
        .iter()
        .zip(&trees)
        .map(|(file, ast)| gosub_types::PackageFile { ast, text: file.text() })
        .collect();
    // Go names the package's files by base name inside messages (`already declared at ./x.go:5:10`).
    let names: Vec<String> = files
        .iter()
        .map(|file| {
            let path: &Path = file.path();
            path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
        })
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let main = gosub_types::check_package_named(&mut world, &mut importer, "main", &units, &names);
    if !main.errors.is_empty() {
        let sources: Vec<&SourceFile> = files.iter().collect();
        reporter.type_errors(&sources, &main.errors);
        return Err(1);
    }
    Ok(Loaded { files, trees, world, main, importer })
}

/// Compiles a loaded program; reports a compile error (a gosub limitation) and returns `Err(1)`.
fn compile_loaded(reporter: &mut Reporter, loaded: &mut Loaded) -> Result<gosub_bytecode::Program, u8> {
    let paths: Vec<String> = loaded
        .files
        .iter()
        .map(|f| {
            let path = f.path();
            std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string()
        })
        .collect();
    let mut inputs = Vec::new();
    for package in loaded.importer.packages.iter().filter(|p| !p.placeholder) {
        inputs.push(gosub_compiler::PackageInput {
            package: package.package,
            path: package.path.clone(),
            info: &package.info,
            files: package
                .files
                .iter()
                .map(|(path, text, ast)| gosub_compiler::FileInput { path, ast, text })
                .collect(),
        });
    }
    inputs.push(gosub_compiler::PackageInput {
        package: loaded.main.package,
        path: "main".to_string(),
        info: &loaded.main.info,
        files: loaded
            .files
            .iter()
            .zip(&loaded.trees)
            .zip(&paths)
            .map(|((file, ast), path)| gosub_compiler::FileInput { path, ast, text: file.text() })
            .collect(),
    });
    match gosub_compiler::compile(&mut loaded.world, &inputs) {
        Ok(program) => Ok(program),
        Err(error) => {
            reporter.message(&format!("cannot compile this program yet: {error}"));
            Err(1)
        }
    }
}

fn run_program(flags: &CommonFlags, program: &str, args: Vec<String>) -> u8 {
    let mut reporter = reporter(flags);
    let mut loaded = match load_program(&mut reporter, program) {
        Ok(loaded) => loaded,
        Err(status) => return status,
    };
    let compiled = match compile_loaded(&mut reporter, &mut loaded) {
        Ok(program) => program,
        Err(status) => return status,
    };
    let mut argv = vec![program.to_string()];
    argv.extend(args);
    let mut registry = gosub_vm::Registry::core();
    gosub_stdlib::natives::register(&mut registry);
    let code = gosub_vm::run_program_with(&compiled, argv, &registry);
    code.clamp(0, 255) as u8
}

fn disasm_program(flags: &CommonFlags, program: &str) -> u8 {
    let mut reporter = reporter(flags);
    let mut loaded = match load_program(&mut reporter, program) {
        Ok(loaded) => loaded,
        Err(status) => return status,
    };
    match compile_loaded(&mut reporter, &mut loaded) {
        Ok(compiled) => {
            print!("{}", gosub_bytecode::disasm::program(&compiled));
            0
        }
        Err(status) => status,
    }
}
