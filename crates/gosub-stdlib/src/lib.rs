//! The standard-library packages gosub provides, declared as Go source.
//!
//! Each package is a set of Go files under `go/<import path>/`, embedded here with `include_str!`. The
//! checker checks them as ordinary packages, so users see real signatures and real errors. A function or
//! method declared without a body is *native*: the compiler compiles it to a call of the Rust function
//! registered under its qualified name (`strings.Index`, `strings.(*Builder).WriteString`). Everything
//! fast enough in interpreted Go is written in Go. This crate owns the sources and (in `natives`) the Rust
//! bodies of the natives outside `fmt`, `os` and `errors`, whose natives live in the VM.

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
    "bytes" => ["bytes.go", "buffer.go"],
    "bufio" => ["bufio.go", "scan.go"],
}

/// The files of the package at `import_path`, as (file name, Go source), or `None` if gosub does not
/// provide that package.
pub fn files(import_path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    ALL.iter().find(|package| package.path == import_path).map(|package| package.files)
}

pub mod natives;
