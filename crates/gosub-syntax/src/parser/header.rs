//! The go command's look at a file before the compiler: its package clause and imports.
//!
//! `go build` reads each file's header (the package clause and the import declarations) to find the
//! package's imports before it runs the compiler, and a file whose header does not parse never reaches the
//! compiler: the go command prints the first error its own parser found, in that parser's words
//! (`expected 'package', found 'import'`, `missing import path`), without gc's `syntax error:` prefix.
//! gosub plays the go command's part, so it checks the header the same way first:
//!
//! 1. A byte-level reader (the go command's) takes the header: the package clause and the import
//!    declarations, up to the first byte of whatever follows them. If that reader itself fails (say
//!    `import` is followed by neither a path nor a parenthesis), the whole file is the header.
//! 2. The header is parsed as go/parser parses a file in "imports only" mode: the package clause, then
//!    import declarations for as long as they come. Its errors, and the lexical errors met on the way
//!    (worded as go/scanner words them), are collected; the first by position is the one printed.
//! 3. If that succeeded, each import path must be a valid path (`invalid import path: …`).
//!
//! What the compiler reports (everything after the imports, and the imports' own semantics) is left to
//! the parser proper.

use gosub_source::Span;

use crate::SyntaxError;
use crate::lexer::Spanned;
use crate::token::Tok;

