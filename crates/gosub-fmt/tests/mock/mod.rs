//! A mock host for the engine: Go values as a tree read from `testdata/cases.txt`, where the Go oracle
//! (`testdata/gen`) dumped them with reflection, methods' results included.
//!
//! Value syntax (one value): `nil`, or `(kind "type" order [methods] payload…)` where the payload
//! depends on the kind: `true`, `-5`, float bits `0x…`, a quoted string, `addr elem|-` for pointers,
//! `addr isnil` for channels, functions and unsafe pointers, `addr isnil elemkind items…` for slices
//! and arrays, `addr isnil (key value)…` for maps, `("name" exported value)…` for structs, one value
//! for interfaces. A method is `(String ret "text")`, `(String panic value)`, `(String exit)` (ends
//! the goroutine; hand-written tests only), `(String ?)` (not recorded: fmt must not call it), `(Format echo "prefix")` or `(Format call "written" panic|nil)`.

use std::borrow::Cow;
use std::rc::Rc;

use gosub_fmt::{FormatState, Kind, MethodSet, Reflect, StringMethod, Unwind};

#[derive(Debug)]
pub enum Format {
    /// Writes `prefix<directive>` where the directive is `fmt.FormatString(state, verb)`.
    Echo(String),
    /// Writes the text, then panics with the value if there is one.
    Call(Vec<u8>, Value),
    Unknown,
}

#[derive(Debug)]
pub enum Outcome {
    Returned(Vec<u8>),
    Panicked(Value),
    /// The call ends the goroutine (`runtime.Goexit`): `(String exit)`.
    Exit,
    Unknown,
}

#[derive(Debug)]
pub enum Data {
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Complex(f64, f64),
    Str(Vec<u8>),
    Pointer { address: usize, elem: Option<Value> },
    Address { address: usize, nil: bool },
    Seq { address: usize, nil: bool, elem_kind: Kind, items: Vec<Value> },
    Map { address: usize, nil: bool, entries: Vec<(Value, Value)> },
    Struct(Vec<(String, bool, Value)>),
    Interface(Value),
}

#[derive(Debug)]
pub struct Node {
    pub kind: Kind,
    pub type_text: String,
    pub order: u64,
    pub format: Option<Format>,
    pub string_methods: Vec<(StringMethod, Outcome)>,
    pub data: Data,
}

/// `None` is Go's "no value" (nil interface).
pub type Value = Option<Rc<Node>>;

