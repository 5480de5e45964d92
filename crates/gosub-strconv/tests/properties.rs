//! Property tests: no input makes a parser or formatter panic, and formatting then parsing gives back
//! the value (shortest floats, integers in every base, quoted strings and runes).
//!
//! These complement the oracle table, which pins exact text; here the inputs are arbitrary, including
//! bytes that Go source would never contain.

use gosub_strconv::*;
use proptest::prelude::*;

/// Byte strings biased towards the characters number and literal syntax is made of.
fn syntax_bytes() -> impl Strategy<Value = Vec<u8>> {
    let alphabet: Vec<u8> = b"0123456789abcdefxXpPeE_.+-iInNfFtTyo'\"`\\uU\n\r\xff\xc3\xa9 ".to_vec();
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..40),
        proptest::collection::vec(proptest::sample::select(alphabet), 0..40),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn parsers_never_panic(input in syntax_bytes(), base in -2i64..40, bits in -2i64..70) {
        let _ = parse_int(&input, base, bits);
        let _ = parse_uint(&input, base, bits);
        let _ = atoi(&input);
        let _ = parse_bool(&input);
        let _ = parse_float(&input, bits);
        let _ = unquote(&input);
        let _ = quoted_prefix(&input);
        for quote_byte in [b'"', b'\'', b'`', 0] {
            let _ = unquote_char(&input, quote_byte);
        }
        let _ = quote(&input);
        let _ = quote_to_ascii(&input);
        let _ = quote_to_graphic(&input);
        let _ = can_backquote(&input);
    }

    #[test]
    fn formatters_never_panic(bits in any::<u64>(), fmt in any::<u8>(), prec in -3i64..40, single in any::<bool>()) {
        let size = if single { FloatSize::F32 } else { FloatSize::F64 };
        let value = f64::from_bits(bits);
        let _ = format_float(value, fmt, prec, size);
        let _ = format_complex(value, -value, fmt, prec, size);
    }

    #[test]
    fn shortest_floats_round_trip(bits in any::<u64>(), fmt in proptest::sample::select(b"eEfgGxX".to_vec())) {
        let value = f64::from_bits(bits);
        prop_assume!(value.is_finite());
        let text = format_float(value, fmt, -1, FloatSize::F64);
        let back = parse_float(&text, 64).map_err(|failure| failure.error.to_string());
        prop_assert_eq!(back.map(f64::to_bits), Ok(bits), "{}", text);

        let single = f32::from_bits(bits as u32);
        prop_assume!(single.is_finite());
        let text = format_float(f64::from(single), fmt, -1, FloatSize::F32);
        let back = parse_float(&text, 32).map_err(|failure| failure.error.to_string());
        prop_assert_eq!(back.map(|value| (value as f32).to_bits()), Ok(single.to_bits()), "{}", text);
    }

    #[test]
    fn integers_round_trip(value in any::<i64>(), base in 2i64..=36) {
        let radix = Radix::new(base).unwrap();
        let text = format_int(value, radix);
        prop_assert_eq!(parse_int(&text, base, 64).ok(), Some(value));
        let text = format_uint(value as u64, radix);
        prop_assert_eq!(parse_uint(&text, base, 64).ok(), Some(value as u64));
    }

    #[test]
    fn quoted_strings_round_trip(input in syntax_bytes()) {
        // Quote escapes invalid UTF-8 byte by byte, so unquoting gives back the very bytes.
        for quoted in [quote(&input), quote_to_ascii(&input), quote_to_graphic(&input)] {
            prop_assert_eq!(unquote(quoted.as_bytes()).ok(), Some(input.clone()), "{}", quoted);
            prop_assert_eq!(quoted_prefix(quoted.as_bytes()).ok(), Some(quoted.as_bytes()));
        }
    }

    #[test]
    fn quoted_runes_round_trip(rune in any::<i32>()) {
        let expected = if char::from_u32(rune as u32).is_some() && rune >= 0 { rune } else { RUNE_ERROR };
        for quoted in [quote_rune(rune), quote_rune_to_ascii(rune), quote_rune_to_graphic(rune)] {
            let mut encoded = Vec::new();
            push_rune(&mut encoded, expected);
            prop_assert_eq!(unquote(quoted.as_bytes()).ok(), Some(encoded), "{}", quoted);
        }
    }
}
