//! Wording of syntax errors: lalrpop's errors become Go-shaped [`SyntaxError`]s here.
//!
//! This is the one place that decides what a parse error says. gc's parser is hand-written and words an
//! error by where it is: `unexpected newline in composite literal; possibly missing comma or }` comes from
//! its list parser working on a composite literal, `unexpected name y, expected { after for clause` from
//! its `for` statement after the header. An LR parser knows only the offending token and the terminals it
//! would have accepted there (lalrpop's `expected`, computed from the parse stack after the reductions the
//! parser made on the offending token: the valid next tokens, though in a state the table generator merged
//! the set can be smaller). [`Wording`] recovers gc's context from two sources:
//!
//! * the expected set: which list an error is in shows in what may come next (a separator and a closing
//!   token mean "after a complete element"; `{` without `}` means "after a statement header"; `case` means
//!   "in a switch body");
//! * the tokens before the error, which form a valid prefix of a Go file (the parser accepted them): the
//!   innermost unclosed bracket says which construct the error is in (a `{` after `struct` is a struct
//!   type, a `(` after `func` or after a function's name is a parameter list), and the keyword that opens
//!   the current statement header says which header it is.
//!
//! Where gc accepts a near miss and complains (`if x = 2 {`, `func f[]()`, `(T)` as an embedded field),
//! the grammar accepts it too and `helpers` reports gc's message; this module only words the errors the
//! grammar itself detects. Two kinds of those gc notices at an earlier token than our grammar does, and
//! they are moved there: an error inside a `{…}` that gc would never have read as a composite literal
//! (after a call or a basic literal) belongs at that `{`, and a few complaints gc makes before it fails
//! (`method has no receiver`, `:=` for `=` in a declaration) come first ([`Worded::before`]).

use crate::SyntaxError;
use crate::ast::{self, Expr, ExprKind, StmtKind};
use crate::lexer::Spanned;
use crate::token::Tok;
use gosub_source::Span;
use lalrpop_util::ParseError;

/// What `helpers` reports for a `{` after an operand that cannot be a literal's type, as at statement
/// level; [`Wording`] rewords it for other contexts.
pub const STRAY_BRACE: &str = "unexpected { at end of statement";

/// Prefixes a message with gc's `syntax error: `.
pub fn syntax(message: &str) -> String {
    format!("syntax error: {message}")
}

/// The offset an error is reported at.
pub fn location(error: &ParseError<usize, Tok<'_>, SyntaxError>) -> u32 {
    let at = match error {
        ParseError::User { error } => return error.span.lo,
        ParseError::UnrecognizedToken { token, .. } | ParseError::ExtraToken { token } => token.0,
        ParseError::UnrecognizedEof { location, .. } | ParseError::InvalidToken { location } => *location,
    };
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// A worded error.
#[derive(Debug)]
pub struct Worded {
    pub error: SyntaxError,
    /// Whether the error only follows from an earlier one, so that gc would not have reported it when an
    /// earlier error exists: it is at the end of the file (gc's rule), or it is about top-level code where
    /// the brackets say the code is inside a function (error recovery closed the function early).
    pub follow_on: bool,
    /// An error gc reports before this one, at an earlier or the same token (`method has no receiver`
    /// before the missing method name).
    pub before: Option<SyntaxError>,
}

/// Words the parse errors of one file, given its text and the tokens the parser was fed.
pub struct Wording<'t, 'src> {
    text: &'src str,
    tokens: &'t [Spanned<'src>],
}

impl<'t, 'src> Wording<'t, 'src> {
    pub fn new(text: &'src str, tokens: &'t [Spanned<'src>]) -> Wording<'t, 'src> {
        Wording { text, tokens }
    }

    /// Turns one lalrpop error into a [`SyntaxError`] at the offending token.
    pub fn word(&self, error: ParseError<usize, Tok<'src>, SyntaxError>) -> Worded {
        let eof = self.text.len();
        match error {
            ParseError::User { mut error } => {
                // `helpers::composite_lit` reports a literal whose type cannot be one at its `{` as a
                // statement would; the construct around it decides gc's words.
                if error.message == syntax(STRAY_BRACE) {
                    let open = self.index_of(error.span.lo as usize);
                    if self.tok(open) == Some(Tok::LBrace) {
                        error.message = self.stray_brace(open);
                    }
                }
                Worded { error, follow_on: false, before: None }
            }
            ParseError::UnrecognizedToken { token: (lo, tok, hi), expected } => {
                // The `EofSemi` that `parse_tokens` adds to a file ending mid-declaration is the end of file.
                let synthetic =
                    matches!(tok, Tok::EofSemi) && lo == eof && self.tokens.last().map(|t| t.0) == Some(lo);
                let index = self.index_of(lo);
                let site = Site {
                    wording: self,
                    index,
                    tok: if synthetic { None } else { Some(tok) },
                    lo,
                    expected: Expected::new(&expected),
                };
                let (message, at) = site.message();
                let span = if at == lo { Span::from_range(lo, hi.max(lo)) } else { Span::from_range(at, at) };
                let before = site.error_before();
                let misplaced = site.expected.between_declarations() && self.innermost(index).is_some();
                Worded { error: SyntaxError::new(span, message), follow_on: synthetic || misplaced, before }
            }
            ParseError::UnrecognizedEof { expected, .. } => {
                let site = Site {
                    wording: self,
                    index: self.tokens.len(),
                    tok: None,
                    lo: eof,
                    expected: Expected::new(&expected),
                };
                let (message, at) = site.message();
                Worded {
                    error: SyntaxError::new(Span::from_range(at, at), message),
                    follow_on: true,
                    before: None,
                }
            }
            ParseError::ExtraToken { token: (lo, tok, hi) } => Worded {
                error: SyntaxError::new(
                    Span::from_range(lo, hi.max(lo)),
                    syntax(&format!("unexpected {} after top level declaration", tok.describe())),
                ),
                follow_on: false,
                before: None,
            },
            ParseError::InvalidToken { location } => Worded {
                error: SyntaxError::new(Span::from_range(location, location), syntax("invalid token")),
                follow_on: false,
                before: None,
            },
        }
    }

    /// The index in `tokens` of the token starting at `lo` (the first one at or after it).
    fn index_of(&self, lo: usize) -> usize {
        self.tokens.partition_point(|token| token.0 < lo)
    }

    fn tok(&self, index: usize) -> Option<Tok<'src>> {
        self.tokens.get(index).map(|token| token.1)
    }

