//! The printer: which primitive each value is, where methods are called, how composite values are
//! walked, and the `Printf` directive parser. This mirrors the observable behaviour of Go's
//! `fmt/print.go`; the layout of each primitive is in `format.rs`.
//!
//! State that Go keeps on its printer and that changes what is printed:
//! * `erroring`: while a `%!verb(type=value)` report is printed, no method is called;
//! * `panicking`: while a method's panic is reported, a second panic is handed back to the host;
//! * `wrap_errs`: only `Errorf` accepts `%w`;
//! * `reordered`/`good_arg_num`: explicit `[n]` indexes, which silence `%!(EXTRA …)`.

use gosub_strconv::{FloatSize, RUNE_ERROR, decode_rune};

use crate::format::{Flags, LOWER_DIGITS, Layout, UPPER_DIGITS};
use crate::value::{FormatState, Kind, MethodSet, Reflect, StringMethod, Unwind};

/// Go's limit on widths, precisions and argument indexes read from a format (`tooLarge`).
const TOO_LARGE: i64 = 1_000_000;

pub(crate) type Flow<V> = Result<(), Unwind<V>>;

pub(crate) struct Printer<'a, H: Reflect> {
    host: &'a mut H,
    out: &'a mut Vec<u8>,
    layout: Layout,
    erroring: bool,
    panicking: bool,
    pub wrap_errs: bool,
    pub reordered: bool,
    good_arg_num: bool,
    /// Argument numbers of the `%w` directives, in format order.
    pub wrapped: Vec<usize>,
}

/// Go's `parsenum`: a decimal number at `s[start..end]`; `(num, found, next index)`. A number past
/// [`TOO_LARGE`] consumes the rest of the range and counts as absent.
fn parse_num(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num: i64 = 0;
    let mut found = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if !(-TOO_LARGE..=TOO_LARGE).contains(&num) {
            return (0, false, end);
        }
        num = num * 10 + i64::from(s[i] - b'0');
        found = true;
        i += 1;
    }
    (num, found, i)
}

