//! Unit tests of the lexer. Token streams go through [`check`] (expect-test, `UPDATE_EXPECT=1` refreshes);
//! error wordings and positions are compared with what `go build` (Go 1.27.3) printed for the same
//! programs, in [`errors_match_go_build`], never blessed from our own output.

use super::{lex, lex_file};
use crate::SyntaxError;
use crate::token::Tok;
use expect_test::{Expect, expect};
use gosub_source::{LineIndex, SourceFile};
use proptest::prelude::*;

/// Lexes `src` and compares the rendering (see [`render`]) with `expect`, after checking the stream's
/// invariants.
fn check(src: &str, expect: Expect) {
    let (tokens, errors) = lex(src);
    assert_well_formed(src, &tokens);
    expect.assert_eq(&render(src, &tokens, &errors));
}

/// One line per source line that has tokens: `line: tok tok …`, where fixed tokens print as their spelling,
/// literals and identifiers as `Kind(text)`, and automatic semicolons with their column (`AutoSemi@13`).
/// Errors follow as `error line:col: message`.
fn render(src: &str, tokens: &[super::Spanned<'_>], errors: &[SyntaxError]) -> String {
    let lines = LineIndex::new(src);
    let mut out = String::new();
    let mut current_line = 0;
    for &(lo, tok, _) in tokens {
        let at = lines.line_col(lo as u32);
        if at.line != current_line {
            if current_line != 0 {
                out.push('\n');
            }
            out.push_str(&format!("{}:", at.line));
            current_line = at.line;
        }
        let shown = match tok {
            Tok::Ident(text) => format!("Ident({text})"),
            Tok::Int(text) => format!("Int({text})"),
            Tok::Float(text) => format!("Float({text})"),
            Tok::Imag(text) => format!("Imag({text})"),
            Tok::Rune(text) => format!("Rune({text})"),
            Tok::Str(text) => format!("Str({text})"),
            Tok::RawStr(text) => format!("RawStr({})", text.replace('\n', "\\n").replace('\r', "\\r")),
            Tok::AutoSemi => format!("AutoSemi@{}", at.col),
            Tok::EofSemi => format!("EofSemi@{}", at.col),
            Tok::TParamOpen => "TParamOpen".to_string(),
            other => other.text().to_string(),
        };
        out.push(' ');
        out.push_str(&shown);
    }
    if current_line != 0 {
        out.push('\n');
    }
    for error in errors {
        let at = lines.line_col(error.span.lo);
        out.push_str(&format!("error {}:{}: {}\n", at.line, at.col, error.message));
    }
    out
}

#[test]
fn empty_and_blank_inputs() {
    check("", expect![[""]]);
    check("\n\n  \t\r\n", expect![[""]]);
    check("// only a comment", expect![[""]]);
    check(
        "\u{FEFF}package p",
        expect![[r#"
        1: package Ident(p) EofSemi@13
    "#]],
    );
}

#[test]
fn identifiers_and_keywords() {
    check(
        "break case chan const continue default defer else fallthrough for func go goto if import interface map
package range return select struct switch type var
x _x x_1 αβ x١ ifé 日本語 Unicode_ŝ breaks",
        expect![[r#"
            1: break case chan const continue default defer else fallthrough for func go goto if import interface map
            2: package range return select struct switch type var
            3: Ident(x) Ident(_x) Ident(x_1) Ident(αβ) Ident(x١) Ident(ifé) Ident(日本語) Ident(Unicode_ŝ) Ident(breaks) EofSemi@51
        "#]],
    );
}

#[test]
fn operators_and_punctuation() {
    check(
        "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , . ; :
a..b a...b x<-y x&^y x&&^y",
        expect![[r#"
            1: + - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , . ; :
            2: Ident(a) . . Ident(b) Ident(a) ... Ident(b) Ident(x) <- Ident(y) Ident(x) &^ Ident(y) Ident(x) && ^ Ident(y) EofSemi@27
        "#]],
    );
}

#[test]
fn integer_literals() {
    check(
        "0 42 1_000 0x_ff 0XFF 0xBadFace 0o17 0O17 017 00 0_7 0b101 0B1_0 170141183460469231731687303715884105727",
        expect![[r#"
        1: Int(0) Int(42) Int(1_000) Int(0x_ff) Int(0XFF) Int(0xBadFace) Int(0o17) Int(0O17) Int(017) Int(00) Int(0_7) Int(0b101) Int(0B1_0) Int(170141183460469231731687303715884105727) EofSemi@105
    "#]],
    );
}

#[test]
fn float_literals() {
    check(
        "1. .5 1.5 1e9 1E-9 1.5e+3 0. 00.1 09.5 0e0 1_0.2_5 0x1p-2 0x1.8p3 0X.8P0 0x1P+2 0x_1p0 0x1.p1",
        expect![[r#"
        1: Float(1.) Float(.5) Float(1.5) Float(1e9) Float(1E-9) Float(1.5e+3) Float(0.) Float(00.1) Float(09.5) Float(0e0) Float(1_0.2_5) Float(0x1p-2) Float(0x1.8p3) Float(0X.8P0) Float(0x1P+2) Float(0x_1p0) Float(0x1.p1) EofSemi@94
    "#]],
    );
}

#[test]
fn imaginary_literals() {
    check(
        "2i 0i 1.5i .5i 1e3i 0x1p2i 0b1i 0o7i 017i 09i 0x1i 1_0i",
        expect![[r#"
        1: Imag(2i) Imag(0i) Imag(1.5i) Imag(.5i) Imag(1e3i) Imag(0x1p2i) Imag(0b1i) Imag(0o7i) Imag(017i) Imag(09i) Imag(0x1i) Imag(1_0i) EofSemi@56
    "#]],
    );
}

#[test]
fn rune_literals_and_every_escape() {
    check(
        r#"'a' 'ä' '本' '\a' '\b' '\f' '\n' '\r' '\t' '\v' '\\' '\'' '\000' '\377' '\x41' '\u00e9' '\U0001F600' '"'"#,
        expect![[r#"
            1: Rune('a') Rune('ä') Rune('本') Rune('\a') Rune('\b') Rune('\f') Rune('\n') Rune('\r') Rune('\t') Rune('\v') Rune('\\') Rune('\'') Rune('\000') Rune('\377') Rune('\x41') Rune('\u00e9') Rune('\U0001F600') Rune('"') EofSemi@107
        "#]],
    );
}

#[test]
fn string_literals_and_every_escape() {
    check(
        r#""" "a" "\a\b\f\n\r\t\v\\\"" "\000\377\x41\xff\u00e9\U0001F600" "'" "日本""#,
        expect![[r#"
            1: Str("") Str("a") Str("\a\b\f\n\r\t\v\\\"") Str("\000\377\x41\xff\u00e9\U0001F600") Str("'") Str("日本") EofSemi@76
        "#]],
    );
}

#[test]
fn raw_strings_span_lines_and_keep_carriage_returns() {
    check(
        "x := `a\r\nb\\n\"`\ny := ``\n",
        expect![[r#"
        1: Ident(x) := RawStr(`a\r\nb\n"`)
        2: AutoSemi@6
        3: Ident(y) := RawStr(``) AutoSemi@8
    "#]],
    );
}

#[test]
fn comments_vanish() {
    check(
        "a /* one */ b // two\nc /**/ d /* * / ** */",
        expect![[r#"
        1: Ident(a) Ident(b) AutoSemi@21
        2: Ident(c) Ident(d) EofSemi@22
    "#]],
    );
}

#[test]
fn semicolons_after_statement_enders_at_line_end() {
    check(
        "x\n1\n1.5\n1i\n'a'\n\"s\"\n`r`\nbreak\ncontinue\nfallthrough\nreturn\nx++\nx--\nf()\na[i]\n{}\n",
        expect![[r#"
            1: Ident(x) AutoSemi@2
            2: Int(1) AutoSemi@2
            3: Float(1.5) AutoSemi@4
            4: Imag(1i) AutoSemi@3
            5: Rune('a') AutoSemi@4
            6: Str("s") AutoSemi@4
            7: RawStr(`r`) AutoSemi@4
            8: break AutoSemi@6
            9: continue AutoSemi@9
            10: fallthrough AutoSemi@12
            11: return AutoSemi@7
            12: Ident(x) ++ AutoSemi@4
            13: Ident(x) -- AutoSemi@4
            14: Ident(f) ( ) AutoSemi@4
            15: Ident(a) [ Ident(i) ] AutoSemi@5
            16: { } AutoSemi@3
        "#]],
    );
}

#[test]
fn no_semicolons_after_other_tokens() {
    check(
        "f(a,\n\tb +\n\tc)\nif x {\n\ty = [\n]int{}\n}\ngoto\nL\n",
        expect![[r#"
        1: Ident(f) ( Ident(a) ,
        2: Ident(b) +
        3: Ident(c) ) AutoSemi@4
        4: if Ident(x) {
        5: Ident(y) = [
        6: ] Ident(int) { } AutoSemi@7
        7: } AutoSemi@2
        8: goto
        9: Ident(L) AutoSemi@2
    "#]],
    );
}

#[test]
fn general_comment_with_newline_acts_like_a_newline() {
    // The semicolon sits at the comment's start, where gc reports "unexpected newline".
    check(
        "f(a /*\n*/, b)\nx /* no newline */\ny /* no newline */ // and a line comment\nz /* a\nb */ w\n",
        expect![[r#"
        1: Ident(f) ( Ident(a) AutoSemi@5
        2: , Ident(b) ) AutoSemi@7
        3: Ident(x) AutoSemi@19
        4: Ident(y) AutoSemi@41
        5: Ident(z) AutoSemi@3
        6: Ident(w) AutoSemi@7
    "#]],
    );
}

#[test]
fn semicolons_at_end_of_file() {
    check(
        "package main",
        expect![[r#"
        1: package Ident(main) EofSemi@13
    "#]],
    );
    check(
        "x++ // trailing comment",
        expect![[r#"
        1: Ident(x) ++ EofSemi@24
    "#]],
    );
    check(
        "x /* unterminated\n",
        expect![[r#"
        1: Ident(x) AutoSemi@3
        error 1:3: comment not terminated
    "#]],
    );
    check(
        "x,",
        expect![[r#"
        1: Ident(x) ,
    "#]],
    );
    check(
        "}\r\n",
        expect![[r#"
        1: } AutoSemi@3
    "#]],
    );
}

#[test]
fn type_parameter_brackets_follow_gc() {
    // Each outcome was confirmed with `go build` (an array length `P…` fails with `undefined: P`, a type
    // parameter list compiles).
    check(
        "type A [N]int
type B [P * N]int
type C[P *C] struct{}
type D[P *C,] struct{}
type E[P []int] struct{}
type F[K comparable, V any] map[K]V
type L[T any] struct{}
type G[P *[]int] struct{}
type H[P *struct{}] struct{}
type I[P (C)] struct{}
type J[P ([]int)] struct{}
type K[P *C | ~int] struct{}
type M[P *C | int] struct{}
type N[P *C | D,] struct{}
type O[P ~int] struct{}
type Q[P interface{}] struct{}
type R[P, Q any] struct{}
type S[N + 1]int
type T[a.b]int
type U[f(1)]int
type V[P chan int] struct{}
type W[P func()] struct{}
type X[P *map[int]int] struct{}
type Y[P *(C)] struct{}
type Z[P * -C] struct{}
type A1[P * ~C] struct{}
type A2[P (C),] struct{}
type A3[P * []int | C] struct{}
type A4[P * C * D] struct{}
type A5[P (C) | D] struct{}
type A6[P (C) | ~D] struct{}
type A7[P <-chan int] struct{}
type A8[P *<-chan int] struct{}
type A9[] int
type B1[...]int
type B2[P] int
type B3[P = int",
        expect![[r#"
            1: type Ident(A) [ Ident(N) ] Ident(int) AutoSemi@14
            2: type Ident(B) [ Ident(P) * Ident(N) ] Ident(int) AutoSemi@18
            3: type Ident(C) [ Ident(P) * Ident(C) ] struct { } AutoSemi@22
            4: type Ident(D) TParamOpen Ident(P) * Ident(C) , ] struct { } AutoSemi@23
            5: type Ident(E) TParamOpen Ident(P) [ ] Ident(int) ] struct { } AutoSemi@25
            6: type Ident(F) TParamOpen Ident(K) Ident(comparable) , Ident(V) Ident(any) ] map [ Ident(K) ] Ident(V) AutoSemi@36
            7: type Ident(L) TParamOpen Ident(T) Ident(any) ] struct { } AutoSemi@23
            8: type Ident(G) TParamOpen Ident(P) * [ ] Ident(int) ] struct { } AutoSemi@26
            9: type Ident(H) TParamOpen Ident(P) * struct { } ] struct { } AutoSemi@29
            10: type Ident(I) [ Ident(P) ( Ident(C) ) ] struct { } AutoSemi@23
            11: type Ident(J) TParamOpen Ident(P) ( [ ] Ident(int) ) ] struct { } AutoSemi@27
            12: type Ident(K) TParamOpen Ident(P) * Ident(C) | ~ Ident(int) ] struct { } AutoSemi@29
            13: type Ident(M) [ Ident(P) * Ident(C) | Ident(int) ] struct { } AutoSemi@28
            14: type Ident(N) TParamOpen Ident(P) * Ident(C) | Ident(D) , ] struct { } AutoSemi@27
            15: type Ident(O) TParamOpen Ident(P) ~ Ident(int) ] struct { } AutoSemi@24
            16: type Ident(Q) TParamOpen Ident(P) interface { } ] struct { } AutoSemi@31
            17: type Ident(R) TParamOpen Ident(P) , Ident(Q) Ident(any) ] struct { } AutoSemi@26
            18: type Ident(S) [ Ident(N) + Int(1) ] Ident(int) AutoSemi@17
            19: type Ident(T) [ Ident(a) . Ident(b) ] Ident(int) AutoSemi@15
            20: type Ident(U) [ Ident(f) ( Int(1) ) ] Ident(int) AutoSemi@16
            21: type Ident(V) TParamOpen Ident(P) chan Ident(int) ] struct { } AutoSemi@28
            22: type Ident(W) TParamOpen Ident(P) func ( ) ] struct { } AutoSemi@26
            23: type Ident(X) TParamOpen Ident(P) * map [ Ident(int) ] Ident(int) ] struct { } AutoSemi@32
            24: type Ident(Y) [ Ident(P) * ( Ident(C) ) ] struct { } AutoSemi@24
            25: type Ident(Z) [ Ident(P) * - Ident(C) ] struct { } AutoSemi@24
            26: type Ident(A1) TParamOpen Ident(P) * ~ Ident(C) ] struct { } AutoSemi@25
            27: type Ident(A2) TParamOpen Ident(P) ( Ident(C) ) , ] struct { } AutoSemi@25
            28: type Ident(A3) TParamOpen Ident(P) * [ ] Ident(int) | Ident(C) ] struct { } AutoSemi@32
            29: type Ident(A4) [ Ident(P) * Ident(C) * Ident(D) ] struct { } AutoSemi@28
            30: type Ident(A5) [ Ident(P) ( Ident(C) ) | Ident(D) ] struct { } AutoSemi@28
            31: type Ident(A6) TParamOpen Ident(P) ( Ident(C) ) | ~ Ident(D) ] struct { } AutoSemi@29
            32: type Ident(A7) TParamOpen Ident(P) <- chan Ident(int) ] struct { } AutoSemi@31
            33: type Ident(A8) TParamOpen Ident(P) * <- chan Ident(int) ] struct { } AutoSemi@32
            34: type Ident(A9) [ ] Ident(int) AutoSemi@14
            35: type Ident(B1) [ ... ] Ident(int) AutoSemi@16
            36: type Ident(B2) [ Ident(P) ] Ident(int) AutoSemi@15
            37: type Ident(B3) TParamOpen Ident(P) = Ident(int) EofSemi@16
        "#]],
    );
}

#[test]
fn type_parameter_brackets_in_groups_and_elsewhere() {
    check(
        "type (
\tA[T any] struct{}
\tB [4]int
\tC[T any, U any] = map[T]U; D[P *C] int
)
func F[T any]() {}
func (r R[T]) M() {}
switch x.(type) {}
var v T[int]",
        expect![[r#"
            1: type (
            2: Ident(A) TParamOpen Ident(T) Ident(any) ] struct { } AutoSemi@19
            3: Ident(B) [ Int(4) ] Ident(int) AutoSemi@10
            4: Ident(C) TParamOpen Ident(T) Ident(any) , Ident(U) Ident(any) ] = map [ Ident(T) ] Ident(U) ; Ident(D) [ Ident(P) * Ident(C) ] Ident(int) AutoSemi@40
            5: ) AutoSemi@2
            6: func Ident(F) [ Ident(T) Ident(any) ] ( ) { } AutoSemi@19
            7: func ( Ident(r) Ident(R) [ Ident(T) ] ) Ident(M) ( ) { } AutoSemi@21
            8: switch Ident(x) . ( type ) { } AutoSemi@19
            9: var Ident(v) Ident(T) [ Ident(int) ] EofSemi@13
        "#]],
    );
}

#[test]
fn errors_recover_with_a_best_effort_token() {
    check(
        "x := \"abc\ny := 'ab'\nz := 0b12 + @\n",
        expect![[r#"
        1: Ident(x) := Str("abc) AutoSemi@10
        2: Ident(y) := Rune('ab') AutoSemi@10
        3: Ident(z) := Int(0b12) +
        error 1:10: newline in string
        error 2:6: more than one character in rune literal
        error 3:9: invalid digit '2' in binary literal
        error 3:13: invalid character U+0040 '@'
    "#]],
    );
    check(
        "s := `unterminated\nraw",
        expect![[r#"
        1: Ident(s) := RawStr(`unterminated\nraw)
        2: EofSemi@4
        error 1:6: string not terminated
    "#]],
    );
}

#[test]
fn equal_errors_on_one_line_are_all_reported() {
    // gc's driver shows only the first of equal messages on a line (`"\q\w"` gives one `unknown escape`);
    // that filtering belongs to whoever renders all of a file's diagnostics, not to the lexer.
    check(
        r#"x := "\q\w""#,
        expect![[r#"
        1: Ident(x) := Str("\q\w") EofSemi@12
        error 1:8: unknown escape
        error 1:10: unknown escape
    "#]],
    );
}

/// Each case is a whole program and the lines `go build` printed for it, minus the file name and minus the
/// parser's and type checker's errors (`syntax error: …`, `malformed constant: …`, `undefined: …`).
#[test]
fn errors_match_go_build() {
    let cases: &[(&[u8], &[&str])] = &[
        (b"package p\n\nvar _ = @\n", &["3:9: invalid character U+0040 '@'"]),
        (b"package p\n\nvar _ = \"abc\n", &["3:13: newline in string"]),
        (b"package p\n\nvar _ = \"abc", &["3:9: string not terminated"]),
        (b"package p\n\nvar _ = `abc\n", &["3:9: string not terminated"]),
        (b"package p\n\n/* abc\n", &["3:1: comment not terminated"]),
        (b"package p\n\nvar _ = ''\n", &["3:10: empty rune literal or unescaped '"]),
        (b"package p\n\nvar _ = 'ab'\n", &["3:9: more than one character in rune literal"]),
        (b"package p\n\nvar _ = 'a\n", &["3:11: newline in rune literal"]),
        (b"package p\n\nvar _ = 'a", &["3:9: rune literal not terminated"]),
        (b"package p\n\nvar _ = \"\\q\"\n", &["3:11: unknown escape"]),
        (b"package p\n\nvar _ = \"\\ud800\"\n", &["3:16: escape is invalid Unicode code point U+D800"]),
        (b"package p\n\nvar _ = \"\\400\"\n", &["3:14: octal escape value 256 > 255"]),
        (b"package p\n\nvar _ = 018\n", &["3:11: invalid digit '8' in octal literal"]),
        (b"package p\n\nvar _ = 1__0\n", &["3:11: '_' must separate successive digits"]),
        (b"package p\n\nvar _ = 1e+\n", &["3:12: exponent has no digits"]),
        (b"package p\n\nvar _ = 0x1.8\n", &["3:14: hexadecimal mantissa requires a 'p' exponent"]),
        (b"package p\n\nvar _ = 0b\n", &["3:11: binary literal has no digits"]),
        (b"package p\n\nvar _ = 0b1.0\n", &["3:12: invalid radix point in binary literal"]),
        (b"package p\n\nvar _ = 1 \xef\xbb\xbf+ 2\n", &["3:11: invalid BOM in the middle of the file"]),
        (b"package p\n\nvar _ = 1 \xff+ 2\n", &["3:11: invalid UTF-8 encoding"]),
        (b"package p\n\nvar _ = \"\\x4g\"\n", &["3:13: invalid character 'g' in hexadecimal escape"]),
        (b"package p\n\nvar _ = \"\\U00110000\"\n", &["3:20: escape is invalid Unicode code point U+110000"]),
        (b"package p\n\nvar _ = 0o1e3\n", &["3:12: 'e' exponent requires decimal mantissa"]),
        (b"package p\n\nvar _ = 1p3\n", &["3:10: 'p' exponent requires hexadecimal mantissa"]),
        (b"package p\n\nvar _ = 0x\n", &["3:11: hexadecimal literal has no digits"]),
        (b"package p\n\nvar _ = 0o\n", &["3:11: octal literal has no digits"]),
        (b"package p\n\nvar _ = 0o8\n", &["3:11: invalid digit '8' in octal literal"]),
        (b"package p\n\nvar _ = 0b2\n", &["3:11: invalid digit '2' in binary literal"]),
        (b"package p\n\nvar _ = 1_\n", &["3:10: '_' must separate successive digits"]),
        (b"package p\n\nvar _ = 0_x1\n", &["3:10: '_' must separate successive digits"]),
        (b"package p\n\nvar a\xc2\xb7b = 1\n", &["3:6: invalid character U+00B7 '·' in identifier"]),
        (b"package p\n\nvar _ = \xd9\xa1\n", &["3:9: identifier cannot begin with digit U+0661 '١'"]),
        (b"package p\n\nvar _ = \xc2\xa0\n", &["3:9: invalid character U+00A0 in identifier"]),
        (b"package p\n\nvar _ = \"\\u12\"\n", &["3:14: invalid character '\"' in hexadecimal escape"]),
        (b"package p\n\nvar _ = '\\'\n", &["3:12: newline in rune literal"]),
        (b"package p\n\nvar _ = $\n", &["3:9: invalid character U+0024 '$'"]),
        (b"package p\n\nvar _ = \x01\n", &["3:9: invalid character U+0001"]),
        (b"package p\n\nvar _ = 1.e\n", &["3:12: exponent has no digits"]),
        (b"package p\n\nvar _ = 0b1e3\n", &["3:12: 'e' exponent requires decimal mantissa"]),
        (b"package p\n\nvar _ = \"\\x\xe2\x80\x8b\"\n", &["3:12: invalid character '\\u200b' in hexadecimal escape"]),
        (b"package p\n\nvar _ = \"\\x\xc3\xa9\"\n", &["3:12: invalid character 'é' in hexadecimal escape"]),
        (b"package p\n\nvar _ = \"\\8\"\n", &["3:11: unknown escape"]),
        (b"package p\n\nvar _ = 0x.p1\n", &["3:12: hexadecimal literal has no digits"]),
        (b"package p\n\nvar _ = 1__.0\n", &["3:11: '_' must separate successive digits"]),
        (b"package p\n\nvar _ = 09\n", &["3:10: invalid digit '9' in octal literal"]),
        (b"package p\n\nvar _ = \"a\x00b\"\n", &["3:11: invalid NUL character"]),
        (b"package p\n\nvar _ = 1 /* \xef\xbb\xbf */\n", &["3:14: invalid BOM in the middle of the file"]),
        (b"package p\n\nvar x\x00y = 1\n", &["3:6: invalid NUL character"]),
        (b"package p\n\nvar _ = @ $\n", &["3:9: invalid character U+0040 '@'", "3:11: invalid character U+0024 '$'"]),
        (b"package p\n\nvar _ = 1 /* a\n", &["3:11: comment not terminated"]),
        (b"package p\n\nvar _ = \"a\\\n", &["3:12: unknown escape", "3:12: newline in string"]),
        (b"package p\n\nvar _ = \"\\400\\q\"\n", &["3:14: octal escape value 256 > 255", "3:15: unknown escape"]),
        (b"package p\n\nvar _ = '\\400'\n", &["3:14: octal escape value 256 > 255"]),
        (b"package p\n\nvar _ = '\\uD800'\n", &["3:16: escape is invalid Unicode code point U+D800"]),
        (b"package p\n\nvar _ = 'ab\n", &["3:12: newline in rune literal"]),
        (b"package p\n\nvar _ = 0X1P\n", &["3:13: exponent has no digits"]),
        (b"package p\n\nvar _ = 0x1_\n", &["3:12: '_' must separate successive digits"]),
        (b"package p\n\nvar _ = 1e_1\n", &["3:11: '_' must separate successive digits"]),
        (b"package p\n\nvar _ = 0b_\n", &["3:12: binary literal has no digits"]),
        (b"package p\n\nvar _ = 0o_8\n", &["3:12: invalid digit '8' in octal literal"]),
        (b"package p\n\nvar _ = x\xe2\x80\x8b\n", &["3:10: invalid character U+200B in identifier"]),
        (b"package p\n\nvar _ = \"\\U0010FFFF\\UFFFFFFFF\"\n", &["3:30: escape is invalid Unicode code point U+FFFFFFFF"]),
        (b"package p\n\nvar _ = ` \n", &["3:9: string not terminated"]),
        (b"package p\n\nvar _ = #\n", &["3:9: invalid character U+0023 '#'"]),
        (b"package p\n\nvar _ = ?\n", &["3:9: invalid character U+003F '?'"]),
        (b"package p\n\nvar _ = 1 + \xe2\x82\xac\n", &["3:13: invalid character U+20AC '€' in identifier"]),
        (b"package p\n\nvar _ = \"\\x0\"\n", &["3:13: invalid character '\"' in hexadecimal escape"]),
        (b"package p\n\nvar _ = \"\\x\"", &["3:12: invalid character '\"' in hexadecimal escape"]),
        (b"package p\n\nvar _ = \\\n", &["3:9: invalid character U+005C '\\'"]),
        (b"package p\n\nvar _ = 0x1p\n", &["3:13: exponent has no digits"]),
        (b"package p\n\nvar _ = 0x_\n", &["3:12: hexadecimal literal has no digits"]),
        (b"package p\n\nvar _ = 1.5e3_\n", &["3:14: '_' must separate successive digits"]),
        (b"package p\n\nvar _ = 0b1_0_\n", &["3:14: '_' must separate successive digits"]),
        (b"package p\n\nvar _ = \"\\u00e9\\x41\\101\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"\n", &[]),
        (b"package p\n\nvar _ = '\\''\n", &[]),
        (b"package p\n\nvar _ = 017 + 0o17 + 0x1p-2 + 0x1.8p3 + .5 + 1. + 1e9 + 2i + 0x1p2i + 09i + 09.5\n", &[]),
        (b"package p\n\nvar _ = '\\x4'\n", &["3:13: invalid character '\\'' in hexadecimal escape"]),
        (b"package p\n\nvar _ = \"\\777\"\n", &["3:14: octal escape value 511 > 255"]),
        (b"package p\n\nvar _ = \"\\08\"\n", &["3:12: invalid character '8' in octal escape"]),
        (b"package p\n\nvar _ = 0e\n", &["3:11: exponent has no digits"]),
        (b"package p\n\nvar _ = 0E+_1\n", &["3:12: '_' must separate successive digits"]),
        (b"\xef\xbb\xbf\xef\xbb\xbfpackage p\n", &["1:4: invalid BOM in the middle of the file"]),
        (b"package p\n\nvar _ = 1 // \x00\n", &["3:14: invalid NUL character"]),
    ];
    let mut mismatches = Vec::new();
    for &(bytes, go_lines) in cases {
        let file = SourceFile::new("x.go", bytes.to_vec()).unwrap();
        let (tokens, errors) = lex_file(&file);
        assert_well_formed(file.text(), &tokens);
        let ours: Vec<String> = errors
            .iter()
            .map(|error| {
                let at = file.line_col(error.span.lo);
                format!("{}:{}: {}", at.line, at.col, error.message)
            })
            .collect();
        if ours != go_lines {
            mismatches.push(format!(
                "{:?}\n  go:   {go_lines:?}\n  ours: {ours:?}",
                String::from_utf8_lossy(bytes)
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn invalid_utf8_is_reported_and_skipped() {
    let file = SourceFile::new("x.go", b"x \xff\xfe y \"\xff\"\n".to_vec()).unwrap();
    let (tokens, errors) = lex_file(&file);
    assert_well_formed(file.text(), &tokens);
    expect![[r#"
        1: Ident(x) Ident(y) Str("�") AutoSemi@17
        error 1:3: invalid UTF-8 encoding
        error 1:6: invalid UTF-8 encoding
        error 1:13: invalid UTF-8 encoding
    "#]]
    .assert_eq(&render(file.text(), &tokens, &errors));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Any text lexes without panicking into a well-formed stream.
    #[test]
    fn arbitrary_text_never_panics(src in "\\PC*") {
        let (tokens, _) = lex(&src);
        assert_well_formed(&src, &tokens);
    }

    /// Text built from Go's lexical pieces (prefixes, quotes, escapes, comment markers, odd characters)
    /// reaches the scanners' corners far more often than arbitrary text.
    #[test]
    fn go_like_text_never_panics(pieces in proptest::collection::vec(proptest::sample::select(&[
        "0", "0x", "0b", "0o", "1", "9", "_", ".", "e", "p", "P", "+", "-", "i", "x", "'", "\"", "`", "\\", "\\u",
        "\\U", "\\x", "\\7", "/*", "*/", "//", "\n", " ", "\r", "\0", "\u{FEFF}", "\u{FFFD}", "é", "١", "\u{200B}",
        "type", "T", "[", "]", "(", ")", "{", "}", ",", "*", "|", "~", "any", "func", "chan", "<-", "map", "@",
    ][..]), 0..40)) {
        let src: String = pieces.concat();
        let (tokens, _) = lex(&src);
        assert_well_formed(&src, &tokens);
        let file = SourceFile::new("x.go", src.clone().into_bytes()).unwrap();
        let (tokens, _) = lex_file(&file);
        assert_well_formed(file.text(), &tokens);
    }
}

/// Checks the token-stream invariants every caller relies on: spans inside the text, on character
/// boundaries, increasing and non-overlapping; automatic semicolons empty.
fn assert_well_formed(src: &str, tokens: &[super::Spanned<'_>]) {
    let mut previous_end = 0;
    for &(lo, tok, hi) in tokens {
        assert!(previous_end <= lo && lo <= hi && hi <= src.len(), "bad span {lo}..{hi} for {tok:?}");
        assert!(src.is_char_boundary(lo) && src.is_char_boundary(hi));
        if matches!(tok, crate::token::Tok::AutoSemi | crate::token::Tok::EofSemi) {
            assert_eq!(lo, hi);
        } else {
            assert!(lo < hi, "empty span for {tok:?}");
        }
        previous_end = hi;
    }
}

/// Lexes every `.go` file of a Go tree (outside `testdata`) and reports errors and throughput. It needs a
/// Go installation, which CI lacks, so it runs only when `GOSUB_LEX_GOROOT` names the tree's `src`:
/// `GOSUB_LEX_GOROOT=$(go env GOROOT)/src cargo test --release -p gosub-syntax goroot -- --nocapture`.
#[test]
fn goroot_corpus_when_requested() {
    let Some(root) = std::env::var_os("GOSUB_LEX_GOROOT") else {
        return;
    };
    fn walk(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|name| name != "testdata") {
                    walk(&path, files);
                }
            } else if path.extension().is_some_and(|ext| ext == "go") {
                files.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(std::path::Path::new(&root), &mut paths);
    paths.sort();
    let texts: Vec<(std::path::PathBuf, String)> = paths
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap();
            (path, String::from_utf8_lossy(&bytes).into_owned())
        })
        .collect();
    let total: usize = texts.iter().map(|(_, text)| text.len()).sum();
    let mut error_count = 0;
    let mut token_count = 0;
    for (path, text) in &texts {
        let (tokens, errors) = lex(text);
        assert_well_formed(text, &tokens);
        token_count += tokens.len();
        for error in &errors {
            let at = gosub_source::LineIndex::new(text).line_col(error.span.lo);
            println!("{}:{}:{}: {}", path.display(), at.line, at.col, error.message);
        }
        error_count += errors.len();
    }
    if let Some(out) = std::env::var_os("GOSUB_LEX_HASHES") {
        // One `path hash` line per file, for comparison with a go/scanner dump in the same format.
        let mut lines = String::new();
        for (path, text) in &texts {
            lines.push_str(&format!("{} {:016x}\n", path.display(), fnv(&scanner_dump(text))));
        }
        std::fs::write(out, lines).unwrap();
    }
    if let Some(path) = std::env::var_os("GOSUB_LEX_DUMP") {
        let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        print!("{}", scanner_dump(&text));
    }
    let rounds = 5;
    let started = std::time::Instant::now();
    for _ in 0..rounds {
        for (_, text) in &texts {
            std::hint::black_box(lex(text));
        }
    }
    let seconds = started.elapsed().as_secs_f64() / f64::from(rounds);
    println!(
        "{} files, {} bytes, {token_count} tokens, {error_count} errors, {:.1} ms per pass, {:.0} MB/s",
        texts.len(),
        total,
        seconds * 1e3,
        total as f64 / seconds / 1e6
    );
    assert_eq!(error_count, 0);
}

/// The tokens of `src` in go/scanner's vocabulary (`offset kind [literal]`, raw strings without their text
/// because go/scanner strips their carriage returns), for the hand-run comparison above.
fn scanner_dump(src: &str) -> String {
    use crate::token::Tok;
    let (tokens, _) = lex(src);
    let mut out = String::new();
    for (lo, tok, _) in tokens {
        let line = match tok {
            Tok::Ident(text) => format!("{lo} IDENT {text}"),
            Tok::Int(text) => format!("{lo} INT {text}"),
            Tok::Float(text) => format!("{lo} FLOAT {text}"),
            Tok::Imag(text) => format!("{lo} IMAG {text}"),
            Tok::Rune(text) => format!("{lo} CHAR {text}"),
            Tok::Str(text) => format!("{lo} STRING {text}"),
            Tok::RawStr(_) => format!("{lo} STRING"),
            Tok::AutoSemi | Tok::EofSemi | Tok::Semi => format!("{lo} ;"),
            other => format!("{lo} {}", other.text()),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// FNV-1a, the same hash the Go side of the comparison computes.
fn fnv(text: &str) -> u64 {
    let mut hash: u64 = 14_695_981_039_346_656_037;
    for &byte in text.as_bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(1_099_511_628_211);
    }
    hash
}