    /// The index of the bracket that `close` (an index of `)`, `]` or `}`) closes.
    fn opener(&self, close: usize) -> Option<usize> {
        let mut depth = 0usize;
        for index in (0..close).rev() {
            match self.tokens[index].1 {
                Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
                Tok::LParen | Tok::LBrack | Tok::TParamOpen | Tok::LBrace => {
                    if depth == 0 {
                        return Some(index);
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        None
    }

    /// The brackets still open before the token at `index`, innermost first.
    fn open_brackets(&self, index: usize) -> Vec<usize> {
        let mut open = Vec::new();
        let mut depth = 0usize;
        for at in (0..index.min(self.tokens.len())).rev() {
            match self.tokens[at].1 {
                Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
                Tok::LParen | Tok::LBrack | Tok::TParamOpen | Tok::LBrace => {
                    if depth == 0 {
                        open.push(at);
                    } else {
                        depth -= 1;
                    }
                }
                _ => {}
            }
        }
        open
    }

    /// Whether the `{` at `open` follows an operand that gc never takes for a composite literal's type: a
    /// basic literal, a call, or a composite or function literal. gc's expression parser stops before such
    /// a `{`; our grammar reads the literal and rejects it afterwards, so an error inside it belongs at it.
    fn impossible_literal(&self, open: usize) -> bool {
        if self.tokens[open].1 != Tok::LBrace || open == 0 {
            return false;
        }
        let prev = open - 1;
        let after_value = match self.tokens[prev].1 {
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Rune(_) | Tok::Str(_) | Tok::RawStr(_) => true,
            Tok::RParen => self.opener(prev).is_some_and(|paren| self.frame(paren) == Frame::Args),
            // `s[2]{`: an index that must be a value (a literal or an operation in it) is no generic type.
            Tok::RBrack => self.opener(prev).is_some_and(|bracket| {
                self.frame(bracket) == Frame::Index && self.holds_value(bracket + 1, prev)
            }),
            Tok::RBrace => self.opener(prev).is_some_and(|brace| {
                !matches!(
                    brace.checked_sub(1).and_then(|at| self.tok(at)),
                    Some(Tok::Struct | Tok::Interface)
                ) && !self.opens_block(brace)
            }),
            _ => false,
        };
        // A statement's body after its header (`if x == 1 {`) follows an operand too.
        after_value && self.header(open).is_none()
    }

    /// Whether the tokens `from..to` contain something that makes an expression a value rather than a type:
    /// a basic literal, or (outside brackets) an operator other than `*`.
    fn holds_value(&self, from: usize, to: usize) -> bool {
        let mut depth = 0usize;
        for token in &self.tokens[from..to] {
            match token.1 {
                Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
                Tok::RParen | Tok::RBrack | Tok::RBrace => depth = depth.saturating_sub(1),
                Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Rune(_) | Tok::Str(_) | Tok::RawStr(_) => {
                    return true;
                }
                tok if depth == 0
                    && !matches!(tok, Tok::Ident(_) | Tok::Star | Tok::Dot)
                    && is_continuation(tok.text()) =>
                {
                    return true;
                }
                _ => {}
            }
        }
        false
    }

    /// gc's message for a `{` after an operand that cannot be a composite literal's type: the expression
    /// ends before it, and the construct around it words the stray `{`.
    fn stray_brace(&self, open: usize) -> String {
        if self.in_case_list(open) {
            return syntax("unexpected {, expected :");
        }
        let message = match self.innermost(open) {
            Some((_, Frame::Args)) => "unexpected { in argument list; possibly missing comma or )",
            Some((outer, Frame::Brace)) if !self.opens_block(outer) => {
                "unexpected { in composite literal; possibly missing comma or }"
            }
            Some((_, Frame::Paren)) => "unexpected {, expected )",
            Some((_, Frame::Index)) => "unexpected {, expected comma, : or ]",
            _ => "unexpected { at end of statement",
        };
        syntax(message)
    }

    /// Whether the token at `index` is in the expression list of a `case` (before its colon).
    fn in_case_list(&self, index: usize) -> bool {
        let mut at = index;
        while at > 0 {
            at -= 1;
            match self.tokens[at].1 {
                Tok::Case => return true,
                Tok::RParen | Tok::RBrack | Tok::RBrace => match self.opener(at) {
                    Some(open) => at = open,
                    None => return false,
                },
                Tok::Colon | Tok::Semi | Tok::AutoSemi | Tok::LBrace | Tok::LParen | Tok::LBrack => {
                    return false;
                }
                _ => {}
            }
        }
        false
    }

    /// Whether the `{` at `open` opens a statement list (a block, a function body, a switch or select body)
    /// rather than a composite literal or a struct or interface type: judged by the token before it as gc
    /// does, and where that is a type's last name (`func f() int {`, `T{`), by the semicolons a statement
    /// list has at its top level and a literal never has.
    fn opens_block(&self, open: usize) -> bool {
        let Some(prev) = open.checked_sub(1) else { return true };
        match self.tokens[prev].1 {
            Tok::Semi
            | Tok::AutoSemi
            | Tok::LBrace
            | Tok::RBrace
            | Tok::Colon
            | Tok::Else
            | Tok::For
            | Tok::Switch
            | Tok::Select => return true,
            Tok::Struct | Tok::Interface => return false,
            Tok::RParen if self.opener(prev).is_some_and(|paren| self.frame(paren) == Frame::Params) => {
                return true;
            }
            _ => {}
        }
        if self.header(open).is_some() {
            // In a header, a `{` is the body unless it belongs to a type literal's composite literal.
            return !self.brace_in_header(open)
                || self.opener(prev).is_some_and(|paren| self.frame(paren) == Frame::Params);
        }
        if self.follows_literal_type(open) {
            return false;
        }
        let mut depth = 0usize;
        for token in self.tokens.iter().skip(open + 1) {
            match token.1 {
                Tok::LParen | Tok::LBrack | Tok::TParamOpen | Tok::LBrace => depth += 1,
                Tok::RParen | Tok::RBrack | Tok::RBrace if depth == 0 => break,
                Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
                Tok::Semi | Tok::AutoSemi if depth == 0 => return true,
                _ => {}
            }
        }
        false
    }

    /// The innermost bracket still open before the token at `index`, and what it opens.
    fn innermost(&self, index: usize) -> Option<(usize, Frame)> {
        let open = self.opener(index)?;
        Some((open, self.frame(open)))
    }

    /// What the bracket at `open` opens, judged from the tokens before it (as gc's parser decides: by the
    /// token it has just consumed).
    fn frame(&self, open: usize) -> Frame {
        let prev = open.checked_sub(1).and_then(|index| self.tok(index));
        match (self.tokens[open].1, prev) {
            (Tok::LBrace, Some(Tok::Struct)) => Frame::Struct,
            (Tok::LBrace, Some(Tok::Interface)) => Frame::Interface,
            (Tok::LBrace, _) => Frame::Brace,
            (Tok::LParen, Some(Tok::Import | Tok::Var | Tok::Const | Tok::Type)) => Frame::Group,
            (Tok::LParen, Some(Tok::Dot)) => Frame::Paren,
            (Tok::LParen, _) if self.is_param_list(open) => Frame::Params,
            (Tok::LParen, Some(tok)) if ends_operand(tok) => Frame::Args,
            (Tok::LParen, _) => Frame::Paren,
            (Tok::TParamOpen, _) => Frame::TypeParams,
            (Tok::LBrack, Some(Tok::Ident(_))) if open >= 2 && self.tok(open - 2) == Some(Tok::Func) => {
                Frame::TypeParams
            }
            (Tok::LBrack, Some(tok)) if ends_operand(tok) => Frame::Index,
            _ => Frame::Other,
        }
    }

    /// Whether the `(` at `open` opens a parameter or result list: after `func`, after a function's or an
    /// interface method's name, after a generic function's type parameters, or after another parameter
    /// list (the results).
    fn is_param_list(&self, open: usize) -> bool {
        let Some(prev) = open.checked_sub(1) else { return false };
        match self.tokens[prev].1 {
            Tok::Func => true,
            Tok::Ident(_) => match prev.checked_sub(1).map(|index| (index, self.tokens[index].1)) {
                Some((_, Tok::Func)) => true,
                // `func (r T) Name(`: the receiver list closes right before the name.
                Some((close, Tok::RParen)) => self
                    .opener(close)
                    .is_some_and(|receiver| receiver > 0 && self.tok(receiver - 1) == Some(Tok::Func)),
                // A method name at the start of an interface element.
                Some((_, Tok::LBrace | Tok::Semi | Tok::AutoSemi)) => {
                    matches!(self.innermost(prev), Some((_, Frame::Interface)))
                }
                _ => false,
            },
            // `func f[T any](`.
            Tok::RBrack => self.opener(prev).is_some_and(|bracket| {
                bracket >= 2
                    && matches!(self.tok(bracket - 1), Some(Tok::Ident(_)))
                    && self.tok(bracket - 2) == Some(Tok::Func)
            }),
            Tok::RParen => self.opener(prev).is_some_and(|params| self.is_param_list(params)),
            _ => false,
        }
    }

    /// Whether the `{` at `open`, inside a statement header, belongs to the header (a composite literal of
    /// a type literal, `[]int{…}`, or a function literal's body) rather than being the statement's body.
    fn brace_in_header(&self, open: usize) -> bool {
        let Some(prev) = open.checked_sub(1) else { return false };
        match self.tokens[prev].1 {
            // A function literal's body after its parameters (a `{` after a call is the statement's body).
            Tok::RParen => self.opener(prev).is_some_and(|paren| self.frame(paren) == Frame::Params),
            _ => self.follows_literal_type(open),
        }
    }

    /// Whether the `{` at `open` follows a type literal that may have a composite literal (`[]T`, `[N]T`,
    /// `map[K]V`, `struct{…}`) and that is not a function's result type (whose `{` is the body).
    fn follows_literal_type(&self, open: usize) -> bool {
        let Some(start) = open.checked_sub(1).and_then(|last| self.type_start(last)) else { return false };
        let literal_type = matches!(self.tokens[start].1, Tok::LBrack | Tok::Map | Tok::Struct);
        let result = start > 0
            && self.tokens[start - 1].1 == Tok::RParen
            && self.opener(start - 1).is_some_and(|paren| self.frame(paren) == Frame::Params);
        literal_type && !result
    }

    /// The first token of the type that ends with the token at `last`, for the types a composite literal
    /// may have and their element types: names (`T`, `pkg.T`) after any `*`, `chan`, `[]`, `[N]` and
    /// `map[K]` prefixes, and `struct{…}`. `None` for anything else.
    fn type_start(&self, last: usize) -> Option<usize> {
        let mut start = match self.tokens[last].1 {
            Tok::Ident(_) if last >= 2 && self.tokens[last - 1].1 == Tok::Dot => {
                matches!(self.tokens[last - 2].1, Tok::Ident(_)).then_some(last - 2)?
            }
            Tok::Ident(_) => last,
            Tok::RBrace => {
                let open = self.opener(last)?;
                (open > 0 && self.tokens[open - 1].1 == Tok::Struct).then_some(open - 1)?
            }
            _ => return None,
        };
        while start > 0 {
            match self.tokens[start - 1].1 {
                Tok::Star | Tok::Chan | Tok::Arrow => start -= 1,
                Tok::RBrack => {
                    let bracket = self.opener(start - 1)?;
                    match bracket.checked_sub(1).map(|before| self.tokens[before].1) {
                        Some(Tok::Map) => start = bracket - 1,
                        // `[N][M]T`, `map[K][]T`: another prefix before this one (checked next).
                        Some(Tok::RBrack) => start = bracket,
                        // After an operand, `x[…]T` is no type: `[` indexes `x`.
                        Some(tok) if ends_operand(tok) => break,
                        _ => start = bracket,
                    }
                }
                _ => break,
            }
        }
        Some(start)
    }

    /// The statement header the token at `index` is in: its keyword, how many semicolons of the header
    /// precede `index`, and whether it has a `range` clause. Walks back over the statement at bracket depth
    /// zero, skipping bracketed groups, to the `if`/`for`/`switch`/`select` that opens it.
    fn header(&self, index: usize) -> Option<Header<'src>> {
        let mut semis = 0;
        let mut range = false;
        let mut at = index;
        while at > 0 {
            at -= 1;
            match self.tokens[at].1 {
                Tok::If | Tok::For | Tok::Switch | Tok::Select => {
                    let keyword = self.tokens[at].1;
                    let max = match keyword {
                        Tok::For => 2,
                        Tok::Select => 0,
                        _ => 1,
                    };
                    return (semis <= max).then_some(Header { keyword, semis, range });
                }
                Tok::Range => range = true,
                Tok::Semi | Tok::AutoSemi => semis += 1,
                Tok::RBrace => {
                    let open = self.opener(at)?;
                    if !self.brace_in_header(open) {
                        return None;
                    }
                    at = open;
                }
                Tok::RParen | Tok::RBrack => at = self.opener(at)?,
                Tok::LBrace | Tok::LParen | Tok::LBrack | Tok::Colon | Tok::Else | Tok::EofSemi => {
                    return None;
                }
                _ => {}
            }
        }
        None
    }
}

/// What an open bracket opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Frame {
    /// `import (`, `var (`, `const (`, `type (`.
    Group,
    Struct,
    Interface,
    /// Any other `{`: a block, a switch or select body, a composite literal.
    Brace,
    Params,
    Args,
    /// A parenthesised expression or type, or a type assertion's parentheses.
    Paren,
    TypeParams,
    Index,
    /// An array type's length, among others.
    Other,
}

/// The statement header an error is in.
struct Header<'src> {
    keyword: Tok<'src>,
    semis: usize,
    range: bool,
}

/// The terminals the parser would have accepted, by their grammar names without quotes (`{`, `Ident`,
/// `AutoSemi`, `if`).
struct Expected(Vec<String>);

impl Expected {
    fn new(names: &[String]) -> Expected {
        Expected(names.iter().map(|name| name.trim_matches('"').to_string()).collect())
    }

