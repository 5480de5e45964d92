//! Error values with Go's exact wording: `strconv.NumError` and the bare `strconv.ErrSyntax`.
//!
//! Go's number parsers return a value *and* an error: on a range error the value is meaningful (the
//! clamped integer, or ±Inf), and Go programs print it. [`ParseFailure`] keeps both, so the `strconv`
//! package can hand Go code exactly the pair Go would.

use std::fmt;

/// What went wrong while parsing a number: the `Err` field of Go's `*strconv.NumError`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumErrorKind {
    /// `strconv.ErrSyntax`: "invalid syntax".
    Syntax,
    /// `strconv.ErrRange`: "value out of range".
    Range,
    /// "invalid base N", for a base outside 0 and 2..=36 (Go's `int`, so it may be negative).
    Base(i64),
    /// "invalid bit size N", for a bit size outside 0..=64.
    BitSize(i64),
}

impl fmt::Display for NumErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumErrorKind::Syntax => f.write_str("invalid syntax"),
            NumErrorKind::Range => f.write_str("value out of range"),
            NumErrorKind::Base(base) => write!(f, "invalid base {base}"),
            NumErrorKind::BitSize(bits) => write!(f, "invalid bit size {bits}"),
        }
    }
}

/// Go's `*strconv.NumError`: which function failed, on which input, and why.
///
/// It displays exactly as Go's `Error()` method does, e.g.
/// `strconv.Atoi: parsing "12a": invalid syntax`; the input is shown through [`crate::quote`], so
/// invalid UTF-8 and control characters come out escaped as Go shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    /// The Go function name without the package, e.g. `"ParseInt"` or `"Atoi"`. Callers that wrap a
    /// parser under another name (as Go's `Atoi` wraps `ParseInt`) overwrite it.
    pub func: &'static str,
    /// The input as given, including any sign.
    pub num: Vec<u8>,
    pub kind: NumErrorKind,
}

impl NumError {
    pub(crate) fn new(func: &'static str, num: &[u8], kind: NumErrorKind) -> NumError {
        NumError { func, num: num.to_vec(), kind }
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "strconv.{}: parsing {}: {}", self.func, crate::quote(&self.num), self.kind)
    }
}

impl std::error::Error for NumError {}

/// A failed parse together with the value Go returns beside the error.
///
/// For [`NumErrorKind::Range`] that value is the nearest representable one (the bit size's maximum or
/// minimum for integers, ±Inf for floats); for every other kind it is zero.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseFailure<T> {
    pub value: T,
    pub error: NumError,
}

impl<T> fmt::Display for ParseFailure<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl<T: fmt::Debug> std::error::Error for ParseFailure<T> {}

/// Go's bare `strconv.ErrSyntax`, which `Unquote`, `UnquoteChar` and `QuotedPrefix` return.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError;

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid syntax")
    }
}

impl std::error::Error for SyntaxError {}
