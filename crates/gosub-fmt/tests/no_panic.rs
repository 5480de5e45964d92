//! The engine never panics, whatever the format and the arguments: random formats built from the
//! characters `Printf` treats specially, over argument lists drawn from the oracle's values (every kind,
//! methods that panic, nil values, maps, nested composites).

mod mock;

use gosub_fmt::Unwind;
use proptest::prelude::*;

/// Every distinct argument of the oracle's cases.
fn pool() -> Vec<mock::Value> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/cases.txt"))
        .expect("testdata/cases.txt is readable");
    let mut seen = std::collections::HashSet::new();
    text.lines()
        .filter_map(|line| line.strip_prefix("arg "))
        .filter(|arg| seen.insert(*arg))
        .map(|arg| mock::parse_value(arg).expect("valid value"))
        .collect()
}

fn format_strategy() -> impl Strategy<Value = Vec<u8>> {
    let pieces = prop_oneof![
        Just(b"%".to_vec()),
        Just(b"%%".to_vec()),
        Just(b"[".to_vec()),
        Just(b"]".to_vec()),
        Just(b"*".to_vec()),
        Just(b".".to_vec()),
        Just(b"\xff".to_vec()),
        Just("é".as_bytes().to_vec()),
        "[-+# 0]".prop_map(|s| s.into_bytes()),
        "[0-9]{1,3}".prop_map(|s| s.into_bytes()),
        "[vTtdbcoOqxXUeEfFgGspwz!]".prop_map(|s| s.into_bytes()),
        "[a-c ]".prop_map(|s| s.into_bytes()),
    ];
    prop::collection::vec(pieces, 0..24).prop_map(|parts| parts.concat())
}

#[test]
fn printf_never_panics() {
    let pool = pool();
    let mut runner =
        proptest::test_runner::TestRunner::new(ProptestConfig { cases: 3000, ..ProptestConfig::default() });
    let strategy = (format_strategy(), prop::collection::vec(any::<prop::sample::Index>(), 0..5));
    let outcome = runner.run(&strategy, |(format, picks)| {
        let args: Vec<mock::Value> = picks.iter().map(|i| pool[i.index(pool.len())].clone()).collect();
        let mut host = mock::Mock::default();
        let mut out = Vec::new();
        let result = gosub_fmt::append_printf(&mut host, &mut out, &format, &args);
        // The only way out of Sprintf is a panic raised while a panic was being reported.
        prop_assert!(matches!(result, Ok(()) | Err(Unwind::Panic(_))));
        let mut out = Vec::new();
        let _ = gosub_fmt::append_errorf(&mut host, &mut out, &format, &args);
        let _ = gosub_fmt::append_println(&mut host, &mut out, &args);
        prop_assert!(host.misuse.is_empty(), "{:?}", host.misuse);
        Ok(())
    });
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
}
