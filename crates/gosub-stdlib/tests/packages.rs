//! Every embedded package parses and type-checks with gosub's own checker, imports resolved from the
//! embedded packages; and every `.go` file on disk is embedded.

use std::path::Path;

use gosub_types::{SourceImporter, World};

/// An importer serving the embedded packages.
fn importer() -> SourceImporter {
    let mut importer = SourceImporter::new();
    for path in gosub_stdlib::PACKAGES {
        let files = gosub_stdlib::files(path).expect("listed package has files");
        importer.add(path, files.iter().map(|(_, source)| source.to_string()).collect());
    }
    importer
}

/// Parses and checks one package, returning its errors as `file: message` lines.
fn check(path: &str) -> Vec<String> {
    let files = gosub_stdlib::files(path).expect("listed package has files");
    let parsed: Vec<_> = files.iter().map(|(_, source)| gosub_syntax::parse_text(source)).collect();
    let mut errors = Vec::new();
    for ((name, _), output) in files.iter().zip(&parsed) {
        for error in &output.errors {
            errors.push(format!("{path}/{name}: syntax: {}", error.message));
        }
    }
    if !errors.is_empty() {
        return errors;
    }
    let units: Vec<gosub_types::PackageFile<'_>> = parsed
        .iter()
        .zip(files.iter())
        .map(|(output, (_, text))| gosub_types::PackageFile {
            ast: output.file.as_ref().expect("a file without syntax errors has a tree"),
            text,
        })
        .collect();
    let mut world = World::new();
    let mut importer = importer();
    let checked = gosub_types::check_package(&mut world, &mut importer, path, &units);
    for error in &checked.errors {
        let (name, text) = files[error.file as usize];
        let line = text[..error.span.lo as usize].matches('\n').count() + 1;
        errors.push(format!("{path}/{name}:{line}: {}", error.message));
    }
    errors
}

/// Errors our checker reports today on valid Go (each checked valid by go/types): a reported error
/// containing one of these texts is a checker gap, not a mistake in the package. Every entry must still
/// occur, so the list shrinks as the checker catches up.
const CHECKER_GAPS: &[&str] = &[];

#[test]
fn every_package_checks() {
    let mut failures = Vec::new();
    let mut gaps_seen = vec![false; CHECKER_GAPS.len()];
    for path in gosub_stdlib::PACKAGES {
        for error in check(path) {
            match CHECKER_GAPS.iter().position(|gap| error.contains(gap)) {
                Some(gap) => gaps_seen[gap] = true,
                None => failures.push(error),
            }
        }
    }
    assert!(failures.is_empty(), "{} errors:\n{}", failures.len(), failures.join("\n"));
    let fixed: Vec<_> = CHECKER_GAPS.iter().zip(&gaps_seen).filter(|(_, seen)| !**seen).collect();
    assert!(fixed.is_empty(), "checker gaps no longer seen (remove them from CHECKER_GAPS): {fixed:?}");
}

#[test]
fn every_go_file_is_embedded() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("go");
    let mut on_disk = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable go/ tree") {
            let entry = entry.expect("directory entry");
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|ext| ext == "go") {
                let package = path.parent().and_then(|p| p.strip_prefix(&root).ok()).expect("under go/");
                let name = path.file_name().and_then(|n| n.to_str()).expect("utf-8 name");
                on_disk.push(format!("{}/{name}", package.display()));
            }
        }
    }
    on_disk.sort();
    let mut embedded: Vec<String> = gosub_stdlib::PACKAGES
        .iter()
        .flat_map(|path| {
            gosub_stdlib::files(path).unwrap().iter().map(move |(name, _)| format!("{path}/{name}"))
        })
        .collect();
    embedded.sort();
    assert_eq!(on_disk, embedded);
}

#[test]
fn unknown_packages_are_absent() {
    assert!(gosub_stdlib::files("net/http").is_none());
    assert!(gosub_stdlib::files("").is_none());
}
