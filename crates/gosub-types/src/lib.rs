//! gosub's type checker: name resolution, types, constants and the typed program.
//!
//! The checker turns a package's `ast::File`s into side tables ([`Info`]: the type and constant value of
//! every expression, what each identifier defines or uses, selections, initialisation order), reporting
//! errors with the wording and positions of `go build`. [`constant`] holds Go's exact constant values
//! (big integers, exact rationals, 512-bit floats) and their arithmetic, checked against real Go; the
//! checker folds every constant expression through it, and [`Info`] hands the compiler its values. The
//! crate never prints; diagnostics are rendered by the CLI.

pub mod constant;

// The checker (see `check/mod.rs` for its phases).
mod check;
mod exprstring;
mod fasthash;
pub mod importer;
pub mod info;
pub mod lookup;
pub mod objects;
pub mod stubs;
pub mod types;

pub use check::{Checked, PackageFile, TypeError, check_package, check_package_named};
pub use importer::{Importer, SourceImporter};
pub use info::{ExprMode, FileInfo, Info, Instance, Selection, SelectionKind, TypeAndValue};
pub use objects::{ObjId, ObjKind, Object, PackageId, World};
pub use types::{BasicKind, Type, TypeId, TypeTable};
