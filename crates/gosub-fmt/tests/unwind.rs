//! How the engine ends when a method does not return: a goroutine exit stops formatting at once, a
//! panic is reported in place, and a panic while reporting one escapes.

mod mock;

use gosub_fmt::{Reflect, Unwind};

fn run(format: &str, args: &[&str]) -> (Result<(), Unwind<mock::Value>>, Vec<u8>, mock::Mock) {
    let args: Vec<mock::Value> = args.iter().map(|a| mock::parse_value(a).expect("valid value")).collect();
    let mut host = mock::Mock::default();
    let mut out = Vec::new();
    let result = gosub_fmt::append_printf(&mut host, &mut out, format.as_bytes(), &args);
    (result, out, host)
}

#[test]
fn goroutine_exit_in_a_method_stops_formatting() {
    let (result, _, _) =
        run("%v and %d", &[r#"(int "main.T" 1 [(String exit)] 1)"#, r#"(int "int" 2 [] 2)"#]);
    assert!(matches!(result, Err(Unwind::Exit)));
}

#[test]
fn goroutine_exit_while_reporting_a_panic_stops_formatting() {
    let (result, _, _) =
        run("%v", &[r#"(int "main.T" 1 [(String panic (int "main.E" 2 [(Error exit)] 0))] 1)"#]);
    assert!(matches!(result, Err(Unwind::Exit)));
}

#[test]
fn a_panic_is_reported_in_place_and_formatting_continues() {
    let (result, out, _) = run(
        "%v|%d",
        &[r#"(int "main.T" 1 [(String panic (string "string" 2 [] "boom"))] 1)"#, r#"(int "int" 3 [] 7)"#],
    );
    assert!(result.is_ok());
    assert_eq!(out, b"%!v(PANIC=String method: boom)|7");
}

#[test]
fn a_panic_while_reporting_a_panic_escapes_with_its_value() {
    let (result, _, host) = run(
        "%v",
        &[
            r#"(int "main.T" 1 [(String panic (int "main.E" 2 [(Error panic (string "string" 3 [] "again"))] 0))] 1)"#,
        ],
    );
    match result {
        Err(Unwind::Panic(value)) => {
            assert_eq!(host.type_string(&value), "string");
            assert_eq!(host.bytes(&value).as_ref(), b"again");
        }
        other => panic!("expected the second panic to escape, got {other:?}"),
    }
}
