//! Unit tests of the constant module, all through [`check`]: an operation's result is rendered as Go's
//! message text of the value (`3.5`, `(1 + 2i)`) or as `error: …` with Go's message, and compared.
//! The broad comparison with Go is the oracle table (`tests/const_oracle.rs`); these pin the API's
//! contract and the cases the table cannot express.

use gosub_syntax::ast::LitKind;

use super::*;

/// Compares a result with its expected rendering.
#[track_caller]
fn check<E: std::fmt::Display>(actual: Result<Value, E>, expect: &str) {
    let rendered = match actual {
        Ok(value) => value.message_string(),
        Err(error) => format!("error: {error}"),
    };
    assert_eq!(rendered, expect);
}

fn ok(value: Value) -> Result<Value, ConstError> {
    Ok(value)
}

/// A literal, its kind guessed from the text as the lexer would classify it.
fn lit(text: &str) -> Value {
    literal(text).unwrap_or_else(|error| panic!("{text}: {error}"))
}

fn literal(text: &str) -> Result<Value, ConstError> {
    let kind = match text.as_bytes().first() {
        Some(b'"') => LitKind::Str,
        Some(b'`') => LitKind::RawStr,
        Some(b'\'') => LitKind::Rune,
        _ if text.ends_with('i') => LitKind::Imag,
        _ if text.starts_with("0x") || text.starts_with("0X") => {
            if text.contains(['.', 'p', 'P']) {
                LitKind::Float
            } else {
                LitKind::Int
            }
        }
        _ if text.contains(['.', 'e', 'E']) => LitKind::Float,
        _ => LitKind::Int,
    };
    Value::from_literal(kind, text)
}

fn binary(x: &str, op: BinOp, y: &str) -> Result<Value, ConstError> {
    lit(x).binary_op(op, &lit(y))
}

#[test]
fn integer_literals() {
    check(literal("0x_1F"), "31");
    check(literal("0o17"), "15");
    check(literal("017"), "15");
    check(literal("0_17"), "15");
    check(literal("0b101"), "5");
    check(literal("1_000"), "1000");
    check(literal("0"), "0");
    check(literal("18446744073709551616"), "18446744073709551616");
    for bad in ["08", "1__0", "_1", "1_", "0x", "0x_", "0b2", "12a", ""] {
        check(Value::from_literal(LitKind::Int, bad), &format!("error: malformed constant: {bad}"));
    }
}

#[test]
fn float_and_imaginary_literals() {
    check(literal(".5"), "0.5");
    check(literal("5."), "5");
    check(literal("1e9"), "1e+09");
    check(literal("0x1p-2"), "0.25");
    check(literal("0x1.8p3"), "12");
    check(literal("1_000.000_1"), "1000.0001");
    check(literal("2i"), "(0 + 2i)");
    check(literal("1.5i"), "(0 + 1.5i)");
    check(literal("0x1p2i"), "(0 + 4i)");
    // An imaginary literal's decimal digits are decimal even with a leading zero.
    check(literal("017i"), "(0 + 17i)");
    check(literal("0b101i"), "(0 + 5i)");
    // Exactness: 0.1 is the fraction 1/10, not a binary approximation.
    assert_eq!(lit("0.1").binary_op(BinOp::Mul, &lit("10")).unwrap().compare(CmpOp::Eq, &lit("1")), Ok(true));
    for bad in ["1e", "1e+", "0x1.8", "0x1p", "1.5p3", ".", "1__0.5", "1._5", "0b1.1", "1e1_", "1x"] {
        check(Value::from_literal(LitKind::Float, bad), &format!("error: malformed constant: {bad}"));
    }
}

#[test]
fn float_literals_beyond_the_exact_range() {
    // Kept as 512-bit floats: no gigabyte fractions, and Go's texts.
    check(literal("1e1000000"), "1e+1000000");
    check(literal("1e-1000000"), "1e-1000000");
    assert!(matches!(lit("1e5000"), Value::Float(ref float) if !float.is_exact()));
    assert!(matches!(lit("1e1000"), Value::Float(ref float) if float.is_exact()));
    // The exponent overflows math/big's int32: Go calls the literal malformed. Underflow is zero.
    check(literal("1e1000000000"), "error: malformed constant: 1e1000000000");
    check(literal("1e99999999999999999999"), "error: malformed constant: 1e99999999999999999999");
    check(literal("1e-1000000000"), "0");
    let long = "1".repeat(MAX_LITERAL_LEN + 1);
    check(literal(&long), "error: excessively long constant: 1111111111... (10001 chars)");
}

