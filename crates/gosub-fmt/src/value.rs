//! The reflection-like view of Go values that the engine formats: [`Reflect`], [`Kind`], [`MethodSet`].
//!
//! The engine never owns Go values. It asks a host (the VM, or a mock in tests) about them through
//! [`Reflect`], whose associated `Value` is whatever cheap handle the host likes: for the VM, a type
//! descriptor plus a reference to the value's slots. The engine walks a value only as deep as Go's `fmt`
//! does, so a host never builds a tree up front.
//!
//! The host answers *facts* (kind, type text, contents, which methods the dynamic type has) and runs Go
//! methods when asked. Go's rules about *when* a method may be called (never through an unexported
//! struct field, never while printing a bad-verb report, in the order Formatter, GoStringer, error,
//! Stringer) belong to the engine, so a host never needs to track them.

use std::borrow::Cow;

/// The kind of a Go value, as `reflect.Kind`, plus `Invalid` for "no value": a nil interface, the
/// dynamic value of a nil interface field, or a nil argument to `Println`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    Pointer,
    Slice,
    Array,
    Map,
    Chan,
    Func,
    Interface,
    Struct,
    UnsafePointer,
}

impl Kind {
    /// Whether values of this kind are read with [`Reflect::int`].
    #[must_use]
    pub fn is_signed(self) -> bool {
        matches!(self, Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64)
    }

    /// Whether values of this kind are read with [`Reflect::uint`].
    #[must_use]
    pub fn is_unsigned(self) -> bool {
        matches!(self, Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr)
    }
}

/// Which of the methods `fmt` cares about a dynamic type has, with Go's exact signatures:
/// `Format(fmt.State, rune)`, `GoString() string`, `Error() string`, `String() string`.
///
/// This is the method set of the value's own type: a `T` whose `String` has a `*T` receiver has no
/// `String` here, exactly as the type assertion `x.(fmt.Stringer)` fails in Go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct MethodSet(u8);

impl MethodSet {
    /// No methods: every unnamed type, and most named ones.
    pub const NONE: MethodSet = MethodSet(0);
    /// `Format(f fmt.State, verb rune)`: the type is a `fmt.Formatter`.
    pub const FORMAT: MethodSet = MethodSet(1);
    /// `GoString() string`: a `fmt.GoStringer`.
    pub const GO_STRING: MethodSet = MethodSet(2);
    /// `Error() string`: an `error`.
    pub const ERROR: MethodSet = MethodSet(4);
    /// `String() string`: a `fmt.Stringer`.
    pub const STRING: MethodSet = MethodSet(8);

    /// Whether every method in `other` is in `self`.
    #[must_use]
    pub fn contains(self, other: MethodSet) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether there is no method at all.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl std::ops::BitOr for MethodSet {
    type Output = MethodSet;
    fn bitor(self, other: MethodSet) -> MethodSet {
        MethodSet(self.0 | other.0)
    }
}

/// One of the string-valued methods `fmt` calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StringMethod {
    GoString,
    Error,
    String,
}

impl StringMethod {
    /// The method's Go name, as it appears in `%!v(PANIC=String method: …)`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            StringMethod::GoString => "GoString",
            StringMethod::Error => "Error",
            StringMethod::String => "String",
        }
    }
}

/// How a Go call the engine asked for ended, when it did not return normally.
#[derive(Clone, Debug, PartialEq)]
pub enum Unwind<V> {
    /// The method panicked with this value (`recover()` would have returned it). The engine recovers
    /// it as Go's `fmt` does, except while already reporting a panic, when it hands it back.
    Panic(V),
    /// The goroutine must stop without running any more of `fmt` and without recovery
    /// (`runtime.Goexit`, a fatal error, the program exiting). The engine returns at once.
    Exit,
}

/// The state `fmt` hands to a `Format` method (Go's `fmt.State`), as of the call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormatState {
    /// `Width()`: `Some(n)` when a width was given.
    pub width: Option<i64>,
    /// `Precision()`: `Some(n)` when a precision was given.
    pub precision: Option<i64>,
    /// `Flag('-')`.
    pub minus: bool,
    /// `Flag('+')` (also true for `%+v`).
    pub plus: bool,
    /// `Flag('#')` (also true for `%#v`).
    pub sharp: bool,
    /// `Flag(' ')`.
    pub space: bool,
    /// `Flag('0')`.
    pub zero: bool,
}

impl FormatState {
    /// Go's `fmt.FormatString(state, verb)`: the directive that would reproduce this state, such as
    /// `%-+8.3v`.
    #[must_use]
    pub fn directive(&self, verb: char) -> String {
        let mut out = String::from("%");
        for (on, flag) in
            [(self.space, ' '), (self.plus, '+'), (self.minus, '-'), (self.sharp, '#'), (self.zero, '0')]
        {
            if on {
                out.push(flag);
            }
        }
        if let Some(width) = self.width {
            out.push_str(&width.to_string());
        }
        if let Some(precision) = self.precision {
            out.push('.');
            out.push_str(&precision.to_string());
        }
        out.push(verb);
        out
    }
}

