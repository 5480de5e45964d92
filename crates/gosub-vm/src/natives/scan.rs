//! `fmt`'s scanning natives: `Sscan`, `Sscanln`, `Sscanf` over a string and `Scan`, `Scanln`, `Scanf`
//! over standard input, storing through the operands' pointers by their element kinds.
//!
//! The common cases of Go's rules: operands separated by spaces (newlines count as spaces for `Scan`,
//! end the input for `Scanln`), integers in base 10 with an optional sign (base prefixes for `%v`),
//! floats, strings as space-delimited tokens, booleans, `%c` runes and `%x` hex integers, with Go's
//! error texts. `Fscan*` over an arbitrary `io.Reader` is not provided.

use gosub_bytecode::Kind;
use gosub_bytecode::layout::iface_type_index;

use super::{Native, Registry};
use crate::panic::Fault;

pub(super) fn register(r: &mut Registry) {
    r.add("fmt.Sscan", |n| sscan(n, Mode::Spaces));
    r.add("fmt.Sscanln", |n| sscan(n, Mode::Line));
    r.add("fmt.Sscanf", sscanf);
    r.add("fmt.Scan", |n| scan_stdin(n, Mode::Spaces));
    r.add("fmt.Scanln", |n| scan_stdin(n, Mode::Line));
    r.add("fmt.Scanf", scanf_stdin);
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Newlines are spaces.
    Spaces,
    /// A newline ends the input.
    Line,
}

/// The input being scanned.
struct Input {
    bytes: Vec<u8>,
    pos: usize,
}

