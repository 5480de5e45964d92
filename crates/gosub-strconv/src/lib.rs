//! Go's exact text conversions for numbers, runes and strings.
//!
//! This crate owns the byte-for-byte text that Go's `strconv` package produces and accepts, because three
//! consumers must agree on it: the VM (the builtin `println` and the text of panic values), `fmt` (`%v`,
//! `%e`, `%g`, `%q`, ...) and the `strconv` package itself. It depends on nothing of ours, and it owns no
//! formatting *layout*: widths, padding, flags and verbs belong to `fmt`, which builds on the pieces here.
//!
//! Go strings are byte strings, not UTF-8, so every function that takes or yields Go string *content*
//! works on `&[u8]` / `Vec<u8>`; invalid UTF-8 is handled exactly as Go handles it. Text that is ASCII or
//! valid UTF-8 by construction (a formatted float, a quoted string) is returned as `String`.
//!
//! Map from Go to this crate:
//!
//! | Go | here |
//! |---|---|
//! | `strconv.FormatFloat`, `AppendFloat` | [`format_float`], [`append_float`] |
//! | `strconv.FormatComplex`, fmt's `%v` of a complex | [`format_complex`], [`append_complex`] |
//! | `%v`/`Println`/builtin `println` of a float | [`format_float_shortest`] (`'g'`, precision -1) |
//! | `strconv.FormatInt`, `FormatUint`, `Itoa`, `FormatBool` | [`format_int`], [`format_uint`], [`itoa`], [`format_bool`] |
//! | `strconv.ParseInt`, `ParseUint`, `Atoi`, `ParseBool` | [`parse_int`], [`parse_uint`], [`atoi`], [`parse_bool`] |
//! | `strconv.ParseFloat` | [`parse_float`] |
//! | `strconv.Quote*`, `CanBackquote`, `IsPrint`, `IsGraphic` | [`quote`] and friends, [`can_backquote`], [`is_print`], [`is_graphic`] |
//! | `strconv.Unquote`, `UnquoteChar`, `QuotedPrefix` | [`unquote`], [`unquote_char`], [`quoted_prefix`] |
//!
//! Go panics in a few of these functions on bad arguments (an illegal base or bit size). Rust code here
//! never panics on any input; instead such arguments are made unrepresentable ([`Radix`], [`FloatSize`]),
//! and the Go-visible panic text is exported ([`ILLEGAL_BASE_PANIC`], [`ILLEGAL_FLOAT_BIT_SIZE_PANIC`]) so
//! the caller can raise the Go panic itself.
//!
//! Every output is checked against real Go by the oracle table in `testdata/` (see `tests/oracle.rs`).

mod atof;
mod atoi;
mod decimal;
mod error;
mod ftoa;
mod ftoa_binary;
mod itoa;
mod quote;
mod unicode_tables;
mod unquote;
mod utf8;

pub use atof::parse_float;
pub use atoi::{atoi, parse_bool, parse_int, parse_uint};
pub use error::{NumError, NumErrorKind, ParseFailure, SyntaxError};
pub use ftoa::{
    FloatSize, ILLEGAL_COMPLEX_BIT_SIZE_PANIC, ILLEGAL_FLOAT_BIT_SIZE_PANIC, append_complex, append_float,
    format_complex, format_float, format_float_shortest,
};
pub use itoa::{
    ILLEGAL_BASE_PANIC, Radix, append_int, append_uint, format_bool, format_int, format_uint, itoa,
};
pub use quote::{
    append_quote, append_quote_rune, append_quote_rune_to_ascii, append_quote_rune_to_graphic,
    append_quote_to_ascii, append_quote_to_graphic, can_backquote, is_graphic, is_print, quote, quote_rune,
    quote_rune_to_ascii, quote_rune_to_graphic, quote_to_ascii, quote_to_graphic,
};
pub use unquote::{UnquotedChar, quoted_prefix, unquote, unquote_char};
pub use utf8::{RUNE_ERROR, decode_rune, push_rune};
