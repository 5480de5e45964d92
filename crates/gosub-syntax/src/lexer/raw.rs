//! The logos layer: a DFA that splits the text into *raw* tokens.
//!
//! This module owns only the recognition of fixed spellings (keywords, operators), ASCII identifiers,
//! whitespace and newlines, plus one-character "start" tokens for everything whose extent or diagnostics need
//! hand-written code (numbers, strings, runes, comments, non-ASCII identifiers, stray characters). The driver
//! in `mod.rs` finishes those by hand and bumps the logos lexer past them. Keeping literals out of the DFA is
//! deliberate: Go reports literal errors at precise columns (the bad digit, the character after a backslash),
//! which a regex cannot express, and a regex that rejects a malformed literal would split it into
//! meaningless fragments.

use crate::token::Tok;
use logos::Logos;

/// Declares [`Raw`] with one variant per fixed spelling, named like its [`Tok`] variant, and the mapping
/// between the two, so that the spelling list exists exactly once.
macro_rules! raw_tokens {
    ($($spelling:literal => $variant:ident,)*) => {
        /// A raw token. Variants without a payload in [`Tok`] map one to one (see [`Raw::fixed`]); the rest are
        /// starts that the driver completes.
        #[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
        // `\r` is whitespace in Go (it ends up only in raw strings' text, which the checker strips).
        #[logos(skip r"[ \t\r]+")]
        pub(super) enum Raw {
            $(#[token($spelling)] $variant,)*
            /// A newline, which may become an automatic semicolon.
            #[token("\n")]
            Newline,
            /// `//`: the driver skips to the end of the line with a memchr instead of stepping a DFA.
            #[token("//")]
            LineComment,
            /// `/*`: the driver finds the `*/` and remembers whether a newline was inside.
            #[token("/*")]
            BlockComment,
            /// An identifier made of ASCII letters, digits and `_` (the driver extends it if a non-ASCII
            /// character follows, since Go identifiers may contain Unicode letters and digits).
            #[regex(r"[a-zA-Z_][a-zA-Z0-9_]*")]
            AsciiIdent,
            /// The first digit of a number; the driver scans the rest as Go's scanner does.
            #[regex(r"[0-9]")]
            Digit,
            /// `.` followed by a digit: a float such as `.5`.
            #[regex(r"\.[0-9]")]
            DotDigit,
            /// `"`: an interpreted string.
            #[token("\"")]
            Quote,
            /// `` ` ``: a raw string.
            #[token("`")]
            BackQuote,
            /// `'`: a rune literal.
            #[token("'")]
            Apostrophe,
            /// Any non-ASCII character at a token start: a Unicode identifier, a BOM, or an error.
            #[regex(r"[^\x00-\x7F]")]
            NonAscii,
            /// Any other ASCII character (`@`, `$`, `?`, `#`, `\`, control characters, NUL). The lowest
            /// priority makes every real token win over it.
            #[regex(r"[\x00-\x7F]", priority = 0)]
            Stray,
        }

        impl Raw {
            /// The [`Tok`] of a fixed spelling, or `None` for the starts the driver completes.
            #[inline]
            pub(super) fn fixed(self) -> Option<Tok<'static>> {
                match self {
                    $(Raw::$variant => Some(Tok::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

raw_tokens! {
    "break" => Break,
    "case" => Case,
    "chan" => Chan,
    "const" => Const,
    "continue" => Continue,
    "default" => Default,
    "defer" => Defer,
    "else" => Else,
    "fallthrough" => Fallthrough,
    "for" => For,
    "func" => Func,
    "go" => Go,
    "goto" => Goto,
    "if" => If,
    "import" => Import,
    "interface" => Interface,
    "map" => Map,
    "package" => Package,
    "range" => Range,
    "return" => Return,
    "select" => Select,
    "struct" => Struct,
    "switch" => Switch,
    "type" => Type,
    "var" => Var,
    "+" => Plus,
    "-" => Minus,
    "*" => Star,
    "/" => Slash,
    "%" => Percent,
    "&" => Amp,
    "|" => Pipe,
    "^" => Caret,
    "<<" => Shl,
    ">>" => Shr,
    "&^" => AndNot,
    "+=" => PlusAssign,
    "-=" => MinusAssign,
    "*=" => StarAssign,
    "/=" => SlashAssign,
    "%=" => PercentAssign,
    "&=" => AmpAssign,
    "|=" => PipeAssign,
    "^=" => CaretAssign,
    "<<=" => ShlAssign,
    ">>=" => ShrAssign,
    "&^=" => AndNotAssign,
    "&&" => AndAnd,
    "||" => OrOr,
    "<-" => Arrow,
    "++" => Inc,
    "--" => Dec,
    "==" => EqEq,
    "<" => Lt,
    ">" => Gt,
    "=" => Assign,
    "!" => Not,
    "~" => Tilde,
    "!=" => NotEq,
    "<=" => Le,
    ">=" => Ge,
    ":=" => Define,
    "..." => Ellipsis,
    "(" => LParen,
    ")" => RParen,
    "[" => LBrack,
    "]" => RBrack,
    "{" => LBrace,
    "}" => RBrace,
    "," => Comma,
    "." => Dot,
    ";" => Semi,
    ":" => Colon,
}

/// Unicode classes of one character, for the rare non-ASCII paths (identifiers and message formatting).
///
/// The tables come from logos' regex engine, so the crate needs no Unicode dependency of its own. Go's
/// `unicode.IsLetter` is category L and `unicode.IsDigit` is category Nd; `strconv.IsPrint` is L, M, N, P,
/// S and the ASCII space.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum CharClass {
    #[regex(r"\p{L}")]
    Letter,
    #[regex(r"\p{Nd}")]
    Digit,
    /// Printable, but neither a letter nor a decimal digit.
    #[regex(r"[\p{M}\p{Nl}\p{No}\p{P}\p{S} ]")]
    OtherPrintable,
}

impl CharClass {
    /// The class of `ch`, or `None` for unprintable characters (controls, format characters, surrogates'
    /// replacements never occur in a `char`, unassigned code points, separators other than space).
    pub(super) fn of(ch: char) -> Option<CharClass> {
        let mut buffer = [0u8; 4];
        let encoded: &str = ch.encode_utf8(&mut buffer);
        let mut lexer = CharClass::lexer(encoded);
        match lexer.next() {
            Some(Ok(class)) if lexer.span().end == encoded.len() => Some(class),
            _ => None,
        }
    }
}
