//! The engine against real Go: every case in `testdata/cases.txt` (written by `testdata/gen`, see
//! `testdata/README.md`) is replayed through the mock host and must give Go's exact bytes.

mod mock;

use gosub_fmt::{Reflect, Unwind, Wrapped};
use mock::{Mock, Value, parse_value};

struct Case {
    line: usize,
    function: String,
    format: Vec<u8>,
    args: Vec<Value>,
    expected: Vec<u8>,
    wrap: Option<Wrapped>,
    /// The type of the value that escapes `Sprintf` when Go panics out of it.
    panics: Option<String>,
}

fn parse_wrap(text: &str) -> Wrapped {
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        ["none"] => Wrapped::None,
        ["one", "-"] => Wrapped::One(None),
        ["one", n] => Wrapped::One(Some(n.parse().unwrap_or(usize::MAX))),
        ["many", rest @ ..] => Wrapped::Many(rest.iter().map(|n| n.parse().unwrap_or(usize::MAX)).collect()),
        _ => panic!("bad wrap line {text}"),
    }
}

fn load() -> Vec<Case> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/cases.txt"))
        .expect("testdata/cases.txt is readable");
    let mut cases = Vec::new();
    let mut current: Option<Case> = None;
    for (number, line) in text.lines().enumerate() {
        let (tag, rest) = line.split_once(' ').unwrap_or((line, ""));
        match tag {
            "case" => {
                let (function, format) = rest.split_once(' ').expect("case line has a format");
                current = Some(Case {
                    line: number + 1,
                    function: function.to_string(),
                    format: gosub_strconv::unquote(format).expect("format is quoted"),
                    args: Vec::new(),
                    expected: Vec::new(),
                    wrap: None,
                    panics: None,
                });
            }
            "arg" => {
                let value = parse_value(rest).unwrap_or_else(|e| panic!("line {}: {e}", number + 1));
                current.as_mut().expect("arg inside a case").args.push(value);
            }
            "out" => {
                current.as_mut().expect("out inside a case").expected =
                    gosub_strconv::unquote(rest).expect("output is quoted");
            }
            "wrap" => current.as_mut().expect("wrap inside a case").wrap = Some(parse_wrap(rest)),
            "panics" => {
                let ty = gosub_strconv::unquote(rest).expect("panic type is quoted");
                current.as_mut().expect("panics inside a case").panics =
                    Some(String::from_utf8_lossy(&ty).into());
            }
            "end" => cases.push(current.take().expect("end closes a case")),
            _ => panic!("line {}: unknown tag {tag}", number + 1),
        }
    }
    cases
}

#[test]
fn matches_go_byte_for_byte() {
    let cases = load();
    assert!(cases.len() > 3000, "only {} cases loaded", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let mut host = Mock::default();
        let mut out = Vec::new();
        let mut wrap = None;
        let result = match case.function.as_str() {
            "printf" => gosub_fmt::append_printf(&mut host, &mut out, &case.format, &case.args),
            "print" => gosub_fmt::append_print(&mut host, &mut out, &case.args),
            "println" => gosub_fmt::append_println(&mut host, &mut out, &case.args),
            "errorf" => gosub_fmt::append_errorf(&mut host, &mut out, &case.format, &case.args).map(|w| {
                wrap = Some(w);
            }),
            other => panic!("unknown function {other}"),
        };
        let describe = |what: String| {
            format!(
                "line {} {}({:?}): {what}",
                case.line,
                case.function,
                String::from_utf8_lossy(&case.format)
            )
        };
        if let Some(want) = &case.panics {
            match &result {
                Err(Unwind::Panic(value)) => {
                    let got = host.type_string(value).into_owned();
                    if &got != want {
                        failures.push(describe(format!("panicked with a {got}, want a {want}")));
                    }
                }
                _ => failures.push(describe(format!("returned, want a panic with a {want}"))),
            }
        } else if result.is_err() {
            failures.push(describe("unwound".into()));
        } else if out != case.expected {
            failures.push(describe(format!(
                "\n     got {:?}\n    want {:?}",
                String::from_utf8_lossy(&out),
                String::from_utf8_lossy(&case.expected)
            )));
        } else if wrap != case.wrap {
            failures.push(describe(format!("wrap {wrap:?}, want {:?}", case.wrap)));
        }
        if !host.misuse.is_empty() {
            failures.push(describe(host.misuse.join("; ")));
        }
    }
    if !failures.is_empty() {
        let shown: Vec<&String> = failures.iter().take(40).collect();
        panic!(
            "{} of {} cases differ from Go:\n{}",
            failures.len(),
            cases.len(),
            shown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
        );
    }
}
