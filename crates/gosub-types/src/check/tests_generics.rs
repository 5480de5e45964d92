//! Generics tests: clean generic programs, Go's messages for generic mistakes, and what `Info` tells a
//! monomorphising compiler (instances, interned instance types, substitution).

use expect_test::{Expect, expect};
use gosub_source::Span;
use gosub_syntax::ast::Ident;

use crate::check::{Checked, PackageFile, check_package};
use crate::importer::SourceImporter;
use crate::objects::World;
use crate::types::{BasicKind, Type};

fn run(src: &str) -> (World, Checked) {
    let parsed = gosub_syntax::parse_text(src);
    assert!(parsed.errors.is_empty(), "syntax errors: {:?}", parsed.errors);
    let Some(file) = parsed.file else { panic!("no tree") };
    let mut world = World::new();
    let mut importer = SourceImporter::with_stubs();
    let files = [PackageFile { ast: &file, text: src }];
    let checked = check_package(&mut world, &mut importer, "main", &files);
    (world, checked)
}

fn errors(src: &str) -> String {
    let (_, checked) = run(src);
    let mut out = String::new();
    for error in &checked.errors {
        let before = &src[..error.span.lo as usize];
        let line = before.matches('\n').count() + 1;
        let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        out.push_str(&format!("{line}:{col}: {}\n", error.message.lines().next().unwrap_or("")));
    }
    out
}

fn check(src: &str, expect: Expect) {
    expect.assert_eq(&errors(src));
}

/// The identifier `name` at its `nth` occurrence (0-based) in `src`, as the parser spans it.
fn ident_at(src: &str, name: &str, nth: usize) -> Ident {
    let mut from = 0;
    let mut found = None;
    for _ in 0..=nth {
        let at = src[from..].find(name).map(|i| i + from).expect("occurrence");
        found = Some(at);
        from = at + name.len();
    }
    let at = found.unwrap_or(0);
    Ident::new(name, Span::from_range(at, at + name.len()))
}

#[test]
fn generic_programs_check_cleanly() {
    for (name, src) in [
        ("basics.go", include_str!("../../testdata/generics/basics.go")),
        ("more.go", include_str!("../../testdata/generics/more.go")),
    ] {
        assert_eq!(errors(src), "", "{name}");
    }
}