// ---- parsing ----

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Open,
    Close,
    OpenList,
    CloseList,
    Quoted(Vec<u8>),
    Atom(String),
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b'\t' => i += 1,
            b'(' => {
                tokens.push(Token::Open);
                i += 1;
            }
            b')' => {
                tokens.push(Token::Close);
                i += 1;
            }
            b'[' => {
                tokens.push(Token::OpenList);
                i += 1;
            }
            b']' => {
                tokens.push(Token::CloseList);
                i += 1;
            }
            b'"' => {
                let literal =
                    gosub_strconv::quoted_prefix(&bytes[i..]).map_err(|_| format!("bad quote at {i}"))?;
                let len = literal.len();
                let content = gosub_strconv::unquote(literal).map_err(|_| format!("bad quote at {i}"))?;
                tokens.push(Token::Quoted(content));
                i += len;
            }
            _ => {
                let start = i;
                while i < bytes.len() && !b" \t()[]\"".contains(&bytes[i]) {
                    i += 1;
                }
                tokens.push(Token::Atom(text[start..i].to_string()));
            }
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn next(&mut self) -> Result<Token, String> {
        let token = self.tokens.get(self.pos).cloned().ok_or("unexpected end")?;
        self.pos += 1;
        Ok(token)
    }

    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn expect(&mut self, token: Token) -> Result<(), String> {
        let got = self.next()?;
        if got == token { Ok(()) } else { Err(format!("expected {token:?}, got {got:?}")) }
    }

    fn atom(&mut self) -> Result<String, String> {
        match self.next()? {
            Token::Atom(a) => Ok(a),
            other => Err(format!("expected atom, got {other:?}")),
        }
    }

    fn quoted(&mut self) -> Result<Vec<u8>, String> {
        match self.next()? {
            Token::Quoted(q) => Ok(q),
            other => Err(format!("expected string, got {other:?}")),
        }
    }

    fn number<T: std::str::FromStr>(&mut self) -> Result<T, String> {
        let a = self.atom()?;
        a.parse().map_err(|_| format!("bad number {a}"))
    }

    fn boolean(&mut self) -> Result<bool, String> {
        match self.atom()?.as_str() {
            "true" => Ok(true),
            "false" => Ok(false),
            other => Err(format!("bad bool {other}")),
        }
    }

    fn float_bits(&mut self) -> Result<f64, String> {
        let a = self.atom()?;
        let hex = a.strip_prefix("0x").ok_or(format!("bad float bits {a}"))?;
        u64::from_str_radix(hex, 16).map(f64::from_bits).map_err(|_| format!("bad float bits {a}"))
    }

    pub fn value(&mut self) -> Result<Value, String> {
        match self.next()? {
            Token::Atom(a) if a == "nil" => return Ok(None),
            Token::Open => {}
            other => return Err(format!("expected value, got {other:?}")),
        }
        let kind = kind_from_name(&self.atom()?)?;
        let type_text = String::from_utf8(self.quoted()?).map_err(|e| e.to_string())?;
        let order = self.number()?;
        self.expect(Token::OpenList)?;
        let mut format = None;
        let mut string_methods = Vec::new();
        while self.peek() == Some(&Token::Open) {
            self.next()?;
            let name = self.atom()?;
            let how = self.atom()?;
            if name == "Format" {
                format = Some(match how.as_str() {
                    "echo" => Format::Echo(String::from_utf8(self.quoted()?).map_err(|e| e.to_string())?),
                    "call" => {
                        let written = self.quoted()?;
                        Format::Call(written, self.value()?)
                    }
                    _ => Format::Unknown,
                });
            } else {
                let method = match name.as_str() {
                    "GoString" => StringMethod::GoString,
                    "Error" => StringMethod::Error,
                    "String" => StringMethod::String,
                    other => return Err(format!("bad method {other}")),
                };
                let outcome = match how.as_str() {
                    "ret" => Outcome::Returned(self.quoted()?),
                    "panic" => Outcome::Panicked(self.value()?),
                    "exit" => Outcome::Exit,
                    _ => Outcome::Unknown,
                };
                string_methods.push((method, outcome));
            }
            self.expect(Token::Close)?;
        }
        self.expect(Token::CloseList)?;
        let data = match kind {
            Kind::Bool => Data::Bool(self.boolean()?),
            k if k.is_signed() => Data::Int(self.number()?),
            k if k.is_unsigned() => Data::Uint(self.number()?),
            Kind::Float32 | Kind::Float64 => Data::Float(self.float_bits()?),
            Kind::Complex64 | Kind::Complex128 => Data::Complex(self.float_bits()?, self.float_bits()?),
            Kind::String => Data::Str(self.quoted()?),
            Kind::Pointer => {
                let address = self.number()?;
                let elem = if self.peek() == Some(&Token::Atom("-".into())) {
                    self.next()?;
                    None
                } else {
                    Some(self.value()?)
                };
                Data::Pointer { address, elem }
            }
            Kind::UnsafePointer | Kind::Chan | Kind::Func => {
                Data::Address { address: self.number()?, nil: self.boolean()? }
            }
            Kind::Slice | Kind::Array => {
                let address = self.number()?;
                let nil = self.boolean()?;
                let elem_kind = kind_from_name(&self.atom()?)?;
                let mut items = Vec::new();
                while self.peek() != Some(&Token::Close) {
                    items.push(self.value()?);
                }
                Data::Seq { address, nil, elem_kind, items }
            }
            Kind::Map => {
                let address = self.number()?;
                let nil = self.boolean()?;
                let mut entries = Vec::new();
                while self.peek() == Some(&Token::Open) {
                    self.next()?;
                    let key = self.value()?;
                    let value = self.value()?;
                    self.expect(Token::Close)?;
                    entries.push((key, value));
                }
                Data::Map { address, nil, entries }
            }
            Kind::Struct => {
                let mut fields = Vec::new();
                while self.peek() == Some(&Token::Open) {
                    self.next()?;
                    let name = String::from_utf8(self.quoted()?).map_err(|e| e.to_string())?;
                    let exported = self.boolean()?;
                    let value = self.value()?;
                    self.expect(Token::Close)?;
                    fields.push((name, exported, value));
                }
                Data::Struct(fields)
            }
            Kind::Interface => Data::Interface(self.value()?),
            other => return Err(format!("kind {other:?} has no payload syntax")),
        };
        self.expect(Token::Close)?;
        Ok(Some(Rc::new(Node { kind, type_text, order, format, string_methods, data })))
    }
}