/// A host's view of its Go values. The VM implements it on a short-lived context that can also run Go
/// code (for `String()` and friends); tests implement it on a mock tree.
///
/// Each accessor is only called on values of the kinds its documentation names; a host may answer
/// anything (but must not panic) otherwise. The engine calls nothing that Go's `fmt` would not need.
pub trait Reflect {
    /// A handle to one Go value. Cloning should be cheap.
    type Value: Clone;

    /// The value's kind. For an argument of `Print` and friends this is the kind of the dynamic value
    /// (never `Interface`); `Invalid` for a nil interface.
    fn kind(&self, value: &Self::Value) -> Kind;

    /// Go's `reflect.Type.String()` of the value's type, as `%T` prints it: `int`, `main.Point`,
    /// `[]interface {}`, `map[string]int`, `*main.T`, `struct { X int }`, `func(int) string`,
    /// `chan<- bool`. Aliases print as what they stand for: `[]uint8` for `[]byte` (the engine
    /// recognises the unnamed byte slice by this text), `int32` for `rune`, `interface {}` for `any`.
    fn type_string(&self, value: &Self::Value) -> Cow<'_, str>;

    /// An identity of the value's type that orders interface map keys with different dynamic types.
    /// Go orders them by the address of their type descriptor, which no program can rely on, so any
    /// stable per-type number will do.
    fn type_order(&self, value: &Self::Value) -> u64;

    /// The methods of the value's type that `fmt` looks for.
    fn methods(&self, value: &Self::Value) -> MethodSet;

    /// `Bool`.
    fn bool(&self, value: &Self::Value) -> bool;
    /// The signed integer kinds, sign-extended.
    fn int(&self, value: &Self::Value) -> i64;
    /// The unsigned integer kinds, zero-extended.
    fn uint(&self, value: &Self::Value) -> u64;
    /// `Float32` (widened exactly) and `Float64`.
    fn float(&self, value: &Self::Value) -> f64;
    /// `Complex64` (parts widened exactly) and `Complex128`: (real, imaginary).
    fn complex(&self, value: &Self::Value) -> (f64, f64);

    /// The bytes of a `String`, or of a `Slice` or `Array` whose element kind is `Uint8`.
    fn bytes<'a>(&'a self, value: &'a Self::Value) -> Cow<'a, [u8]>;

    /// The length of a `Slice`, `Array` or `Map`.
    fn len(&self, value: &Self::Value) -> usize;
    /// Element `index` (< `len`) of a `Slice` or `Array`, as stored (an `Interface` value for `[]any`).
    fn index(&self, value: &Self::Value, index: usize) -> Self::Value;
    /// The element kind of a `Slice` or `Array` type (known even when the length is 0).
    fn elem_kind(&self, value: &Self::Value) -> Kind;

    /// Whether a `Pointer`, `UnsafePointer`, `Slice`, `Map`, `Chan`, `Func` or `Interface` is nil.
    fn is_nil(&self, value: &Self::Value) -> bool;
    /// What a non-nil `Pointer` points to, or the dynamic value of an `Interface` (kind `Invalid` when
    /// the interface is nil).
    fn elem(&self, value: &Self::Value) -> Self::Value;
    /// The address Go's `%p` prints for a `Pointer`, `UnsafePointer`, `Chan`, `Func`, `Map` or `Slice`
    /// (the slice's data pointer); 0 for nil.
    fn pointer(&self, value: &Self::Value) -> usize;

    /// The number of fields of a `Struct`.
    fn num_fields(&self, value: &Self::Value) -> usize;
    /// Field `index` of a `Struct`, as stored: an interface-typed field gives an `Interface` value.
    fn field(&self, value: &Self::Value, index: usize) -> Self::Value;
    /// The name of field `index` (for an embedded field, its type's name).
    fn field_name(&self, value: &Self::Value, index: usize) -> Cow<'_, str>;
    /// Whether field `index` is exported. Go never calls methods on values reached through an
    /// unexported field, however deep.
    fn field_exported(&self, value: &Self::Value, index: usize) -> bool;

    /// The entries of a `Map`, in any order: the engine sorts them as Go's `internal/fmtsort` does.
    /// Keys and values are as stored, so a `map[any]int` yields `Interface` keys.
    fn map_entries(&self, value: &Self::Value) -> Vec<(Self::Value, Self::Value)>;

    /// Runs `GoString()`, `Error()` or `String()` on a value whose [`MethodSet`] has it, and returns the
    /// resulting Go string.
    fn call_string_method(
        &mut self,
        value: &Self::Value,
        method: StringMethod,
    ) -> Result<Vec<u8>, Unwind<Self::Value>>;

    /// Runs `Format(state, verb)` on a value whose [`MethodSet`] has it. Everything the method writes to
    /// its `fmt.State` is appended to `out` as it is written, so output before a panic is kept, as in Go.
    fn call_format(
        &mut self,
        value: &Self::Value,
        state: &FormatState,
        verb: char,
        out: &mut Vec<u8>,
    ) -> Result<(), Unwind<Self::Value>>;
}
