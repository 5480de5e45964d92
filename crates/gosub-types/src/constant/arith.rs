//! The operators on constants: arithmetic and logic, comparison, shifts and the unary operators.
//!
//! Two numeric operands meet in the larger of their representations (integer < fraction < 512-bit
//! float < complex), as in go/constant; the result stays in that representation, except that a
//! fraction whose numerator or denominator grows past 4096 bits becomes a 512-bit float. Typing is the
//! checker's job: it converts an untyped operand to the other operand's type first, picks integer or
//! exact division ([`BinOp::IntQuo`] or [`BinOp::Quo`]) from the operands' *type*, and afterwards
//! either rounds the result to its type ([`Value::representable`]) or checks the untyped limits
//! ([`Value::check_overflow`]).

use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::Arc;

use gosub_syntax::ast;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Zero};

use super::bigfloat::{BigFloat, Overflow, PREC};
use super::{
    Complex, ConstError, Float, FloatRepr, MAX_FRACTION_BITS, MAX_SHIFT_COUNT, MAX_STRING_LEN,
    UNTYPED_INT_BITS, Value,
};

/// The binary operators other than comparisons and shifts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// Exact division (`/` on float and complex types): `7.0 / 2` is 3.5. On two integer values the
    /// result is a fraction, as for `real(7 + 0i) / 2`, an untyped float that holds an integer.
    Quo,
    /// Integer division truncated towards zero (`/` on integer types): `7 / 2` is 3, `-7 / 2` is -3.
    IntQuo,
    /// Remainder with the sign of the dividend (`%`, integers only).
    Rem,
    And,
    Or,
    Xor,
    AndNot,
    LogAnd,
    LogOr,
}

impl BinOp {
    /// The operator for a syntax operator; `integer` says whether the operands have an integer type
    /// (it selects integer division). `None` for comparisons and shifts.
    pub fn from_syntax(op: ast::BinaryOp, integer: bool) -> Option<BinOp> {
        Some(match op {
            ast::BinaryOp::Add => BinOp::Add,
            ast::BinaryOp::Sub => BinOp::Sub,
            ast::BinaryOp::Mul => BinOp::Mul,
            ast::BinaryOp::Div if integer => BinOp::IntQuo,
            ast::BinaryOp::Div => BinOp::Quo,
            ast::BinaryOp::Rem => BinOp::Rem,
            ast::BinaryOp::And => BinOp::And,
            ast::BinaryOp::Or => BinOp::Or,
            ast::BinaryOp::Xor => BinOp::Xor,
            ast::BinaryOp::AndNot => BinOp::AndNot,
            ast::BinaryOp::LogAnd => BinOp::LogAnd,
            ast::BinaryOp::LogOr => BinOp::LogOr,
            _ => return None,
        })
    }

    /// Go's name for the operator in `constant addition overflow`; `None` where Go says just
    /// `constant overflow`.
    pub fn overflow_name(self) -> Option<&'static str> {
        match self {
            BinOp::Add => Some("addition"),
            BinOp::Sub => Some("subtraction"),
            BinOp::Mul => Some("multiplication"),
            BinOp::Xor => Some("bitwise XOR"),
            _ => None,
        }
    }
}

/// The comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn from_syntax(op: ast::BinaryOp) -> Option<CmpOp> {
        Some(match op {
            ast::BinaryOp::Eq => CmpOp::Eq,
            ast::BinaryOp::Ne => CmpOp::Ne,
            ast::BinaryOp::Lt => CmpOp::Lt,
            ast::BinaryOp::Le => CmpOp::Le,
            ast::BinaryOp::Gt => CmpOp::Gt,
            ast::BinaryOp::Ge => CmpOp::Ge,
            _ => return None,
        })
    }

    fn holds(self, ordering: Ordering) -> bool {
        match self {
            CmpOp::Eq => ordering == Ordering::Equal,
            CmpOp::Ne => ordering != Ordering::Equal,
            CmpOp::Lt => ordering == Ordering::Less,
            CmpOp::Le => ordering != Ordering::Greater,
            CmpOp::Gt => ordering == Ordering::Greater,
            CmpOp::Ge => ordering != Ordering::Less,
        }
    }
}

/// The shift operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShiftOp {
    Shl,
    /// Arithmetic: `-5 >> 1` is -3.
    Shr,
}

