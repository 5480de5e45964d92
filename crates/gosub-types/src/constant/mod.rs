//! Go's constant values: exact arithmetic on untyped and typed constants, as Go's compiler does it.
//!
//! This module owns the *values* of constant expressions and every operation Go's compiler applies to
//! them: reading literals ([`Value::from_literal`]), the operators ([`Value::binary_op`],
//! [`Value::compare`], [`Value::shift`], [`Value::unary_op`]), the conversions between kinds, the
//! representability rules that decide whether a constant fits a type and how it is rounded when it does
//! ([`Value::representable`]), the text that appears in error messages ([`Value::message_string`]),
//! and the conversion to run-time values ([`Value::to_i64`], [`Value::to_f64`], ...). It leaves types,
//! operand modes, positions and the wording around a value to the checker: a [`Value`] does not know
//! whether it is an untyped float or a `float32`.
//!
//! # Representation
//!
//! Go's `go/constant` package (which the compiler uses) is the specification here, because its choices
//! are visible in programs: which values compare equal, which print as what, which overflow. The values
//! are:
//!
//! * integers: arbitrary-precision [`BigInt`]s; the checker limits untyped integers to 512 bits
//!   ([`Value::check_overflow`]), as Go does;
//! * floats: an exact fraction ([`BigRational`]) while numerator and denominator both have fewer than
//!   4096 bits, else a binary float with a 512-bit mantissa and an `int32` exponent (module `bigfloat`).
//!   Fractions make `0.1 + 0.2 == 0.3` true and `1e1000 / 1e999` exactly 10; the float fallback keeps
//!   `1e1000000` or a long chain of divisions small, at the price of rounding exactly where Go rounds.
//!   A result never goes back from the float form to a fraction, as in Go;
//! * complex numbers: a pair of the above (either part may be an integer, which shows in messages:
//!   `(1234567 + 2i)` but `complex(1234567, 2)` prints `(1.23457e+06 + 2i)`);
//! * strings as bytes (Go strings need not be UTF-8), booleans, and [`Value::Unknown`] for a result Go
//!   cannot represent (a float overflowing the `int32` exponent).
//!
//! # How the checker uses it
//!
//! For each constant operation the checker (1) converts an untyped operand to the other operand's type
//! with [`Value::representable`], or mixes two untyped kinds with [`BasicKind::promote_untyped`];
//! (2) picks the operator, integer or exact division by the operands' type ([`BinOp::from_syntax`]);
//! (3) evaluates; (4) rounds a typed result to its type with [`Value::representable`] (so `float32`
//! arithmetic rounds at every step, and `int8(100) + 100` overflows), or checks an untyped one with
//! [`Value::check_overflow`] (512-bit integers, unknown results). Shift counts go through
//! [`Value::shift_count`]. [`ConstError`]'s `Display` is Go's message where the value alone decides it.
//!
//! # Go's quirks, kept because `go build` shows them
//!
//! * `-9223372036854775808 / -1` is `-9223372036854775808` (Go divides int64-sized constants in
//!   int64 arithmetic).
//! * A float whose binary exponent is exactly `math/big`'s minimum converts to float64 as an overflow.
//! * A float within 4 bits of an integer converts to that integer ([`Value::to_int`]).
//! * Float texts outside the float64 range come from an approximate mantissa (`0x1p-4096` prints
//!   `0.957498e-1233`).
//!
//! Nothing here panics or allocates without bound on any input: shifts are limited to Go's 1074-bit
//! bound, literals to Go's 10,000 characters, float exponents to `int32`, and strings to Go's 2e9
//! bytes (Go keeps long concatenations lazily; gosub builds them, so a program near that limit costs
//! its length in memory).

mod arith;
mod bigfloat;
mod convert;
mod format;
mod kind;
mod literal;

#[cfg(test)]
mod tests;

use std::fmt;
use std::sync::Arc;

use num_bigint::BigInt;
use num_rational::BigRational;

pub use arith::{BinOp, CmpOp, ShiftOp, UnOp};
pub use kind::BasicKind;

use bigfloat::BigFloat;