/// The go command's error for this file's header, if it has one.
pub(super) fn check(text: &str, tokens: &[Spanned<'_>], lexical: &[SyntaxError]) -> Option<SyntaxError> {
    let end = header_end(text.as_bytes());
    // The tokens of the header: the file's own tokens, cut where the header ends. Where the cut leaves a
    // statement unterminated, go/scanner would insert a semicolon at the end of its input.
    let mut header: Vec<Spanned<'_>> = tokens.iter().copied().take_while(|token| token.0 < end).collect();
    if header.last().is_some_and(|token| token.1.ends_statement()) {
        header.push((end, Tok::AutoSemi, end));
    }
    let mut parser =
        HeaderParser { text, tokens: &header, index: 0, errors: Vec::new(), end, paths: Vec::new() };
    parser.file();
    let stop = parser.stop_offset();
    let HeaderParser { mut errors, paths, .. } = parser;
    // go/scanner reports lexical errors as it reads tokens, so those in the part the parser read count.
    errors.extend(
        lexical
            .iter()
            .filter(|error| (error.span.lo as usize) <= stop)
            .map(|error| scanner_error(text, tokens, error)),
    );
    if errors.is_empty() {
        return paths.into_iter().find_map(|(at, path)| invalid_path(at, path));
    }
    errors.into_iter().min_by_key(|error| error.span.lo)
}

/// A lexical error as go/scanner words it, where its wording differs from gc's scanner's.
fn scanner_error(text: &str, tokens: &[Spanned<'_>], error: &SyntaxError) -> SyntaxError {
    let message = error.message.as_str();
    // go/scanner reports an unterminated literal at its start, gc at the newline or end of file.
    let literal_start = || {
        let at = error.span.lo as usize;
        let string = |token: &&Spanned<'_>| matches!(token.1, Tok::Str(_) | Tok::RawStr(_));
        tokens.iter().filter(string).find(|token| token.0 <= at && at <= token.2).map_or(at, |token| token.0)
    };
    let (at, message) = if let Some(rest) = message.strip_prefix("invalid character ") {
        (error.span.lo as usize, format!("illegal character {rest}"))
    } else if message == "newline in string" || message == "string not terminated" {
        let start = literal_start();
        let raw = text.as_bytes().get(start) == Some(&b'`');
        let what = if raw { "raw string literal not terminated" } else { "string literal not terminated" };
        (start, what.to_string())
    } else if message == "invalid NUL character" {
        (error.span.lo as usize, "illegal character NUL".to_string())
    } else if message == "invalid UTF-8 encoding" {
        (error.span.lo as usize, "illegal UTF-8 encoding".to_string())
    } else if message == "invalid BOM in the middle of the file" {
        (error.span.lo as usize, "illegal byte order mark".to_string())
    } else {
        return error.clone();
    };
    SyntaxError::new(Span::from_range(at, at), message)
}

/// `invalid import path: P` for a path the go command rejects: empty, or with a character that is not
/// graphic, is a space, or is one of ``!"#$%&'()*,:;<=>?[\]^{|}`` and the backquote.
fn invalid_path(at: usize, literal: &str) -> Option<SyntaxError> {
    let path = unquote(literal);
    let valid = !path.is_empty()
        && path.chars().all(|c| {
            !c.is_control()
                && !c.is_whitespace()
                && c != '\u{FFFD}'
                && !"!\"#$%&'()*,:;<=>?[\\]^{|}`".contains(c)
        });
    (!valid).then(|| SyntaxError::new(Span::from_range(at, at), format!("invalid import path: {path}")))
}

/// The value of a string literal (raw or interpreted); escapes other than the common ones are kept as
/// written, which is enough to judge an import path.
fn unquote(literal: &str) -> String {
    let inner = literal.get(1..literal.len().saturating_sub(1)).unwrap_or("");
    if literal.starts_with('`') {
        return inner.replace('\r', "");
    }
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                match u8::from_str_radix(&hex, 16) {
                    Ok(byte) if byte.is_ascii() => out.push(char::from(byte)),
                    _ => out.push('\u{FFFD}'),
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------------------
// Step 1: the byte-level header reader.

/// How the reader stopped.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// At a byte that cannot continue the header (the first byte of the first declaration, say).
    Done,
    /// At something that is not Go: the whole file is then the header.
    Syntax,
}

/// The byte offset where the header ends (the whole text when the reader stops at a syntax error).
fn header_end(bytes: &[u8]) -> usize {
    let start = if bytes.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
    let mut reader = Reader { bytes, pos: start, peek: 0, stop: None, eof: false };
    reader.keyword(b"package");
    reader.ident();
    while reader.peek_byte(true) == b'i' {
        reader.keyword(b"import");
        if reader.peek_byte(true) == b'(' {
            reader.next_byte(false);
            while reader.peek_byte(true) != b')' && reader.stop.is_none() {
                reader.import();
            }
            reader.next_byte(false);
        } else {
            reader.import();
        }
    }
    match reader.stop {
        Some(Stop::Syntax) => bytes.len(),
        // The reader has read one byte past the header (the one that ended it) unless it hit the end.
        _ if !reader.eof => reader.pos.saturating_sub(1),
        _ => reader.pos,
    }
}

/// A reader of bytes with one byte of lookahead that skips white space, semicolons and comments when
/// asked, and stops for good at the first problem.
struct Reader<'a> {
    bytes: &'a [u8],
    /// The next byte to read.
    pos: usize,
    /// A byte read but not consumed; 0 for none (a NUL byte stops the header anyway).
    peek: u8,
    stop: Option<Stop>,
    eof: bool,
}

impl Reader<'_> {
    fn syntax_error(&mut self) {
        self.stop.get_or_insert(Stop::Syntax);
    }

    fn read_byte(&mut self) -> u8 {
        match self.bytes.get(self.pos) {
            Some(&byte) => {
                self.pos += 1;
                if byte == 0 {
                    // A NUL byte is an I/O-level error for the go command; the compiler reports it too.
                    self.stop.get_or_insert(Stop::Done);
                }
                byte
            }
            None => {
                self.eof = true;
                0
            }
        }
    }

    fn peek_byte(&mut self, skip_space: bool) -> u8 {
        if self.stop.is_some() {
            return 0;
        }
        let mut c = if self.peek == 0 { self.read_byte() } else { self.peek };
        while self.stop.is_none() && !self.eof {
            if skip_space {
                match c {
                    b' ' | b'\x0c' | b'\t' | b'\r' | b'\n' | b';' => {
                        c = self.read_byte();
                        continue;
                    }
                    b'/' => {
                        c = self.read_byte();
                        if c == b'/' {
                            while c != b'\n' && self.stop.is_none() && !self.eof {
                                c = self.read_byte();
                            }
                        } else if c == b'*' {
                            let mut c1 = 0u8;
                            while (c != b'*' || c1 != b'/') && self.stop.is_none() {
                                if self.eof {
                                    self.syntax_error();
                                }
                                (c, c1) = (c1, self.read_byte());
                            }
                        } else {
                            self.syntax_error();
                        }
                        c = self.read_byte();
                        continue;
                    }
                    _ => {}
                }
            }
            break;
        }
        self.peek = c;
        c
    }

    fn next_byte(&mut self, skip_space: bool) -> u8 {
        let c = self.peek_byte(skip_space);
        self.peek = 0;
        c
    }

    fn keyword(&mut self, keyword: &[u8]) {
        self.peek_byte(true);
        for &expected in keyword {
            if self.next_byte(false) != expected {
                self.syntax_error();
                return;
            }
        }
        if is_ident_byte(self.peek_byte(false)) {
            self.syntax_error();
        }
    }

    fn ident(&mut self) {
        if !is_ident_byte(self.peek_byte(true)) {
            self.syntax_error();
            return;
        }
        while is_ident_byte(self.peek_byte(false)) {
            self.peek = 0;
        }
    }

    fn string(&mut self) {
        match self.next_byte(true) {
            b'`' => {
                while self.stop.is_none() {
                    if self.next_byte(false) == b'`' {
                        break;
                    }
                    if self.eof {
                        self.syntax_error();
                    }
                }
            }
            b'"' => {
                while self.stop.is_none() {
                    let c = self.next_byte(false);
                    if c == b'"' {
                        break;
                    }
                    if self.eof || c == b'\n' {
                        self.syntax_error();
                    }
                    if c == b'\\' {
                        self.next_byte(false);
                    }
                }
            }
            _ => self.syntax_error(),
        }
    }

    fn import(&mut self) {
        let c = self.peek_byte(true);
        if c == b'.' {
            self.peek = 0;
        } else if is_ident_byte(c) {
            self.ident();
        }
        self.string();
    }
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

// ---------------------------------------------------------------------------------------------------------
// Step 2: the header parser, in go/parser's words.

struct HeaderParser<'t, 'src> {
    text: &'src str,
    tokens: &'t [Spanned<'src>],
    index: usize,
    errors: Vec<SyntaxError>,
    /// The offset of the end of the header (where the end of file is, for this parser).
    end: usize,
    /// Each import: where its spec starts (its name, or its path) and the path literal.
    paths: Vec<(usize, &'src str)>,
}

impl<'src> HeaderParser<'_, 'src> {
    fn tok(&self) -> Option<Tok<'src>> {
        self.tokens.get(self.index).map(|token| token.1)
    }

    fn pos(&self) -> usize {
        self.tokens.get(self.index).map_or(self.end, |token| token.0)
    }

    fn next(&mut self) {
        if self.index < self.tokens.len() {
            self.index += 1;
        }
    }

    /// The offset up to which the parser read (including its lookahead token).
    fn stop_offset(&self) -> usize {
        self.tokens.get(self.index).map_or(self.end, |token| token.2)
    }

    /// Records an error, unless one was already recorded on the same line (go/parser's rule).
    fn error(&mut self, at: usize, message: String) {
        if let Some(last) = self.errors.last() {
            let (from, to) = (last.span.lo as usize, at);
            let between = self.text.get(from.min(to)..from.max(to)).unwrap_or("");
            if !between.contains('\n') {
                return;
            }
        }
        self.errors.push(SyntaxError::new(Span::from_range(at, at), message));
    }

    /// `expected X, found Y` at the current token, in go/parser's naming.
    fn error_expected(&mut self, what: &str) {
        let found = match self.tok() {
            None => "'EOF'".to_string(),
            Some(Tok::AutoSemi | Tok::EofSemi) => "newline".to_string(),
            Some(
                tok @ (Tok::Ident(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Rune(_)
                | Tok::Str(_)
                | Tok::RawStr(_)),
            ) => tok.text().to_string(),
            Some(tok) => format!("'{}'", tok.text()),
        };
        let at = self.pos();
        self.error(at, format!("expected {what}, found {found}"));
    }

    fn expect(&mut self, tok: Tok<'_>, name: &str) {
        if self.tok() != Some(tok) {
            self.error_expected(name);
        }
        self.next();
    }

    fn expect_semi(&mut self) {
        match self.tok() {
            Some(Tok::RParen | Tok::RBrace) => {}
            Some(Tok::Comma) => {
                self.error_expected("';'");
                self.next();
            }
            Some(Tok::Semi | Tok::AutoSemi | Tok::EofSemi) => self.next(),
            _ => {
                self.error_expected("';'");
                // go/parser skips to the next statement keyword.
                while let Some(tok) = self.tok() {
                    if is_statement_keyword(tok) {
                        break;
                    }
                    self.next();
                }
            }
        }
    }

    fn file(&mut self) {
        self.expect(Tok::Package, "'package'");
        match self.tok() {
            Some(Tok::Ident(_)) => self.next(),
            _ => self.expect(Tok::Ident(""), "'IDENT'"),
        }
        self.expect_semi();
        if !self.errors.is_empty() {
            // go/parser gives up on a file whose package clause is broken.
            return;
        }
        while self.tok() == Some(Tok::Import) {
            self.next();
            if self.tok() == Some(Tok::LParen) {
                self.next();
                while !matches!(self.tok(), Some(Tok::RParen) | None) {
                    let before = self.index;
                    self.import_spec();
                    if self.index == before {
                        // go/parser's error recovery eventually skips a token that stops it; so must this.
                        self.next();
                    }
                }
                self.expect(Tok::RParen, "')'");
                self.expect_semi();
            } else {
                self.import_spec();
            }
        }
    }

    fn import_spec(&mut self) {
        let start = self.pos();
        if matches!(self.tok(), Some(Tok::Ident(_) | Tok::Dot)) {
            self.next();
        }
        let at = self.pos();
        match self.tok() {
            Some(Tok::Str(path) | Tok::RawStr(path)) => {
                self.paths.push((start, path));
                self.next();
            }
            Some(Tok::Ident(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Rune(_)) => {
                self.error(at, "import path must be a string".to_string());
                self.next();
            }
            _ => {
                self.error(at, "missing import path".to_string());
                while !matches!(
                    self.tok(),
                    None | Some(
                        Tok::Comma
                            | Tok::Colon
                            | Tok::Semi
                            | Tok::AutoSemi
                            | Tok::EofSemi
                            | Tok::RParen
                            | Tok::RBrack
                            | Tok::RBrace
                    )
                ) {
                    self.next();
                }
            }
        }
        self.expect_semi();
    }
}

fn is_statement_keyword(tok: Tok<'_>) -> bool {
    matches!(
        tok,
        Tok::Break
            | Tok::Const
            | Tok::Continue
            | Tok::Defer
            | Tok::Fallthrough
            | Tok::For
            | Tok::Go
            | Tok::Goto
            | Tok::If
            | Tok::Return
            | Tok::Select
            | Tok::Switch
            | Tok::Type
            | Tok::Var
    )
}
