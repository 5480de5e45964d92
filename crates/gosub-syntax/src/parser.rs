//! The parser entry points (placeholder until the grammar lands).

use crate::{SyntaxError, ast};
use gosub_source::SourceFile;

/// The result of parsing one file: the AST when one could be built, and every syntax error in source order.
#[derive(Debug)]
pub struct ParseOutput {
    pub file: Option<ast::File>,
    pub errors: Vec<SyntaxError>,
}

pub fn parse_file(file: &SourceFile) -> ParseOutput {
    parse_text(file.text())
}

pub fn parse_text(text: &str) -> ParseOutput {
    let (_tokens, errors) = crate::lexer::lex(text);
    ParseOutput { file: None, errors }
}
