//! Syntax diagnostics: what the lexer and parser report.
//!
//! A [`SyntaxError`] is plain data (a span, Go's wording, an optional help line). Rendering with miette is
//! the command-line crate's job; this crate never prints.

use gosub_source::Span;

/// One syntax error, worded as Go's compiler words it (`syntax error: unexpected newline, …`), or as its
/// scanner does for lexical errors (`newline in string`, `invalid character U+0040 '@'`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
}

impl SyntaxError {
    pub fn new(span: Span, message: impl Into<String>) -> SyntaxError {
        SyntaxError { span, message: message.into(), help: None }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> SyntaxError {
        self.help = Some(help.into());
        self
    }
}
