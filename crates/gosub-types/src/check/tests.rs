//! Checker tests: each program's errors as `line:col: message`, through one `check` helper.

use expect_test::{Expect, expect};

use crate::check::{PackageFile, check_package};
use crate::importer::SourceImporter;
use crate::objects::World;

fn check(src: &str, expect: Expect) {
    let parsed = gosub_syntax::parse_text(src);
    assert!(parsed.errors.is_empty(), "syntax errors: {:?}", parsed.errors);
    let Some(file) = parsed.file else { panic!("no tree") };
    let mut world = World::new();
    let mut importer = SourceImporter::with_stubs();
    let files = [PackageFile { ast: &file, text: src }];
    let checked = check_package(&mut world, &mut importer, "main", &files);
    let mut out = String::new();
    for error in &checked.errors {
        let before = &src[..error.span.lo as usize];
        let line = before.matches('\n').count() + 1;
        let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        out.push_str(&format!("{line}:{col}: {}\n", error.message));
    }
    expect.assert_eq(&out);
}

#[test]
fn clean_program() {
    check(
        r#"package main

import "fmt"

type P struct{ X, Y int }

func (p *P) Move(dx int) { p.X += dx }

func main() {
	p := &P{1, 2}
	p.Move(3)
	s := []int{1, 2, 3}
	s = append(s, 4)
	m := map[string]int{"a": 1}
	for k, v := range m {
		fmt.Println(k, v, len(s))
	}
}
"#,
        expect![[r#""#]],
    );
}

#[test]
fn common_errors() {
    check(
        r#"package main

import "fmt"

type T struct{ a int }

func (t *T) M() {}

type I interface{ M() }

func f(a, b int) int { return a }

func main() {
	var b byte = 300
	x := 1
	var s string = x
	_ = s + 1
	f(1)
	var i I = T{}
	_ = i
	_ = b
	var t T
	_ = t.b
	y := 2
	const c = 10 / 0
}
"#,
        expect![[r#"
            3:8: "fmt" imported and not used
            14:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)
            16:17: cannot use x (variable of type int) as string value in variable declaration
            17:6: invalid operation: s + 1 (mismatched types string and untyped int)
            18:4: not enough arguments in call to f
            	have (number)
            	want (int, int)
            19:12: cannot use T{} (value of struct type T) as I value in variable declaration: T does not implement I (method M has pointer receiver)
            23:8: t.b undefined (type T has no field or method b)
            24:2: declared and not used: y
            25:17: invalid operation: division by zero
        "#]],
    );
}

#[test]
fn declarations_in_any_order_and_init_order() {
    let src = r#"package main

var a = b + c
var b = f()
var c = 1

func f() int { return c }

const (
	x = iota * 10
	y
	z
)

type List struct{ next *List }

func main() { _ = a; var l List; _ = l.next; _ = z }
"#;
    check(src, expect![[r#""#]]);
    let parsed = gosub_syntax::parse_text(src);
    let Some(file) = parsed.file else { panic!("no tree") };
    let mut world = World::new();
    let mut importer = SourceImporter::new();
    let checked = check_package(&mut world, &mut importer, "main", &[PackageFile { ast: &file, text: src }]);
    let order: Vec<String> = checked
        .info
        .init_order
        .iter()
        .map(|init| init.lhs.iter().map(|&o| world.obj(o).name.to_string()).collect::<Vec<_>>().join(","))
        .collect();
    assert_eq!(order, ["c", "b", "a"]);
    // The constant z = 2 * 10, read back through the Info API.
    let info = checked.info.file(0);
    let z_spec = file
        .decls
        .iter()
        .find_map(|d| match d {
            gosub_syntax::ast::Decl::Const(group) => Some(&group.specs[2].names[0]),
            _ => None,
        })
        .map(|ident| info.object_of(ident));
    let z = z_spec.flatten().map(|obj| world.obj(obj).kind.clone());
    assert_eq!(z, Some(crate::objects::ObjKind::Const(Some(crate::constant::Value::from_i64(20)))));
}

#[test]
fn cycles() {
    check(
        "package main\n\ntype T [len(T{})]int\n\ntype A struct{ b B }\ntype B struct{ a A }\n\nvar p = q\nvar q = p\n\nfunc main() {}\n",
        expect![[r#"
            3:6: invalid recursive type: T refers to itself
            5:6: invalid recursive type A
            	./main.go:5:6: A refers to B
            	./main.go:6:6: B refers to A
            8:5: initialization cycle for p
            	./main.go:8:5: p refers to q
            	./main.go:9:5: q refers to p
        "#]],
    );
}

/// The checker must never panic: check every golden program, and every prefix of a few of them that
/// still parses, looking only for the absence of a panic.
#[test]
fn never_panics_on_parsed_programs() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata");
    let mut sources = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "go")
                && let Ok(text) = std::fs::read_to_string(&path)
            {
                sources.push(text);
            }
        }
    }
    let extra = [
        "package main\ntype T [len(T{})]int\nfunc main() {}\n",
        "package main\ntype T *T\ntype U []U\ntype V interface{ V }\nfunc main() { var t T; _ = *t }\n",
        "package main\nfunc main() { x := x; var y [1<<70]int; _ = y }\n",
        "package main\nconst c = c\nfunc main() { _ = c }\n",
        "package main\nfunc g[T any](x T) T { return x }\nfunc main() { _ = g(1) + 1; _ = g[string](\"\") }\n",
    ];
    sources.extend(extra.iter().map(|s| s.to_string()));
    for text in &sources {
        let cuts: Vec<usize> = (0..text.len()).step_by(37).chain([text.len()]).collect();
        for cut in cuts {
            let Some(prefix) = text.get(..cut) else { continue };
            let parsed = gosub_syntax::parse_text(prefix);
            let Some(file) = parsed.file else { continue };
            let mut world = World::new();
            let mut importer = SourceImporter::with_stubs();
            let _ =
                check_package(&mut world, &mut importer, "main", &[PackageFile { ast: &file, text: prefix }]);
        }
    }
}

#[test]
fn plain_assignment_is_not_a_use_but_compound_is() {
    check(
        "package main\n\nfunc main() {\n\tx := 0\n\tx += 1\n\ty := 0\n\ty = 2\n\tz := 0\n\tz++\n\ts := \"a\"\n\ts += 1\n}\n",
        expect![[r#"
            6:2: declared and not used: y
            11:2: invalid operation: s += 1 (mismatched types string and untyped int)
        "#]],
    );
}

#[test]
fn exact_constants() {
    // Constant folding is exact (big integers, fractions) and errors follow go/types: the operator's
    // position for untyped overflow, the operand for typed overflow and conversions.
    check(
        r#"package main

const huge = 1 << 200
const ratio = huge / (1 << 198)
const third = 1.0 / 3
const one = third * 3
const ok = one == 1 && ratio == 4 && 0.1+0.2 == 0.3

var _ [ratio]int
var _ = [1]int{}[ok2]

const ok2 = 0

const big = 1 << 500
const overflow = big * big
const limit int8 = 100
const double = limit * 2
const shift = 1 << 1075
const neg = 1 << -1
const conv = byte(300)
const trunc = int(2.5)
const rounds float32 = 0.1

func main() {}
"#,
        expect![[r#"
            15:22: constant multiplication overflow
            17:16: limit * 2 (constant 200 of type int8) overflows int8
            18:20: invalid operation: invalid shift count 1075 (untyped int constant)
            19:18: invalid operation: negative shift count -1 (untyped int constant)
            20:19: constant 300 overflows byte
            21:19: cannot convert 2.5 (untyped float constant) to type int
        "#]],
    );
}

#[test]
fn labels_are_the_parsers_business() {
    // The parser's branch pass reports undefined and unused labels (gc's syntax phase); the checker does
    // not repeat it, and `_` is never reported.
    check(
        r#"package main

func main() {
_:
	for {
		break
	}
outer:
	for {
		continue outer
	}
}
"#,
        expect![[r#""#]],
    );
}

#[test]
fn other_positions_name_the_file() {
    // Messages that point at a second position name its file as the go command does.
    let src = "package main\n\ntype T struct{}\n\nfunc (T) M() {}\nfunc (T) M() {}\n\nfunc main() {\n\tswitch 1 {\n\tcase 1, 1:\n\t}\n}\n";
    let parsed = gosub_syntax::parse_text(src);
    let Some(file) = parsed.file else { panic!("no tree") };
    let mut world = World::new();
    let mut importer = SourceImporter::with_stubs();
    let files = [PackageFile { ast: &file, text: src }];
    let checked = crate::check::check_package_named(&mut world, &mut importer, "main", &files, &["dup.go"]);
    let messages: Vec<&str> = checked.errors.iter().map(|e| e.message.as_str()).collect();
    expect![[r#"
        [
            "method T.M already declared at ./dup.go:5:10",
            "duplicate case 1 (constant of type int) in expression switch\n\t./dup.go:10:7: previous case",
        ]
    "#]]
    .assert_debug_eq(&messages);
}
