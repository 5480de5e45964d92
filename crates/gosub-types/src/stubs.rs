//! PLACEHOLDER for `gosub-stdlib`: declarations of the few standard-library functions that golden
//! programs use, written as Go source and checked like any package. Bodies are dummies; the real
//! packages (with `//gosub:native` bodies) replace this file when `gosub-stdlib` exists.

/// (import path, Go source) of each placeholder package.
pub const SOURCES: &[(&str, &str)] = &[
    (
        "fmt",
        r#"package fmt

type Stringer interface {
	String() string
}

func Println(a ...any) (n int, err error) { return 0, nil }
func Printf(format string, a ...any) (n int, err error) { return 0, nil }
func Print(a ...any) (n int, err error) { return 0, nil }
func Sprintf(format string, a ...any) string { return "" }
func Sprint(a ...any) string { return "" }
func Sprintln(a ...any) string { return "" }
func Errorf(format string, a ...any) error { return nil }
"#,
    ),
    (
        "errors",
        r#"package errors

func New(text string) error { return nil }
func Is(err, target error) bool { return false }
func As(err error, target any) bool { return false }
func Unwrap(err error) error { return nil }
"#,
    ),
    (
        "strings",
        r#"package strings

func Contains(s, substr string) bool { return false }
func HasPrefix(s, prefix string) bool { return false }
func HasSuffix(s, suffix string) bool { return false }
func Index(s, substr string) int { return 0 }
func Join(elems []string, sep string) string { return "" }
func Split(s, sep string) []string { return nil }
func Repeat(s string, count int) string { return "" }
func ToUpper(s string) string { return "" }
func ToLower(s string) string { return "" }
func TrimSpace(s string) string { return "" }
func Fields(s string) []string { return nil }
"#,
    ),
    (
        "os",
        r#"package os

var Args []string

func Exit(code int) {}
"#,
    ),
];
