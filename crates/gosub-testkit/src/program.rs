//! Golden programs on disk: finding them, and reading what real Go did with them.
//!
//! Layout (see `testdata/README.md`):
//!
//! * `testdata/<area>/<name>.go` is a one-file program. Areas may nest (`testdata/run/chan/x.go`).
//! * `testdata/<area>/<name>/` is a several-file program when the directory holds a `main.go`: all its
//!   `.go` files form one `package main`. The marker is what tells such a directory from a nested area.
//! * Beside either: `<name>.stdout` (always, maybe empty), `<name>.stderr` (only when not empty),
//!   `<name>.exit` (the exit code as a decimal number), and optionally `<name>.meta` (compare rules) and
//!   the alternative outputs it names.
//!
//! Top-level directories in [`NOT_GOLDEN`] hold Go files that are not golden programs (fuzz crashes).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::meta::Meta;

/// Top-level directories of `testdata/` that are not searched for golden programs.
pub const NOT_GOLDEN: &[&str] = &["fuzz"];

/// The file whose presence makes a directory one several-file program.
pub const DIR_PROGRAM_MARKER: &str = "main.go";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgramKind {
    /// One `.go` file.
    File,
    /// A directory of `.go` files holding a `main.go`.
    Dir,
}

/// One golden program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Program {
    /// The path relative to the testdata root with `/` separators: `seeds/04_x.go`, or `run/multi` for a
    /// directory program. `testdata/PENDING` and `GOSUB_GOLDEN_FILTER` use this name.
    pub name: String,
    pub kind: ProgramKind,
    /// The `.go` file or the directory.
    pub path: PathBuf,
}

/// What real Go did with a program, as recorded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expected {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub exit: i32,
    pub meta: Meta,
    /// The contents of `meta.alternatives`, in order.
    pub alternatives: Vec<Vec<u8>>,
}

impl Program {
    /// The working directory a program runs in, under Go and under gosub alike: the area directory for a
    /// one-file program, the program's own directory for a several-file one.
    pub fn run_dir(&self) -> &Path {
        match self.kind {
            ProgramKind::File => self.path.parent().expect("a program file has a parent directory"),
            ProgramKind::Dir => &self.path,
        }
    }

    /// The argument naming the program on gosub's command line, relative to [`Program::run_dir`].
    pub fn run_arg(&self) -> String {
        match self.kind {
            ProgramKind::File => {
                self.path.file_name().expect("a program file has a name").to_string_lossy().into_owned()
            }
            ProgramKind::Dir => ".".to_owned(),
        }
    }

    /// The program's Go source files, sorted (test files excluded, as `go build` does).
    pub fn go_files(&self) -> io::Result<Vec<PathBuf>> {
        match self.kind {
            ProgramKind::File => Ok(vec![self.path.clone()]),
            ProgramKind::Dir => {
                let mut files = Vec::new();
                for entry in fs::read_dir(&self.path)? {
                    let path = entry?.path();
                    let name = path.file_name().unwrap_or_default().to_string_lossy();
                    if path.is_file() && name.ends_with(".go") && !name.ends_with("_test.go") {
                        files.push(path);
                    }
                }
                files.sort();
                Ok(files)
            }
        }
    }

    /// The path of an expectation file: `expectation("stdout")` is `<area>/<name>.stdout`.
    pub fn expectation(&self, extension: &str) -> PathBuf {
        let stem = match self.kind {
            ProgramKind::File => self.path.file_stem(),
            ProgramKind::Dir => self.path.file_name(),
        }
        .expect("a program path has a name");
        let mut file = stem.to_os_string();
        file.push(".");
        file.push(extension);
        self.path.with_file_name(file)
    }

    /// Reads the recorded expectations. A missing `.exit` means the program was never recorded.
    pub fn load_expected(&self) -> Result<Expected, String> {
        let exit_path = self.expectation("exit");
        let exit_text = match fs::read_to_string(&exit_path) {
            Ok(text) => text,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                return Err(format!(
                    "not recorded: {} is missing (run `cargo xtask record {}` where Go is installed)",
                    exit_path.display(),
                    self.name
                ));
            }
            Err(err) => return Err(format!("{}: {err}", exit_path.display())),
        };
        let exit = exit_text
            .trim()
            .parse::<i32>()
            .map_err(|_| format!("{}: not an exit code: {:?}", exit_path.display(), exit_text.trim()))?;
        let stdout = read(&self.expectation("stdout"))?;
        let stderr = read_optional(&self.expectation("stderr"))?.unwrap_or_default();
        let meta = match read_optional(&self.expectation("meta"))? {
            Some(bytes) => Meta::parse(&String::from_utf8_lossy(&bytes))
                .map_err(|err| format!("{}: {err}", self.expectation("meta").display()))?,
            None => Meta::default(),
        };
        let mut alternatives = Vec::new();
        for name in &meta.alternatives {
            alternatives.push(read(&self.path.with_file_name(name))?);
        }
        Ok(Expected { stdout, stderr, exit, meta, alternatives })
    }
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    fs::read(path).map_err(|err| format!("{}: {err}", path.display()))
}