/// A constant value. See the [module documentation](self) for the representation.
///
/// The derived equality compares representations: two values that are numerically equal but held
/// differently (an integer and the float 1.0, a fraction and a 512-bit float) are not `==`. Use
/// [`Value::compare`] for Go's `==`.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A value Go cannot represent (the result of an overflowing float operation). Operations on it
    /// yield it again and comparisons with it are false, so that one error is reported once.
    Unknown,
    Bool(bool),
    /// A Go string: bytes, not necessarily UTF-8.
    String(Arc<[u8]>),
    Int(BigInt),
    Float(Float),
    Complex(Box<Complex>),
}

/// A float constant: an exact fraction, or a 512-bit binary float when the fraction would be too large.
#[derive(Clone, Debug, PartialEq)]
pub struct Float(FloatRepr);

#[derive(Clone, Debug, PartialEq)]
enum FloatRepr {
    /// Numerator and denominator have fewer than [`MAX_FRACTION_BITS`] bits, except for a fraction read
    /// straight from a literal (Go keeps those as they are).
    Rat(BigRational),
    Big(BigFloat),
}

/// A complex constant. Each part is a [`Value::Int`] or a [`Value::Float`].
#[derive(Clone, Debug, PartialEq)]
pub struct Complex {
    re: Value,
    im: Value,
}

impl Complex {
    /// The real part: an `Int` or `Float` value.
    pub fn re(&self) -> &Value {
        &self.re
    }

    /// The imaginary part: an `Int` or `Float` value.
    pub fn im(&self) -> &Value {
        &self.im
    }
}

/// The kind of a value's representation (Go's `constant.Kind`), not the type of a constant: an untyped
/// float constant may hold an `Int` value (`real(1 + 2i)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueKind {
    Unknown,
    Bool,
    String,
    Int,
    Float,
    Complex,
}

/// Fractions whose numerator or denominator reach this many bits become 512-bit floats (Go's `maxExp`).
const MAX_FRACTION_BITS: u64 = 4096;

/// Untyped integer constants may have at most this many bits (Go's constant precision).
pub const UNTYPED_INT_BITS: u64 = 512;

/// The largest constant shift count Go accepts: enough to reach the smallest `float64` from 1.
pub const MAX_SHIFT_COUNT: u64 = 1023 - 1 + 52;

/// Go's limit on the length of a numeric literal, in bytes.
pub const MAX_LITERAL_LEN: usize = 10_000;

/// Go's limit on the length of a constant string (`cmd/internal/obj.MaxSymSize`).
pub const MAX_STRING_LEN: usize = 2_000_000_000;

/// Why an operation on constants has no value. The `Display` text is Go's error message where the
/// value module alone determines it; the variants that need the operand's text (shift counts) carry
/// only what the checker cannot know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConstError {
    /// `x / 0` or `x % 0` with a constant zero divisor.
    DivisionByZero,
    /// An untyped integer result with more than 512 bits. `operation` is Go's name for the operator that
    /// produced it (`"addition"`, `"shift"`, ...; see [`BinOp::overflow_name`]), `None` for a literal.
    Overflow { operation: Option<&'static str> },
    /// The result is [`Value::Unknown`]: a float beyond Go's exponent range.
    NotRepresentable,
    /// A concatenation longer than [`MAX_STRING_LEN`].
    StringTooLong { len: usize },
    /// A literal Go's compiler cannot read (`1e1000000000` overflows the float exponent).
    MalformedLiteral { text: String },
    /// A numeric literal longer than [`MAX_LITERAL_LEN`].
    LiteralTooLong { text: String },
    /// A constant shift count that is negative, not an integer, not a `uint`, or above
    /// [`MAX_SHIFT_COUNT`]. Go's message includes the count's operand text; see [`ShiftCountError`].
    ShiftCount(ShiftCountError),
    /// The operator is not defined on these operands (a string divided by a string, a float remainder).
    /// The checker reports these before evaluating, with the operand text; reaching this is a bug.
    InvalidOperation,
}

/// What is wrong with a shift count, with the text that follows the operand in Go's message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftCountError {
    /// `invalid operation: negative shift count -1 (untyped int constant)`.
    Negative,
    /// `2.5 (untyped float constant) truncated to uint`.
    Truncated,
    /// `(1 << 64) (untyped int constant 18446744073709551616) overflows uint`.
    OverflowsUint,
    /// `invalid operation: invalid shift count 1075 (untyped int constant)`.
    TooLarge,
}

