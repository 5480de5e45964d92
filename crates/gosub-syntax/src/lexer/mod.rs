//! The lexer: Go source text to the token vector the parser consumes.
//!
//! It owns three passes, all driven from [`lex`]:
//! 1. **Tokens.** A logos DFA (`raw.rs`) recognises keywords, operators, ASCII identifiers and whitespace; the
//!    hand-written scanners in `literals.rs` finish numbers, strings, runes, comments and Unicode identifiers,
//!    reporting errors with the wording and position of Go's compiler (`cmd/compile/internal/syntax`).
//! 2. **Automatic semicolons** (the spec's rule 1), fused into pass 1 because it only needs the previous
//!    token: a newline, a general comment containing a newline, or the end of the file after an identifier,
//!    a literal, `break`/`continue`/`fallthrough`/`return`, `++`, `--`, `)`, `]` or `}` becomes an empty-span
//!    [`Tok::AutoSemi`] (or [`Tok::EofSemi`]). Rule 2 (omitting `;` before `)` and `}`) is the grammar's.
//! 3. **`type T[` classification** (`tparams.rs`): the `[` after `type Name` is re-tagged
//!    [`Tok::TParamOpen`] when gc would parse a type parameter list there.
//!
//! Lexical errors never stop lexing: each malformed literal still yields one best-effort token of its kind,
//! so the parser sees a sane stream. Decoding literal values (escapes, digits) is the checker's job.
//!
//! Known differences from gc, all after an error has been reported: gc's driver prints only the first of
//! several *equal* messages on one line (that filter belongs to whoever renders a file's diagnostics); a
//! NUL, stray BOM or invalid byte inside an identifier or number splits the token here, while gc's source
//! reader drops the character and keeps one token (then reports `malformed constant` for numbers).

mod literals;
mod raw;
mod tparams;

#[cfg(test)]
mod tests;

use crate::SyntaxError;
use crate::token::Tok;
use gosub_source::{SourceFile, Span};
use logos::Logos;
use raw::Raw;

/// A token with its byte range `(lo, tok, hi)`, the triple lalrpop consumes.
pub type Spanned<'src> = (usize, Tok<'src>, usize);

/// The byte-order mark, allowed (and skipped) only as the file's first character.
const BOM: char = '\u{FEFF}';

/// Lexes a whole file: tokens with automatic semicolons inserted, and every lexical error in source order.
///
/// Every token span lies inside `text`; spans increase and never overlap. Automatic semicolons have empty
/// spans: at the newline they replace, at the start of the multi-line general comment that acts as one (where
/// gc reports "unexpected newline"), or at the end of the text.
pub fn lex(text: &str) -> (Vec<Spanned<'_>>, Vec<SyntaxError>) {
    Lexer::new(text, None).run()
}

/// Like [`lex`], for a loaded file: also reports `invalid UTF-8 encoding` where the file's bytes were not
/// UTF-8. The file's text holds U+FFFD in their place; from the first invalid byte on, those characters are
/// reported and skipped as gc skips invalid bytes.
pub fn lex_file(file: &SourceFile) -> (Vec<Spanned<'_>>, Vec<SyntaxError>) {
    Lexer::new(file.text(), file.invalid_utf8().map(|offset| offset as usize)).run()
}

/// The state of one lexing run. The scanners in [`literals`] are further `impl` blocks of this type.
struct Lexer<'src> {
    text: &'src str,
    tokens: Vec<Spanned<'src>>,
    errors: Vec<SyntaxError>,
    /// Whether a newline here would insert a semicolon: the last token ends a statement (gc's `nlsemi`).
    nlsemi: bool,
    /// Indices into `tokens` of every `type` keyword, the only places pass 3 has to look at.
    type_keywords: Vec<usize>,
    /// Offset from which U+FFFD stands for invalid UTF-8 in the original bytes (see [`lex_file`]).
    invalid_utf8_from: Option<usize>,
    /// Whether errors were reported out of order (by the prescan), so that they need sorting at the end.
    unsorted_errors: bool,
}