    fn has(&self, name: &str) -> bool {
        self.0.iter().any(|item| item == name)
    }

    /// A statement or declaration may end here.
    fn semi(&self) -> bool {
        self.has(";") || self.has("AutoSemi")
    }

    /// An operand may start here.
    fn operand(&self) -> bool {
        self.has("Int") && self.has("Ident")
    }

    /// A type may start here (and no operand: a literal cannot).
    fn type_start(&self) -> bool {
        self.has("struct") && self.has("map") && self.has("chan") && self.has("Ident") && !self.has("Int")
    }

    /// Only a declaration may come here: between top-level declarations.
    fn between_declarations(&self) -> bool {
        self.has("func") && self.has("var") && !self.has("if")
    }

    /// A statement may start here.
    fn statement(&self) -> bool {
        self.has("if") && self.has("for") && self.has("return")
    }

    /// The terminals that name what is missing, as gc would: operators and tokens that merely continue an
    /// expression or a type (`.`, `(`, `[`, `{`) are dropped, and the semicolons count as one.
    fn structural(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        // Where a statement may end, the tokens of a longer simple statement (`x = …`, `x, y`) are not what
        // gc asks for either.
        let statement_end = self.semi();
        let continues =
            |name: &str| is_continuation(name) || (statement_end && matches!(name, "=" | ":=" | ","));
        for name in self.0.iter().map(String::as_str).filter(|name| !continues(name)) {
            let name = if matches!(name, "AutoSemi" | "EofSemi") { ";" } else { name };
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }
}

/// Operators and the tokens that continue an operand or a type; gc never names them in `expected …`.
fn is_continuation(name: &str) -> bool {
    matches!(
        name,
        "+" | "-"
            | "*"
            | "/"
            | "%"
            | "&"
            | "|"
            | "^"
            | "<<"
            | ">>"
            | "&^"
            | "&&"
            | "||"
            | "=="
            | "!="
            | "<"
            | "<="
            | ">"
            | ">="
            | "<-"
            | "++"
            | "--"
            | "+="
            | "-="
            | "*="
            | "/="
            | "%="
            | "&="
            | "|="
            | "^="
            | "<<="
            | ">>="
            | "&^="
            | "."
            | "~"
            | "("
            | "["
            | "{"
            | "TParamOpen"
            | "error"
    )
}

/// How gc names a terminal it expected (its `tokstring`): `name`, `comma`, `semicolon or newline`, and
/// keywords as `keyword chan`.
fn expected_name(name: &str) -> String {
    match name {
        "Ident" => "name".to_string(),
        "Int" | "Float" | "Imag" | "Rune" | "Str" | "RawStr" => "literal".to_string(),
        ";" | "AutoSemi" | "EofSemi" => "semicolon or newline".to_string(),
        "," => "comma".to_string(),
        "TParamOpen" => "[".to_string(),
        keyword if keyword.chars().all(|c| c.is_ascii_lowercase()) => format!("keyword {keyword}"),
        other => other.to_string(),
    }
}

/// Tokens that can end an operand, so that a `(` or `[` after them is a call or an index.
fn ends_operand(tok: Tok<'_>) -> bool {
    matches!(
        tok,
        Tok::Ident(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Rune(_)
            | Tok::Str(_)
            | Tok::RawStr(_)
            | Tok::RParen
            | Tok::RBrack
            | Tok::RBrace
    )
}

/// One error: where, what was found, what would have been accepted.
struct Site<'w, 't, 'src> {
    wording: &'w Wording<'t, 'src>,
    /// The index of the offending token in the token list (its length at the end of the file).
    index: usize,
    /// The offending token; `None` at the end of the file.
    tok: Option<Tok<'src>>,
    lo: usize,
    expected: Expected,
}

impl Site<'_, '_, '_> {
    /// The token `back` places before the offending one.
    fn prev(&self, back: usize) -> Option<Tok<'_>> {
        self.index.checked_sub(back).and_then(|index| self.wording.tok(index))
    }