impl ShiftCountError {
    /// Go's message for a shift count whose operand the checker prints as `operand` (e.g.
    /// `1075 (untyped int constant)`).
    pub fn message(self, operand: &str) -> String {
        match self {
            ShiftCountError::Negative => format!("invalid operation: negative shift count {operand}"),
            ShiftCountError::Truncated => format!("{operand} truncated to uint"),
            ShiftCountError::OverflowsUint => format!("{operand} overflows uint"),
            ShiftCountError::TooLarge => format!("invalid operation: invalid shift count {operand}"),
        }
    }
}

impl fmt::Display for ConstError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstError::DivisionByZero => f.write_str("invalid operation: division by zero"),
            ConstError::Overflow { operation: Some(operation) } => write!(f, "constant {operation} overflow"),
            ConstError::Overflow { operation: None } => f.write_str("constant overflow"),
            ConstError::NotRepresentable => f.write_str("constant result is not representable"),
            ConstError::StringTooLong { len } => {
                write!(f, "constant string too long ({len} bytes > {MAX_STRING_LEN} bytes)")
            }
            ConstError::MalformedLiteral { text } => write!(f, "malformed constant: {text}"),
            ConstError::LiteralTooLong { text } => {
                // Go shows the first ten bytes; literals are ASCII, but be safe on any input.
                let head = String::from_utf8_lossy(&text.as_bytes()[..text.len().min(10)]);
                write!(f, "excessively long constant: {head}... ({} chars)", text.len())
            }
            // Without the operand text the checker would supply, name the count generically.
            ConstError::ShiftCount(error) => f.write_str(&error.message("count")),
            ConstError::InvalidOperation => f.write_str("invalid constant operation"),
        }
    }
}

impl std::error::Error for ConstError {}

/// Why a constant does not fit a type ([`Value::representable`]). Go appends the reason in parentheses
/// to an assignment error (`cannot use 300 (untyped int constant) as byte value in assignment
/// (overflows)`) and words conversions around it (`constant 256 overflows byte`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepresentError {
    /// A numeric value out of range (or, Go's wording, any numeric failure that is not an integer
    /// target from a non-integer source: `1 + 2i` to `float64` "overflows").
    Overflows,
    /// A non-integer source type to an integer type when the value is not an integer in range.
    Truncated,
    /// Not numeric on both sides: a string to `int`, a number to `bool`.
    Invalid,
}

impl RepresentError {
    /// The word Go puts in parentheses after an assignment error, if any.
    pub fn reason(self) -> Option<&'static str> {
        match self {
            RepresentError::Overflows => Some("overflows"),
            RepresentError::Truncated => Some("truncated"),
            RepresentError::Invalid => None,
        }
    }
}

impl fmt::Display for RepresentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.reason().unwrap_or("not representable"))
    }
}

impl std::error::Error for RepresentError {}

impl Value {
    pub fn kind(&self) -> ValueKind {
        match self {
            Value::Unknown => ValueKind::Unknown,
            Value::Bool(_) => ValueKind::Bool,
            Value::String(_) => ValueKind::String,
            Value::Int(_) => ValueKind::Int,
            Value::Float(_) => ValueKind::Float,
            Value::Complex(_) => ValueKind::Complex,
        }
    }

    pub fn from_bool(value: bool) -> Value {
        Value::Bool(value)
    }

    pub fn from_bytes(bytes: impl Into<Arc<[u8]>>) -> Value {
        Value::String(bytes.into())
    }

    pub fn from_i64(value: i64) -> Value {
        Value::Int(BigInt::from(value))
    }

    pub fn from_u64(value: u64) -> Value {
        Value::Int(BigInt::from(value))
    }

    /// Go's `constant.MakeFloat64`: the exact value of `value` (negative zero becomes zero), or
    /// [`Value::Unknown`] for an infinity or NaN.
    pub fn from_f64(value: f64) -> Value {
        convert::float_from_f64(value)
    }

    /// `value × i` (Go's `constant.MakeImag`): a complex value with a zero real part.
    pub fn make_imag(value: &Value) -> Value {
        convert::make_imag(value)
    }

    /// Go's builtin `complex(re, im)` on constants: both parts become floats.
    pub fn make_complex(re: &Value, im: &Value) -> Value {
        convert::make_complex(re, im)
    }
}

impl Float {
    /// Whether the value is held as an exact fraction (rather than a rounded 512-bit float).
    pub fn is_exact(&self) -> bool {
        matches!(self.0, FloatRepr::Rat(_))
    }
}
