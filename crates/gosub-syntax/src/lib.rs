//! Go syntax for gosub: the lexer, automatic semicolons, the lalrpop parser, the AST and syntax errors.
//!
//! Pipeline inside this crate: `lexer::lex` (logos, then semicolon insertion, then the `type T[`
//! classification) produces a token vector; the parser generated from `grammar/go.lalrpop` turns it into an
//! [`ast::File`]. Both report [`SyntaxError`]s and keep going where they can.
//!
//! Invariant: this crate never prints, never resolves names and never looks at types; every AST node
//! carries a span inside its file.

pub mod ast;
mod diag;
pub mod lexer;
mod parser;
pub mod token;

pub use diag::SyntaxError;
pub use parser::{ParseOutput, parse_file, parse_text};
