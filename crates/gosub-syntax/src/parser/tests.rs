//! Parser snapshot tests: each snippet is parsed and its AST dumped as an S-expression (`ast::dump`), or
//! its errors listed. Refresh with `UPDATE_EXPECT=1 cargo test -p gosub-syntax`.

use expect_test::{Expect, expect};

use super::parse_text;
use crate::ast;
use gosub_source::LineIndex;

/// Parses `src` and compares the dump (or, if there are errors, the errors with their offsets).
fn check(src: &str, expect: Expect) {
    let output = parse_text(src);
    let mut actual = String::new();
    for error in &output.errors {
        actual.push_str(&format!("error {}..{}: {}\n", error.span.lo, error.span.hi, error.message));
    }
    if output.errors.is_empty() {
        match &output.file {
            Some(file) => actual.push_str(&ast::dump(file)),
            None => actual.push_str("no file and no errors"),
        }
    }
    expect.assert_eq(&actual);
}

/// Wraps statements in `package p; func f() { … }`.
fn check_stmts(body: &str, expect: Expect) {
    check(&format!("package p\nfunc f() {{\n{body}\n}}\n"), expect);
}

#[test]
fn smoke() {
    check(
        "package main\nfunc main() { x := 1 }\n",
        expect![[r#"
        (package main
          (func main [] (block
            (:= [x] [1]))))"#]],
    );
}

#[test]
fn package_without_final_newline() {
    check("package main", expect!["(package main)"]);
}

#[test]
fn imports() {
    check(
        r#"package p
import "fmt"
import (
	"os"
	str "strings"
	. "math"
	_ "embed"
)
import ()
"#,
        expect![[r#"
            (package p
              (import "fmt")
              (import (
                "os"
                str "strings"
                . "math"
                _ "embed"))
              (import ()))"#]],
    );
}

#[test]
fn const_groups_with_iota_and_repetition() {
    check(
        "package p\nconst (\n\tA = iota\n\tB\n\tC, D int = 1 << iota, 2\n\t_\n)\nconst X = 1\n",
        expect![[r#"
            (package p
              (const (
                (iota=0 [A] [iota])
                (iota=1 [B])
                (iota=2 [C D] int [(<< 1 iota) 2])
                (iota=3 [_])))
              (const (iota=0 [X] [1])))"#]],
    );
}

#[test]
fn var_declarations() {
    check(
        "package p\nvar x int\nvar y, z = 1, 2\nvar (\n\ta []int\n\tb map[string]int = nil\n\tc, d = f()\n)\n",
        expect![[r#"
            (package p
              (var ([x] int))
              (var ([y z] [1 2]))
              (var (
                ([a] ([] int))
                ([b] (map string int) [nil])
                ([c d] [(call f)]))))"#]],
    );
}

#[test]
fn type_declarations_and_aliases() {
    check(
        "package p\ntype A = B\ntype T struct{}\ntype (\n\tL[T any] struct{ next *L[T]; v T }\n\tM[K comparable, V any] map[K]V\n)\ntype G[T any] = List[T]\ntype Arr [4]int\ntype E[P []int] struct{}\n",
        expect![[r#"
            (package p
              (type (A = B))
              (type (T (struct)))
              (type (
                (L (tparams (T any)) (struct (next (* (index L T))) (v T)))
                (M (tparams (K comparable) (V any)) (map K V))))
              (type (G (tparams (T any)) = (index List T)))
              (type (Arr (array 4 int)))
              (type (E (tparams (P ([] int))) (struct))))"#]],
    );
}

#[test]
fn type_parameter_ambiguity() {
    // `type B[P *C] struct{}` is an array type with length `P*C` (gc agrees); the trailing comma makes
    // `D` generic.
    check(
        "package p\ntype B[P *C] struct{}\ntype D[P *C,] struct{}\ntype F[P *C|int] struct{}\n",
        expect![[r#"
        (package p
          (type (B (array (* P C) (struct))))
          (type (D (tparams (P (* C))) (struct)))
          (type (F (array (| (* P C) int) (struct)))))"#]],
    );
}

#[test]
fn constraints() {
    check(
        "package p\ntype Number interface {\n\t~int | ~int64 | float64\n\tcomparable\n\tfmt.Stringer\n\tString() string\n}\nfunc Sum[T ~int | ~float64, U interface{ ~[]T }](xs U) T { return 0 }\n",
        expect![[r#"
            (package p
              (type (Number (interface (| (| (~ int) (~ int64)) float64) comparable (. fmt Stringer) (method String [] -> [string]))))
              (func Sum (tparams (T (| (~ int) (~ float64))) (U (interface (~ ([] T))))) [(xs U)] -> [T] (block
                (return 0))))"#]],
    );
}

#[test]
fn functions_and_methods() {
    check(
        "package p\nfunc f()\nfunc (l *List[T]) Push(v T) {}\nfunc (List[T]) Len() int { return 0 }\nfunc g(a, b int, c ...string) (x int, err error) { return }\nfunc h(int, string) (int, error)\nfunc k(func(int) bool, p.T, ...any) func() {}\nfunc m(a, b []int, c [N]int, d T[N], e ...func())\n",
        expect![[r#"
            (package p
              (func f [] -)
              (func (recv [(l (* (index List T)))]) Push [(v T)] (block))
              (func (recv [(index List T)]) Len [] -> [int] (block
                (return 0)))
              (func g [(a b int) (c ...string)] -> [(x int) (err error)] (block
                (return)))
              (func h [int string] -> [int error] -)
              (func k [(functype [int] -> [bool]) (. p T) ...any] -> [(functype [])] (block))
              (func m [(a b ([] int)) (c (array N int)) (d (index T N)) (e ...(functype []))] -))"#]],
    );
}

#[test]
fn parameter_grouping_errors() {
    check(
        "package p\nfunc f(a, b int, string)\n",
        expect![[r#"
        error 33..34: syntax error: missing parameter type
    "#]],
    );
    check(
        "package p\nfunc f(a int, b)\n",
        expect![[r#"
        error 25..26: syntax error: missing parameter type
    "#]],
    );
}

#[test]
fn struct_types() {
    check(
        "package p\ntype S struct {\n\ta, b int `json:\"a\"`\n\t*T\n\tpkg.U\n\tG[int]\n\tarr [N]int\n\tsl []int\n\tf func()\n\tE \"tag\"\n}\n",
        expect![[r#"
            (package p
              (type (S (struct (a b int `json:"a"`) (embed (* T)) (embed (. pkg U)) (embed (index G int)) (arr (array N int)) (sl ([] int)) (f (functype [])) (embed E "tag")))))"#]],
    );
}

#[test]
fn interface_and_func_types() {
    check(
        "package p\nvar x interface{}\nvar y interface{ M(int) (string, error); io.Reader }\nvar f func(a, b int) (c int)\nvar g func() func() int\n",
        expect![[r#"
            (package p
              (var ([x] (interface)))
              (var ([y] (interface (method M [int] -> [string error]) (. io Reader))))
              (var ([f] (functype [(a b int)] -> [(c int)])))
              (var ([g] (functype [] -> [(functype [] -> [int])]))))"#]],
    );
}

#[test]
fn channel_types() {
    check(
        "package p\nvar (\n\ta chan int\n\tb chan<- int\n\tc <-chan int\n\td chan (<-chan int)\n\te chan<- chan int\n\tf chan<- <-chan int\n\tg <-chan <-chan int\n)\n",
        expect![[r#"
            (package p
              (var (
                ([a] (chan int))
                ([b] (chan<- int))
                ([c] (<-chan int))
                ([d] (chan (paren (<-chan int))))
                ([e] (chan<- (chan int)))
                ([f] (chan<- (<-chan int)))
                ([g] (<-chan (<-chan int))))))"#]],
    );
}

#[test]
fn simple_statements() {
    check_stmts(
        "x := 1\nx = 2\nx += 3\nx &^= 4\nx <<= 1\nx++\ny--\nch <- v\n<-ch\nf()\na, b = b, a\n_ = x\n;",
        expect![[r#"
            (package p
              (func f [] (block
                (:= [x] [1])
                (= [x] [2])
                (+= [x] [3])
                (&^= [x] [4])
                (<<= [x] [1])
                (++ x)
                (-- y)
                (send ch v)
                (<- ch)
                (call f)
                (= [a b] [b a])
                (= [_] [x]))))"#]],
    );
}

#[test]
fn labels_and_branches() {
    check_stmts(
        "outer:\n\tfor {\n\t\tbreak outer\n\t\tcontinue outer\n\t\tgoto done\n\t}\ndone:\n\tfor {\n\t\tbreak\n\t}\n\tgoto end\nend:",
        expect![[r#"
            (package p
              (func f [] (block
                (label outer (for - - - (block
                  (break outer)
                  (continue outer)
                  (goto done))))
                (label done (for - - - (block
                  (break))))
                (goto end)
                (label end (empty)))))"#]],
    );
}

#[test]
fn go_defer_return() {
    check_stmts(
        "go f(x)\ndefer func() { recover() }()\nreturn\nreturn 1, err",
        expect![[r#"
        (package p
          (func f [] (block
            (go (call f x))
            (defer (call (funclit [] (block
              (call recover)))))
            (return)
            (return 1 err))))"#]],
    );
}

#[test]
fn if_statements() {
    check_stmts(
        "if x {\n} else if y := f(); y > 0 {\n} else {\n}\nif v, ok := m[k]; ok {\n}\nif ; x {\n}",
        expect![[r#"
            (package p
              (func f [] (block
                (if - x (block) (if (:= [y] [(call f)]) (> y 0) (block) (block)))
                (if (:= [v ok] [(index m k)]) ok (block))
                (if - x (block)))))"#]],
    );
}

#[test]
fn switch_statements() {
    check_stmts(
        "switch {\ncase x > 0:\n\tf()\n\tfallthrough\ncase x < 0, x == 0:\ndefault:\n}\nswitch x := f(); x {\ncase 1:\n}\nswitch x := f(); {\n}\nswitch f() {\n}",
        expect![[r#"
            (package p
              (func f [] (block
                (switch - -
                  (case [(> x 0)]
                    (call f)
                    (fallthrough))
                  (case [(< x 0) (== x 0)])
                  (default))
                (switch (:= [x] [(call f)]) x
                  (case [1]))
                (switch (:= [x] [(call f)]) -)
                (switch - (call f)))))"#]],
    );
}

#[test]
fn type_switches() {
    check_stmts(
        "switch x.(type) {\ncase int, string:\ncase []int, map[string]int, *T, func(), chan int, nil:\ndefault:\n}\nswitch x := f(); y := x.(type) {\ncase interface{ M() }:\n}",
        expect![[r#"
            (package p
              (func f [] (block
                (typeswitch - - x
                  (case [int string])
                  (case [([] int) (map string int) (* T) (functype []) (chan int) nil])
                  (default))
                (typeswitch (:= [x] [(call f)]) y x
                  (case [(interface (method M []))])))))"#]],
    );
}

#[test]
fn select_statements() {
    check_stmts(
        "select {\ncase v := <-ch:\n\tuse(v)\ncase v, ok := <-ch:\ncase x = <-ch:\ncase <-done:\ncase out <- 1:\ndefault:\n}",
        expect![[r#"
            (package p
              (func f [] (block
                (select
                  (case (:= [v] [(<- ch)])
                    (call use v))
                  (case (:= [v ok] [(<- ch)]))
                  (case (= [x] [(<- ch)]))
                  (case (<- done))
                  (case (send out 1))
                  (default)))))"#]],
    );
}

#[test]
fn for_statements() {
    check_stmts(
        "for {\n}\nfor x < 10 {\n}\nfor i := 0; i < n; i++ {\n}\nfor ; ; {\n}\nfor i := 0; ; {\n}\nfor range ch {\n}\nfor i := range 10 {\n}\nfor k, v = range m {\n}\nfor _, v := range []int{1, 2} {\n}",
        expect![[r#"
            (package p
              (func f [] (block
                (for - - - (block))
                (for - (< x 10) - (block))
                (for (:= [i] [0]) (< i n) (++ i) (block))
                (for - - - (block))
                (for (:= [i] [0]) - - (block))
                (range - - - ch (block))
                (range i - := 10 (block))
                (range k v = m (block))
                (range _ v := (lit ([] int) 1 2) (block)))))"#]],
    );
}

#[test]
fn declarations_in_functions() {
    check_stmts(
        "var x int\nconst c = 1\ntype T[P any] struct{ p P }\ntype U = int",
        expect![[r#"
        (package p
          (func f [] (block
            (var ([x] int))
            (const (iota=0 [c] [1]))
            (type (T (tparams (P any)) (struct (p P))))
            (type (U = int)))))"#]],
    );
}

#[test]
fn binary_precedence() {
    check_stmts(
        "_ = a || b && c == d + e * -f\n_ = a + b - c\n_ = a << b & c &^ d | e ^ f\n_ = *p * *q",
        expect![[r#"
        (package p
          (func f [] (block
            (= [_] [(|| a (&& b (== c (+ d (* e (- f))))))])
            (= [_] [(- (+ a b) c)])
            (= [_] [(^ (| (&^ (& (<< a b) c) d) e) f)])
            (= [_] [(* (* p) (* q))]))))"#]],
    );
}

#[test]
fn composite_literals() {
    check_stmts(
        "_ = []Point{{1, 2}, {3, 4}}\n_ = map[string]Point{\"a\": {1, 2}}\n_ = [...]int{1, 2}\n_ = [2][]int{{1}, 1: {2}}\n_ = T{a: 1, b: 2}\n_ = pkg.T{}\n_ = Pair[int, string]{1, \"a\"}\n_ = struct{ x int }{1}\n_ = &T{}\n_ = map[[2]int]string{{1, 2}: \"x\"}",
        expect![[r#"
            (package p
              (func f [] (block
                (= [_] [(lit ([] Point) (lit - 1 2) (lit - 3 4))])
                (= [_] [(lit (map string Point) (: "a" (lit - 1 2)))])
                (= [_] [(lit (array ... int) 1 2)])
                (= [_] [(lit (array 2 ([] int)) (lit - 1) (: 1 (lit - 2)))])
                (= [_] [(lit T (: a 1) (: b 2))])
                (= [_] [(lit (. pkg T))])
                (= [_] [(lit (index Pair int string) 1 "a")])
                (= [_] [(lit (struct (x int)) 1)])
                (= [_] [(& (lit T))])
                (= [_] [(lit (map (array 2 int) string) (: (lit - 1 2) "x"))]))))"#]],
    );
}

#[test]
fn function_literals() {
    check_stmts(
        "f := func(x int) int { return x }\n_ = func() {}\n_ = func() func() { return nil }()",
        expect![[r#"
        (package p
          (func f [] (block
            (:= [f] [(funclit [(x int)] -> [int] (block
              (return x)))])
            (= [_] [(funclit [] (block))])
            (= [_] [(call (funclit [] -> [(functype [])] (block
              (return nil))))]))))"#]],
    );
}

#[test]
fn conversions() {
    check_stmts(
        "_ = []byte(s)\n_ = (*T)(p)\n_ = (func())(x)\n_ = chan int(nil)\n_ = (<-chan int)(c)\n_ = map[string]int(m)\n_ = interface{}(x)\n_ = [4]byte(b)\n_ = (*[4]byte)(unsafe.Pointer(p))\n_ = struct{}(v)\n_ = []func() int(fs)",
        expect![[r#"
            (package p
              (func f [] (block
                (= [_] [(call ([] byte) s)])
                (= [_] [(call (paren (* T)) p)])
                (= [_] [(call (paren (functype [])) x)])
                (= [_] [(call (chan int) nil)])
                (= [_] [(call (paren (<-chan int)) c)])
                (= [_] [(call (map string int) m)])
                (= [_] [(call (interface) x)])
                (= [_] [(call (array 4 byte) b)])
                (= [_] [(call (paren (* (array 4 byte))) (call (. unsafe Pointer) p))])
                (= [_] [(call (struct) v)])
                (= [_] [(call ([] (functype [] -> [int])) fs)]))))"#]],
    );
}

#[test]
fn conversion_to_func_type_needs_parentheses() {
    // As in Go, `(fs)` is the result list of `func()`. gc's parser then takes the type for an operand and its
    // checker rejects it; our grammar takes a bare type only inside brackets, so it stops at the newline,
    // with the words gc uses after a complete operand.
    check_stmts(
        "_ = []func()(fs)",
        expect![[r#"
            error 37..37: syntax error: unexpected newline at end of statement
        "#]],
    );
}

#[test]
fn method_expressions_and_generics() {
    check_stmts(
        "_ = (*T).M\n_ = T.M\n_ = f[int]\n_ = f[int, string](1, \"a\")\n_ = m[k]\n_ = a[x, y]\n_ = New[[]int, map[string]int]()",
        expect![[r#"
            (package p
              (func f [] (block
                (= [_] [(. (paren (* T)) M)])
                (= [_] [(. T M)])
                (= [_] [(index f int)])
                (= [_] [(call (index f int string) 1 "a")])
                (= [_] [(index m k)])
                (= [_] [(index a x y)])
                (= [_] [(call (index New ([] int) (map string int)))]))))"#]],
    );
}

#[test]
fn index_slice_assert_call() {
    check_stmts(
        "_ = a[i:j:k]\n_ = a[:]\n_ = a[i:]\n_ = a[:j]\n_ = a[:j:k]\n_ = x.(T)\n_ = x.(*T)\n_ = f(a, b...)\n_ = f(a,\n\tb,\n)\n_ = make([]int, 10)\n_ = make(chan int)\n_ = new(struct{})\n_ = new(*[]int)",
        expect![[r#"
            (package p
              (func f [] (block
                (= [_] [(slice3 a i j k)])
                (= [_] [(slice a - -)])
                (= [_] [(slice a i -)])
                (= [_] [(slice a - j)])
                (= [_] [(slice3 a - j k)])
                (= [_] [(assert x T)])
                (= [_] [(assert x (* T))])
                (= [_] [(call f a b ...)])
                (= [_] [(call f a b)])
                (= [_] [(call make ([] int) 10)])
                (= [_] [(call make (chan int))])
                (= [_] [(call new (struct))])
                (= [_] [(call new (* ([] int)))]))))"#]],
    );
}

#[test]
fn unary_operators() {
    check_stmts(
        "_ = -x\n_ = +x\n_ = !b\n_ = ^x\n_ = &x\n_ = *p\n_ = <-ch\n_ = <-<-ch",
        expect![[r#"
        (package p
          (func f [] (block
            (= [_] [(- x)])
            (= [_] [(+ x)])
            (= [_] [(! b)])
            (= [_] [(^ x)])
            (= [_] [(& x)])
            (= [_] [(* p)])
            (= [_] [(<- ch)])
            (= [_] [(<- (<- ch))]))))"#]],
    );
}

#[test]
fn literals() {
    check_stmts(
        "_ = 0x_ff + 1e9 + 2i + 'a' + \"s\" + `raw`\n_ = .5",
        expect![[r#"
        (package p
          (func f [] (block
            (= [_] [(+ (+ (+ (+ (+ 0x_ff 1e9) 2i) 'a') "s") `raw`)])
            (= [_] [.5]))))"#]],
    );
}

#[test]
fn composite_literal_in_header_is_an_error() {
    check_stmts(
        "if x == T{} {\n}",
        expect![[r#"
            error 33..34: syntax error: unexpected { at end of statement
        "#]],
    );
}

#[test]
fn composite_literal_in_header_parenthesised() {
    check_stmts(
        "if x == (T{}) {\n}\nif f(T{1}) {\n}\nfor i := 0; i < len(S{}); i++ {\n}\nif v := (T{a: 1}); v.a == 1 {\n}\nif func() bool { return true }() {\n}\nswitch (T{}) {\n}",
        expect![[r#"
            (package p
              (func f [] (block
                (if - (== x (paren (lit T))) (block))
                (if - (call f (lit T 1)) (block))
                (for (:= [i] [0]) (< i (call len (lit S))) (++ i) (block))
                (if (:= [v] [(paren (lit T (: a 1)))]) (== (. v a) 1) (block))
                (if - (call (funclit [] -> [bool] (block
                  (return true)))) (block))
                (switch - (paren (lit T))))))"#]],
    );
}

#[test]
fn assignment_as_condition() {
    check_stmts(
        "if x = 1 {\n}",
        expect![[r#"
            error 26..26: syntax error: cannot use assignment x = 1 as value
        "#]],
    );
}

#[test]
fn else_on_next_line() {
    check_stmts(
        "if x {\n}\nelse {\n}",
        expect![[r#"
            error 30..34: syntax error: unexpected keyword else, expected }
        "#]],
    );
}

#[test]
fn errors_recover_at_statements() {
    check_stmts(
        "a := )\nb := 1\nc := [\nd := f(\n)\ne = }",
        expect![[r#"
        error 26..27: syntax error: unexpected ), expected expression
        error 44..46: syntax error: unexpected :=, expected ]
        error 56..57: syntax error: unexpected }, expected expression
        error 58..59: syntax error: non-declaration statement outside function body
    "#]],
    );
}

#[test]
fn errors_recover_at_declarations() {
    check(
        "package p\nfunc f() {}\nx := 1\ny := 2\nif x {}\nfunc g() { return ) }\nvar y int = \n",
        expect![[r#"
            error 22..23: syntax error: non-declaration statement outside function body
            error 62..63: syntax error: unexpected ), expected expression
        "#]],
    );
}

#[test]
fn missing_package() {
    check(
        "func main() {}\n",
        expect![[r#"
            error 0..0: expected 'package', found 'func'
        "#]],
    );
    check(
        "",
        expect![[r#"
            error 0..0: expected 'package', found 'EOF'
        "#]],
    );
}

#[test]
fn lexer_errors_are_merged_in_order() {
    check(
        "package p\nvar x = 'ab'\nvar y = )\nvar z = \"\n",
        expect![[r#"
        error 18..22: more than one character in rune literal
        error 31..32: syntax error: unexpected ), expected expression
        error 42..42: newline in string
    "#]],
    );
}

#[test]
fn spans() {
    let output = parse_text("package p\nfunc f() { x.y(1) }\n");
    let file = output.file.expect("parses");
    let ast::Decl::Func(func) = &file.decls[0] else { panic!("not a func") };
    let body = func.body.as_ref().expect("body");
    assert_eq!((body.span.lo, body.span.hi), (19, 29));
    let stmt = &body.stmts[0];
    assert_eq!((stmt.span.lo, stmt.span.hi), (21, 27));
    assert_eq!((file.span.lo, func.span.lo, func.span.hi), (0, 10, 29));
}

#[test]
fn nesting_up_to_the_limit_parses() {
    let depth = super::MAX_NESTING;
    let src = format!("package p\nvar x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
    assert!(parse_text(&src).errors.is_empty());
    let src = format!("package p\nvar x = {}1\n", "^".repeat(depth));
    assert!(parse_text(&src).errors.is_empty());
}

#[test]
fn nesting_beyond_the_limit_is_an_error() {
    let depth = super::MAX_NESTING + 1;
    let src = format!("package p\nvar x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
    let output = parse_text(&src);
    assert!(output.file.is_none());
    assert_eq!(output.errors.len(), 1);
    assert_eq!(output.errors[0].span.lo as usize, "package p\nvar x = ".len() + depth - 1);
    let src = format!("package p\nvar x = {}1\n", "!".repeat(depth));
    assert!(parse_text(&src).file.is_none());
}

#[test]
fn garbage_does_not_panic() {
    for src in [
        "package",
        "package p\nfunc",
        "package p\nfunc (",
        "}}}",
        "package p; type T[",
        "package p\nvar x = [...]",
    ] {
        let _ = parse_text(src);
    }
}

/// Every value the grammar passes around must fit in 88 bytes (lalrpop's own `ErrorRecovery` is 88): a
/// parser stack slot is as large as the largest value, and at 88 a slot with its two locations (128 bytes)
/// is moved inline rather than by a `memcpy` call. Growing past it cost 15 % of parse time when measured.
#[test]
fn grammar_values_fit_the_parser_stack_slot() {
    use std::mem::size_of;
    let limit =
        size_of::<lalrpop_util::ErrorRecovery<usize, crate::token::Tok<'static>, crate::SyntaxError>>();
    assert!(limit <= 88, "lalrpop's ErrorRecovery grew to {limit} bytes");
    let sizes = [
        ("Expr", size_of::<ast::Expr>()),
        ("Stmt", size_of::<ast::Stmt>()),
        ("Option<Stmt>", size_of::<Option<ast::Stmt>>()),
        ("Decl", size_of::<ast::Decl>()),
        ("Element", size_of::<ast::Element>()),
        ("FuncType", size_of::<ast::FuncType>()),
        ("File", size_of::<ast::File>()),
        ("ImportSpec", size_of::<ast::ImportSpec>()),
        ("TypeParam", size_of::<ast::TypeParam>()),
        ("InterfaceElem", size_of::<ast::InterfaceElem>()),
        ("CaseClause", size_of::<ast::CaseClause>()),
        ("ParamEntry", size_of::<super::helpers::ParamEntry>()),
        ("BinaryChain", size_of::<super::helpers::BinaryChain>()),
        ("Args", size_of::<super::helpers::Args>()),
    ];
    for (name, size) in sizes {
        assert!(size <= limit, "{name} is {size} bytes, more than a parser stack slot's {limit}: box it");
    }
}

#[test]
fn type_errors_that_gc_leaves_to_its_checker() {
    // gc's parser accepts all of these; its type checker reports them (missing init expr, invalid use of
    // [...] array, ~ outside a constraint, .(type) outside a type switch).
    check(
        "package p\nconst c int\ntype A [...]byte\nvar _ = [...]byte(\"foo\")\nvar _ = ~x\nvar _ = x.(type)\n",
        expect![[r#"
            (package p
              (const (iota=0 [c] int))
              (type (A (array ... byte)))
              (var ([_] [(call (array ... byte) "foo")]))
              (var ([_] [(~ x)]))
              (var ([_] [(assert x type)])))"#]],
    );
}

#[test]
fn method_expressions_on_type_literals() {
    check_stmts(
        "_ = struct{ A }.m\n_ = interface{ M() }.M",
        expect![[r#"
        (package p
          (func f [] (block
            (= [_] [(. (struct (embed A)) m)])
            (= [_] [(. (interface (method M [])) M)]))))"#]],
    );
}

#[test]
fn parser_checks_from_gc() {
    check_stmts(
        "go (f())",
        expect![[r#"
        error 24..29: expression in go must not be parenthesized
    "#]],
    );
    check_stmts(
        "for i := 0; i < 3; j := 1 {\n}",
        expect![[r#"
            error 42..42: syntax error: cannot declare in post statement of for loop
        "#]],
    );
    check_stmts(
        "switch a.b := x.(type) {\n}",
        expect![[r#"
            error 32..32: syntax error: cannot use a.b := x.(type) as value
        "#]],
    );
    check_stmts(
        "for a, b, c := range x {\n}",
        expect![[r#"
        error 31..32: range clause permits at most two iteration variables
    "#]],
    );
}

#[test]
fn select_case_forms_are_kept_for_the_checker() {
    // gc's parser accepts any simple statement after `case` in a select; its checker rejects the rest.
    check_stmts(
        "select {\ncase x++:\n}",
        expect![[r#"
        (package p
          (func f [] (block
            (select
              (case (++ x))))))"#]],
    );
}

#[test]
fn the_tree_can_cross_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<ast::File>();
    assert_send_sync::<super::ParseOutput>();
}

/// The first error (with its position as `line:col`), or nothing, for each program of
/// `gc_first_errors.txt`: what `go build` printed first for it.
#[test]
fn first_errors_match_gc() {
    let mut cases: Vec<(&str, &str, String)> = Vec::new();
    for line in include_str!("gc_first_errors.txt").lines() {
        if let Some(name) = line.strip_prefix("=== ") {
            cases.push((name, "", String::new()));
        } else if let Some((_, want, source)) = cases.last_mut() {
            match line.strip_prefix("want:") {
                Some(text) if want.is_empty() && source.is_empty() => *want = text.trim_start(),
                _ => {
                    source.push_str(line);
                    source.push('\n');
                }
            }
        }
    }
    assert!(cases.len() > 100, "the case file did not parse: {} cases", cases.len());
    let mut mismatches = Vec::new();
    for (name, want, source) in &cases {
        let output = parse_text(source);
        let got = output.errors.first().map_or_else(String::new, |error| {
            let at = LineIndex::new(source).line_col(error.span.lo);
            format!("{}:{}: {}", at.line, at.col, error.message)
        });
        if got != *want {
            mismatches.push(format!("{name}\n  want: {want}\n  got:  {got}"));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} differ from gc:\n{}",
        mismatches.len(),
        cases.len(),
        mismatches.join("\n")
    );
}

#[test]
fn branch_errors_follow_gc_order_and_positions() {
    // All of a body's branch errors are reported, sorted by position, with gc's second positions.
    check_stmts(
        "L:\n\tfor {\n\t}\nL:\n\tfor {\n\t\tcontinue M\n\t}\n\tgoto N\n\tfallthrough",
        expect![[r#"
            error 21..22: label L defined and not used
            error 34..35: label L already defined at 3:1
            error 55..56: continue label not defined: M
            error 66..67: label N not defined
            error 69..69: fallthrough statement out of place
        "#]],
    );
}

#[test]
fn branch_errors_skip_bodies_with_syntax_errors() {
    // gc does not check the branches of a body that had a syntax error; other bodies are still checked.
    check(
        "package p\nfunc f() {\n\tbreak\n\tx := )\n}\nfunc g() {\n\tcontinue\n}\n",
        expect![[r#"
            error 34..35: syntax error: unexpected ), expected expression
            error 50..50: continue is not in a loop
        "#]],
    );
}

#[test]
fn one_syntax_error_per_line_and_ten_at_most() {
    // Two mistakes on one line give one syntax error, as in gc; a lexical error is kept beside it.
    check_stmts(
        "x := 1 @ 2 3",
        expect![[r#"
            error 28..29: invalid character U+0040 '@'
            error 30..31: syntax error: unexpected literal 2 at end of statement
        "#]],
    );
    let body: String = (0..12).map(|line| format!("\tbreak\n\tx{line} := 1 2\n")).collect();
    let output = parse_text(&format!("package p\nfunc f() {{\n{body}}}\n"));
    assert_eq!(output.errors.len(), 10, "gc stops at ten errors: {:?}", output.errors);
}

#[test]
fn header_errors_are_the_go_commands() {
    // The go command parses the package clause and imports first, in go/parser's words.
    check(
        "package main\nimport (\n\t\"fmt\"\n\tos\n)\n",
        expect![[r#"
            error 32..32: missing import path
        "#]],
    );
    check(
        "package main\nimport \"a b\"\n",
        expect![[r#"
            error 20..20: invalid import path: a b
        "#]],
    );
    check(
        "package main\nimport \"fmt\nfunc main() {}\n",
        expect![[r#"
            error 20..20: string literal not terminated
        "#]],
    );
    // What follows the imports is the compiler's to report.
    check(
        "package main\nimport \"fmt\" x\n",
        expect![[r#"
            error 26..27: syntax error: unexpected name x after top level declaration
        "#]],
    );
}