    /// How gc names the offending token.
    fn found(&self) -> String {
        self.tok.map_or_else(|| "EOF".to_string(), |tok| tok.describe())
    }

    fn unexpected(&self, rest: &str) -> String {
        syntax(&format!("unexpected {}{rest}", self.found()))
    }

    /// The message and the offset to report it at (usually the offending token's).
    fn message(&self) -> (String, usize) {
        let e = &self.expected;
        let at = self.lo;
        let frame = self.wording.innermost(self.index);
        let kind = frame.map(|(_, kind)| kind);

        // An error inside a `{…}` that gc would not have read as a composite literal, or right after one, is
        // reported at the `{`, as gc's expression parser stops there; the outermost such brace is where gc
        // stopped.
        let mut braces = self.wording.open_brackets(self.index);
        if self.prev(1) == Some(Tok::RBrace)
            && let Some(open) = self.wording.opener(self.index - 1)
        {
            braces.insert(0, open);
        }
        if let Some(&open) = braces.iter().rev().find(|&&open| self.wording.impossible_literal(open)) {
            return (self.wording.stray_brace(open), self.wording.tokens[open].0);
        }

        // Near misses gc recognises by the tokens themselves.
        if let (Some(Tok::Var), Some(keyword @ (Tok::For | Tok::If | Tok::Switch))) = (self.tok, self.prev(1))
        {
            // gc consumes the `var` and complains at the token after it.
            let next =
                self.wording.tokens.get(self.index + 1).map_or(self.wording.text.len(), |token| token.0);
            let message = format!("var declaration not allowed in {} initializer", keyword.text());
            return (syntax(&message), next);
        }
        if self.prev(1) == Some(Tok::Else) {
            return (syntax("else must be followed by if or statement block"), at);
        }
        if e.type_start() && self.after_chan() {
            return (syntax("missing channel element type"), at);
        }
        if e.has("package") {
            return (syntax("package statement must be first"), at);
        }
        if e.statement()
            && let Some(colon) = self.label_colon()
        {
            return (syntax("missing statement after label"), colon);
        }
        if e.0 == [":"] && matches!(self.prev(1), Some(Tok::Ident(_))) && self.at_statement_start(2) {
            // A name at the start of a statement followed by another token: the parser has settled on
            // the name being a label, but gc sees an expression statement that ended too early.
            return (self.unexpected(" at end of statement"), at);
        }
        if self.tok == Some(Tok::RBrack)
            && self.prev(1) == Some(Tok::LBrack)
            && kind == Some(Frame::Index)
            && self.index.checked_sub(2).is_some_and(|name| self.at_interface_element(name))
        {
            // `M[]` in an interface: gc reads a method's type parameters or an embedded type's arguments, and
            // reports the empty list (without `syntax error:`) according to what follows.
            let params = self.wording.tok(self.index + 1) == Some(Tok::LParen);
            let message = if params { "empty type parameter list" } else { "empty type argument list" };
            return (message.to_string(), at);
        }
        if self.tok == Some(Tok::RBrack) && self.prev(1) == Some(Tok::LBrack) && kind == Some(Frame::Index) {
            // `x[]`: an index (which could be a slice, so `:` may come) or a type's argument list.
            let rest = if e.has(":") { ", expected operand" } else { ", expected type argument list" };
            return (self.unexpected(rest), at);
        }
        let in_brackets = frame.is_some_and(|(open, _)| self.wording.tokens[open].1 == Tok::LBrack);
        if self.tok == Some(Tok::Comma) && in_brackets && e.has("]") && !e.has(",") && !e.has(":") {
            // An array length: gc accepts a trailing comma there (as in type parameter lists) to complain.
            return (syntax("unexpected comma; expected ]"), at);
        }
        if matches!(self.prev(1), Some(Tok::Ident(_))) && self.prev(2) == Some(Tok::Package) {
            return (self.unexpected(", expected semicolon or newline"), at);
        }

        // Between and after top-level declarations. (Only there can a declaration keyword come but no
        // statement; the expected set says so even when error recovery has left brackets unclosed.)
        if e.between_declarations() {
            let message = match self.tok {
                Some(Tok::Import) => syntax("imports must appear before other declarations"),
                Some(Tok::LBrace) if self.after_bodiless_func() => {
                    syntax("unexpected semicolon or newline before {")
                }
                _ => syntax("non-declaration statement outside function body"),
            };
            return (message, at);
        }
        if self.in_type_decl() {
            return (self.unexpected(" in type declaration"), at);
        }
        if frame.is_none() && e.semi() {
            return (self.unexpected(" after top level declaration"), at);
        }

        // Statement headers: `{` may come (the body) but `}` may not.
        if e.has("{")
            && !e.has("}")
            && !e.operand()
            && kind == Some(Frame::Brace)
            && let Some(header) = self.wording.header(self.index)
        {
            return (self.header_message(&header), at);
        }
        if self.tok == Some(Tok::LBrace)
            && e.semi()
            && !e.has("}")
            && matches!(self.prev(1), Some(Tok::Semi | Tok::AutoSemi))
            && let Some(Header { keyword: Tok::For, semis: 1, .. }) = self.wording.header(self.index)
        {
            return (self.unexpected(", expected for loop condition"), at);
        }

        // The end of the file: gc's list and block parsers stop there and want their closing token.
        if self.tok.is_none()
            && let Some(close) = frame.and_then(|(open, _)| closing(self.wording.tokens[open].1))
            && e.has(close)
        {
            return (self.unexpected(&format!(", expected {close}")), at);
        }

        // After a complete element of a list: gc's `list` words it by the list.
        let list = |context: &str, sep: &str, close: &str| -> (String, usize) {
            (self.unexpected(&format!(" in {context}; possibly missing {sep} or {close}")), at)
        };
        match frame {
            Some((_, Frame::Group)) if e.semi() && e.has(")") => {
                return list("grouped declaration", "semicolon or newline", ")");
            }
            // After a `var` spec's names gc wants the type; a `const` spec may end there.
            Some((open, Frame::Group)) if matches!(self.prev(1), Some(Tok::Ident(_))) && e.has("Ident") => {
                return match self.wording.tok(open.wrapping_sub(1)) {
                    Some(Tok::Var) => (self.unexpected(", expected type"), at),
                    _ => list("grouped declaration", "semicolon or newline", ")"),
                };
            }
            // The start of a `const`, `var` or `type` spec: its name.
            Some((_, Frame::Group)) if e.has("Ident") => return (self.unexpected(", expected name"), at),
            // A field's name at the start of a line is an embedded type only if the line ends there (or a
            // tag or `.` follows); otherwise gc reads a type after it.
            Some((_, Frame::Struct))
                if matches!(self.prev(1), Some(Tok::Ident(_)))
                    && matches!(self.prev(2), Some(Tok::LBrace | Tok::Semi | Tok::AutoSemi))
                    && e.has("Ident") =>
            {
                return (self.unexpected(", expected type"), at);
            }
            Some((_, Frame::Struct)) if e.semi() && e.has("}") => {
                return list("struct type", "semicolon or newline", "}");
            }
            Some((_, Frame::Interface)) if e.semi() && e.has("}") => {
                return list("interface type", "semicolon or newline", "}");
            }
            Some((_, Frame::Struct)) if e.has("}") => {
                return (self.unexpected(", expected field name or embedded type"), at);
            }
            // After a field's name (the parser may have settled on it being a name already).
            Some((_, Frame::Struct)) if matches!(self.prev(1), Some(Tok::Ident(_))) => {
                return (self.unexpected(", expected type"), at);
            }
            Some((_, Frame::Interface)) if e.has("}") => {
                return (self.unexpected(", expected ~ term or type"), at);
            }
            Some((_, Frame::Brace)) if e.has(",") && e.has("}") && !e.semi() => {
                return list("composite literal", "comma", "}");
            }
            Some((_, Frame::Args)) if e.has(",") && e.has(")") => return list("argument list", "comma", ")"),
            Some((_, Frame::Params)) if e.has(",") && e.has(")") => {
                return list("parameter list", "comma", ")");
            }
            Some((_, Frame::TypeParams)) if e.has(",") && e.has("]") => {
                return list("parameter list", "comma", "]");
            }
            // No parameter can start here: gc wants the list's end.
            Some((_, Frame::Params)) if e.has(")") && e.has("...") => {
                return (self.unexpected(", expected )"), at);
            }
            Some((_, Frame::TypeParams)) if e.has("Ident") && !e.has(",") => {
                return (self.unexpected(", expected ]"), at);
            }
            Some((_, Frame::Index)) if e.has(",") && e.has(":") && e.has("]") => {
                return (self.unexpected(", expected comma, : or ]"), at);
            }
            // After the second index (`a[i, j`), or a type argument: only more types or the `]` may come.
            Some((_, Frame::Index)) if e.has(",") && e.has("]") => {
                return (self.unexpected(", expected ]"), at);
            }
            _ => {}
        }

        // Statements.
        let list_closed =
            e.0 == ["}"] && matches!(frame, Some((open, Frame::Brace)) if self.wording.opens_block(open));
        if self.after_statement() && (list_closed || (e.statement() && e.semi())) {
            // The parser has closed the statement (or the whole list) already; gc sees a statement not
            // followed by `;`.
            return (self.unexpected(" at end of statement"), at);
        }
        if e.statement() {
            // A token that cannot start a statement ends the statement list, and the block (or the
            // switch or select body) wants its end.
            let rest = if e.has("case") { ", expected case or default or }" } else { ", expected }" };
            return (self.unexpected(rest), at);
        }
        if e.has("case") && e.has("default") && e.has("}") && !self.after_statement() {
            // The start of a switch or select body, or of a clause.
            return (self.unexpected(", expected case or default or }"), at);
        }
        if e.has(":=") && e.has("=") && !e.has("++") && !e.has("struct") && !e.semi() {
            // After `a, b`: only an assignment can continue a list of expressions (a single expression
            // could also be followed by `++`; a declaration's names by a type).
            return (self.unexpected(", expected := or = or comma"), at);
        }
        if e.has(":") && e.has(",") && !e.has("]") && !e.has("}") && !e.semi() {
            // After a case list.
            return (self.unexpected(", expected :"), at);
        }

        // An operand or a type is missing. (Where a statement could also end, as after `return`, gc
        // parses the operand it sees coming.)
        if e.operand() && self.in_type_arguments(frame) {
            return (self.unexpected(", expected type"), at);
        }
        if e.operand() {
            return (self.unexpected(", expected expression"), at);
        }
        if e.type_start() && e.has("{") {
            // After a function type's parameters: gc takes the function type for a complete operand.
            return (self.after_operand(frame), at);
        }
        if e.type_start() {
            return (self.unexpected(", expected type"), at);
        }

        // A complete statement followed by something else.
        if e.semi() && e.has("}") {
            return (self.unexpected(" at end of statement"), at);
        }

        // One token would do.
        let structural = e.structural();
        if structural.is_empty() && e.has("{") && e.0.len() > 1 {
            // Only a type's continuations may come: gc takes the type for a complete operand (its checker
            // rejects a type as a value) and the construct around it words what follows.
            return (self.after_operand(frame), at);
        }
        if e.0.len() == 1 && structural.is_empty() {
            // A single token that would continue a type (`map` wants `[`).
            return (self.unexpected(&format!(", expected {}", expected_name(&e.0[0]))), at);
        }
        if structural == ["Ident"] && e.has("(") && matches!(self.prev(1), Some(Tok::Dot | Tok::Func)) {
            return (self.unexpected(", expected name or ("), at);
        }
        match structural.as_slice() {
            [only] => (self.unexpected(&format!(", expected {}", expected_name(only))), at),
            // Only tokens that continue a type: a literal's `{` first, as gc's message for a bare type.
            [] if e.has("{") => (self.unexpected(", expected {"), at),
            [] if e.has("(") => (self.unexpected(", expected ("), at),
            _ => (self.unexpected(""), at),
        }
    }

