//! Go's `fmt` engine: the exact bytes of `Print`, `Println`, `Printf` (and their `S`/`F`/`Append`
//! forms) and of `Errorf`'s message, plus the text of the builtin `print`/`println` ([`builtin`]).
//!
//! The engine is independent of the VM. It sees Go values only through [`Reflect`], a reflection-like
//! trait the host implements over its own value representation, and it calls Go methods (`Error`,
//! `String`, `GoString`, `Format`) back through the same trait. It decides everything `fmt` decides:
//! verbs, flags, widths and precisions, argument indexes and the `%!verb(…)` error texts, which methods
//! are called at which depth, how composite values are walked and how map keys are sorted. Numbers and
//! quoting come from `gosub-strconv`, so `%v` of a float is Go's shortest representation.
//!
//! Output is appended to a caller's `Vec<u8>` (Go strings are bytes). When a method the engine called
//! ends in a way Go's `fmt` does not recover from (a panic while reporting a panic, or
//! [`Unwind::Exit`]), the function returns the [`Unwind`] and the bytes appended so far are
//! meaningless; Go would propagate the panic out of `Sprintf` and the caller must do the same.
//!
//! Map from Go to this crate:
//!
//! | Go | here |
//! |---|---|
//! | `Print`, `Sprint`, `Fprint`, `Append` | [`append_print`] |
//! | `Println`, `Sprintln`, `Fprintln`, `Appendln` | [`append_println`] |
//! | `Printf`, `Sprintf`, `Fprintf`, `Appendf` | [`append_printf`] |
//! | `Errorf` | [`append_errorf`] (the message, and which arguments `%w` wraps) |
//! | builtin `print`, `println` | [`builtin`] |
//! | `fmt.FormatString` | [`FormatState::directive`] |

pub mod builtin;
mod format;
mod print;
mod sort;
mod value;

pub use value::{FormatState, Kind, MethodSet, Reflect, StringMethod, Unwind};

use print::Printer;

/// Go's `Print` family: the operands in their default formats, separated by a space when neither
/// neighbour is a string.
pub fn append_print<H: Reflect>(
    host: &mut H,
    out: &mut Vec<u8>,
    args: &[H::Value],
) -> Result<(), Unwind<H::Value>> {
    Printer::new(host, out).do_print(args)
}

/// Go's `Println` family: the operands in their default formats, separated by spaces, and a newline.
pub fn append_println<H: Reflect>(
    host: &mut H,
    out: &mut Vec<u8>,
    args: &[H::Value],
) -> Result<(), Unwind<H::Value>> {
    Printer::new(host, out).do_println(args)
}

/// Go's `Printf` family. `format` is the Go string's bytes. Outside `Errorf`, `%w` is a bad verb.
pub fn append_printf<H: Reflect>(
    host: &mut H,
    out: &mut Vec<u8>,
    format: &[u8],
    args: &[H::Value],
) -> Result<(), Unwind<H::Value>> {
    Printer::new(host, out).do_printf(format, args)
}

/// Which arguments an `Errorf` call wraps, deciding the dynamic type of the error it returns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wrapped {
    /// No `%w`: Go returns `errors.New(message)`.
    None,
    /// Exactly one `%w`: Go returns a `*fmt.wrapError` whose `Unwrap()` gives this argument, or nil when
    /// the argument is not an `error` (the message then shows `%!w(…)`).
    One(Option<usize>),
    /// Several `%w`: Go returns a `*fmt.wrapErrors` whose `Unwrap() []error` lists these arguments in
    /// order (ascending when the format used explicit indexes), each once, errors only.
    Many(Vec<usize>),
}

/// Go's `Errorf`: appends the message (where `%w` formats like `%v` for an error operand) and tells
/// which operands the returned error wraps.
pub fn append_errorf<H: Reflect>(
    host: &mut H,
    out: &mut Vec<u8>,
    format: &[u8],
    args: &[H::Value],
) -> Result<Wrapped, Unwind<H::Value>> {
    let mut printer = Printer::new(host, out);
    printer.wrap_errs = true;
    printer.do_printf(format, args)?;
    let reordered = printer.reordered;
    let mut wrapped = std::mem::take(&mut printer.wrapped);
    drop(printer);
    let is_error = |host: &H, index: usize| {
        args.get(index).is_some_and(|arg| host.methods(arg).contains(MethodSet::ERROR))
    };
    Ok(match wrapped.len() {
        0 => Wrapped::None,
        1 => Wrapped::One(Some(wrapped[0]).filter(|&i| is_error(host, i))),
        _ => {
            if reordered {
                wrapped.sort_unstable();
            }
            wrapped.dedup();
            wrapped.retain(|&i| is_error(host, i));
            Wrapped::Many(wrapped)
        }
    })
}
