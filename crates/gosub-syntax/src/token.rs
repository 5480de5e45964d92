//! The tokens the parser sees.
//!
//! The lexer (`lexer/`) turns bytes into these, after inserting automatic semicolons and classifying the
//! `[` of `type T[` declarations. Literal and identifier tokens borrow their text from the source, so lexing
//! allocates nothing per token; decoding a literal's value is the checker's business.

use std::fmt;

/// One Go token. Literal payloads are the exact source text, quotes and prefixes included.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tok<'src> {
    Ident(&'src str),
    /// An integer literal: `42`, `0x_ff`, `0o17`, `017`, `0b1`, `1_000`.
    Int(&'src str),
    /// A floating-point literal: `1.5`, `1e9`, `.5`, `0x1p-2`.
    Float(&'src str),
    /// An imaginary literal: `2i`, `1.5i`, `0x1p2i`.
    Imag(&'src str),
    /// A rune literal with its quotes: `'a'`, `'\n'`.
    Rune(&'src str),
    /// An interpreted string literal with its quotes: `"a\tb"`.
    Str(&'src str),
    /// A raw string literal with its backquotes.
    RawStr(&'src str),

    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    // Operators and punctuation.
    /// `+`
    Plus,
    /// `-`
    Minus,
    /// `*`
    Star,
    /// `/`
    Slash,
    /// `%`
    Percent,
    /// `&`
    Amp,
    /// `|`
    Pipe,
    /// `^`
    Caret,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `&^`
    AndNot,
    /// `+=`
    PlusAssign,
    /// `-=`
    MinusAssign,
    /// `*=`
    StarAssign,
    /// `/=`
    SlashAssign,
    /// `%=`
    PercentAssign,
    /// `&=`
    AmpAssign,
    /// `|=`
    PipeAssign,
    /// `^=`
    CaretAssign,
    /// `<<=`
    ShlAssign,
    /// `>>=`
    ShrAssign,
    /// `&^=`
    AndNotAssign,
    /// `&&`
    AndAnd,
    /// `||`
    OrOr,
    /// `<-`
    Arrow,
    /// `++`
    Inc,
    /// `--`
    Dec,
    /// `==`
    EqEq,
    /// `<`
    Lt,
    /// `>`
    Gt,
    /// `=`
    Assign,
    /// `!`
    Not,
    /// `~`
    Tilde,
    /// `!=`
    NotEq,
    /// `<=`
    Le,
    /// `>=`
    Ge,
    /// `:=`
    Define,
    /// `...`
    Ellipsis,
    /// `(`
    LParen,
    /// `)`
    RParen,
    /// `[`
    LBrack,
    /// `[` that opens the type parameter list of a `type Name[` declaration (see `lexer::tparams`).
    TParamOpen,
    /// `]`
    RBrack,
    /// `{`
    LBrace,
    /// `}`
    RBrace,
    /// `,`
    Comma,
    /// `.`
    Dot,
    /// `;` written in the source.
    Semi,
    /// `:`
    Colon,
    /// A semicolon inserted at a newline or end of file by the spec's rule; its span is empty.
    AutoSemi,
    /// A semicolon inserted at end of file; its span is empty. Distinct from `AutoSemi` only for messages.
    EofSemi,
}

impl<'src> Tok<'src> {
    /// How Go's compiler names this token in `syntax error: unexpected …` messages.
    pub fn describe(&self) -> String {
        match self {
            Tok::Ident(name) => format!("name {name}"),
            Tok::Int(text)
            | Tok::Float(text)
            | Tok::Imag(text)
            | Tok::Rune(text)
            | Tok::Str(text)
            | Tok::RawStr(text) => {
                format!("literal {text}")
            }
            Tok::AutoSemi => "newline".to_string(),
            Tok::EofSemi => "EOF".to_string(),
            Tok::Semi => "semicolon".to_string(),
            Tok::Comma => "comma".to_string(),
            keyword if keyword.is_keyword() => format!("keyword {}", keyword.text()),
            other => other.text().to_string(),
        }
    }

    /// Whether a newline right after this token inserts a semicolon (the spec's rule 1, gc's `nlsemi`): an
    /// identifier, a literal, `break`, `continue`, `fallthrough`, `return`, `++`, `--`, `)`, `]` or `}`.
    #[inline]
    pub fn ends_statement(&self) -> bool {
        matches!(
            self,
            Tok::Ident(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Rune(_)
                | Tok::Str(_)
                | Tok::RawStr(_)
                | Tok::Break
                | Tok::Continue
                | Tok::Fallthrough
                | Tok::Return
                | Tok::Inc
                | Tok::Dec
                | Tok::RParen
                | Tok::RBrack
                | Tok::RBrace
        )
    }

    pub fn is_keyword(&self) -> bool {
        matches!(
            self,
            Tok::Break
                | Tok::Case
                | Tok::Chan
                | Tok::Const
                | Tok::Continue
                | Tok::Default
                | Tok::Defer
                | Tok::Else
                | Tok::Fallthrough
                | Tok::For
                | Tok::Func
                | Tok::Go
                | Tok::Goto
                | Tok::If
                | Tok::Import
                | Tok::Interface
                | Tok::Map
                | Tok::Package
                | Tok::Range
                | Tok::Return
                | Tok::Select
                | Tok::Struct
                | Tok::Switch
                | Tok::Type
                | Tok::Var
        )
    }

    /// The token's source spelling (for literals and identifiers, their text).
    pub fn text(&self) -> &'src str {
        match *self {
            Tok::Ident(text)
            | Tok::Int(text)
            | Tok::Float(text)
            | Tok::Imag(text)
            | Tok::Rune(text)
            | Tok::Str(text)
            | Tok::RawStr(text) => text,
            Tok::Break => "break",
            Tok::Case => "case",
            Tok::Chan => "chan",
            Tok::Const => "const",
            Tok::Continue => "continue",
            Tok::Default => "default",
            Tok::Defer => "defer",
            Tok::Else => "else",
            Tok::Fallthrough => "fallthrough",
            Tok::For => "for",
            Tok::Func => "func",
            Tok::Go => "go",
            Tok::Goto => "goto",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::Interface => "interface",
            Tok::Map => "map",
            Tok::Package => "package",
            Tok::Range => "range",
            Tok::Return => "return",
            Tok::Select => "select",
            Tok::Struct => "struct",
            Tok::Switch => "switch",
            Tok::Type => "type",
            Tok::Var => "var",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Percent => "%",
            Tok::Amp => "&",
            Tok::Pipe => "|",
            Tok::Caret => "^",
            Tok::Shl => "<<",
            Tok::Shr => ">>",
            Tok::AndNot => "&^",
            Tok::PlusAssign => "+=",
            Tok::MinusAssign => "-=",
            Tok::StarAssign => "*=",
            Tok::SlashAssign => "/=",
            Tok::PercentAssign => "%=",
            Tok::AmpAssign => "&=",
            Tok::PipeAssign => "|=",
            Tok::CaretAssign => "^=",
            Tok::ShlAssign => "<<=",
            Tok::ShrAssign => ">>=",
            Tok::AndNotAssign => "&^=",
            Tok::AndAnd => "&&",
            Tok::OrOr => "||",
            Tok::Arrow => "<-",
            Tok::Inc => "++",
            Tok::Dec => "--",
            Tok::EqEq => "==",
            Tok::Lt => "<",
            Tok::Gt => ">",
            Tok::Assign => "=",
            Tok::Not => "!",
            Tok::Tilde => "~",
            Tok::NotEq => "!=",
            Tok::Le => "<=",
            Tok::Ge => ">=",
            Tok::Define => ":=",
            Tok::Ellipsis => "...",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBrack | Tok::TParamOpen => "[",
            Tok::RBrack => "]",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::Comma => ",",
            Tok::Dot => ".",
            Tok::Semi | Tok::AutoSemi | Tok::EofSemi => ";",
            Tok::Colon => ":",
        }
    }
}

impl fmt::Display for Tok<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}