#[test]
fn generic_mistakes() {
    check(
        r#"package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T { var t T; return t }
func Eq[T comparable](a, b T) bool { return a == b }
func Str[T fmt.Stringer](x T) string { return x.String() }
func Zero[T any]() T { var z T; return z }
func Pair[K comparable, V any](k K, v V) {}

type Stack[T any] struct{ items []T }

func main() {
	Sum([]string{"a"})
	Eq([]int{}, nil)
	Str(3)
	Zero()
	var s Stack
	var t Stack[int, string]
	f := Sum
	Pair[int, string, bool](1, "a", true)
	var u Stack[[]int]
	var n Number
	fmt.Println(s, t, f, u, n)
}
"#,
        expect![[r#"
            16:5: string does not satisfy Number (string missing in ~int | ~float64)
            17:4: []int does not satisfy comparable
            18:5: int does not satisfy fmt.Stringer (missing method String)
            19:6: in call to Zero, cannot infer T
            20:8: cannot use generic type Stack[T any] without instantiation
            21:8: too many type arguments for type Stack: have 2, want 1
            22:7: cannot use generic function Sum without instantiation
            23:20: got 3 type arguments but want 2
            25:8: cannot use type Number outside a type constraint: interface contains type constraints
        "#]],
    );
    check(
        r#"package main

func Add[T any](a, b T) T { return a + b }
func Lt[T comparable](a, b T) bool { return a < b }
func Idx[T any](x T) { _ = x[0] }
func Ln[T any](x T) { _ = len(x) }
func Eq[T any](a, b T) bool { return a == b }

type Pair[K comparable, V any] struct{}

func main() {
	var q Pair[string]
	_ = q
}
"#,
        expect![[r#"
            3:36: invalid operation: operator + not defined on a (variable of type T constrained by any)
            4:45: invalid operation: a < b (type parameter T cannot use operator <)
            5:29: cannot index x (variable of type T constrained by any)
            6:31: invalid argument: x (variable of type T constrained by any) for built-in len
            7:38: invalid operation: a == b (incomparable types in type set)
            12:8: not enough type arguments for type Pair: have 1, want 2
        "#]],
    );
}

#[test]
fn instances_are_recorded_and_interned() {
    let src = r#"package main

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {
	var a Stack[int]
	var b Stack[int]
	a.Push(1)
	b.Push(2)
	_ = Map([]int{1}, func(i int) string { return "" })
	_ = Map[int, bool]
}
"#;
    let (mut world, checked) = run(src);
    assert!(checked.errors.is_empty(), "{:?}", checked.errors);
    let info = checked.info.file(0);
    let first = info.instance_of(&ident_at(src, "Stack", 2)).expect("Stack[int] instance");
    let second = info.instance_of(&ident_at(src, "Stack", 3)).expect("second Stack[int]");
    assert_eq!(first.ty, second.ty, "Stack[int] is one interned type");
    let int = world.types.basic(BasicKind::Int);
    assert_eq!(first.type_args, vec![int]);
    assert_eq!(world.types.type_string(first.ty, Some("main")), "Stack[int]");
    // The instance's underlying type is the generic one with T replaced.
    assert_eq!(
        world.types.type_string(world.types.underlying(first.ty), Some("main")),
        "struct{items []int}"
    );

    // The call's instance: inferred T = int, U = string, and the instantiated signature.
    let call = info.instance_of(&ident_at(src, "Map", 1)).expect("inferred Map instance");
    assert_eq!(world.types.type_string(call.ty, Some("main")), "func(xs []int, f func(int) string) []string");
    let explicit = info.instance_of(&ident_at(src, "Map", 2)).expect("explicit Map instance");
    assert_eq!(world.types.type_string(explicit.ty, Some("main")), "func(xs []int, f func(int) bool) []bool");

    // A compiler specialising Map for the call substitutes the generic signature itself.
    let map_obj = info.def_of(&ident_at(src, "Map", 0)).expect("Map object");
    let params = world.func_type_params(map_obj).to_vec();
    let generic = world.obj(map_obj).ty;
    let special = world.types.subst(generic, &params, &call.type_args);
    assert_eq!(special, call.ty);

    // Methods of the generic type are reached from the instance, with instantiated signatures.
    let push = info.def_of(&ident_at(src, "Push", 0)).expect("Push");
    assert_eq!(world.generic_params_of(push).len(), 1);
    let method_ty = crate::lookup::method_type(&mut world, push, first.ty);
    assert_eq!(world.types.type_string(method_ty, Some("main")), "func(v int)");
    assert!(matches!(world.types.get(first.ty), Type::Named(_)));
}

#[test]
fn recursive_generic_types_terminate() {
    check(
        r#"package main

type List[T any] struct {
	next *List[T]
	val  T
}

type Tree[T any] struct{ kids []*Tree[[]T] }

func main() {
	var l List[int]
	var t Tree[int]
	_, _ = l.next.next.val, t.kids
}
"#,
        expect![[r#""#]],
    );
}

#[test]
fn untyped_expressions_take_their_final_type() {
    let src = r#"package main

func main() {
	var f float64 = 1 + 2
	var u uint64
	n := 3
	u |= 1 << n
	_, _ = f, u
}
"#;
    let (world, checked) = run(src);
    assert!(checked.errors.is_empty(), "{:?}", checked.errors);
    let info = checked.info.file(0);
    // Info is keyed by span: stand-in expressions with the right spans find the entries.
    // `1 + 2` and its operands are float64 constants.
    let plus_at = src.find("1 + 2").expect("1 + 2");
    let one = gosub_syntax::ast::Expr::new(
        gosub_syntax::ast::ExprKind::Ident(Ident::new("1", Span::from_range(plus_at, plus_at + 1))),
        Span::from_range(plus_at, plus_at + 1),
    );
    let whole = gosub_syntax::ast::Expr::new(one.kind.clone(), Span::from_range(plus_at, plus_at + 5));
    let float64 = world.types.basic(BasicKind::Float64);
    assert_eq!(info.type_of(&whole), Some(float64));
    assert_eq!(info.type_of(&one), Some(float64));
    assert!(info.value_of(&whole).is_some());
    // `1 << n` and its `1` are uint64.
    let shift_at = src.find("1 << n").expect("shift");
    let shift = gosub_syntax::ast::Expr::new(one.kind.clone(), Span::from_range(shift_at, shift_at + 6));
    let shifted = gosub_syntax::ast::Expr::new(one.kind.clone(), Span::from_range(shift_at, shift_at + 1));
    let uint64 = world.types.basic(BasicKind::Uint64);
    assert_eq!(info.type_of(&shift), Some(uint64));
    assert_eq!(info.type_of(&shifted), Some(uint64));
    // `n := 3` defines n.
    let n_at = src.find("n :=").expect("n :=");
    assert!(info.def_of(&Ident::new("n", Span::from_range(n_at, n_at + 1))).is_some());
}

#[test]
fn generic_values_indexing_and_conversions() {
    // A generic function assigned to, passed as or returned as a typed func value infers its type
    // arguments from that type; type parameters without a core type index and slice when every type of
    // the set allows it; constants convert to type parameters as values; inference through a type
    // parameter's core type and in recursive calls.
    check(
        r#"package main

func Id[T any](x T) T { return x }

func Apply(f func(int) int, x int) int { return f(x) }

func Get() func(string) string { return Id }

type Bytes interface{ ~string | ~[]byte }

func First[S Bytes](s S) byte { return s[0] }

func Tail[S Bytes](s S) S { return s[1:] }

func Conv[T ~int | ~float64](x T) int { return int(x) + int(T(2)) }

func Clone[S ~[]E, E any](s S) S { return append(S([]E{}), s...) }

func Walk[E any](x []E, n int) {
	if n > 0 {
		Walk(x, n-1)
	}
}

func Each[S ~[]E, E any](s S) { Walk(s, len(s)); _ = Clone(s[1:]) }

func main() {
	var f func(int) int = Id
	var g func(string) string
	g = Id
	_ = Apply(Id, 4) + f(1) + len(g("a")) + len(Get()("b"))
	_ = First("abc") + First([]byte{7}) + Tail("ab")[0]
	_ = Conv(2.5)
	Each([]int{1, 2})
}
"#,
        expect![[r#""#]],
    );
    check(
        r#"package main

func Id[T any](x T) T { return x }

func Zero[T any]() T { var z T; return z }

func Apply(f func(int) int) {}

func Small[T ~int8 | ~int16]() T { return T(300) }

func Mixed[S ~[]int | ~[]byte](s S) { _ = s[0] }

type Stack[T any] struct{ items []T }

func (s *Stack[E]) Peek() int { return s.items[0] }

func main() {
	var f func(int) string = Id
	var h func() = Zero
	Apply(Zero)
	_, _ = f, h
}
"#,
        expect![[r#"
            9:45: cannot convert 300 (untyped int value) to type T: constant 300 overflows int8 (in T)
            11:44: cannot index s (variable of type S constrained by ~[]int | ~[]byte)
            15:40: cannot use s.items[0] (variable of type E constrained by any) as int value in return statement
            18:27: inferred type func(x int) int for func(x T) T does not match type func(int) string of f
            19:17: type func() of h does not match func() T (cannot infer T)
            20:8: in call to Apply, type func[T any]() T of Zero does not match func(int) int (cannot infer T)
        "#]],
    );
}