fn read_optional(path: &Path) -> Result<Option<Vec<u8>>, String> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(format!("{}: {err}", path.display())),
    }
}

/// Finds every golden program under `root` (the `testdata` directory), sorted by name.
pub fn discover(root: &Path) -> io::Result<Vec<Program>> {
    let mut programs = Vec::new();
    walk(root, "", &mut programs)?;
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(programs)
}

fn walk(dir: &Path, prefix: &str, programs: &mut Vec<Program>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> =
        fs::read_dir(dir)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        let file_name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        if file_name.starts_with('.') {
            continue;
        }
        let name = format!("{prefix}{file_name}");
        if path.is_dir() {
            if prefix.is_empty() && NOT_GOLDEN.contains(&file_name.as_str()) {
                continue;
            }
            if path.join(DIR_PROGRAM_MARKER).is_file() {
                programs.push(Program { name, kind: ProgramKind::Dir, path });
            } else {
                walk(&path, &format!("{name}/"), programs)?;
            }
        } else if file_name.ends_with(".go") && !file_name.ends_with("_test.go") {
            programs.push(Program { name, kind: ProgramKind::File, path });
        }
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A scratch directory in the system temp dir, unique per test and process, removed when dropped.
    pub struct Scratch(pub PathBuf);

    impl Scratch {
        pub fn new(tag: &str) -> Scratch {
            let dir = std::env::temp_dir().join(format!("gosub-testkit-{tag}-{}", std::process::id()));
            let _ = fs::remove_dir_all(&dir);
            fs::create_dir_all(&dir).unwrap();
            Scratch(dir)
        }

        pub fn write(&self, rel: &str, contents: &str) {
            let path = self.0.join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, contents).unwrap();
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn discovers_files_nested_areas_and_directory_programs() {
        let s = Scratch::new("discover");
        s.write("syntax/b.go", "");
        s.write("syntax/a.go", "");
        s.write("syntax/a.stdout", "");
        s.write("run/chan/x.go", "");
        s.write("run/multi/main.go", "");
        s.write("run/multi/helper.go", "");
        s.write("run/multi/helper_test.go", "");
        s.write("fuzz/crash1.go", "");
        s.write("README.md", "");
        let names: Vec<(String, ProgramKind)> =
            discover(&s.0).unwrap().into_iter().map(|p| (p.name, p.kind)).collect();
        assert_eq!(
            names,
            vec![
                ("run/chan/x.go".to_owned(), ProgramKind::File),
                ("run/multi".to_owned(), ProgramKind::Dir),
                ("syntax/a.go".to_owned(), ProgramKind::File),
                ("syntax/b.go".to_owned(), ProgramKind::File),
            ]
        );
        let multi = discover(&s.0).unwrap().into_iter().find(|p| p.name == "run/multi").unwrap();
        let files: Vec<String> = multi
            .go_files()
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(files, vec!["helper.go", "main.go"]);
        assert_eq!(multi.run_arg(), ".");
        assert_eq!(multi.expectation("exit"), s.0.join("run/multi.exit"));
    }

    #[test]
    fn loads_expectations() {
        let s = Scratch::new("load");
        s.write("seeds/p.go", "");
        s.write("seeds/p.stdout", "a\n");
        s.write("seeds/p.exit", "2\n");
        s.write("seeds/p.stderr", "panic: x\n");
        s.write("seeds/p.meta", "compare: oneof\nalternatives: p.alt1.out\n");
        s.write("seeds/p.alt1.out", "b\n");
        let program = discover(&s.0).unwrap().remove(0);
        assert_eq!(program.run_arg(), "p.go");
        assert_eq!(program.run_dir(), s.0.join("seeds"));
        let expected = program.load_expected().unwrap();
        assert_eq!(expected.exit, 2);
        assert_eq!(expected.stdout, b"a\n");
        assert_eq!(expected.stderr, b"panic: x\n");
        assert_eq!(expected.alternatives, vec![b"b\n".to_vec()]);
    }

    #[test]
    fn unrecorded_and_broken_expectations_are_errors() {
        let s = Scratch::new("unrecorded");
        s.write("syntax/new.go", "");
        s.write("syntax/bad.go", "");
        s.write("syntax/bad.exit", "one\n");
        s.write("syntax/bad.stdout", "");
        let programs = discover(&s.0).unwrap();
        assert!(programs[0].load_expected().unwrap_err().contains("not an exit code"));
        let err = programs[1].load_expected().unwrap_err();
        assert!(err.contains("not recorded") && err.contains("cargo xtask record syntax/new.go"), "{err}");
    }
}