/// Go's `parseArgNumber` on text starting with `[`: `(zero-based index, bytes consumed, ok)`.
fn parse_arg_number(s: &[u8]) -> (i64, usize, bool) {
    if s.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..s.len() {
        if s[i] == b']' {
            let (width, ok, next) = parse_num(s, 1, i);
            if !ok || next != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

fn verb_char(verb: i32) -> char {
    u32::try_from(verb).ok().and_then(char::from_u32).unwrap_or(char::REPLACEMENT_CHARACTER)
}

fn push_char(out: &mut Vec<u8>, c: char) {
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

impl<'a, H: Reflect> Printer<'a, H> {
    pub fn new(host: &'a mut H, out: &'a mut Vec<u8>) -> Self {
        Printer {
            host,
            out,
            layout: Layout::default(),
            erroring: false,
            panicking: false,
            wrap_errs: false,
            reordered: false,
            good_arg_num: true,
            wrapped: Vec::new(),
        }
    }

    // ---- Print and Println ----

    /// `Print`: operands separated by a space when neither side is a string.
    pub fn do_print(&mut self, args: &[H::Value]) -> Flow<H::Value> {
        let mut prev_string = false;
        for (i, arg) in args.iter().enumerate() {
            let is_string = self.host.kind(arg) == Kind::String;
            if i > 0 && !is_string && !prev_string {
                self.out.push(b' ');
            }
            self.print_arg(arg, 'v')?;
            prev_string = is_string;
        }
        Ok(())
    }

    /// `Println`: operands always separated by a space, then a newline.
    pub fn do_println(&mut self, args: &[H::Value]) -> Flow<H::Value> {
        for (i, arg) in args.iter().enumerate() {
            if i > 0 {
                self.out.push(b' ');
            }
            self.print_arg(arg, 'v')?;
        }
        self.out.push(b'\n');
        Ok(())
    }

    // ---- one argument ----

    /// Go's `printArg`: an argument of `Print*`, i.e. the dynamic value of an `any`.
    fn print_arg(&mut self, arg: &H::Value, verb: char) -> Flow<H::Value> {
        let kind = self.host.kind(arg);
        if kind == Kind::Invalid {
            match verb {
                'T' | 'v' => self.layout.pad(self.out, b"<nil>"),
                _ => self.bad_verb(None, verb)?,
            }
            return Ok(());
        }
        match verb {
            'T' => {
                let text = self.host.type_string(arg);
                self.layout.fmt_s(self.out, text.as_bytes());
                return Ok(());
            }
            'p' => return self.fmt_pointer(arg, kind, 'p'),
            _ => {}
        }
        // The unnamed `[]byte` has its own path in Go (it never reaches method lookup, and `%#v`
        // spells its type `[]byte`); every other argument tries its methods first.
        if kind == Kind::Slice
            && self.host.elem_kind(arg) == Kind::Uint8
            && self.host.type_string(arg) == "[]uint8"
        {
            return self.fmt_bytes(arg, verb, "[]byte");
        }
        if self.handle_methods(arg, verb)? {
            return Ok(());
        }
        self.print_value(arg, kind, verb, 0, false)
    }

    /// Go's `handleMethods`: `Format`, then `GoString` under `%#v`, else `Error` or `String` for the
    /// verbs that print strings. Returns whether the value was printed.
    fn handle_methods(&mut self, arg: &H::Value, mut verb: char) -> Result<bool, Unwind<H::Value>> {
        if self.erroring {
            return Ok(false);
        }
        let methods = self.host.methods(arg);
        if verb == 'w' {
            if !methods.contains(MethodSet::ERROR) || !self.wrap_errs {
                self.bad_verb(Some(arg), verb)?;
                return Ok(true);
            }
            verb = 'v';
        }
        if methods.is_empty() {
            return Ok(false);
        }
        if methods.contains(MethodSet::FORMAT) {
            let flags = self.layout.flags;
            let state = FormatState {
                width: self.layout.width.map(|w| w as i64),
                precision: self.layout.precision.map(|p| p as i64),
                minus: flags.minus,
                plus: flags.plus || flags.plus_v,
                sharp: flags.sharp || flags.sharp_v,
                space: flags.space,
                zero: flags.zero,
            };
            if let Err(unwind) = self.host.call_format(arg, &state, verb, self.out) {
                self.catch_panic(arg, verb, "Format", unwind)?;
            }
            return Ok(true);
        }
        let method = if self.layout.flags.sharp_v {
            if !methods.contains(MethodSet::GO_STRING) {
                return Ok(false);
            }
            StringMethod::GoString
        } else {
            if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
                return Ok(false);
            }
            if methods.contains(MethodSet::ERROR) {
                StringMethod::Error
            } else if methods.contains(MethodSet::STRING) {
                StringMethod::String
            } else {
                return Ok(false);
            }
        };
        match self.host.call_string_method(arg, method) {
            Ok(text) => {
                if method == StringMethod::GoString {
                    self.layout.fmt_s(self.out, &text);
                } else {
                    self.fmt_string(None, &text, verb)?;
                }
            }
            Err(unwind) => self.catch_panic(arg, verb, method.name(), unwind)?,
        }
        Ok(true)
    }

    /// Go's `catchPanic`: a method of `arg` unwound. A panic on a nil pointer receiver prints `<nil>`;
    /// any other is reported as `%!verb(PANIC=Method method: value)`, unless we are already reporting
    /// one, when it propagates.
    fn catch_panic(
        &mut self,
        arg: &H::Value,
        verb: char,
        method: &str,
        unwind: Unwind<H::Value>,
    ) -> Flow<H::Value> {
        let value = match unwind {
            Unwind::Panic(value) => value,
            Unwind::Exit => return Err(Unwind::Exit),
        };
        if self.host.kind(arg) == Kind::Pointer && self.host.is_nil(arg) {
            self.out.extend_from_slice(b"<nil>");
            return Ok(());
        }
        if self.panicking {
            return Err(Unwind::Panic(value));
        }
        let saved = self.layout;
        self.layout = Layout::default();
        self.out.extend_from_slice(b"%!");
        push_char(self.out, verb);
        self.out.extend_from_slice(b"(PANIC=");
        self.out.extend_from_slice(method.as_bytes());
        self.out.extend_from_slice(b" method: ");
        self.panicking = true;
        self.print_arg(&value, 'v')?;
        self.panicking = false;
        self.out.push(b')');
        self.layout = saved;
        Ok(())
    }

    /// Go's `badVerb`: `%!verb(type=value)`, printed without calling methods, or `%!verb(<nil>)`.
    fn bad_verb(&mut self, value: Option<&H::Value>, verb: char) -> Flow<H::Value> {
        let saved = self.erroring;
        self.erroring = true;
        self.out.extend_from_slice(b"%!");
        push_char(self.out, verb);
        self.out.push(b'(');
        match value {
            Some(value) if self.host.kind(value) != Kind::Invalid => {
                let text = self.host.type_string(value);
                self.out.extend_from_slice(text.as_bytes());
                self.out.push(b'=');
                let kind = self.host.kind(value);
                self.print_value(value, kind, 'v', 0, true)?;
            }
            _ => self.out.extend_from_slice(b"<nil>"),
        }
        self.out.push(b')');
        self.erroring = saved;
        Ok(())
    }

    // ---- values by kind ----

    /// Go's `printValue`. `hidden` is set below an unexported struct field, where Go's reflection
    /// cannot hand the value to a method.
    fn print_value(
        &mut self,
        value: &H::Value,
        kind: Kind,
        verb: char,
        depth: usize,
        hidden: bool,
    ) -> Flow<H::Value> {
        if depth > 0 && kind != Kind::Invalid && !hidden {
            let handled = if kind == Kind::Interface {
                let inner = self.host.elem(value);
                self.host.kind(&inner) != Kind::Invalid && self.handle_methods(&inner, verb)?
            } else {
                self.handle_methods(value, verb)?
            };
            if handled {
                return Ok(());
            }
        }
        let sharp_v = self.layout.flags.sharp_v;
        match kind {
            Kind::Invalid => {
                if depth == 0 {
                    self.out.extend_from_slice(b"<invalid reflect.Value>");
                } else if verb == 'v' {
                    self.out.extend_from_slice(b"<nil>");
                } else {
                    self.bad_verb(None, verb)?;
                }
            }
            Kind::Bool => {
                let v = self.host.bool(value);
                match verb {
                    't' | 'v' => self.layout.fmt_bool(self.out, v),
                    _ => self.bad_verb(Some(value), verb)?,
                }
            }
            k if k.is_signed() => {
                let v = self.host.int(value) as u64;
                self.fmt_integer(Some(value), v, true, verb)?;
            }
            k if k.is_unsigned() => {
                let v = self.host.uint(value);
                self.fmt_integer(Some(value), v, false, verb)?;
            }
            Kind::Float32 | Kind::Float64 => {
                let size = if kind == Kind::Float32 { FloatSize::F32 } else { FloatSize::F64 };
                let v = self.host.float(value);
                self.fmt_float(value, v, size, verb)?;
            }
            Kind::Complex64 | Kind::Complex128 => {
                let size = if kind == Kind::Complex64 { FloatSize::F32 } else { FloatSize::F64 };
                let (re, im) = self.host.complex(value);
                self.fmt_complex(value, re, im, size, verb)?;
            }
            Kind::String => {
                let bytes = self.host.bytes(value);
                match verb {
                    'v' if sharp_v => self.layout.fmt_q(self.out, &bytes),
                    'v' | 's' => self.layout.fmt_s(self.out, &bytes),
                    'x' => self.layout.fmt_sbx(self.out, &bytes, LOWER_DIGITS),
                    'X' => self.layout.fmt_sbx(self.out, &bytes, UPPER_DIGITS),
                    'q' => self.layout.fmt_q(self.out, &bytes),
                    _ => {
                        drop(bytes);
                        self.bad_verb(Some(value), verb)?;
                    }
                }
            }
            Kind::Map => {
                if sharp_v {
                    let text = self.host.type_string(value);
                    self.out.extend_from_slice(text.as_bytes());
                    if self.host.is_nil(value) {
                        self.out.extend_from_slice(b"(nil)");
                        return Ok(());
                    }
                    self.out.push(b'{');
                } else {
                    self.out.extend_from_slice(b"map[");
                }
                let mut entries = self.host.map_entries(value);
                crate::sort::sort_entries(&*self.host, &mut entries);
                for (i, (key, elem)) in entries.iter().enumerate() {
                    if i > 0 {
                        self.out.extend_from_slice(if sharp_v { b", " } else { b" " });
                    }
                    let key_kind = self.host.kind(key);
                    self.print_value(key, key_kind, verb, depth + 1, hidden)?;
                    self.out.push(b':');
                    let elem_kind = self.host.kind(elem);
                    self.print_value(elem, elem_kind, verb, depth + 1, hidden)?;
                }
                self.out.push(if sharp_v { b'}' } else { b']' });
            }
            Kind::Struct => {
                if sharp_v {
                    let text = self.host.type_string(value);
                    self.out.extend_from_slice(text.as_bytes());
                }
                self.out.push(b'{');
                let names = self.layout.flags.plus_v || sharp_v;
                for i in 0..self.host.num_fields(value) {
                    if i > 0 {
                        self.out.extend_from_slice(if sharp_v { b", " } else { b" " });
                    }
                    if names {
                        let name = self.host.field_name(value, i);
                        if !name.is_empty() {
                            self.out.extend_from_slice(name.as_bytes());
                            self.out.push(b':');
                        }
                    }
                    let hidden = hidden || !self.host.field_exported(value, i);
                    let mut field = self.host.field(value, i);
                    let mut field_kind = self.host.kind(&field);
                    // A non-nil interface field prints as its dynamic value.
                    if field_kind == Kind::Interface && !self.host.is_nil(&field) {
                        field = self.host.elem(&field);
                        field_kind = self.host.kind(&field);
                    }
                    self.print_value(&field, field_kind, verb, depth + 1, hidden)?;
                }
                self.out.push(b'}');
            }
            Kind::Interface => {
                let inner = self.host.elem(value);
                let inner_kind = self.host.kind(&inner);
                if inner_kind == Kind::Invalid {
                    if sharp_v {
                        let text = self.host.type_string(value);
                        self.out.extend_from_slice(text.as_bytes());
                        self.out.extend_from_slice(b"(nil)");
                    } else {
                        self.out.extend_from_slice(b"<nil>");
                    }
                } else {
                    self.print_value(&inner, inner_kind, verb, depth + 1, hidden)?;
                }
            }
            Kind::Array | Kind::Slice => {
                if matches!(verb, 's' | 'q' | 'x' | 'X') && self.host.elem_kind(value) == Kind::Uint8 {
                    let text = self.host.type_string(value).into_owned();
                    return self.fmt_bytes(value, verb, &text);
                }
                if sharp_v {
                    let text = self.host.type_string(value);
                    self.out.extend_from_slice(text.as_bytes());
                    if kind == Kind::Slice && self.host.is_nil(value) {
                        self.out.extend_from_slice(b"(nil)");
                        return Ok(());
                    }
                    self.out.push(b'{');
                } else {
                    self.out.push(b'[');
                }
                for i in 0..self.host.len(value) {
                    if i > 0 {
                        self.out.extend_from_slice(if sharp_v { b", " } else { b" " });
                    }
                    let elem = self.host.index(value, i);
                    let elem_kind = self.host.kind(&elem);
                    self.print_value(&elem, elem_kind, verb, depth + 1, hidden)?;
                }
                self.out.push(if sharp_v { b'}' } else { b']' });
            }
            Kind::Pointer => {
                // Only a top-level pointer to a composite is followed: `&{1 2}`. Deeper ones print as
                // addresses, which also keeps cyclic structures finite.
                if depth == 0 && !self.host.is_nil(value) {
                    let target = self.host.elem(value);
                    let target_kind = self.host.kind(&target);
                    if matches!(target_kind, Kind::Array | Kind::Slice | Kind::Struct | Kind::Map) {
                        self.out.push(b'&');
                        return self.print_value(&target, target_kind, verb, depth + 1, hidden);
                    }
                }
                self.fmt_pointer(value, kind, verb)?;
            }
            _ => self.fmt_pointer(value, kind, verb)?,
        }
        Ok(())
    }

    // ---- primitives under a verb ----

    /// Go's `fmtInteger` (the verb dispatch for integers).
    fn fmt_integer(&mut self, value: Option<&H::Value>, v: u64, signed: bool, verb: char) -> Flow<H::Value> {
        let layout = self.layout;
        match verb {
            'v' if layout.flags.sharp_v && !signed => self.fmt_0x64(v, true),
            'v' | 'd' => layout.fmt_integer(self.out, v, 10, signed, verb, LOWER_DIGITS),
            'b' => layout.fmt_integer(self.out, v, 2, signed, verb, LOWER_DIGITS),
            'o' | 'O' => layout.fmt_integer(self.out, v, 8, signed, verb, LOWER_DIGITS),
            'x' => layout.fmt_integer(self.out, v, 16, signed, verb, LOWER_DIGITS),
            'X' => layout.fmt_integer(self.out, v, 16, signed, verb, UPPER_DIGITS),
            'c' => layout.fmt_c(self.out, v),
            'q' => layout.fmt_qc(self.out, v),
            'U' => layout.fmt_unicode(self.out, v),
            _ => return self.bad_verb(value, verb),
        }
        Ok(())
    }

    /// Hexadecimal with or without `0x`, other flags as given (Go's `fmt0x64`).
    fn fmt_0x64(&mut self, v: u64, leading_0x: bool) {
        let mut layout = self.layout;
        layout.flags.sharp = leading_0x;
        layout.fmt_integer(self.out, v, 16, false, 'v', LOWER_DIGITS);
    }

    /// Go's `fmtFloat` (the verb dispatch for floats).
    fn fmt_float(&mut self, value: &H::Value, v: f64, size: FloatSize, verb: char) -> Flow<H::Value> {
        let layout = self.layout;
        match verb {
            'v' => layout.fmt_float(self.out, v, size, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => layout.fmt_float(self.out, v, size, verb as u8, -1),
            'f' | 'e' | 'E' => layout.fmt_float(self.out, v, size, verb as u8, 6),
            'F' => layout.fmt_float(self.out, v, size, b'f', 6),
            _ => return self.bad_verb(Some(value), verb),
        }
        Ok(())
    }

    /// Go's `fmtComplex`: `(re±imi)`, each part under the float verb, the imaginary part always signed.
    fn fmt_complex(
        &mut self,
        value: &H::Value,
        re: f64,
        im: f64,
        size: FloatSize,
        verb: char,
    ) -> Flow<H::Value> {
        if !matches!(verb, 'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E') {
            return self.bad_verb(Some(value), verb);
        }
        let old_plus = self.layout.flags.plus;
        self.out.push(b'(');
        self.fmt_float(value, re, size, verb)?;
        self.layout.flags.plus = true;
        self.fmt_float(value, im, size, verb)?;
        self.out.extend_from_slice(b"i)");
        self.layout.flags.plus = old_plus;
        Ok(())
    }

    /// Go's `fmtString` for a string a method returned (the verb is always one strings accept).
    fn fmt_string(&mut self, value: Option<&H::Value>, s: &[u8], verb: char) -> Flow<H::Value> {
        let layout = self.layout;
        match verb {
            'v' if layout.flags.sharp_v => layout.fmt_q(self.out, s),
            'v' | 's' => layout.fmt_s(self.out, s),
            'x' => layout.fmt_sbx(self.out, s, LOWER_DIGITS),
            'X' => layout.fmt_sbx(self.out, s, UPPER_DIGITS),
            'q' => layout.fmt_q(self.out, s),
            _ => return self.bad_verb(value, verb),
        }
        Ok(())
    }

    /// Go's `fmtBytes`: a byte slice or array under `type_text` (`[]byte` for the unnamed type).
    fn fmt_bytes(&mut self, value: &H::Value, verb: char, type_text: &str) -> Flow<H::Value> {
        let layout = self.layout;
        match verb {
            'v' | 'd' => {
                let bytes = self.host.bytes(value).into_owned();
                if layout.flags.sharp_v {
                    self.out.extend_from_slice(type_text.as_bytes());
                    if self.host.kind(value) == Kind::Slice && self.host.is_nil(value) {
                        self.out.extend_from_slice(b"(nil)");
                        return Ok(());
                    }
                    self.out.push(b'{');
                    for (i, &c) in bytes.iter().enumerate() {
                        if i > 0 {
                            self.out.extend_from_slice(b", ");
                        }
                        self.fmt_0x64(u64::from(c), true);
                    }
                    self.out.push(b'}');
                } else {
                    self.out.push(b'[');
                    for (i, &c) in bytes.iter().enumerate() {
                        if i > 0 {
                            self.out.push(b' ');
                        }
                        layout.fmt_integer(self.out, u64::from(c), 10, false, verb, LOWER_DIGITS);
                    }
                    self.out.push(b']');
                }
            }
            's' => layout.fmt_s(self.out, &self.host.bytes(value)),
            'x' => layout.fmt_sbx(self.out, &self.host.bytes(value), LOWER_DIGITS),
            'X' => layout.fmt_sbx(self.out, &self.host.bytes(value), UPPER_DIGITS),
            'q' => layout.fmt_q(self.out, &self.host.bytes(value)),
            _ => {
                let kind = self.host.kind(value);
                return self.print_value(value, kind, verb, 0, false);
            }
        }
        Ok(())
    }

    /// Go's `fmtPointer`: `%p`, and `%v` of pointers, channels, functions and unsafe pointers.
    fn fmt_pointer(&mut self, value: &H::Value, kind: Kind, verb: char) -> Flow<H::Value> {
        if !matches!(
            kind,
            Kind::Chan | Kind::Func | Kind::Map | Kind::Pointer | Kind::Slice | Kind::UnsafePointer
        ) {
            return self.bad_verb(Some(value), verb);
        }
        let address = self.host.pointer(value) as u64;
        let flags = self.layout.flags;
        match verb {
            'v' if flags.sharp_v => {
                self.out.push(b'(');
                let text = self.host.type_string(value);
                self.out.extend_from_slice(text.as_bytes());
                self.out.extend_from_slice(b")(");
                if address == 0 {
                    self.out.extend_from_slice(b"nil");
                } else {
                    self.fmt_0x64(address, true);
                }
                self.out.push(b')');
            }
            'v' if address == 0 => self.layout.pad(self.out, b"<nil>"),
            'v' | 'p' => self.fmt_0x64(address, !flags.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(Some(value), address, false, verb)?,
            _ => return self.bad_verb(Some(value), verb),
        }
        Ok(())
    }

    // ---- Printf ----

    /// Go's `intFromArg`: a `*` width or precision taken from an integer argument.
    fn int_from_arg(&self, args: &[H::Value], arg_num: usize) -> (i64, bool, usize) {
        let Some(arg) = args.get(arg_num) else {
            return (0, false, arg_num);
        };
        let kind = self.host.kind(arg);
        let (mut num, mut is_int) = if kind.is_signed() {
            (self.host.int(arg), true)
        } else if kind.is_unsigned() {
            match i64::try_from(self.host.uint(arg)) {
                Ok(n) => (n, true),
                Err(_) => (0, false),
            }
        } else {
            (0, false)
        };
        if !(-TOO_LARGE..=TOO_LARGE).contains(&num) {
            num = 0;
            is_int = false;
        }
        (num, is_int, arg_num + 1)
    }

    /// Go's `argNumber`: an optional `[n]` at `format[i..]`.
    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, consumed, ok) = parse_arg_number(&format[i..]);
        if ok
            && let Ok(index) = usize::try_from(index)
            && index < num_args
        {
            return (index, i + consumed, true);
        }
        self.good_arg_num = false;
        (arg_num, i + consumed, ok)
    }

    /// Go's `doPrintf`.
    pub fn do_printf(&mut self, format: &[u8], args: &[H::Value]) -> Flow<H::Value> {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        'directives: while i < end {
            self.good_arg_num = true;
            let literal_start = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            self.out.extend_from_slice(&format[literal_start..i]);
            if i >= end {
                break;
            }
            i += 1; // the '%'
            self.layout = Layout::default();
            // Flags, and the common case of a plain lowercase verb right after them.
            while i < end {
                let c = format[i];
                let flags = &mut self.layout.flags;
                match c {
                    b'#' => flags.sharp = true,
                    b'0' => flags.zero = true,
                    b'+' => flags.plus = true,
                    b'-' => flags.minus = true,
                    b' ' => flags.space = true,
                    b'a'..=b'z' if arg_num < args.len() => {
                        if c == b'w' {
                            self.wrapped.push(arg_num);
                        }
                        if c == b'v' || c == b'w' {
                            move_v_flags(flags);
                        }
                        self.print_arg(&args[arg_num], char::from(c))?;
                        arg_num += 1;
                        i += 1;
                        continue 'directives;
                    }
                    _ => break,
                }
                i += 1;
            }

            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());

            if i < end && format[i] == b'*' {
                i += 1;
                let (width, present, next) = self.int_from_arg(args, arg_num);
                arg_num = next;
                if !present {
                    self.out.extend_from_slice(b"%!(BADWIDTH)");
                    self.layout.width = None;
                } else if width < 0 {
                    self.layout.width = Some(width.unsigned_abs() as usize);
                    self.layout.flags.minus = true;
                    self.layout.flags.zero = false;
                } else {
                    self.layout.width = Some(width as usize);
                }
                after_index = false;
            } else {
                let (width, present, next) = parse_num(format, i, end);
                i = next;
                self.layout.width = present.then_some(width as usize);
                if after_index && present {
                    self.good_arg_num = false;
                }
            }

            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (precision, present, next) = self.int_from_arg(args, arg_num);
                    arg_num = next;
                    // A negative precision counts as absent, and both are reported.
                    if present && precision >= 0 {
                        self.layout.precision = Some(precision as usize);
                    } else {
                        self.layout.precision = None;
                        self.out.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (precision, present, next) = parse_num(format, i, end);
                    i = next;
                    self.layout.precision = Some(if present { precision as usize } else { 0 });
                }
            }

            if !after_index {
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
            }
            let _ = after_index;

            if i >= end {
                self.out.extend_from_slice(b"%!(NOVERB)");
                break;
            }

            let (rune, size) = decode_rune(&format[i..]);
            let verb = verb_char(if size == 0 { RUNE_ERROR } else { rune });
            i += size.max(1);

            if verb == '%' {
                self.out.push(b'%');
            } else if !self.good_arg_num {
                self.out.extend_from_slice(b"%!");
                push_char(self.out, verb);
                self.out.extend_from_slice(b"(BADINDEX)");
            } else if arg_num >= args.len() {
                self.out.extend_from_slice(b"%!");
                push_char(self.out, verb);
                self.out.extend_from_slice(b"(MISSING)");
            } else {
                if verb == 'w' {
                    self.wrapped.push(arg_num);
                }
                if verb == 'v' || verb == 'w' {
                    move_v_flags(&mut self.layout.flags);
                }
                self.print_arg(&args[arg_num], verb)?;
                arg_num += 1;
            }
        }

        if !self.reordered && arg_num < args.len() {
            self.layout = Layout::default();
            self.out.extend_from_slice(b"%!(EXTRA ");
            for (n, arg) in args[arg_num..].iter().enumerate() {
                if n > 0 {
                    self.out.extend_from_slice(b", ");
                }
                if self.host.kind(arg) == Kind::Invalid {
                    self.out.extend_from_slice(b"<nil>");
                } else {
                    let text = self.host.type_string(arg);
                    self.out.extend_from_slice(text.as_bytes());
                    self.out.push(b'=');
                    self.print_arg(arg, 'v')?;
                }
            }
            self.out.push(b')');
        }
        Ok(())
    }
}

/// For `%v` (and `%w`), `#` means Go syntax and `+` means field names, not their numeric meanings.
fn move_v_flags(flags: &mut Flags) {
    flags.sharp_v = flags.sharp;
    flags.sharp = false;
    flags.plus_v = flags.plus;
    flags.plus = false;
}
