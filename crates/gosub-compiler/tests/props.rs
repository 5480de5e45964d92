//! Properties of the compiler over real programs: it never panics on a program the checker accepts, and
//! what it produces keeps the invariants the VM relies on.
//!
//! The programs are every `.go` file under `testdata/` and `examples/`, plus deterministic mutations
//! of them (a changed literal, a swapped operator) that still type-check.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use gosub_bytecode::{Op, Program};
use gosub_compiler::{FileInput, PackageInput, compile};
use gosub_types::{Importer, Info, PackageFile, PackageId, World};

/// One imported package kept for compilation: its path, id, side tables, (text, tree) of each file, and
/// whether it is a placeholder.
type Kept = (String, PackageId, Info, Vec<(String, gosub_syntax::ast::File)>, bool);

/// Checks imported packages from the standard-library sources (or the checker's placeholders) and keeps
/// them for compilation.
#[derive(Default)]
struct Keep {
    packages: Vec<Kept>,
    busy: Vec<String>,
}

impl Importer for Keep {
    fn import(&mut self, path: &str, world: &mut World) -> Result<PackageId, String> {
        if let Some(id) = world.find_package(path) {
            return Ok(id);
        }
        if self.busy.iter().any(|p| p == path) {
            return Err("import cycle".into());
        }
        let (sources, placeholder): (Vec<String>, bool) = match gosub_stdlib::files(path) {
            Some(files) => (files.iter().map(|(_, t)| t.to_string()).collect(), false),
            None => match gosub_types::stubs::SOURCES.iter().find(|(p, _)| *p == path) {
                Some((_, t)) => (vec![t.to_string()], true),
                None => return Err(format!("no package {path}")),
            },
        };
        let mut files = Vec::new();
        for text in sources {
            let parsed = gosub_syntax::parse_text(&text);
            let Some(tree) = parsed.file else { return Err("unparsable".into()) };
            if !parsed.errors.is_empty() {
                return Err("syntax".into());
            }
            files.push((text, tree));
        }
        self.busy.push(path.to_string());
        let units: Vec<PackageFile<'_>> = files.iter().map(|(text, ast)| PackageFile { ast, text }).collect();
        let checked = gosub_types::check_package(world, self, path, &units);
        self.busy.pop();
        if !checked.errors.is_empty() {
            return Err("type errors".into());
        }
        self.packages.push((path.to_string(), checked.package, checked.info, files, placeholder));
        Ok(checked.package)
    }
}

/// Checks and compiles one main-package source; `None` when it does not parse or check.
fn compile_text(text: &str) -> Option<Result<Program, gosub_compiler::CompileError>> {
    let parsed = gosub_syntax::parse_text(text);
    if !parsed.errors.is_empty() {
        return None;
    }
    let tree = parsed.file?;
    if &*tree.package.name != "main" {
        return None;
    }
    let mut world = World::new();
    let mut importer = Keep::default();
    let units = [PackageFile { ast: &tree, text }];
    let checked = gosub_types::check_package(&mut world, &mut importer, "main", &units);
    if !checked.errors.is_empty() {
        return None;
    }
    let mut inputs = Vec::new();
    for (path, package, info, files, placeholder) in &importer.packages {
        if *placeholder {
            continue;
        }
        inputs.push(PackageInput {
            package: *package,
            path: path.clone(),
            info,
            files: files.iter().map(|(text, ast)| FileInput { path: "lib.go", ast, text }).collect(),
        });
    }
    inputs.push(PackageInput {
        package: checked.package,
        path: "main".into(),
        info: &checked.info,
        files: vec![FileInput { path: "main.go", ast: &tree, text }],
    });
    Some(compile(&mut world, &inputs))
}

