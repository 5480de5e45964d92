//! Unit tests: the code the compiler emits for small functions, as `gosub disasm` prints it.

use expect_test::{Expect, expect};
use gosub_types::{PackageFile, SourceImporter, World};

use crate::{FileInput, PackageInput, compile};

/// Compiles a main package (imports resolve to the checker's placeholders, whose functions are
/// natives) and returns the listing of the functions whose names contain `filter`.
fn listing(text: &str, filter: &str) -> String {
    let parsed = gosub_syntax::parse_text(text);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let tree = parsed.file.expect("a tree");
    let mut world = World::new();
    let mut importer = SourceImporter::with_stubs();
    let units = [PackageFile { ast: &tree, text }];
    let checked = gosub_types::check_package(&mut world, &mut importer, "main", &units);
    assert!(checked.errors.is_empty(), "{:?}", checked.errors);
    let input = PackageInput {
        package: checked.package,
        path: "main".into(),
        info: &checked.info,
        files: vec![FileInput { path: "main.go", ast: &tree, text }],
    };
    let program = compile(&mut world, &[input]).expect("compiles");
    let mut out = String::new();
    for (id, func) in program.funcs.iter().enumerate() {
        if func.name.contains(filter) {
            gosub_bytecode::disasm::function(&mut out, &program, id as u32, func);
        }
    }
    out
}

fn check(text: &str, filter: &str, expect: Expect) {
    expect.assert_eq(&listing(text, filter));
}

#[test]
fn recursion_uses_fused_branches_and_calls_in_place() {
    check(
        "package main\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\nfunc main() { println(fib(10)) }\n",
        "fib",
        expect![[r#"
            func #2 main.fib (main.go:2) params=1 results=1 regs=4 kinds=SSSS
                  0 L3     LoadI { dst: 1, imm: 2 }
                  1 L3     JmpLeI { a: 1, b: 0, off: 1 }
                  2 L4     Ret { src: 0, n: 1 }
                  3 L6     AddIK { dst: 1, a: 0, imm: -1 }
                  4 L6     Call { f: 2, base: 1 }                           ; main.fib
                  5 L6     AddIK { dst: 2, a: 0, imm: -2 }
                  6 L6     Call { f: 2, base: 2 }                           ; main.fib
                  7 L6     AddI { dst: 3, a: 1, b: 2 }
                  8 L6     Ret { src: 3, n: 1 }
        "#]],
    );
}

#[test]
fn loop_constants_are_hoisted_and_narrow_integers_wrap() {
    check(
        "package main\nfunc main() {\n\tvar x int8\n\tfor i := 0; i < 1000; i++ {\n\t\tx += 3\n\t}\n\tprintln(x)\n}\n",
        "main.main",
        expect![[r#"
            func #1 main.main (main.go:2) params=0 results=0 regs=3 kinds=SSS
                  0 L2     LoadI { dst: 0, imm: 1000 }
                  1 L3     Zero { dst: 1, n: 1 }
                  2 L4     LoadI { dst: 2, imm: 0 }
                  3 L4     Jmp { off: 3 }
                  4 L5     AddIK { dst: 1, a: 1, imm: 3 }
                  5 L5     Wrap { dst: 1, src: 1, width: I8 }
                  6 L4     AddIK { dst: 2, a: 2, imm: 1 }
                  7 L4     JmpLtI { a: 2, b: 0, off: -4 }
                  8 L7     Print { src: 1, ty: 0, flags: 2 }                ; int8
                  9 L8     Ret { src: 0, n: 0 }
        "#]],
    );
}

#[test]
fn captured_and_reassigned_variables_live_in_boxes() {
    // `n` is captured and assigned: boxed; `k` is captured but never reassigned: copied.
    check(
        "package main\nfunc main() {\n\tn := 0\n\tk := 2\n\tinc := func() { n += k }\n\tinc()\n\tprintln(n)\n}\n",
        "main.main",
        expect![[r#"
            func #1 main.main (main.go:2) params=0 results=0 regs=7 kinds=RSSRRSS
                  0 L3     New { dst: 0, ty: 0 }                            ; int
                  1 L3     LoadI { dst: 2, imm: 0 }
                  2 L3     Store { p: 0, off: 0, src: 2, n: 1 }
                  3 L4     LoadI { dst: 2, imm: 2 }
                  4 L5     MovN { dst: 4, src: 0, n: 2 }
                  5 L5     Mov { dst: 6, src: 2 }
                  6 L5     MakeClosure { dst: 3, f: 2, caps: 4, n: 3 }      ; main.main.func1
                  7 L6     CallClosure { fv: 3, base: 4 }
                  8 L7     Load { dst: 5, p: 0, off: 0, n: 1 }
                  9 L7     Print { src: 5, ty: 0, flags: 2 }                ; int
                 10 L8     Ret { src: 0, n: 0 }
            func #2 main.main.func1 (main.go:5) params=0 results=0 regs=4 kinds=RSSS
                  0 L5     LoadCap { dst: 0, k: 0 }
                  1 L5     LoadCap { dst: 1, k: 1 }
                  2 L5     LoadCap { dst: 2, k: 2 }
                  3 L5     Load { dst: 3, p: 0, off: 0, n: 1 }
                  4 L5     AddI { dst: 3, a: 3, b: 2 }
                  5 L5     Store { p: 0, off: 0, src: 3, n: 1 }
                  6 L5     Ret { src: 0, n: 0 }
        "#]],
    );
}
