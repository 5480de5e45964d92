//! Constant values as the checker folds them: a thin adapter in front of exact constant arithmetic.
//!
//! PLACEHOLDER: the exact-constant module (`crate::constant`, arbitrary precision, Go's representability
//! rules) was not available when the checker was written, so this adapter folds integers in `i128` and
//! floats in `f64`. That is exact for every integer constant that fits in 127 bits (all of the constants
//! that can be typed in Go fit in 64), and approximate for untyped float arithmetic. Everything the checker
//! needs goes through the functions of this file, so switching to `crate::constant::Value` touches only it.

use gosub_syntax::ast::{BasicLit, BinaryOp, LitKind, UnaryOp};

use crate::types::BasicKind;

/// A constant value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    /// The bytes of a string constant (Go strings need not be UTF-8).
    Str(Vec<u8>),
    Int(i128),
    Float(f64),
    Complex(f64, f64),
}

/// Why a constant cannot be represented in a type: the parenthesised word of Go's message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotRepresentable {
    /// `(overflows)`
    Overflows,
    /// `(truncated)`
    Truncated,
    /// The value's kind does not fit the type at all (a string as an int).
    Mismatch,
}

impl Value {
    pub fn int(value: i128) -> Value {
        Value::Int(value)
    }

    /// Decodes a literal; `None` for a malformed one (the parser has already reported it) or an integer
    /// beyond the adapter's range.
    pub fn from_literal(lit: &BasicLit) -> Option<Value> {
        let raw = &*lit.raw;
        match lit.kind {
            LitKind::Int => parse_int(raw).map(Value::Int),
            LitKind::Float => parse_float(raw).map(Value::Float),
            LitKind::Imag => {
                let body = raw.strip_suffix('i')?;
                let im = if body.contains(['.', 'e', 'E', 'p', 'P']) && !body.starts_with("0x") {
                    parse_float(body)?
                } else {
                    parse_int(body).map(|v| v as f64).or_else(|| parse_float(body))?
                };
                Some(Value::Complex(0.0, im))
            }
            LitKind::Rune => {
                let inner = raw.strip_prefix('\'')?;
                let unquoted = gosub_strconv::unquote_char(inner.as_bytes(), b'\'').ok()?;
                Some(Value::Int(i128::from(unquoted.value)))
            }
            LitKind::Str | LitKind::RawStr => gosub_strconv::unquote(raw).ok().map(Value::Str),
        }
    }

