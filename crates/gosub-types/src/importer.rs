//! Imports: the [`Importer`] trait the checker calls for each `import`, and [`SourceImporter`], which
//! checks packages from Go source text supplied by the caller (the standard library will be declared that
//! way in `gosub-stdlib`; until then [`crate::stubs`] supplies a few placeholder declarations).
//!
//! Checked packages live in the [`World`] (their types must be the same ids in every importer), so the
//! importer receives the world with each request; a package is checked once per world.

use crate::fasthash::HashMap;

use crate::check::{PackageFile, check_package};
use crate::objects::{PackageId, World};

/// Resolves import paths to checked packages.
pub trait Importer {
    /// The package at `path`, checking it into `world` if needed; the error is the message reported at
    /// the import (`package foo is not in std`).
    fn import(&mut self, path: &str, world: &mut World) -> Result<PackageId, String>;
}

/// An importer over Go source text: `path` → the text of the package's files.
#[derive(Debug, Default)]
pub struct SourceImporter {
    sources: HashMap<String, Vec<String>>,
    /// Paths being imported, to report import cycles instead of recursing forever.
    in_progress: Vec<String>,
}

impl SourceImporter {
    pub fn new() -> SourceImporter {
        SourceImporter::default()
    }

    /// An importer that knows the placeholder standard-library declarations of [`crate::stubs`].
    pub fn with_stubs() -> SourceImporter {
        let mut importer = SourceImporter::new();
        for (path, source) in crate::stubs::SOURCES {
            importer.add(path, vec![(*source).to_string()]);
        }
        importer
    }

    /// Makes the package at `path` available, given the text of its files.
    pub fn add(&mut self, path: &str, files: Vec<String>) {
        self.sources.insert(path.to_string(), files);
    }
}

/// Go 1.27's importable standard-library paths, one per line (`#` lines are comments).
const STD_PACKAGES: &str = include_str!("std_packages.txt");

/// The message for an import no source is known for. A real standard-library package that gosub does
/// not provide yet must not be reported with Go's `is not in std`, which would tell the user their
/// program is wrong when it is gosub that is incomplete.
fn missing_package_message(path: &str) -> String {
    let in_std = STD_PACKAGES.lines().any(|line| !line.starts_with('#') && line == path);
    if in_std {
        format!("package {path} is in Go's standard library, but gosub does not provide it yet")
    } else {
        format!("package {path} is not in std")
    }
}

impl Importer for SourceImporter {
    fn import(&mut self, path: &str, world: &mut World) -> Result<PackageId, String> {
        if let Some(id) = world.find_package(path) {
            return Ok(id);
        }
        if self.in_progress.iter().any(|p| p == path) {
            return Err(format!("import cycle not allowed: {path}"));
        }
        let Some(texts) = self.sources.get(path).cloned() else {
            return Err(missing_package_message(path));
        };
        let parsed: Vec<_> = texts.iter().map(|text| gosub_syntax::parse_text(text)).collect();
        if let Some(error) = parsed.iter().flat_map(|p| &p.errors).next() {
            return Err(format!("package {path}: {}", error.message));
        }
        let files: Vec<PackageFile<'_>> = parsed
            .iter()
            .zip(&texts)
            .filter_map(|(output, text)| output.file.as_ref().map(|ast| PackageFile { ast, text }))
            .collect();
        self.in_progress.push(path.to_string());
        let checked = check_package(world, self, path, &files);
        self.in_progress.pop();
        if let Some(error) = checked.errors.first() {
            return Err(format!("package {path}: {}", error.message));
        }
        Ok(checked.package)
    }
}

#[cfg(test)]
mod tests {
    use super::missing_package_message;

    #[test]
    fn missing_std_packages_are_gosubs_gap_not_the_users_error() {
        assert_eq!(
            missing_package_message("time"),
            "package time is in Go's standard library, but gosub does not provide it yet"
        );
        assert_eq!(
            missing_package_message("net/http/httptest"),
            "package net/http/httptest is in Go's standard library, but gosub does not provide it yet"
        );
        assert_eq!(missing_package_message("nosuch/pkg"), "package nosuch/pkg is not in std");
        assert_eq!(missing_package_message("internal/abi"), "package internal/abi is not in std");
    }
}
