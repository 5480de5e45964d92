//! Constant values from the checker's [`Info`](gosub_types::Info), turned into slot contents.
//!
//! This is the only file that reads the checker's constant representation, so that the switch from the
//! checker's stand-in `cvalue` to the exact `constant` module touches nothing else.

use gosub_types::constant::Value;

/// A constant as the compiler emits it.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Bool(bool),
    /// An integer's 64-bit two's-complement pattern (unsigned values above `i64::MAX` included).
    Int(i64),
    Float(f64),
    Complex(f64, f64),
    Str(Vec<u8>),
}

/// Go's constants have no negative zero: `-0.0` is the constant 0.
fn plus_zero(f: f64) -> f64 {
    if f == 0.0 { 0.0 } else { f }
}

/// Reads a checker constant in the representation of the type class it is used as (an untyped
/// constant `1` used as a `float64` is the float 1).
pub fn read(value: &Value, class: Class) -> Option<Const> {
    Some(match value {
        Value::Bool(b) => Const::Bool(*b),
        Value::String(_) => Const::Str(value.as_bytes()?.to_vec()),
        Value::Unknown => return None,
        _ => match class {
            Class::Int | Class::Other => {
                let int = value.to_int();
                Const::Int(int.to_i64().or_else(|| int.to_u64().map(|u| u as i64))?)
            }
            Class::Float => Const::Float(plus_zero(value.to_f64()?)),
            Class::Complex => {
                let (re, im) = value.to_complex128()?;
                Const::Complex(plus_zero(re), plus_zero(im))
            }
        },
    })
}

/// The numeric class of the type a constant is used as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Int,
    Float,
    Complex,
    Other,
}
