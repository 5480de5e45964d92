//! Loading a program for `run` and `disasm`: the main package's files and every package it imports,
//! checked into one `World`, with the trees and the checker's `Info` kept for the compiler.
//!
//! Imports resolve to the standard-library sources of `gosub-stdlib` when it provides the package, and
//! to the checker's placeholder declarations (`gosub_types::stubs`) otherwise. Packages are recorded in the order their checks
//! finish, so dependencies come before their importers, which is the order `gosub_compiler::compile`
//! wants.

use gosub_syntax::ast;
use gosub_types::{Importer, Info, PackageFile, PackageId, World};

/// One imported package, checked.
pub struct Imported {
    pub path: String,
    pub package: PackageId,
    pub info: Info,
    /// (display path, text, tree) of each file.
    pub files: Vec<(String, String, ast::File)>,
    /// A placeholder package whose functions have dummy bodies: every function is native.
    pub placeholder: bool,
}

/// An importer that keeps what it checked.
#[derive(Default)]
pub struct KeepingImporter {
    pub packages: Vec<Imported>,
    in_progress: Vec<String>,
}

/// The Go sources of an importable package, and whether they are the checker's placeholders (whose
/// functions have dummy bodies, so that every function must be treated as native).
fn sources_of(path: &str) -> Option<(Vec<(String, String)>, bool)> {
    if let Some(files) = gosub_stdlib::files(path) {
        let files = files.iter().map(|(name, text)| (format!("$GOROOT/src/{path}/{name}"), text.to_string()));
        return Some((files.collect(), false));
    }
    gosub_types::stubs::SOURCES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, text)| (vec![(format!("$GOROOT/src/{path}/{path}.go"), text.to_string())], true))
}

impl Importer for KeepingImporter {
    fn import(&mut self, path: &str, world: &mut World) -> Result<PackageId, String> {
        if let Some(id) = world.find_package(path) {
            return Ok(id);
        }
        if self.in_progress.iter().any(|p| p == path) {
            return Err(format!("import cycle not allowed: {path}"));
        }
        let Some((sources, placeholder)) = sources_of(path) else {
            // Delegate the message to the checker's own importer, which knows Go's standard library.
            return gosub_types::SourceImporter::new().import(path, world);
        };
        let mut files = Vec::new();
        for (name, text) in sources {
            let parsed = gosub_syntax::parse_text(&text);
            if let Some(error) = parsed.errors.first() {
                return Err(format!("package {path}: {}", error.message));
            }
            let Some(tree) = parsed.file else { return Err(format!("package {path}: no syntax tree")) };
            files.push((name, text, tree));
        }
        self.in_progress.push(path.to_string());
        let units: Vec<PackageFile<'_>> =
            files.iter().map(|(_, text, tree)| PackageFile { ast: tree, text }).collect();
        let names: Vec<&str> =
            files.iter().map(|(name, _, _)| name.rsplit('/').next().unwrap_or(name)).collect();
        let checked = gosub_types::check_package_named(world, self, path, &units, &names);
        self.in_progress.pop();
        if let Some(error) = checked.errors.first() {
            return Err(format!("package {path}: {}", error.message));
        }
        let package = checked.package;
        self.packages.push(Imported {
            path: path.to_string(),
            package,
            info: checked.info,
            files,
            placeholder,
        });
        Ok(package)
    }
}
