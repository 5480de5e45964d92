//! Turning command-line operands into the `.go` files to read.
//!
//! `gosub parse` walks directories recursively, skipping `testdata` and hidden (`.`) directories, and reads
//! every `.go` file below them, including the `_`-prefixed generator and assembly helpers that the go
//! command would leave out of a build but that are still Go source. A package operand (`gosub run`, `gosub
//! check`) takes a directory's own files as the go command does: no `_` or `.` files, no tests. Symbolic
//! links to directories are not followed (so a link cycle cannot loop). Files come back sorted, so output
//! order does not depend on the file system.

use std::fs;
use std::path::{Path, PathBuf};

/// How far to look into a directory operand.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Walk {
    /// Every package below the directory (`gosub parse`).
    Recursive,
    /// Only the directory's own files: one package (`gosub run`, `gosub check`). Test files are left out.
    PackageOnly,
}

pub fn collect_go_files(operands: &[String], walk: Walk) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for operand in operands {
        let path = Path::new(operand);
        let metadata = fs::metadata(path).map_err(|error| format!("{operand}: {error}"))?;
        if metadata.is_dir() {
            walk_dir(path, walk, &mut files).map_err(|error| format!("{operand}: {error}"))?;
        } else {
            files.push(path.to_path_buf());
        }
    }
    Ok(files)
}

fn walk_dir(dir: &Path, walk: Walk, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|entry| entry.file_name());
    for entry in entries {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let file_type = entry.file_type()?;
        if file_type.is_dir() {
            let skipped = name == "testdata" || name.starts_with('.');
            if walk == Walk::Recursive && !skipped {
                walk_dir(&entry.path(), walk, files)?;
            }
        } else if is_go_source(&name, walk) && entry.path().is_file() {
            files.push(entry.path());
        }
    }
    Ok(())
}

fn is_go_source(name: &str, walk: Walk) -> bool {
    let ignored = name.starts_with('.') || (walk == Walk::PackageOnly && name.starts_with('_'));
    let test_file = name.ends_with("_test.go");
    name.ends_with(".go") && !ignored && !(walk == Walk::PackageOnly && test_file)
}