impl ShiftOp {
    pub fn from_syntax(op: ast::BinaryOp) -> Option<ShiftOp> {
        match op {
            ast::BinaryOp::Shl => Some(ShiftOp::Shl),
            ast::BinaryOp::Shr => Some(ShiftOp::Shr),
            _ => None,
        }
    }

    /// Go's name for the operator in `constant shift overflow`.
    pub fn overflow_name(self) -> Option<&'static str> {
        match self {
            ShiftOp::Shl => Some("shift"),
            ShiftOp::Shr => None,
        }
    }
}

/// The unary operators on constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Pos,
    Neg,
    /// `^x`: bitwise complement.
    Complement,
    /// `!x`.
    Not,
}

impl UnOp {
    pub fn from_syntax(op: ast::UnaryOp) -> Option<UnOp> {
        match op {
            ast::UnaryOp::Pos => Some(UnOp::Pos),
            ast::UnaryOp::Neg => Some(UnOp::Neg),
            ast::UnaryOp::BitNot => Some(UnOp::Complement),
            ast::UnaryOp::Not => Some(UnOp::Not),
            _ => None,
        }
    }

    /// Go's name for the operator in `constant bitwise complement overflow`.
    pub fn overflow_name(self) -> Option<&'static str> {
        match self {
            UnOp::Complement => Some("bitwise complement"),
            _ => None,
        }
    }
}

/// go/constant's numeric representations, in the order in which two operands are promoted to match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Int,
    Rat,
    Big,
    Complex,
}

fn rank(value: &Value) -> Option<Rank> {
    match value {
        Value::Int(_) => Some(Rank::Int),
        Value::Float(Float(FloatRepr::Rat(_))) => Some(Rank::Rat),
        Value::Float(Float(FloatRepr::Big(_))) => Some(Rank::Big),
        Value::Complex(_) => Some(Rank::Complex),
        _ => None,
    }
}

/// `value` in representation `to`, which is at least its own. Integers become fractions exactly and
/// 512-bit floats rounded; anything becomes complex with a zero (integer) imaginary part.
fn promote(value: &Value, to: Rank) -> Cow<'_, Value> {
    if rank(value) == Some(to) {
        return Cow::Borrowed(value);
    }
    Cow::Owned(match (value, to) {
        (_, Rank::Complex) => {
            Value::Complex(Box::new(Complex { re: value.clone(), im: Value::Int(BigInt::zero()) }))
        }
        (Value::Int(int), Rank::Rat) => rat_value(BigRational::from_integer(int.clone())),
        (Value::Int(int), Rank::Big) => big_value(BigFloat::from_int(int, PREC)),
        (Value::Float(Float(FloatRepr::Rat(rat))), Rank::Big) => {
            big_value(BigFloat::from_ratio(rat.numer(), rat.denom(), PREC))
        }
        // Callers only promote upwards.
        _ => Value::Unknown,
    })
}

/// A fraction that is kept only while it stays small (Go's `makeRat`).
pub(super) fn make_rat(rat: BigRational) -> Value {
    if rat.numer().bits() < MAX_FRACTION_BITS && rat.denom().bits() < MAX_FRACTION_BITS {
        rat_value(rat)
    } else {
        big_value(BigFloat::from_ratio(rat.numer(), rat.denom(), PREC))
    }
}

pub(super) fn rat_value(rat: BigRational) -> Value {
    Value::Float(Float(FloatRepr::Rat(rat)))
}

/// A 512-bit float result; an overflow becomes unknown (Go's `makeFloat` of an infinity).
pub(super) fn big_value(result: Result<BigFloat, Overflow>) -> Value {
    match result {
        Ok(big) => Value::Float(Float(FloatRepr::Big(big))),
        Err(Overflow) => Value::Unknown,
    }
}

/// A complex value from computed parts, unknown if either part is (Go's `makeComplex`).
pub(super) fn complex_value(re: Value, im: Value) -> Value {
    if re == Value::Unknown || im == Value::Unknown {
        return Value::Unknown;
    }
    Value::Complex(Box::new(Complex { re, im }))
}

