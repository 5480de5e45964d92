//! The standard-library packages gosub provides, declared as Go source.
//!
//! Each package is a set of Go files under `go/<import path>/`, embedded here with `include_str!`. The
//! checker checks them as ordinary packages, so users see real signatures and real errors. A function or
//! method declared without a body is *native*: the compiler compiles it to a call of the Rust function
//! registered under its qualified name (`strings.Index`, `strings.(*Builder).WriteString`). Everything
//! fast enough in interpreted Go is written in Go. This crate owns the sources and (in `natives`) the Rust
//! bodies of the natives outside `fmt`, `os` and `errors`, whose natives live in the VM.

use std::sync::OnceLock;

/// One embedded package: its import path and its files as (file name, source).
struct Package {
    path: &'static str,
    files: &'static [(&'static str, &'static str)],
}

/// Declares the embedded packages: `"import/path" => ["file.go", ...]`.
macro_rules! packages {
    ($($path:literal => [$($file:literal),+ $(,)?]),+ $(,)?) => {
        const ALL: &[Package] = &[
            $(Package {
                path: $path,
                files: &[$(($file, include_str!(concat!("../go/", $path, "/", $file)))),+],
            }),+
        ];
        /// The import paths of every package gosub provides, in dependency order (a package comes after
        /// the packages it imports).
        pub const PACKAGES: &[&str] = &[$($path),+];
    };
}

packages! {
    "errors" => ["errors.go"],
    "io" => ["io.go"],
    "unicode" => ["unicode.go"],
    "unicode/utf8" => ["utf8.go"],
    "io/fs" => ["fs.go"],
    "os" => ["os.go"],
    "fmt" => ["fmt.go"],
    "strings" => ["strings.go", "builder.go", "reader.go", "replace.go"],
    "strconv" => ["strconv.go"],
    "math" => ["const.go", "math.go"],
    "math/bits" => ["bits.go"],
    "cmp" => ["cmp.go"],
    "iter" => ["iter.go"],
    "slices" => ["slices.go", "sort.go"],
    "maps" => ["maps.go"],
    "sort" => ["sort.go"],
    "bytes" => ["bytes.go", "buffer.go", "reader.go"],
    "bufio" => ["bufio.go", "scan.go"],
    "container/list" => ["list.go"],
    "container/heap" => ["heap.go"],
    "math/cmplx" => ["cmplx.go"],
    "runtime" => ["runtime.go"],
    "time" => ["duration.go", "time.go", "format.go"],
}

/// The files of the package at `import_path`, as (file name, Go source), or `None` if gosub does not
/// provide that package.
pub fn files(import_path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    if import_path == "runtime" {
        return Some(runtime_files());
    }
    ALL.iter().find(|package| package.path == import_path).map(|package| package.files)
}

/// The runtime package's files, with `@GOOS@` and `@GOARCH@` replaced by the system gosub was built for.
fn runtime_files() -> &'static [(&'static str, &'static str)] {
    static FILES: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    FILES.get_or_init(|| {
        let embedded = ALL.iter().find(|package| package.path == "runtime").map_or(&[][..], |p| p.files);
        embedded
            .iter()
            .map(|&(name, source)| {
                let source = source
                    .replace("@GOOS@", go_os(std::env::consts::OS))
                    .replace("@GOARCH@", go_arch(std::env::consts::ARCH));
                let source: &'static str = Box::leak(source.into_boxed_str());
                (name, source)
            })
            .collect()
    })
}

/// Go's name for the operating system Rust calls `os`.
fn go_os(os: &str) -> &str {
    match os {
        "macos" => "darwin",
        other => other,
    }
}

/// Go's name for the architecture Rust calls `arch`.
fn go_arch(arch: &str) -> &str {
    match arch {
        "x86_64" => "amd64",
        "x86" => "386",
        "aarch64" => "arm64",
        "loongarch64" => "loong64",
        "powerpc64" if cfg!(target_endian = "little") => "ppc64le",
        "powerpc64" => "ppc64",
        "wasm32" => "wasm",
        other => other,
    }
}

pub mod natives;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_names_the_build_system_in_go_spelling() {
        let source = files("runtime").unwrap().iter().map(|(_, s)| *s).collect::<String>();
        assert!(!source.contains("@GOOS@") && !source.contains("@GOARCH@"));
        let goos = format!("GOOS = {:?}", go_os(std::env::consts::OS));
        assert!(source.contains(&goos), "{goos} missing");
        assert_eq!(go_os("macos"), "darwin");
        assert_eq!(go_os("linux"), "linux");
        assert_eq!(go_arch("x86_64"), "amd64");
        assert_eq!(go_arch("aarch64"), "arm64");
        assert_eq!(go_arch("x86"), "386");
    }
}