impl<'src> Lexer<'src> {
    fn new(text: &'src str, invalid_utf8_from: Option<usize>) -> Lexer<'src> {
        Lexer {
            text,
            // Go source averages a little over five bytes per token; one allocation covers typical files.
            tokens: Vec::with_capacity(text.len() / 5 + 16),
            errors: Vec::new(),
            nlsemi: false,
            type_keywords: Vec::new(),
            invalid_utf8_from,
            unsorted_errors: false,
        }
    }

    fn run(mut self) -> (Vec<Spanned<'src>>, Vec<SyntaxError>) {
        self.prescan();
        let text = self.text;
        let bytes = text.as_bytes();
        let mut raw = Raw::lexer(text);
        if text.starts_with(BOM) {
            raw.bump(BOM.len_utf8());
        }
        while let Some(result) = raw.next() {
            let span = raw.span();
            let (start, matched_end) = (span.start, span.end);
            // Every character matches some pattern (`Stray` and `NonAscii` catch the rest), so logos has no
            // error to report; treating one as a stray character keeps this total anyway.
            let kind = result.unwrap_or(Raw::Stray);
            if let Some(tok) = kind.fixed() {
                if tok.is_keyword() && bytes.get(matched_end).is_some_and(|&byte| byte >= 0x80) {
                    // `ifé` is one identifier: Go identifiers continue through non-ASCII characters.
                    let end = self.ident_tail(matched_end);
                    raw.bump(end - matched_end);
                    self.push(start, Tok::Ident(&text[start..end]), end);
                } else {
                    if tok == Tok::Type {
                        self.type_keywords.push(self.tokens.len());
                    }
                    self.push(start, tok, matched_end);
                }
                continue;
            }
            let end = match kind {
                Raw::Newline => {
                    self.newline(start);
                    continue;
                }
                Raw::LineComment => {
                    // The comment ends before its newline, which must still reach `Newline`.
                    let end =
                        text[matched_end..].find('\n').map_or(text.len(), |offset| matched_end + offset);
                    raw.bump(end - matched_end);
                    continue;
                }
                Raw::BlockComment => {
                    let (end, has_newline) = self.block_comment(start);
                    raw.bump(end - matched_end);
                    if has_newline {
                        self.newline(start);
                    }
                    continue;
                }
                Raw::AsciiIdent => {
                    let end = if bytes.get(matched_end).is_some_and(|&byte| byte >= 0x80) {
                        self.ident_tail(matched_end)
                    } else {
                        matched_end
                    };
                    self.push(start, Tok::Ident(&text[start..end]), end);
                    end
                }
                Raw::Digit | Raw::DotDigit => {
                    let (end, tok) = self.number(start);
                    self.push(start, tok, end);
                    end
                }
                Raw::Quote => {
                    let end = self.string(start);
                    self.push(start, Tok::Str(&text[start..end]), end);
                    end
                }
                Raw::BackQuote => {
                    let end = self.raw_string(start);
                    self.push(start, Tok::RawStr(&text[start..end]), end);
                    end
                }
                Raw::Apostrophe => {
                    let end = self.rune(start);
                    self.push(start, Tok::Rune(&text[start..end]), end);
                    end
                }
                Raw::NonAscii => {
                    if let Some(end) = self.non_ascii_start(start, matched_end) {
                        self.push(start, Tok::Ident(&text[start..end]), end);
                        end
                    } else {
                        matched_end
                    }
                }
                Raw::Stray => {
                    self.stray(start);
                    matched_end
                }
                // `fixed()` returned `None`, so `kind` is one of the starts above.
                _ => matched_end,
            };
            raw.bump(end - matched_end);
        }
        if self.nlsemi {
            let end = text.len();
            self.tokens.push((end, Tok::EofSemi, end));
        }
        tparams::classify(&mut self.tokens, &self.type_keywords);
        if self.unsorted_errors {
            // Stable, so that errors at one offset keep the order in which they were found.
            self.errors.sort_by_key(|error| error.span.lo);
        }
        (self.tokens, self.errors)
    }

    #[inline]
    fn push(&mut self, lo: usize, tok: Tok<'src>, hi: usize) {
        self.nlsemi = tok.ends_statement();
        self.tokens.push((lo, tok, hi));
    }

    /// A newline (or a general comment spanning lines) at `at`: rule 1 of automatic semicolons.
    #[inline]
    fn newline(&mut self, at: usize) {
        if self.nlsemi {
            self.nlsemi = false;
            self.tokens.push((at, Tok::AutoSemi, at));
        }
    }

    /// Reports the characters gc's source reader rejects wherever they occur, even inside comments and
    /// literals: NUL, a BOM after the first character, and (for [`lex_file`]) invalid UTF-8. The scanners
    /// then treat them as absent at token starts and as ordinary characters inside literals.
    fn prescan(&mut self) {
        let text = self.text;
        let mut found = false;
        if text.as_bytes().contains(&0) {
            for (offset, _) in text.match_indices('\0') {
                self.error_at(offset, "invalid NUL character");
                found = true;
            }
        }
        if text.contains(BOM) {
            for (offset, _) in text.match_indices(BOM).filter(|&(offset, _)| offset > 0) {
                self.error_at(offset, "invalid BOM in the middle of the file");
                found = true;
            }
        }
        if let Some(from) = self.invalid_utf8_from {
            let from = from.min(text.len());
            for (offset, _) in
                text.match_indices(char::REPLACEMENT_CHARACTER).filter(|&(offset, _)| offset >= from)
            {
                self.error_at(offset, "invalid UTF-8 encoding");
                found = true;
            }
        }
        // The prescan's errors come before the scanners' ones in the vector; sort only if there were any.
        self.unsorted_errors = found;
    }

    /// Whether the character at `offset` is one that [`Lexer::prescan`] reported and that gc skips.
    fn is_skipped_char(&self, offset: usize, ch: char) -> bool {
        match ch {
            '\0' => true,
            BOM => true,
            char::REPLACEMENT_CHARACTER => self.invalid_utf8_from.is_some_and(|from| offset >= from),
            _ => false,
        }
    }

    /// Reports `message` at `offset`, covering the character there unless it is a newline or the end.
    fn error_at(&mut self, offset: usize, message: impl Into<String>) {
        let width = match self.text.get(offset..).and_then(|rest| rest.chars().next()) {
            None | Some('\n') => 0,
            Some(ch) => ch.len_utf8(),
        };
        self.error_span(offset, offset + width, message);
    }

    fn error_span(&mut self, lo: usize, hi: usize, message: impl Into<String>) {
        self.errors.push(SyntaxError::new(Span::from_range(lo, hi), message));
    }
}
