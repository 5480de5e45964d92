//! Property tests of the constant module: no input makes it panic, hang or allocate without bound,
//! and where IEEE arithmetic defines the answer (one correctly rounded operation on float64 or float32
//! values, integer arithmetic that fits an i128) the constant arithmetic agrees with it.

use gosub_syntax::ast::LitKind;
use gosub_types::constant::{BasicKind, BinOp, CmpOp, ShiftOp, UnOp, Value};
use num_traits::ToPrimitive;
use proptest::prelude::*;

const LIT_KINDS: [LitKind; 6] =
    [LitKind::Int, LitKind::Float, LitKind::Imag, LitKind::Rune, LitKind::Str, LitKind::RawStr];
const BIN_OPS: [BinOp; 12] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::Quo,
    BinOp::IntQuo,
    BinOp::Rem,
    BinOp::And,
    BinOp::Or,
    BinOp::Xor,
    BinOp::AndNot,
    BinOp::LogAnd,
    BinOp::LogOr,
];
const CMP_OPS: [CmpOp; 6] = [CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le, CmpOp::Gt, CmpOp::Ge];
const KINDS: [BasicKind; 24] = [
    BasicKind::Bool,
    BasicKind::Int,
    BasicKind::Int8,
    BasicKind::Int16,
    BasicKind::Int32,
    BasicKind::Int64,
    BasicKind::Uint,
    BasicKind::Uint8,
    BasicKind::Uint16,
    BasicKind::Uint32,
    BasicKind::Uint64,
    BasicKind::Uintptr,
    BasicKind::Float32,
    BasicKind::Float64,
    BasicKind::Complex64,
    BasicKind::Complex128,
    BasicKind::String,
    BasicKind::UntypedBool,
    BasicKind::UntypedInt,
    BasicKind::UntypedRune,
    BasicKind::UntypedFloat,
    BasicKind::UntypedComplex,
    BasicKind::UntypedString,
    BasicKind::UntypedNil,
];

/// Literal texts that reach the extremes: huge and tiny exponents, long mantissas, every base.
fn seed_values() -> Vec<Value> {
    let literals = [
        (LitKind::Int, "0"),
        (LitKind::Int, "1"),
        (LitKind::Int, "7"),
        (LitKind::Int, "0xFFFFFFFFFFFFFFFF"),
        (LitKind::Int, "9223372036854775808"),
        (LitKind::Float, "0.1"),
        (LitKind::Float, "2.5"),
        (LitKind::Float, "1e308"),
        (LitKind::Float, "1e5000"),
        (LitKind::Float, "1e-5000"),
        (LitKind::Float, "1e1000000"),
        (LitKind::Float, "1e-1000000"),
        (LitKind::Float, "1e600000000"),
        (LitKind::Float, "0x1p-1074"),
        (LitKind::Imag, "2i"),
        (LitKind::Imag, "1e-600000000i"),
        (LitKind::Rune, "'a'"),
        (LitKind::Str, "\"abc\""),
        (LitKind::Str, "\"\\xff\""),
    ];
    let mut values: Vec<Value> =
        literals.iter().map(|&(kind, text)| Value::from_literal(kind, text).expect("seed literal")).collect();
    values.push(Value::from_i64(-1));
    values.push(Value::from_i64(i64::MIN));
    values.push(Value::from_i64(1).shift(ShiftOp::Shl, 1074).expect("1 << 1074"));
    values.push(Value::Bool(true));
    values.push(Value::Unknown);
    values
}