impl Value {
    /// Go's `constant.Sign`: -1, 0 or 1 for a real number; for a complex number 0 exactly when both
    /// parts are zero; 1 for [`Value::Unknown`] (so that it never looks like a zero divisor); 0 for
    /// booleans and strings.
    pub fn sign(&self) -> i32 {
        match self {
            Value::Unknown => 1,
            Value::Int(int) => sign_of(int.sign()),
            Value::Float(Float(FloatRepr::Rat(rat))) => sign_of(rat.numer().sign()),
            Value::Float(Float(FloatRepr::Big(big))) => {
                if big.is_zero() {
                    0
                } else if big.is_negative() {
                    -1
                } else {
                    1
                }
            }
            Value::Complex(complex) => complex.re.sign() | complex.im.sign(),
            Value::Bool(_) | Value::String(_) => 0,
        }
    }

    /// `self op other` for constants of matching types. Division by a zero constant is an error,
    /// including a complex divisor whose squared parts both underflow to zero, as Go checks it.
    pub fn binary_op(&self, op: BinOp, other: &Value) -> Result<Value, ConstError> {
        match (self, other) {
            (Value::Unknown, _) | (_, Value::Unknown) => Ok(Value::Unknown),
            (Value::Bool(left), Value::Bool(right)) => match op {
                BinOp::LogAnd => Ok(Value::Bool(*left && *right)),
                BinOp::LogOr => Ok(Value::Bool(*left || *right)),
                _ => Err(ConstError::InvalidOperation),
            },
            (Value::String(left), Value::String(right)) if op == BinOp::Add => {
                let len = left.len().saturating_add(right.len());
                if len > MAX_STRING_LEN {
                    return Err(ConstError::StringTooLong { len });
                }
                let mut bytes = Vec::with_capacity(len);
                bytes.extend_from_slice(left);
                bytes.extend_from_slice(right);
                Ok(Value::String(Arc::from(bytes)))
            }
            _ => {
                if matches!(op, BinOp::Quo | BinOp::IntQuo | BinOp::Rem) && is_zero_divisor(other)? {
                    return Err(ConstError::DivisionByZero);
                }
                numeric_op(self, op, other)
            }
        }
    }

    /// `self op other` for constants of matching types. Comparisons with [`Value::Unknown`] are false;
    /// complex numbers, booleans only have `==` and `!=`.
    pub fn compare(&self, op: CmpOp, other: &Value) -> Result<bool, ConstError> {
        let ordering = match (self, other) {
            (Value::Unknown, _) | (_, Value::Unknown) => return Ok(false),
            (Value::Bool(left), Value::Bool(right)) => {
                return match op {
                    CmpOp::Eq => Ok(left == right),
                    CmpOp::Ne => Ok(left != right),
                    _ => Err(ConstError::InvalidOperation),
                };
            }
            (Value::String(left), Value::String(right)) => left.cmp(right),
            _ => {
                let to = rank(self).max(rank(other)).ok_or(ConstError::InvalidOperation)?;
                let (left, right) = (promote(self, to), promote(other, to));
                match (&*left, &*right) {
                    (Value::Int(left), Value::Int(right)) => left.cmp(right),
                    (
                        Value::Float(Float(FloatRepr::Rat(left))),
                        Value::Float(Float(FloatRepr::Rat(right))),
                    ) => left.cmp(right),
                    (
                        Value::Float(Float(FloatRepr::Big(left))),
                        Value::Float(Float(FloatRepr::Big(right))),
                    ) => left.cmp(right),
                    (Value::Complex(left), Value::Complex(right)) => {
                        let equal = left.re.compare(CmpOp::Eq, &right.re)?
                            && left.im.compare(CmpOp::Eq, &right.im)?;
                        return match op {
                            CmpOp::Eq => Ok(equal),
                            CmpOp::Ne => Ok(!equal),
                            _ => Err(ConstError::InvalidOperation),
                        };
                    }
                    _ => return Err(ConstError::InvalidOperation),
                }
            }
        };
        Ok(op.holds(ordering))
    }

    /// `self << count` or `self >> count` for an integer value. Counts above [`MAX_SHIFT_COUNT`] are
    /// errors (Go's bound; it also keeps `1 << 1e9` from allocating).
    pub fn shift(&self, op: ShiftOp, count: u64) -> Result<Value, ConstError> {
        match self {
            Value::Unknown => Ok(Value::Unknown),
            _ if count > MAX_SHIFT_COUNT => Err(ConstError::ShiftCount(super::ShiftCountError::TooLarge)),
            Value::Int(int) => Ok(Value::Int(match op {
                ShiftOp::Shl => int << count,
                // num-bigint shifts negative values arithmetically, rounding towards -∞ as Go does.
                ShiftOp::Shr => int >> count,
            })),
            _ => Err(ConstError::InvalidOperation),
        }
    }