fn kind_from_name(name: &str) -> Result<Kind, String> {
    Ok(match name {
        "bool" => Kind::Bool,
        "int" => Kind::Int,
        "int8" => Kind::Int8,
        "int16" => Kind::Int16,
        "int32" => Kind::Int32,
        "int64" => Kind::Int64,
        "uint" => Kind::Uint,
        "uint8" => Kind::Uint8,
        "uint16" => Kind::Uint16,
        "uint32" => Kind::Uint32,
        "uint64" => Kind::Uint64,
        "uintptr" => Kind::Uintptr,
        "float32" => Kind::Float32,
        "float64" => Kind::Float64,
        "complex64" => Kind::Complex64,
        "complex128" => Kind::Complex128,
        "string" => Kind::String,
        "ptr" => Kind::Pointer,
        "unsafeptr" => Kind::UnsafePointer,
        "slice" => Kind::Slice,
        "array" => Kind::Array,
        "map" => Kind::Map,
        "chan" => Kind::Chan,
        "func" => Kind::Func,
        "iface" => Kind::Interface,
        "struct" => Kind::Struct,
        other => return Err(format!("unknown kind {other}")),
    })
}

/// Parses one dumped value.
pub fn parse_value(text: &str) -> Result<Value, String> {
    let mut parser = Parser { tokens: tokenize(text)?, pos: 0 };
    let value = parser.value()?;
    if parser.pos != parser.tokens.len() {
        return Err("trailing tokens".into());
    }
    Ok(value)
}

// ---- the host ----

/// The mock host. It records misuse (a method fmt must not call, an accessor on the wrong kind)
/// instead of panicking, so a test can report it.
#[derive(Default)]
pub struct Mock {
    pub misuse: Vec<String>,
}

impl Mock {
    fn node<'v>(&self, value: &'v Value) -> Option<&'v Node> {
        value.as_deref()
    }
}

impl Reflect for Mock {
    type Value = Value;

    fn kind(&self, value: &Value) -> Kind {
        self.node(value).map_or(Kind::Invalid, |n| n.kind)
    }