/// One step of a random computation: which operation, and its small parameters.
#[derive(Clone, Debug)]
enum Step {
    Binary(usize, usize),
    Compare(usize, usize),
    Shift(bool, u64),
    Unary(usize, u32),
    Represent(usize, usize),
    Convert(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..BIN_OPS.len(), any::<usize>()).prop_map(|(op, with)| Step::Binary(op, with)),
        (0..CMP_OPS.len(), any::<usize>()).prop_map(|(op, with)| Step::Compare(op, with)),
        (any::<bool>(), prop_oneof![0..80u64, 1000..1100u64, any::<u64>()])
            .prop_map(|(left, count)| Step::Shift(left, count)),
        (0..4usize, prop_oneof![Just(0u32), 1..70u32, any::<u32>()])
            .prop_map(|(op, prec)| Step::Unary(op, prec)),
        (0..KINDS.len(), 0..KINDS.len()).prop_map(|(source, target)| Step::Represent(source, target)),
        (0..5usize).prop_map(Step::Convert),
    ]
}

/// Everything a caller can ask of a value; none of it may panic.
fn observe(value: &Value) {
    let _ = value.message_string();
    let _ = (value.to_i64(), value.to_u64(), value.to_f64(), value.to_f32());
    let _ = (value.to_complex128(), value.to_complex64(), value.as_bytes(), value.as_bool());
    let _ = (value.sign(), value.kind(), value.shift_count(), value.check_overflow(Some("addition")));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn literals_never_panic(text in "\\PC{0,40}", kind in 0..LIT_KINDS.len()) {
        if let Ok(value) = Value::from_literal(LIT_KINDS[kind], &text) {
            observe(&value);
        }
    }

    #[test]
    fn number_shaped_literals_never_panic(
        text in "[0-9a-fA-FxXoObBpP_.+\\-i]{0,30}",
        exponent in prop_oneof![any::<i64>(), -3_000_000_000i64..3_000_000_000],
        kind in 0..3usize,
    ) {
        let kinds = [LitKind::Int, LitKind::Float, LitKind::Imag];
        for candidate in [text.clone(), format!("{text}e{exponent}"), format!("0x{text}p{exponent}"), format!("1.5e{exponent}i")] {
            if let Ok(value) = Value::from_literal(kinds[kind], &candidate) {
                observe(&value);
            }
        }
    }

    /// Random chains of operations over extreme values finish quickly and never panic.
    #[test]
    fn operations_never_panic(start in 0..100usize, steps in prop::collection::vec(step(), 1..8)) {
        let seeds = seed_values();
        let mut value = seeds[start % seeds.len()].clone();
        for step in steps {
            observe(&value);
            let next = match step {
                Step::Binary(op, with) => value.binary_op(BIN_OPS[op], &seeds[with % seeds.len()]).ok(),
                Step::Compare(op, with) => value.compare(CMP_OPS[op], &seeds[with % seeds.len()]).ok().map(Value::Bool),
                Step::Shift(left, count) => {
                    value.shift(if left { ShiftOp::Shl } else { ShiftOp::Shr }, count).ok()
                }
                Step::Unary(op, prec) => {
                    value.unary_op([UnOp::Pos, UnOp::Neg, UnOp::Complement, UnOp::Not][op], prec).ok()
                }
                Step::Represent(source, target) => value.representable(KINDS[source], KINDS[target]).ok(),
                Step::Convert(which) => Some(match which {
                    0 => value.to_int(),
                    1 => value.to_float(),
                    2 => value.to_complex(),
                    3 => value.real(),
                    _ => Value::make_complex(&value, &value.imag()),
                }),
            };
            // Keep going from the previous value when an operation is refused, as a checker would after
            // reporting the error; keep integers within Go's limit so the chain models real programs.
            if let Some(next) = next
                && next.check_overflow(None).is_ok()
            {
                value = next;
            }
        }
        observe(&value);
    }

    /// One operation on float64 values, done exactly and then rounded, is IEEE arithmetic.
    #[test]
    fn float64_operations_round_like_ieee(a in any::<f64>(), b in any::<f64>(), op in 0..4usize) {
        prop_assume!(a.is_finite() && b.is_finite());
        prop_assume!(op != 3 || b != 0.0);
        let (x, y) = (Value::from_f64(a), Value::from_f64(b));
        let (ieee, binop) = match op {
            0 => (a + b, BinOp::Add),
            1 => (a - b, BinOp::Sub),
            2 => (a * b, BinOp::Mul),
            _ => (a / b, BinOp::Quo),
        };
        let exact = x.binary_op(binop, &y).unwrap();
        prop_assert_eq!(exact.to_f64(), Some(ieee), "{} {:?} {}", a, binop, b);
    }

    /// The same for float32, rounded once from the exact value (never through float64).
    #[test]
    fn float32_operations_round_like_ieee(a in any::<f32>(), b in any::<f32>(), op in 0..4usize) {
        prop_assume!(a.is_finite() && b.is_finite());
        prop_assume!(op != 3 || b != 0.0);
        let (x, y) = (Value::from_f64(f64::from(a)), Value::from_f64(f64::from(b)));
        let (ieee, binop) = match op {
            0 => (a + b, BinOp::Add),
            1 => (a - b, BinOp::Sub),
            2 => (a * b, BinOp::Mul),
            _ => (a / b, BinOp::Quo),
        };
        let exact = x.binary_op(binop, &y).unwrap();
        prop_assert_eq!(exact.to_f32(), Some(ieee), "{} {:?} {}", a, binop, b);
    }

    /// Decimal literals read to the nearest float64, as Rust's correctly rounded parser reads them.
    #[test]
    fn decimal_literals_round_correctly(value in any::<f64>(), digits in 0..40usize) {
        prop_assume!(value.is_finite() && value > 0.0);
        let text = format!("{value:.digits$e}");
        let parsed: f64 = text.parse().unwrap();
        let constant = Value::from_literal(LitKind::Float, &text).unwrap();
        prop_assert_eq!(constant.to_f64(), Some(parsed), "{}", text);
        prop_assert_eq!(Value::from_f64(value).to_f64(), Some(value));
    }

    /// Integer operations agree with i128 arithmetic where that cannot overflow.
    #[test]
    fn integer_operations_match_i128(a in any::<i64>(), b in any::<i64>(), count in 0..64u64) {
        let (x, y) = (Value::from_i64(a), Value::from_i64(b));
        let (wide_a, wide_b) = (i128::from(a), i128::from(b));
        let int = |value: Result<Value, _>| match value {
            Ok(Value::Int(int)) => int.to_i128(),
            _ => None,
        };
        prop_assert_eq!(int(x.binary_op(BinOp::Add, &y)), Some(wide_a + wide_b));
        prop_assert_eq!(int(x.binary_op(BinOp::Sub, &y)), Some(wide_a - wide_b));
        prop_assert_eq!(int(x.binary_op(BinOp::Mul, &y)), Some(wide_a * wide_b));
        prop_assert_eq!(int(x.binary_op(BinOp::And, &y)), Some(wide_a & wide_b));
        prop_assert_eq!(int(x.binary_op(BinOp::Or, &y)), Some(wide_a | wide_b));
        prop_assert_eq!(int(x.binary_op(BinOp::Xor, &y)), Some(wide_a ^ wide_b));
        prop_assert_eq!(int(x.binary_op(BinOp::AndNot, &y)), Some(wide_a & !wide_b));
        if b != 0 && !(a == i64::MIN && b == -1) {
            prop_assert_eq!(int(x.binary_op(BinOp::IntQuo, &y)), Some(wide_a / wide_b));
            prop_assert_eq!(int(x.binary_op(BinOp::Rem, &y)), Some(wide_a % wide_b));
        }
        prop_assert_eq!(int(x.shift(ShiftOp::Shl, count)), Some(wide_a << count));
        prop_assert_eq!(int(x.shift(ShiftOp::Shr, count)), Some(wide_a >> count));
        prop_assert_eq!(x.compare(CmpOp::Lt, &y), Ok(a < b));
    }
}