    pub fn as_int(&self) -> Option<i128> {
        match self {
            Value::Int(v) => Some(*v),
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 1e38 => Some(*f as i128),
            Value::Complex(re, im) if *im == 0.0 && re.fract() == 0.0 && re.abs() < 1e38 => Some(*re as i128),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    fn as_float(&self) -> Option<f64> {
        match self {
            Value::Int(v) => Some(*v as f64),
            Value::Float(f) => Some(*f),
            Value::Complex(re, im) if *im == 0.0 => Some(*re),
            _ => None,
        }
    }

    fn as_complex(&self) -> Option<(f64, f64)> {
        match self {
            Value::Int(v) => Some((*v as f64, 0.0)),
            Value::Float(f) => Some((*f, 0.0)),
            Value::Complex(re, im) => Some((*re, *im)),
            _ => None,
        }
    }

    /// Converts the value to the representation of `kind` (an untyped kind or a typed basic kind), or
    /// says why it cannot be represented.
    pub fn represent(&self, kind: BasicKind) -> Result<Value, NotRepresentable> {
        use BasicKind::*;
        let int_range = |lo: i128, hi: i128| -> Result<Value, NotRepresentable> {
            match self {
                Value::Int(v) => {
                    if (lo..=hi).contains(v) {
                        Ok(Value::Int(*v))
                    } else {
                        Err(NotRepresentable::Overflows)
                    }
                }
                Value::Float(_) | Value::Complex(..) => match self.as_int() {
                    Some(v) if (lo..=hi).contains(&v) => Ok(Value::Int(v)),
                    Some(_) => Err(NotRepresentable::Overflows),
                    None if matches!(self, Value::Complex(_, im) if *im != 0.0) => {
                        Err(NotRepresentable::Truncated)
                    }
                    None => Err(NotRepresentable::Truncated),
                },
                _ => Err(NotRepresentable::Mismatch),
            }
        };
        match kind {
            Bool | UntypedBool => match self {
                Value::Bool(_) => Ok(self.clone()),
                _ => Err(NotRepresentable::Mismatch),
            },
            String | UntypedString => match self {
                Value::Str(_) => Ok(self.clone()),
                _ => Err(NotRepresentable::Mismatch),
            },
            Int | Int64 => int_range(i64::MIN.into(), i64::MAX.into()),
            Int8 => int_range(i8::MIN.into(), i8::MAX.into()),
            Int16 => int_range(i16::MIN.into(), i16::MAX.into()),
            Int32 | UntypedRune => int_range(i32::MIN.into(), i32::MAX.into()).or_else(|e| {
                // An untyped rune constant is any integer; only a typed int32 has a range.
                if kind == UntypedRune { int_range(i128::MIN, i128::MAX) } else { Err(e) }
            }),
            Uint | Uint64 | Uintptr => int_range(0, u64::MAX.into()),
            Uint8 => int_range(0, u8::MAX.into()),
            Uint16 => int_range(0, u16::MAX.into()),
            Uint32 => int_range(0, u32::MAX.into()),
            UntypedInt => int_range(i128::MIN, i128::MAX),
            Float32 | Float64 | UntypedFloat => match self.as_float() {
                Some(f) if kind == Float32 && f.is_finite() && (f as f32).is_infinite() => {
                    Err(NotRepresentable::Overflows)
                }
                Some(f) if f.is_finite() => {
                    Ok(Value::Float(if kind == Float32 { f64::from(f as f32) } else { f }))
                }
                Some(_) => Err(NotRepresentable::Overflows),
                None if matches!(self, Value::Complex(..)) => Err(NotRepresentable::Truncated),
                None => Err(NotRepresentable::Mismatch),
            },
            Complex64 | Complex128 | UntypedComplex => match self.as_complex() {
                Some((re, im)) => Ok(Value::Complex(re, im)),
                None => Err(NotRepresentable::Mismatch),
            },
            Invalid | UnsafePointer | UntypedNil => Err(NotRepresentable::Mismatch),
        }
    }

    /// A unary operation; `None` when it does not apply or overflows the adapter.
    pub fn unary(&self, op: UnaryOp, unsigned_bits: Option<u32>) -> Option<Value> {
        match (op, self) {
            (UnaryOp::Pos, _) => Some(self.clone()),
            (UnaryOp::Neg, Value::Int(v)) => v.checked_neg().map(Value::Int),
            (UnaryOp::Neg, Value::Float(f)) => Some(Value::Float(-f)),
            (UnaryOp::Neg, Value::Complex(re, im)) => Some(Value::Complex(-re, -im)),
            (UnaryOp::Not, Value::Bool(b)) => Some(Value::Bool(!b)),
            (UnaryOp::BitNot, Value::Int(v)) => match unsigned_bits {
                // For unsigned types, ^x flips only the type's bits.
                Some(bits) => Some(Value::Int(!v & ((1i128 << bits) - 1))),
                None => Some(Value::Int(!v)),
            },
            _ => None,
        }
    }

    /// A binary arithmetic or bitwise operation on two values of the same kind; `int_division` selects
    /// truncated division for integer operands. Division by zero must be rejected by the caller.
    pub fn binary(&self, op: BinaryOp, other: &Value, int_division: bool) -> Option<Value> {
        use BinaryOp::*;
        match (self, other) {
            (Value::Int(a), Value::Int(b)) => {
                let (a, b) = (*a, *b);
                match op {
                    Add => a.checked_add(b).map(Value::Int),
                    Sub => a.checked_sub(b).map(Value::Int),
                    Mul => a.checked_mul(b).map(Value::Int),
                    Div if int_division => a.checked_div(b).map(Value::Int),
                    Div => Some(Value::Float(a as f64 / b as f64)),
                    Rem => a.checked_rem(b).map(Value::Int),
                    And => Some(Value::Int(a & b)),
                    Or => Some(Value::Int(a | b)),
                    Xor => Some(Value::Int(a ^ b)),
                    AndNot => Some(Value::Int(a & !b)),
                    _ => None,
                }
            }
            (Value::Str(a), Value::Str(b)) if op == Add => {
                let mut joined = a.clone();
                joined.extend_from_slice(b);
                Some(Value::Str(joined))
            }
            (Value::Bool(a), Value::Bool(b)) => match op {
                LogAnd => Some(Value::Bool(*a && *b)),
                LogOr => Some(Value::Bool(*a || *b)),
                _ => None,
            },
            (Value::Complex(..), _) | (_, Value::Complex(..)) => {
                let ((a, b), (c, d)) = (self.as_complex()?, other.as_complex()?);
                match op {
                    Add => Some(Value::Complex(a + c, b + d)),
                    Sub => Some(Value::Complex(a - c, b - d)),
                    Mul => Some(Value::Complex(a * c - b * d, a * d + b * c)),
                    Div => {
                        let denominator = c * c + d * d;
                        Some(Value::Complex((a * c + b * d) / denominator, (b * c - a * d) / denominator))
                    }
                    _ => None,
                }
            }
            _ => {
                let (a, b) = (self.as_float()?, other.as_float()?);
                match op {
                    Add => Some(Value::Float(a + b)),
                    Sub => Some(Value::Float(a - b)),
                    Mul => Some(Value::Float(a * b)),
                    Div => Some(Value::Float(a / b)),
                    _ => None,
                }
            }
        }
    }

    /// `self << count` or `self >> count` for an integer value.
    pub fn shift(&self, left: bool, count: u64) -> Option<Value> {
        let value = self.as_int()?;
        if left {
            if count >= 127 {
                return if value == 0 { Some(Value::Int(0)) } else { None };
            }
            let shifted = value.checked_shl(count as u32)?;
            if shifted >> count != value {
                return None;
            }
            Some(Value::Int(shifted))
        } else {
            Some(Value::Int(value >> count.min(127)))
        }
    }

    /// A comparison; `None` for values that cannot be compared.
    pub fn compare(&self, op: BinaryOp, other: &Value) -> Option<bool> {
        use std::cmp::Ordering;
        let ordering = match (self, other) {
            (Value::Bool(a), Value::Bool(b)) => {
                return match op {
                    BinaryOp::Eq => Some(a == b),
                    BinaryOp::Ne => Some(a != b),
                    _ => None,
                };
            }
            (Value::Str(a), Value::Str(b)) => a.cmp(b),
            (Value::Int(a), Value::Int(b)) => a.cmp(b),
            (Value::Complex(..), _) | (_, Value::Complex(..)) => {
                let equal = self.as_complex()? == other.as_complex()?;
                return match op {
                    BinaryOp::Eq => Some(equal),
                    BinaryOp::Ne => Some(!equal),
                    _ => None,
                };
            }
            _ => self.as_float()?.partial_cmp(&other.as_float()?)?,
        };
        Some(match op {
            BinaryOp::Eq => ordering == Ordering::Equal,
            BinaryOp::Ne => ordering != Ordering::Equal,
            BinaryOp::Lt => ordering == Ordering::Less,
            BinaryOp::Le => ordering != Ordering::Greater,
            BinaryOp::Gt => ordering == Ordering::Greater,
            BinaryOp::Ge => ordering != Ordering::Less,
            _ => return None,
        })
    }

    pub fn is_zero(&self) -> bool {
        match self {
            Value::Int(v) => *v == 0,
            Value::Float(f) => *f == 0.0,
            Value::Complex(re, im) => *re == 0.0 && *im == 0.0,
            _ => false,
        }
    }

    /// The value as go/constant prints it in messages.
    pub fn to_go_string(&self) -> String {
        match self {
            Value::Bool(b) => b.to_string(),
            Value::Str(bytes) => {
                let quoted = gosub_strconv::quote(bytes);
                // go/constant shortens long strings to 72 characters with an ellipsis.
                if quoted.chars().count() > 72 {
                    let head: String = quoted.chars().take(68).collect();
                    format!("{head}...\"")
                } else {
                    quoted
                }
            }
            Value::Int(v) => v.to_string(),
            Value::Float(f) => format_float(*f),
            Value::Complex(re, im) => format!("({} + {}i)", format_float(*re), format_float(*im)),
        }
    }
}

fn format_float(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e21 {
        return format!("{f:.0}");
    }
    gosub_strconv::format_float(f, b'g', 6, gosub_strconv::FloatSize::F64)
}

fn parse_int(raw: &str) -> Option<i128> {
    let digits: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = digits.to_ascii_lowercase();
    let (radix, body) = if let Some(rest) = lower.strip_prefix("0x") {
        (16, rest.to_string())
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (2, rest.to_string())
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (8, rest.to_string())
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, lower[1..].to_string())
    } else {
        (10, lower)
    };
    i128::from_str_radix(&body, radix).ok()
}

fn parse_float(raw: &str) -> Option<f64> {
    let digits: String = raw.chars().filter(|&c| c != '_').collect();
    gosub_strconv::parse_float(digits.as_bytes(), 64).ok().or_else(|| {
        // Out of float64 range: Go keeps it exactly; the adapter reports it as infinite so that a later
        // conversion says `overflows`.
        digits.parse::<f64>().ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use gosub_source::Span;

    fn lit(kind: LitKind, raw: &str) -> Option<Value> {
        Value::from_literal(&BasicLit { kind, raw: raw.into(), span: Span::default() })
    }

    #[test]
    fn literals_and_representability() {
        assert_eq!(lit(LitKind::Int, "0x_ff"), Some(Value::Int(255)));
        assert_eq!(lit(LitKind::Int, "0755"), Some(Value::Int(493)));
        assert_eq!(lit(LitKind::Rune, r"'\n'"), Some(Value::Int(10)));
        assert_eq!(lit(LitKind::Str, r#""a\tb""#), Some(Value::Str(b"a\tb".to_vec())));
        assert_eq!(Value::Int(300).represent(BasicKind::Uint8), Err(NotRepresentable::Overflows));
        assert_eq!(Value::Float(1.5).represent(BasicKind::Int), Err(NotRepresentable::Truncated));
        assert_eq!(Value::Float(2.0).represent(BasicKind::Int), Ok(Value::Int(2)));
        assert_eq!(Value::Str(vec![]).represent(BasicKind::Int), Err(NotRepresentable::Mismatch));
        assert_eq!(Value::Int(1).shift(true, 10), Some(Value::Int(1024)));
        assert_eq!(Value::Float(0.5).to_go_string(), "0.5");
    }
}