    /// An error gc reports before this one, at an earlier token, where our grammar only notices later: the
    /// receiver count of a method whose name is missing, a `:=` for `=` in a declaration, the parentheses
    /// around a broken `go`/`defer` operand, type parameters on a function type.
    fn error_before(&self) -> Option<SyntaxError> {
        if let Some(message) = self.receiver_error() {
            return Some(SyntaxError::new(Span::from_range(self.lo, self.lo), message));
        }
        let tokens = self.wording.tokens;
        // `type T := …` that then fails: gc took the `:=` for `=` and complained first. The `:=` is in the
        // same declaration, before any statement boundary.
        let start = (0..self.index)
            .rev()
            .find(|&at| matches!(tokens[at].1, Tok::Semi | Tok::AutoSemi | Tok::LBrace | Tok::RBrace))
            .map_or(0, |boundary| boundary + 1);
        let define = (start + 2..self.index).find(|&at| {
            tokens[at].1 == Tok::Define
                && matches!(tokens[at - 1].1, Tok::Ident(_))
                && matches!(tokens[at - 2].1, Tok::Type | Tok::Var | Tok::Const)
        });
        if let Some(at) = define {
            let at = tokens[at].0;
            return Some(SyntaxError::new(Span::from_range(at, at + 2), syntax("unexpected :=, expected =")));
        }
        let (open, kind) = self.wording.innermost(self.index)?;
        let before = self.wording.tok(open.checked_sub(1)?)?;
        let at = tokens[open].0;
        match (kind, before) {
            (Frame::Paren, Tok::Go | Tok::Defer) => {
                let message = format!("expression in {} must not be parenthesized", before.text());
                Some(SyntaxError::new(Span::from_range(at, at + 1), message))
            }
            // `func[` as a type or literal (not a declaration, which starts a line): gc complains as soon as
            // it sees the `[`.
            (Frame::Other, Tok::Func)
                if open >= 2 && !matches!(tokens[open - 2].1, Tok::Semi | Tok::AutoSemi) =>
            {
                let message = syntax("function type must have no type parameters");
                Some(SyntaxError::new(Span::from_range(at, at + 1), message))
            }
            _ => None,
        }
    }