impl Input {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Skips spaces (and newlines when `nl` is true).
    fn skip_space(&mut self, nl: bool) {
        while let Some(b) = self.peek() {
            if b == b' ' || b == b'\t' || b == b'\r' || (nl && b == b'\n') {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    fn token(&mut self, accept: impl Fn(u8) -> bool) -> Vec<u8> {
        let start = self.pos;
        while self.peek().is_some_and(&accept) {
            self.pos += 1;
        }
        self.bytes[start..self.pos].to_vec()
    }
}

fn error_iface(n: &mut Native<'_, '_>, text: &str) -> [u64; 2] {
    let s = n.vm.alloc_str(text.as_bytes());
    let ty = n.vm.rt.errors_error;
    n.vm.make_iface(ty, &s)
}

fn finish(n: &mut Native<'_, '_>, count: usize, err: Option<String>) -> Result<(), Fault> {
    let e = match err {
        Some(text) => error_iface(n, &text),
        None => [0, 0],
    };
    n.set_int(0, count as i64);
    n.set_iface(1, e);
    Ok(())
}

/// The operands: (pointer object, offset, element type).
fn operands(n: &Native<'_, '_>, slot: usize) -> Vec<(u64, u64, Option<u32>)> {
    let items = n.slice_elems(slot, 2);
    items
        .chunks_exact(2)
        .map(|c| {
            let iface = [c[0], c[1]];
            if iface[0] == 0 {
                return (0, 0, None);
            }
            let t = &n.vm.types[iface_type_index(iface[0]) as usize];
            let mut p = [0u64; 2];
            n.vm.iface_value(iface, &mut p);
            (p[0], p[1], if t.kind == Kind::Pointer { t.elem } else { None })
        })
        .collect()
}

/// Scans one operand of element type `ty` with verb `verb` ('v' for the type's default).
fn scan_one(
    n: &mut Native<'_, '_>,
    input: &mut Input,
    target: (u64, u64, Option<u32>),
    verb: u8,
) -> Result<(), String> {
    let (obj, off, ty) = target;
    let Some(ty) = ty else { return Err("can't scan type".into()) };
    let kind = n.vm.types[ty as usize].kind;
    let store = |n: &mut Native<'_, '_>, vals: &[u64]| {
        n.vm.write_slots(obj, off as usize, vals);
    };
    if verb == b'c' {
        let rest = &input.bytes[input.pos..];
        if rest.is_empty() {
            return Err("EOF".into());
        }
        let (r, w) = gosub_strconv::decode_rune(rest);
        input.pos += w.max(1);
        store(n, &[i64::from(r) as u64]);
        return Ok(());
    }
    let nl = true;
    input.skip_space(nl && verb != b'\n');
    if input.peek().is_none() {
        return Err("EOF".into());
    }
    match kind {
        Kind::Int
        | Kind::Int8
        | Kind::Int16
        | Kind::Int32
        | Kind::Int64
        | Kind::Uint
        | Kind::Uint8
        | Kind::Uint16
        | Kind::Uint32
        | Kind::Uint64
        | Kind::Uintptr => {
            let signed = matches!(kind, Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64);
            let mut tok = Vec::new();
            if signed && matches!(input.peek(), Some(b'+' | b'-')) {
                tok.push(input.peek().unwrap_or(b'+'));
                input.pos += 1;
            }
            let base = if verb == b'x' || verb == b'X' { 16 } else { 10 };
            let digits = input
                .token(|b| if base == 16 { b.is_ascii_hexdigit() } else { b.is_ascii_digit() || b == b'_' });
            if digits.is_empty() {
                return Err("expected integer".into());
            }
            tok.extend_from_slice(&digits);
            let bits = match kind {
                Kind::Int8 | Kind::Uint8 => 8,
                Kind::Int16 | Kind::Uint16 => 16,
                Kind::Int32 | Kind::Uint32 => 32,
                _ => 64,
            };
            let value = if signed {
                gosub_strconv::parse_int(&tok, base, bits).map(|v| v as u64).ok()
            } else {
                gosub_strconv::parse_uint(&tok, base, bits).ok()
            };
            match value {
                Some(v) => store(n, &[v]),
                None => return Err(format!("integer overflow on token {}", String::from_utf8_lossy(&tok))),
            }
        }
        Kind::Float32 | Kind::Float64 => {
            let tok = input.token(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.' | b'_'));
            let bits = if kind == Kind::Float32 { 32 } else { 64 };
            match gosub_strconv::parse_float(&tok, bits) {
                Ok(f) => store(n, &[f.to_bits()]),
                Err(_) => {
                    return Err(format!(
                        "strconv.ParseFloat: parsing {:?}: invalid syntax",
                        String::from_utf8_lossy(&tok)
                    ));
                }
            }
        }
        Kind::String => {
            let tok = input.token(|b| !b.is_ascii_whitespace());
            let s = n.vm.alloc_str(&tok);
            store(n, &s);
        }
        Kind::Bool => {
            let tok = input.token(|b| b.is_ascii_alphanumeric());
            match gosub_strconv::parse_bool(&tok) {
                Ok(v) => store(n, &[u64::from(v)]),
                Err(_) => return Err("syntax error scanning boolean".into()),
            }
        }
        _ => return Err(format!("can't scan type: {}", n.vm.types[ty as usize].string)),
    }
    Ok(())
}

/// Scans `input` into the operands in the slice at `slot` (no format).
fn scan_operands(
    n: &mut Native<'_, '_>,
    input: &mut Input,
    slot: usize,
    mode: Mode,
) -> (usize, Option<String>) {
    let ops = operands(n, slot);
    let mut count = 0;
    for (i, &op) in ops.iter().enumerate() {
        if mode == Mode::Line {
            input.skip_space(false);
            if input.peek() == Some(b'\n') {
                return (count, Some("unexpected newline".into()));
            }
        }
        if let Err(e) = scan_one(n, input, op, b'v') {
            let e = if e == "EOF" && i > 0 { "unexpected EOF".to_string() } else { e };
            return (count, Some(e));
        }
        count += 1;
    }
    if mode == Mode::Line {
        input.skip_space(false);
        if !matches!(input.peek(), None | Some(b'\n')) {
            return (count, Some("expected newline".into()));
        }
    }
    (count, None)
}

/// Scans `input` according to `format` into the operands at `slot`.
fn scan_format(
    n: &mut Native<'_, '_>,
    input: &mut Input,
    format: &[u8],
    slot: usize,
) -> (usize, Option<String>) {
    let ops = operands(n, slot);
    let mut count = 0;
    let mut i = 0;
    while i < format.len() {
        let c = format[i];
        if c == b'%' && i + 1 < format.len() {
            let mut j = i + 1;
            while j < format.len() && format[j].is_ascii_digit() {
                j += 1;
            }
            let Some(&verb) = format.get(j) else { break };
            i = j + 1;
            if verb == b'%' {
                input.skip_space(false);
                if input.peek() != Some(b'%') {
                    return (count, Some("missing literal %".into()));
                }
                input.pos += 1;
                continue;
            }
            let Some(&op) = ops.get(count) else {
                return (
                    count,
                    Some("too few operands for format '%".to_string() + &(verb as char).to_string() + "'"),
                );
            };
            if let Err(e) = scan_one(n, input, op, verb) {
                let e = if e == "EOF" && count > 0 { "unexpected EOF".to_string() } else { e };
                return (count, Some(e));
            }
            count += 1;
        } else if c.is_ascii_whitespace() {
            while i < format.len() && format[i].is_ascii_whitespace() && format[i] != b'\n' {
                i += 1;
            }
            input.skip_space(false);
            if i < format.len() && format[i] == b'\n' {
                i += 1;
                if input.peek() == Some(b'\n') {
                    input.pos += 1;
                }
            }
        } else {
            if input.peek() != Some(c) {
                if input.peek().is_none() {
                    return (count, Some("unexpected EOF".into()));
                }
                return (count, Some("input does not match format".into()));
            }
            input.pos += 1;
            i += 1;
        }
    }
    if count < ops.len() {
        return (count, Some("too many operands".into()));
    }
    (count, None)
}

fn sscan(n: &mut Native<'_, '_>, mode: Mode) -> Result<(), Fault> {
    let mut input = Input { bytes: n.str(0).to_vec(), pos: 0 };
    let (count, err) = scan_operands(n, &mut input, 2, mode);
    finish(n, count, err)
}

fn sscanf(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let mut input = Input { bytes: n.str(0).to_vec(), pos: 0 };
    let format = n.str(2).to_vec();
    let (count, err) = scan_format(n, &mut input, &format, 4);
    finish(n, count, err)
}

/// Reads standard input up to (and including) the next newline, or to its end.
fn stdin_line(n: &mut Native<'_, '_>, whole_tokens: usize) -> Vec<u8> {
    use std::io::Read;
    n.vm.flush_stdout();
    let mut out = Vec::new();
    let mut byte = [0u8; 1];
    let mut stdin = std::io::stdin().lock();
    let mut tokens = 0;
    let mut in_token = false;
    while let Ok(1) = stdin.read(&mut byte) {
        out.push(byte[0]);
        let space = byte[0].is_ascii_whitespace();
        if !space {
            in_token = true;
        } else if in_token {
            in_token = false;
            tokens += 1;
            if tokens >= whole_tokens && whole_tokens > 0 {
                break;
            }
        }
        if byte[0] == b'\n' && whole_tokens == 0 {
            break;
        }
    }
    out
}

fn scan_stdin(n: &mut Native<'_, '_>, mode: Mode) -> Result<(), Fault> {
    let want = operands(n, 0).len();
    let bytes = stdin_line(n, if mode == Mode::Line { 0 } else { want });
    let mut input = Input { bytes, pos: 0 };
    let (count, err) = scan_operands(n, &mut input, 0, mode);
    finish(n, count, err)
}

fn scanf_stdin(n: &mut Native<'_, '_>) -> Result<(), Fault> {
    let format = n.str(0).to_vec();
    let bytes = stdin_line(n, 0);
    let mut input = Input { bytes, pos: 0 };
    let (count, err) = scan_format(n, &mut input, &format, 2);
    finish(n, count, err)
}