#[test]
fn rune_and_string_literals() {
    check(literal("'a'"), "97");
    check(literal(r"'\n'"), "10");
    check(literal(r"'\x41'"), "65");
    check(literal(r"'\377'"), "255");
    check(literal(r"'\u00e9'"), "233");
    check(literal(r"'\U0001F600'"), "128512");
    check(literal("'é'"), "233");
    for bad in ["''", "'ab'", r"'\400'", r"'\uD800'", "'a", r"'\q'"] {
        check(Value::from_literal(LitKind::Rune, bad), &format!("error: malformed constant: {bad}"));
    }
    // Strings are bytes: "\xff" is one byte, and raw strings lose their carriage returns.
    assert_eq!(lit(r#""\xff""#).as_bytes(), Some(&[0xFF][..]));
    assert_eq!(lit(r#""\377\u00e9""#).as_bytes(), Some(&[0xFF, 0xC3, 0xA9][..]));
    assert_eq!(lit("`a\r\nb\r`").as_bytes(), Some(&b"a\nb"[..]));
    check(literal(r#""a\tb""#), r#""a\tb""#);
    check(Value::from_literal(LitKind::Str, r#""\'""#), r#"error: malformed constant: "\'""#);
    check(Value::from_literal(LitKind::RawStr, r#""x""#), r#"error: malformed constant: "x""#);
}

#[test]
fn integer_division_and_remainder() {
    check(binary("7", BinOp::IntQuo, "2"), "3");
    check(Value::from_i64(-7).binary_op(BinOp::IntQuo, &lit("2")), "-3");
    check(lit("7").binary_op(BinOp::IntQuo, &Value::from_i64(-2)), "-3");
    check(lit("7").unary_op(UnOp::Neg, 0).unwrap().binary_op(BinOp::Rem, &lit("2")), "-1");
    // Exact division of integer values: an untyped float that holds integers (`real(7+0i)/2`).
    check(binary("7", BinOp::Quo, "2"), "3.5");
    check(binary("7.0", BinOp::Quo, "2"), "3.5");
    check(binary("1", BinOp::IntQuo, "0"), "error: invalid operation: division by zero");
    check(binary("1", BinOp::Rem, "0"), "error: invalid operation: division by zero");
    check(binary("1.0", BinOp::Quo, "0.0"), "error: invalid operation: division by zero");
    check(binary("1e5000", BinOp::Quo, "0"), "error: invalid operation: division by zero");
    check(binary("1i", BinOp::Quo, "0i"), "error: invalid operation: division by zero");
    // Go's int64 fast path wraps the one overflowing quotient.
    let min = Value::from_i64(i64::MIN);
    check(min.binary_op(BinOp::IntQuo, &Value::from_i64(-1)), "-9223372036854775808");
}

#[test]
fn exact_and_rounded_float_arithmetic() {
    check(binary("0.1", BinOp::Add, "0.2"), "0.3");
    assert_eq!(binary("0.1", BinOp::Add, "0.2").unwrap().compare(CmpOp::Eq, &lit("0.3")), Ok(true));
    check(binary("1e1000", BinOp::Quo, "1e999"), "10");
    check(binary("1", BinOp::Quo, "3.0"), "0.333333");
    check(binary("100000.5", BinOp::Add, "0"), "100000.5");
    // A 512-bit float absorbs a far smaller addend, as Go's does.
    let sum = binary("1e1000000", BinOp::Add, "1").unwrap();
    check(sum.binary_op(BinOp::Sub, &lit("1e1000000")), "0");
    // Exponent overflow of a 512-bit float is Go's unknown value.
    let huge = binary("1e600000000", BinOp::Mul, "1e600000000").unwrap();
    assert_eq!(huge, Value::Unknown);
    assert_eq!(huge.check_overflow(None), Err(ConstError::NotRepresentable));
    check(binary("1e-600000000", BinOp::Mul, "1e-600000000"), "0");
}

#[test]
fn complex_arithmetic() {
    check(binary("1", BinOp::Add, "2i"), "(1 + 2i)");
    check(lit("1").binary_op(BinOp::Add, &lit("2i")).unwrap().binary_op(BinOp::Mul, &lit("2i")), "(-4 + 2i)");
    check(binary("1", BinOp::Quo, "1i"), "(0 + -1i)");
    check(ok(Value::make_complex(&lit("1234567"), &lit("1"))), "(1.23457e+06 + 1i)");
    check(ok(lit("1234567").binary_op(BinOp::Add, &lit("0i")).unwrap().real()), "1234567");
    assert_eq!(
        binary("1", BinOp::Add, "2i").unwrap().compare(CmpOp::Lt, &lit("1")),
        Err(ConstError::InvalidOperation)
    );
}

#[test]
fn strings_and_booleans() {
    check(binary(r#""ab""#, BinOp::Add, r#""\xff""#), r#""ab\xff""#);
    check(ok(Value::Bool(true).binary_op(BinOp::LogAnd, &Value::Bool(false)).unwrap()), "false");
    assert_eq!(lit(r#""abc""#).compare(CmpOp::Lt, &lit(r#""abd""#)), Ok(true));
    check(ok(Value::from_i64(65).rune_to_string()), r#""A""#);
    check(ok(Value::from_i64(-1).rune_to_string()), r#""�""#);
    check(ok(Value::from_i64(0xD800).rune_to_string()), r#""�""#);
    check(binary(r#""a""#, BinOp::Sub, r#""b""#), "error: invalid constant operation");
    let long = Value::from_bytes("x".repeat(100).into_bytes());
    check(ok(long), &format!("\"{}...", "x".repeat(68)));
}

#[test]
fn shifts_and_complements() {
    check(lit("1").shift(ShiftOp::Shl, 100).map(|value| value.shift(ShiftOp::Shr, 98).unwrap()), "4");
    check(Value::from_i64(-5).shift(ShiftOp::Shr, 1), "-3");
    check(Value::from_i64(-1).shift(ShiftOp::Shr, MAX_SHIFT_COUNT), "-1");
    check(
        lit("1").shift(ShiftOp::Shl, MAX_SHIFT_COUNT + 1),
        "error: invalid operation: invalid shift count count",
    );
    check(lit("1").shift(ShiftOp::Shl, u64::MAX), "error: invalid operation: invalid shift count count");
    check(lit("1.5").shift(ShiftOp::Shl, 1), "error: invalid constant operation");
    let big = lit("1").shift(ShiftOp::Shl, 512).unwrap();
    assert_eq!(
        big.check_overflow(ShiftOp::Shl.overflow_name()),
        Err(ConstError::Overflow { operation: Some("shift") })
    );
    check(big.check_overflow(Some("shift")).map(|()| Value::Unknown), "error: constant shift overflow");
    check(lit("1").unary_op(UnOp::Complement, 8), "254");
    check(lit("1").unary_op(UnOp::Complement, 0), "-2");
    check(lit("0").unary_op(UnOp::Complement, 64), "18446744073709551615");
    check(lit("1").unary_op(UnOp::Complement, 100_000), "error: invalid constant operation");
    assert_eq!(lit("2.0").shift_count(), Ok(2));
    assert_eq!(Value::from_i64(-1).shift_count(), Err(ShiftCountError::Negative));
    assert_eq!(lit("2.5").shift_count(), Err(ShiftCountError::Truncated));
    assert_eq!(lit("18446744073709551616").shift_count(), Err(ShiftCountError::OverflowsUint));
    assert_eq!(lit("1075").shift_count(), Err(ShiftCountError::TooLarge));
    assert_eq!(
        ShiftCountError::TooLarge.message("1075 (untyped int constant)"),
        "invalid operation: invalid shift count 1075 (untyped int constant)"
    );
}

#[test]
fn representability() {
    let fits = |value: &str, source: BasicKind, target: BasicKind| lit(value).representable(source, target);
    check(fits("255", BasicKind::UntypedInt, BasicKind::Uint8), "255");
    assert_eq!(fits("300", BasicKind::UntypedInt, BasicKind::Uint8), Err(RepresentError::Overflows));
    assert_eq!(fits("2.5", BasicKind::UntypedFloat, BasicKind::Int), Err(RepresentError::Truncated));
    assert_eq!(fits("1e100", BasicKind::UntypedFloat, BasicKind::Int), Err(RepresentError::Truncated));
    check(fits("2.0", BasicKind::UntypedFloat, BasicKind::Int), "2");
    assert_eq!(fits("1e400", BasicKind::UntypedFloat, BasicKind::Float64), Err(RepresentError::Overflows));
    check(fits("1e-400", BasicKind::UntypedFloat, BasicKind::Float64), "0");
    check(fits("0.1", BasicKind::UntypedFloat, BasicKind::Float32), "0.1");
    let rounded = fits("0.1", BasicKind::UntypedFloat, BasicKind::Float32).unwrap();
    assert_eq!(rounded.to_f64(), Some(f64::from(0.1f32)));
    assert_eq!(fits("\"a\"", BasicKind::UntypedString, BasicKind::Int), Err(RepresentError::Invalid));
    assert_eq!(RepresentError::Invalid.reason(), None);
    check(fits("18446744073709551615", BasicKind::UntypedInt, BasicKind::Uintptr), "18446744073709551615");
    let minus_one = Value::from_i64(-1).representable(BasicKind::UntypedInt, BasicKind::Uint);
    assert_eq!(minus_one, Err(RepresentError::Overflows));
    assert_eq!(Value::Unknown.representable(BasicKind::UntypedInt, BasicKind::Int8), Ok(Value::Unknown));
}

#[test]
fn run_time_values() {
    assert_eq!(binary("0.1", BinOp::Add, "0.2").unwrap().to_f64(), Some(0.3));
    assert_eq!(binary("1", BinOp::Quo, "3.0").unwrap().to_f64(), Some(1.0 / 3.0));
    assert_eq!(lit("1e400").to_f64(), Some(f64::INFINITY));
    assert_eq!(lit("0x1.8p-1074").to_f64(), Some(f64::from_bits(2)));
    assert_eq!(lit("16777217").to_f32(), Some(16_777_216.0));
    // float32 rounds once from the exact value, not through float64.
    assert_eq!(lit("0x1.0000010000000001p0").to_f32(), Some(1.000_000_1));
    assert_eq!(lit("18446744073709551615").to_u64(), Some(u64::MAX));
    assert_eq!(lit("18446744073709551615").to_i64(), None);
    assert_eq!(lit("1.5").to_i64(), None);
    assert_eq!(lit("2i").to_complex128(), Some((0.0, 2.0)));
    assert_eq!(Value::from_f64(-0.0), Value::from_i64(0).to_float());
    assert_eq!(Value::from_f64(f64::NAN), Value::Unknown);
}

#[test]
fn messages() {
    check(ok(lit("1").shift(ShiftOp::Shl, 300).unwrap()), &num_bigint::BigInt::from(2).pow(300).to_string());
    check(literal("1e400"), "1e+400");
    check(literal("0x1p-4096"), "0.957498e-1233");
    check(literal("1e-320"), "9.99989e-321");
    check(literal("1.0000001e-5"), "1.0000001e-05");
    check(ok(Value::Unknown), "unknown");
    check(ok(Value::Bool(false)), "false");
    assert_eq!(
        ConstError::LiteralTooLong { text: "x".into() }.to_string(),
        "excessively long constant: x... (1 chars)"
    );
    assert_eq!(ConstError::Overflow { operation: None }.to_string(), "constant overflow");
    assert_eq!(
        ConstError::StringTooLong { len: 3_000_000_000 }.to_string(),
        "constant string too long (3000000000 bytes > 2000000000 bytes)"
    );
}

#[test]
fn basic_kinds() {
    assert_eq!(BasicKind::UntypedInt.promote_untyped(BasicKind::UntypedRune), Some(BasicKind::UntypedRune));
    assert_eq!(
        BasicKind::UntypedFloat.promote_untyped(BasicKind::UntypedRune),
        Some(BasicKind::UntypedFloat)
    );
    assert_eq!(
        BasicKind::UntypedComplex.promote_untyped(BasicKind::UntypedInt),
        Some(BasicKind::UntypedComplex)
    );
    assert_eq!(BasicKind::UntypedString.promote_untyped(BasicKind::UntypedInt), None);
    assert_eq!(BasicKind::UntypedRune.default_type(), BasicKind::Int32);
    assert_eq!(BasicKind::from_name("byte"), Some(BasicKind::Uint8));
    assert_eq!(BasicKind::Uintptr.bits(), Some(64));
}

#[test]
fn extreme_literals_stay_cheap() {
    // The longest literals Go accepts, with exponents at every scale: each must parse quickly and
    // keep a small value (a fraction of at most a literal's digits, or a 512-bit float).
    let digits = "7".repeat(MAX_LITERAL_LEN - 12);
    for exponent in
        ["-2147480000", "-9000000", "-12000", "-4000", "0", "4000", "12000", "9000000", "2147480000"]
    {
        let text = format!("{digits}e{exponent}");
        let value = Value::from_literal(LitKind::Float, &text);
        if let Ok(value) = &value {
            let _ = (value.message_string(), value.to_f64(), value.to_int());
        }
    }
    let fraction = format!("0.{}", "3".repeat(MAX_LITERAL_LEN - 2));
    check(literal(&fraction), "0.333333");
}