    /// gc's complaint about a method's receiver list when the method name is missing after it (gc checks the
    /// receiver count before it looks for the name).
    fn receiver_error(&self) -> Option<&'static str> {
        if self.prev(1) != Some(Tok::RParen) || !self.expected.has("Ident") {
            return None;
        }
        let close = self.index - 1;
        let open = self.wording.opener(close)?;
        if open == 0
            || self.wording.tok(open - 1) != Some(Tok::Func)
            || self.wording.innermost(open).is_some()
        {
            return None;
        }
        let mut depth = 0usize;
        let mut fields = usize::from(close > open + 1);
        for token in &self.wording.tokens[open + 1..close] {
            match token.1 {
                Tok::LParen | Tok::LBrack | Tok::LBrace => depth += 1,
                Tok::RParen | Tok::RBrack | Tok::RBrace => depth = depth.saturating_sub(1),
                Tok::Comma if depth == 0 => fields += 1,
                _ => {}
            }
        }
        match fields {
            0 => Some("method has no receiver"),
            1 => None,
            _ => Some("method has multiple receivers"),
        }
    }

    /// Whether the innermost bracket is the type argument list of a type in a parameter list or a struct
    /// (`s *Stack[`): gc parses types there, where an expression would make `expected expression`.
    fn in_type_arguments(&self, frame: Option<(usize, Frame)>) -> bool {
        let Some((open, Frame::Index)) = frame else { return false };
        let tokens = self.wording.tokens;
        // The generic type's name follows a token that makes it a type: `*T[`, `p T[`, `[]T[`, `chan T[`.
        let type_position = open >= 2
            && matches!(tokens[open - 2].1, Tok::Star | Tok::Ident(_) | Tok::RBrack | Tok::Chan | Tok::Arrow);
        type_position
            && matches!(
                self.wording.innermost(open),
                Some((_, Frame::Params | Frame::Struct | Frame::TypeParams))
            )
    }

    /// gc's message for the offending token after a complete operand, by the construct around it.
    fn after_operand(&self, frame: Option<(usize, Frame)>) -> String {
        let list = |context: &str, sep: &str, close: &str| {
            self.unexpected(&format!(" in {context}; possibly missing {sep} or {close}"))
        };
        match frame {
            None => self.unexpected(" after top level declaration"),
            Some((_, Frame::Args)) => list("argument list", "comma", ")"),
            Some((_, Frame::Paren)) => self.unexpected(", expected )"),
            Some((_, Frame::Index)) => self.unexpected(", expected comma, : or ]"),
            Some((_, Frame::Group)) => list("grouped declaration", "semicolon or newline", ")"),
            Some((open, Frame::Brace)) if !self.wording.opens_block(open) => {
                list("composite literal", "comma", "}")
            }
            _ => self.unexpected(" at end of statement"),
        }
    }

    /// gc's words for a header not followed by its body's `{`.
    fn header_message(&self, header: &Header<'_>) -> String {
        match (header.keyword, header.semis) {
            (Tok::Select, _) => syntax("missing { after select clause"),
            (Tok::Switch, 1) => syntax("missing { after switch clause"),
            (Tok::If, 1) => self.unexpected(", expected { after if clause"),
            (Tok::For, 2) => self.unexpected(", expected { after for clause"),
            (Tok::For, 0) if header.range => self.unexpected(", expected { after for clause"),
            _ => self.unexpected(", expected {"),
        }
    }

    /// Whether the offending token directly follows `chan`, `chan <-` or `<- chan` (a missing element type).
    fn after_chan(&self) -> bool {
        matches!((self.prev(2), self.prev(1)), (_, Some(Tok::Chan)) | (Some(Tok::Chan), Some(Tok::Arrow)))
    }

    /// The offset of the colon of a label right before the offending token (`L:` then no statement).
    fn label_colon(&self) -> Option<usize> {
        if self.prev(1) != Some(Tok::Colon) || !matches!(self.prev(2), Some(Tok::Ident(_))) {
            return None;
        }
        self.at_statement_start(3).then(|| self.wording.tokens[self.index - 1].0)
    }

    /// Whether the name at `name` starts an element of an interface type.
    fn at_interface_element(&self, name: usize) -> bool {
        let tokens = self.wording.tokens;
        matches!(tokens.get(name).map(|token| token.1), Some(Tok::Ident(_)))
            && name > 0
            && matches!(tokens[name - 1].1, Tok::LBrace | Tok::Semi | Tok::AutoSemi)
            && matches!(self.wording.innermost(name), Some((_, Frame::Interface)))
    }

    /// Whether the offending token directly follows a statement's last token (no semicolon, colon or brace
    /// in between): the parser may already have closed the statement list, but gc sees the statement end.
    fn after_statement(&self) -> bool {
        !matches!(self.prev(1), None | Some(Tok::Semi | Tok::AutoSemi | Tok::Colon | Tok::LBrace))
    }

    /// Whether the token `back` places before the offending one starts a statement (follows a semicolon,
    /// a brace or a colon).
    fn at_statement_start(&self, back: usize) -> bool {
        matches!(
            self.prev(back),
            None | Some(Tok::Semi | Tok::AutoSemi | Tok::LBrace | Tok::RBrace | Tok::Colon)
        )
    }

    /// Whether the previous top-level declaration is a function without a body (so that a `{` at top level
    /// is that body, on the wrong line).
    fn after_bodiless_func(&self) -> bool {
        let tokens = self.wording.tokens;
        let mut at = self.index;
        while at > 0 {
            at -= 1;
            match tokens[at].1 {
                Tok::Func => return true,
                Tok::Var | Tok::Const | Tok::Type | Tok::Import => return false,
                Tok::RBrace => {
                    let Some(open) = self.wording.opener(at) else { return false };
                    // A brace pair is a body unless it belongs to a struct or interface type.
                    if !matches!(
                        open.checked_sub(1).map(|index| tokens[index].1),
                        Some(Tok::Struct | Tok::Interface)
                    ) {
                        return false;
                    }
                    at = open;
                }
                Tok::RParen | Tok::RBrack => match self.wording.opener(at) {
                    Some(open) => at = open,
                    None => return false,
                },
                _ => {}
            }
        }
        false
    }

    /// Whether the offending token is where a type declaration wants its type: after `type Name`, `type
    /// Name =` or `type Name[P any]`, also in a `type (…)` group.
    fn in_type_decl(&self) -> bool {
        let tokens = self.wording.tokens;
        let mut at = self.index;
        if at > 0 && tokens[at - 1].1 == Tok::Assign {
            at -= 1;
        }
        if at > 0 && tokens[at - 1].1 == Tok::RBrack {
            match self.wording.opener(at - 1) {
                Some(open) if tokens[open].1 == Tok::TParamOpen => at = open,
                _ => return false,
            }
        }
        if at == 0 || !matches!(tokens[at - 1].1, Tok::Ident(_)) {
            return false;
        }
        let before = at.checked_sub(2).map(|index| (index, tokens[index].1));
        match before {
            Some((_, Tok::Type)) => true,
            Some((index, Tok::LParen | Tok::Semi | Tok::AutoSemi)) => {
                matches!(self.wording.innermost(index + 1), Some((_, Frame::Group)))
                    && self
                        .wording
                        .opener(index + 1)
                        .is_some_and(|open| open > 0 && tokens[open - 1].1 == Tok::Type)
            }
            _ => false,
        }
    }
}