    fn type_string(&self, value: &Value) -> Cow<'_, str> {
        self.node(value).map_or(Cow::Borrowed(""), |n| Cow::Owned(n.type_text.clone()))
    }

    fn type_order(&self, value: &Value) -> u64 {
        self.node(value).map_or(0, |n| n.order)
    }

    fn methods(&self, value: &Value) -> MethodSet {
        let Some(node) = self.node(value) else { return MethodSet::NONE };
        let mut set = MethodSet::NONE;
        if node.format.is_some() {
            set = set | MethodSet::FORMAT;
        }
        for (method, _) in &node.string_methods {
            set = set
                | match method {
                    StringMethod::GoString => MethodSet::GO_STRING,
                    StringMethod::Error => MethodSet::ERROR,
                    StringMethod::String => MethodSet::STRING,
                };
        }
        set
    }

    fn bool(&self, value: &Value) -> bool {
        matches!(self.node(value).map(|n| &n.data), Some(Data::Bool(true)))
    }

    fn int(&self, value: &Value) -> i64 {
        match self.node(value).map(|n| &n.data) {
            Some(Data::Int(v)) => *v,
            _ => 0,
        }
    }

    fn uint(&self, value: &Value) -> u64 {
        match self.node(value).map(|n| &n.data) {
            Some(Data::Uint(v)) => *v,
            _ => 0,
        }
    }

    fn float(&self, value: &Value) -> f64 {
        match self.node(value).map(|n| &n.data) {
            Some(Data::Float(v)) => *v,
            _ => 0.0,
        }
    }

    fn complex(&self, value: &Value) -> (f64, f64) {
        match self.node(value).map(|n| &n.data) {
            Some(Data::Complex(re, im)) => (*re, *im),
            _ => (0.0, 0.0),
        }
    }

    fn bytes<'a>(&'a self, value: &'a Value) -> Cow<'a, [u8]> {
        match self.node(value).map(|n| &n.data) {
            Some(Data::Str(s)) => Cow::Borrowed(s),
            Some(Data::Seq { items, .. }) => Cow::Owned(
                items
                    .iter()
                    .map(|item| match item.as_deref().map(|n| &n.data) {
                        Some(Data::Uint(v)) => *v as u8,
                        _ => 0,
                    })
                    .collect(),
            ),
            _ => Cow::Borrowed(&[]),
        }
    }

    fn len(&self, value: &Value) -> usize {
        match self.node(value).map(|n| &n.data) {
            Some(Data::Seq { items, .. }) => items.len(),
            Some(Data::Map { entries, .. }) => entries.len(),
            _ => 0,
        }
    }

    fn index(&self, value: &Value, index: usize) -> Value {
        match self.node(value).map(|n| &n.data) {
            Some(Data::Seq { items, .. }) => items.get(index).cloned().flatten(),
            _ => None,
        }
    }

    fn elem_kind(&self, value: &Value) -> Kind {
        match self.node(value).map(|n| &n.data) {
            Some(Data::Seq { elem_kind, .. }) => *elem_kind,
            _ => Kind::Invalid,
        }
    }

    fn is_nil(&self, value: &Value) -> bool {
        match self.node(value).map(|n| &n.data) {
            None => true,
            Some(Data::Pointer { address, .. }) => *address == 0,
            Some(Data::Address { nil, .. } | Data::Seq { nil, .. } | Data::Map { nil, .. }) => *nil,
            Some(Data::Interface(inner)) => inner.is_none(),
            _ => false,
        }
    }

    fn elem(&self, value: &Value) -> Value {
        match self.node(value).map(|n| &n.data) {
            Some(Data::Interface(inner)) => inner.clone(),
            Some(Data::Pointer { elem: Some(elem), .. }) => elem.clone(),
            Some(Data::Pointer { .. }) => {
                // Not dumped: fmt only follows top-level pointers to composites. Answer a value of
                // a scalar kind so that the engine prints the address, as Go does.
                Some(Rc::new(Node {
                    kind: Kind::Int,
                    type_text: "?".into(),
                    order: 0,
                    format: None,
                    string_methods: Vec::new(),
                    data: Data::Int(0),
                }))
            }
            _ => None,
        }
    }

    fn pointer(&self, value: &Value) -> usize {
        match self.node(value).map(|n| &n.data) {
            Some(
                Data::Pointer { address, .. }
                | Data::Address { address, .. }
                | Data::Seq { address, .. }
                | Data::Map { address, .. },
            ) => *address,
            _ => 0,
        }
    }

    fn num_fields(&self, value: &Value) -> usize {
        match self.node(value).map(|n| &n.data) {
            Some(Data::Struct(fields)) => fields.len(),
            _ => 0,
        }
    }

    fn field(&self, value: &Value, index: usize) -> Value {
        match self.node(value).map(|n| &n.data) {
            Some(Data::Struct(fields)) => fields.get(index).and_then(|f| f.2.clone()),
            _ => None,
        }
    }

    fn field_name(&self, value: &Value, index: usize) -> Cow<'_, str> {
        match self.node(value).map(|n| &n.data) {
            Some(Data::Struct(fields)) => {
                Cow::Owned(fields.get(index).map(|f| f.0.clone()).unwrap_or_default())
            }
            _ => Cow::Borrowed(""),
        }
    }

    fn field_exported(&self, value: &Value, index: usize) -> bool {
        match self.node(value).map(|n| &n.data) {
            Some(Data::Struct(fields)) => fields.get(index).is_some_and(|f| f.1),
            _ => false,
        }
    }

    fn map_entries(&self, value: &Value) -> Vec<(Value, Value)> {
        match self.node(value).map(|n| &n.data) {
            Some(Data::Map { entries, .. }) => entries.clone(),
            _ => Vec::new(),
        }
    }

    fn call_string_method(&mut self, value: &Value, method: StringMethod) -> Result<Vec<u8>, Unwind<Value>> {
        let node = value.as_deref();
        let outcome = node.and_then(|n| n.string_methods.iter().find(|(m, _)| *m == method)).map(|(_, o)| o);
        match outcome {
            Some(Outcome::Returned(text)) => Ok(text.clone()),
            Some(Outcome::Panicked(p)) => Err(Unwind::Panic(p.clone())),
            Some(Outcome::Exit) => Err(Unwind::Exit),
            _ => {
                let ty = node.map_or("nil", |n| n.type_text.as_str());
                self.misuse.push(format!("called {method:?} on {ty}, which fmt must not call"));
                Ok(Vec::new())
            }
        }
    }

    fn call_format(
        &mut self,
        value: &Value,
        state: &FormatState,
        verb: char,
        out: &mut Vec<u8>,
    ) -> Result<(), Unwind<Value>> {
        match value.as_deref().and_then(|n| n.format.as_ref()) {
            Some(Format::Echo(prefix)) => {
                out.extend_from_slice(prefix.as_bytes());
                out.push(b'<');
                out.extend_from_slice(state.directive(verb).as_bytes());
                out.push(b'>');
                Ok(())
            }
            Some(Format::Call(written, panic)) => {
                out.extend_from_slice(written);
                if panic.is_some() { Err(Unwind::Panic(panic.clone())) } else { Ok(()) }
            }
            _ => {
                self.misuse.push("called Format where fmt must not".into());
                Ok(())
            }
        }
    }
}
