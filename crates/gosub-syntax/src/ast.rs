//! The Go AST (placeholder until the grammar lands).

use gosub_source::Span;

#[derive(Clone, Debug)]
pub struct File {
    pub span: Span,
}