/// The closing token of an open bracket, as gc names it.
fn closing(open: Tok<'_>) -> Option<&'static str> {
    match open {
        Tok::LParen => Some(")"),
        Tok::LBrack | Tok::TParamOpen => Some("]"),
        Tok::LBrace => Some("}"),
        _ => None,
    }
}

/// A short Go rendering of a statement for `cannot use … as value`.
pub fn describe_stmt(kind: &StmtKind) -> String {
    match kind {
        StmtKind::Assign { lhs, op: ast::AssignOp::Assign, rhs } => {
            format!("assignment {} = {}", emphasize_list(lhs), emphasize_list(rhs))
        }
        StmtKind::Assign { lhs, op, rhs } => format!("{} {} {}", list(lhs), op.as_str(), list(rhs)),
        StmtKind::IncDec { target, inc } => {
            format!("{}{}", describe_expr(target), if *inc { "++" } else { "--" })
        }
        StmtKind::Send { chan, value } => format!("{} <- {}", describe_expr(chan), describe_expr(value)),
        StmtKind::Expr(expr) => describe_expr(expr),
        _ => "statement".to_string(),
    }
}

fn list(exprs: &[Expr]) -> String {
    exprs.iter().map(describe_expr).collect::<Vec<_>>().join(", ")
}

/// Like gc's `emphasize`: a top-level binary expression is parenthesised to make a stray `=` visible.
fn emphasize_list(exprs: &[Expr]) -> String {
    exprs
        .iter()
        .map(|expr| match expr.kind {
            ExprKind::Binary(..) => format!("({})", describe_expr(expr)),
            _ => describe_expr(expr),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A compact Go rendering of an expression, as gc prints expressions inside messages. Deeply nested or
/// unusual forms are abbreviated; the point is to name the expression, not to reprint it.
pub fn describe_expr(expr: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, expr, 0);
    out
}

fn write_expr(out: &mut String, expr: &Expr, depth: usize) {
    if depth > 8 {
        out.push('…');
        return;
    }
    let depth = depth + 1;
    match &expr.kind {
        ExprKind::Ident(name) => out.push_str(&name.name),
        ExprKind::Lit(lit) => out.push_str(&lit.raw),
        ExprKind::Paren(inner) => {
            out.push('(');
            write_expr(out, inner, depth);
            out.push(')');
        }
        ExprKind::Selector(base, name) => {
            write_expr(out, base, depth);
            out.push('.');
            out.push_str(&name.name);
        }
        ExprKind::Index(base, indices) => {
            write_expr(out, base, depth);
            out.push('[');
            for (position, index) in indices.iter().enumerate() {
                if position > 0 {
                    out.push_str(", ");
                }
                write_expr(out, index, depth);
            }
            out.push(']');
        }
        ExprKind::Call(call) => {
            write_expr(out, &call.func, depth);
            out.push('(');
            for (position, arg) in call.args.iter().enumerate() {
                if position > 0 {
                    out.push_str(", ");
                }
                write_expr(out, arg, depth);
            }
            if call.ellipsis.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(inner) => {
            out.push('*');
            write_expr(out, inner, depth);
        }
        ExprKind::Unary(op, inner) => {
            out.push_str(op.as_str());
            write_expr(out, inner, depth);
        }
        ExprKind::Binary(op, lhs, rhs) => {
            write_expr(out, lhs, depth);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(out, rhs, depth);
        }
        ExprKind::TypeAssert(base, ty) => {
            write_expr(out, base, depth);
            out.push_str(".(");
            match ty {
                Some(ty) => write_expr(out, ty, depth),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::CompositeLit(lit) => {
            if let Some(ty) = &lit.ty {
                write_expr(out, ty, depth);
            }
            out.push_str("{…}");
        }
        ExprKind::FuncLit(_) => out.push_str("func literal"),
        ExprKind::Slice(slice) => {
            write_expr(out, &slice.base, depth);
            out.push_str("[…]");
        }
        ExprKind::SliceType(elem) => {
            out.push_str("[]");
            write_expr(out, elem, depth);
        }
        ExprKind::ArrayType(..)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..)
        | ExprKind::FuncType(_)
        | ExprKind::StructType(_)
        | ExprKind::InterfaceType(_) => out.push_str("type"),
    }
}