    /// `op self`. For `^x` on an unsigned type, `prec` is the type's size in bits (at most 64 for Go
    /// types; larger values are refused rather than allocated): Go's `^uint8(1)` is 254, not -2. For
    /// signed and untyped operands `prec` is 0.
    pub fn unary_op(&self, op: UnOp, prec: u32) -> Result<Value, ConstError> {
        match (op, self) {
            (_, Value::Unknown) => Ok(Value::Unknown),
            (UnOp::Pos, Value::Int(_) | Value::Float(_) | Value::Complex(_)) => Ok(self.clone()),
            (UnOp::Neg, Value::Int(int)) => Ok(Value::Int(-int)),
            (UnOp::Neg, Value::Float(Float(FloatRepr::Rat(rat)))) => Ok(make_rat(-rat)),
            (UnOp::Neg, Value::Float(Float(FloatRepr::Big(big)))) => Ok(big_value(Ok(big.neg()))),
            (UnOp::Neg, Value::Complex(complex)) => {
                Ok(complex_value(complex.re.unary_op(UnOp::Neg, 0)?, complex.im.unary_op(UnOp::Neg, 0)?))
            }
            (UnOp::Complement, Value::Int(int)) => {
                let complement = !int;
                if prec == 0 {
                    return Ok(Value::Int(complement));
                }
                if prec > 1024 {
                    return Err(ConstError::InvalidOperation);
                }
                // Keep the low `prec` bits: the complement within the unsigned type.
                let mask = (BigInt::one() << prec) - 1;
                Ok(Value::Int(complement & mask))
            }
            (UnOp::Not, Value::Bool(value)) => Ok(Value::Bool(!value)),
            _ => Err(ConstError::InvalidOperation),
        }
    }

    /// The checks Go applies to every untyped constant result (`overflow` in go/types): an unknown
    /// value is an error, an integer may have at most 512 bits, a string at most 2e9 bytes.
    /// `operation` names the operator for the message ([`BinOp::overflow_name`] and friends).
    pub fn check_overflow(&self, operation: Option<&'static str>) -> Result<(), ConstError> {
        match self {
            Value::Unknown => Err(ConstError::NotRepresentable),
            Value::Int(int) if int.bits() > UNTYPED_INT_BITS => Err(ConstError::Overflow { operation }),
            Value::String(bytes) if bytes.len() > MAX_STRING_LEN => {
                Err(ConstError::StringTooLong { len: bytes.len() })
            }
            _ => Ok(()),
        }
    }
}

fn sign_of(sign: num_bigint::Sign) -> i32 {
    match sign {
        num_bigint::Sign::Minus => -1,
        num_bigint::Sign::NoSign => 0,
        num_bigint::Sign::Plus => 1,
    }
}

/// Whether `divisor` counts as zero for Go's division check. For a complex divisor Go squares each part
/// and tests both squares, so a divisor whose parts underflow when squared is also "zero".
fn is_zero_divisor(divisor: &Value) -> Result<bool, ConstError> {
    match divisor {
        Value::Complex(complex) => {
            let re = complex.re.binary_op(BinOp::Mul, &complex.re)?;
            let im = complex.im.binary_op(BinOp::Mul, &complex.im)?;
            Ok(re.sign() == 0 && im.sign() == 0)
        }
        Value::Int(_) | Value::Float(_) => Ok(divisor.sign() == 0),
        _ => Err(ConstError::InvalidOperation),
    }
}