/// The invariants of a compiled program that do not depend on what it computes.
fn check_invariants(program: &Program) -> Result<(), String> {
    for func in &program.funcs {
        if func.reg_kinds.len() != func.nregs as usize {
            return Err(format!(
                "{}: reg_kinds has {} entries for {} registers",
                func.name,
                func.reg_kinds.len(),
                func.nregs
            ));
        }
        if func.lines.len() != func.code.len() {
            return Err(format!(
                "{}: {} lines for {} instructions",
                func.name,
                func.lines.len(),
                func.code.len()
            ));
        }
        if func.param_slots > func.nregs && !func.code.is_empty() {
            return Err(format!("{}: parameters beyond the frame", func.name));
        }
        if !matches!(func.code.last(), Some(Op::Ret { .. } | Op::Jmp { .. } | Op::Panic { .. })) {
            return Err(format!("{}: code does not end in a transfer", func.name));
        }
        for (pc, op) in func.code.iter().enumerate() {
            if let Op::Jmp { off } | Op::JmpIf { off, .. } | Op::JmpIfNot { off, .. } = op {
                let target = pc as i64 + 1 + *off as i64;
                if target < 0 || target >= func.code.len() as i64 {
                    return Err(format!("{}: jump out of range at {pc}", func.name));
                }
            }
        }
    }
    if program.main.is_none() {
        return Err("no main".into());
    }
    Ok(())
}

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            go_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

fn programs() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    go_files(&root.join("testdata"), &mut files);
    go_files(&root.join("examples"), &mut files);
    files.into_iter().filter_map(|p| std::fs::read_to_string(&p).ok().map(|t| (p, t))).collect()
}

fn compile_no_panic(name: &str, text: &str) -> Result<Option<bool>, String> {
    match catch_unwind(AssertUnwindSafe(|| compile_text(text))) {
        Err(_) => Err(format!("{name}: the compiler panicked")),
        Ok(None) => Ok(None),
        Ok(Some(Err(_))) => Ok(Some(false)),
        Ok(Some(Ok(program))) => {
            check_invariants(&program).map_err(|e| format!("{name}: {e}"))?;
            Ok(Some(true))
        }
    }
}

#[test]
fn every_checked_program_compiles_without_panicking() {
    let mut failures = Vec::new();
    let (mut checked, mut compiled) = (0, 0);
    for (path, text) in programs() {
        match compile_no_panic(&path.display().to_string(), &text) {
            Err(e) => failures.push(e),
            Ok(Some(ok)) => {
                checked += 1;
                compiled += usize::from(ok);
            }
            Ok(None) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked > 50, "too few programs type-check ({checked}): is testdata/ there?");
    // Compile errors are gosub's limitations (goroutines, channels); they must stay the exception.
    assert!(compiled * 10 >= checked * 8, "only {compiled} of {checked} checked programs compile");
}

/// Small deterministic edits of a program's text: a digit changed, an operator swapped.
fn mutations(text: &str, seed: u64) -> Vec<String> {
    let swaps: &[(&str, &str)] =
        &[(" + ", " - "), (" < ", " <= "), (" * ", " / "), (" == ", " != "), ("++", "--"), (" && ", " || ")];
    let mut out = Vec::new();
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut next = |n: usize| {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 33) as usize % n.max(1)
    };
    for _ in 0..4 {
        let (from, to) = swaps[next(swaps.len())];
        let hits: Vec<usize> = text.match_indices(from).map(|(i, _)| i).collect();
        if !hits.is_empty() {
            let at = hits[next(hits.len())];
            out.push(format!("{}{}{}", &text[..at], to, &text[at + from.len()..]));
        }
        let digits: Vec<usize> =
            text.char_indices().filter(|(_, c)| c.is_ascii_digit()).map(|(i, _)| i).collect();
        if !digits.is_empty() {
            let at = digits[next(digits.len())];
            let digit = (b'0' + next(10) as u8) as char;
            out.push(format!("{}{}{}", &text[..at], digit, &text[at + 1..]));
        }
    }
    out
}

#[test]
fn mutated_programs_compile_without_panicking() {
    let mut failures = Vec::new();
    for (i, (path, text)) in programs().into_iter().enumerate() {
        if text.len() > 20_000 {
            continue;
        }
        for (j, mutant) in mutations(&text, i as u64).into_iter().enumerate() {
            if let Err(e) = compile_no_panic(&format!("{} (mutation {j})", path.display()), &mutant) {
                failures.push(e);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