/// A binary operation on two numeric values, after the zero-divisor check.
fn numeric_op(left: &Value, op: BinOp, right: &Value) -> Result<Value, ConstError> {
    let to = rank(left).max(rank(right)).ok_or(ConstError::InvalidOperation)?;
    if rank(left).is_none() || rank(right).is_none() {
        return Err(ConstError::InvalidOperation);
    }
    let (left, right) = (promote(left, to), promote(right, to));
    match (&*left, &*right) {
        (Value::Int(left), Value::Int(right)) => int_op(left, op, right),
        (Value::Float(Float(FloatRepr::Rat(left))), Value::Float(Float(FloatRepr::Rat(right)))) => {
            Ok(make_rat(match op {
                BinOp::Add => left + right,
                BinOp::Sub => left - right,
                BinOp::Mul => left * right,
                BinOp::Quo => left / right,
                _ => return Err(ConstError::InvalidOperation),
            }))
        }
        (Value::Float(Float(FloatRepr::Big(left))), Value::Float(Float(FloatRepr::Big(right)))) => {
            Ok(big_value(match op {
                BinOp::Add => left.add(right, PREC),
                BinOp::Sub => left.sub(right, PREC),
                BinOp::Mul => left.mul(right, PREC),
                BinOp::Quo => left.quo(right, PREC).ok_or(ConstError::DivisionByZero)?,
                _ => return Err(ConstError::InvalidOperation),
            }))
        }
        (Value::Complex(left), Value::Complex(right)) => complex_op(left, op, right),
        _ => Err(ConstError::InvalidOperation),
    }
}

fn int_op(left: &BigInt, op: BinOp, right: &BigInt) -> Result<Value, ConstError> {
    let int = match op {
        BinOp::Add => left + right,
        BinOp::Sub => left - right,
        BinOp::Mul => left * right,
        BinOp::Quo => {
            if right.is_zero() {
                return Err(ConstError::DivisionByZero);
            }
            return Ok(make_rat(BigRational::new(left.clone(), right.clone())));
        }
        // num-bigint's `/` and `%` truncate towards zero, as Go's do.
        BinOp::IntQuo | BinOp::Rem if right.is_zero() => return Err(ConstError::DivisionByZero),
        // Go's compiler divides integers that fit an int64 in int64 arithmetic, where the one quotient
        // that overflows wraps: the constant -9223372036854775808 / -1 is -9223372036854775808, in
        // untyped and typed (int64) expressions alike. Programs can observe it, so it is kept.
        BinOp::IntQuo if right == &BigInt::from(-1) && left == &BigInt::from(i64::MIN) => left.clone(),
        BinOp::IntQuo => left / right,
        BinOp::Rem => left % right,
        // num-bigint's bitwise operators use two's complement for negative values, as Go's do.
        BinOp::And => left & right,
        BinOp::Or => left | right,
        BinOp::Xor => left ^ right,
        BinOp::AndNot => left & !right,
        BinOp::LogAnd | BinOp::LogOr => return Err(ConstError::InvalidOperation),
    };
    Ok(Value::Int(int))
}

/// Complex arithmetic part by part, with go/constant's formulas (each step rounds as its parts do).
fn complex_op(left: &Complex, op: BinOp, right: &Complex) -> Result<Value, ConstError> {
    let (a, b, c, d) = (&left.re, &left.im, &right.re, &right.im);
    let add = |x: &Value, y: &Value| x.binary_op(BinOp::Add, y);
    let sub = |x: &Value, y: &Value| x.binary_op(BinOp::Sub, y);
    let mul = |x: &Value, y: &Value| x.binary_op(BinOp::Mul, y);
    let (re, im) = match op {
        BinOp::Add => (add(a, c)?, add(b, d)?),
        BinOp::Sub => (sub(a, c)?, sub(b, d)?),
        BinOp::Mul => {
            // (a+bi)(c+di) = (ac - bd) + (bc + ad)i
            let (ac, bd, bc, ad) = (mul(a, c)?, mul(b, d)?, mul(b, c)?, mul(a, d)?);
            (sub(&ac, &bd)?, add(&bc, &ad)?)
        }
        BinOp::Quo => {
            // (a+bi)/(c+di) = ((ac + bd) + (bc - ad)i) / (cc + dd)
            let (ac, bd, bc, ad) = (mul(a, c)?, mul(b, d)?, mul(b, c)?, mul(a, d)?);
            let scale = add(&mul(c, c)?, &mul(d, d)?)?;
            let re = add(&ac, &bd)?.binary_op(BinOp::Quo, &scale)?;
            let im = sub(&bc, &ad)?.binary_op(BinOp::Quo, &scale)?;
            (re, im)
        }
        _ => return Err(ConstError::InvalidOperation),
    };
    Ok(complex_value(re, im))
}
