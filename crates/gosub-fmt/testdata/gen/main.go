// Command gen writes ../cases.txt: many fmt calls, each with its arguments dumped for the Rust mock
// and the exact output of real Go. Regenerate with `go run . > ../cases.txt` (in this directory).
package main

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"unsafe"
)

var w = bufio.NewWriter(os.Stdout)

func emit(fn, format string, args []any, out string, wrap string) {
	emitOpen(fn, format, args, out, wrap)
	fmt.Fprintf(w, "end\n")
}

func emitOpen(fn, format string, args []any, out string, wrap string) {
	fmt.Fprintf(w, "case %s %s\n", fn, strconv.Quote(format))
	for _, a := range args {
		fmt.Fprintf(w, "arg %s\n", dumpAny(a))
	}
	fmt.Fprintf(w, "out %s\n", strconv.Quote(out))
	if wrap != "" {
		fmt.Fprintf(w, "wrap %s\n", wrap)
	}
}

func pf(format string, args ...any) { emit("printf", format, args, fmt.Sprintf(format, args...), "") }

// pfPanics records a call that panics out of Sprintf (a panic while reporting a panic): the
// expected result is the type of the value that escapes.
func pfPanics(format string, args ...any) {
	var escaped any
	func() {
		defer func() { escaped = recover() }()
		fmt.Sprintf(format, args...)
	}()
	emitOpen("printf", format, args, "", "")
	fmt.Fprintf(w, "panics %s\nend\n", strconv.Quote(fmt.Sprintf("%T", escaped)))
}
func pr(args ...any) { emit("print", "", args, fmt.Sprint(args...), "") }
func pl(args ...any) { emit("println", "", args, fmt.Sprintln(args...), "") }

func indexOf(args []any, e error) (idx int) {
	defer func() {
		if recover() != nil {
			idx = -1
		}
	}()
	for i, a := range args {
		if a == any(e) {
			return i
		}
	}
	return -1
}

func ef(format string, args ...any) {
	err := fmt.Errorf(format, args...)
	wrap := "none"
	switch x := err.(type) {
	case interface{ Unwrap() error }:
		if u := x.Unwrap(); u == nil {
			wrap = "one -"
		} else {
			wrap = "one " + strconv.Itoa(indexOf(args, u))
		}
	case interface{ Unwrap() []error }:
		wrap = "many"
		for _, u := range x.Unwrap() {
			wrap += " " + strconv.Itoa(indexOf(args, u))
		}
	}
	emit("errorf", format, args, err.Error(), wrap)
}

// cross emits Sprintf(format, v) for every format and value.
func cross(formats []string, values ...any) {
	for _, v := range values {
		for _, f := range formats {
			pf(f, v)
		}
	}
}

type (
	MyInt   int
	MyStr   string
	MyBytes []byte
	MyByte  uint8
	MyFloat float32
	Point   struct{ X, Y int }
	named   struct {
		a int
		B string
	}
	Str      struct{ N int }
	PStr     struct{ N int }
	Err      struct{ Msg string }
	Both     int
	GoS      int
	Panicky  int
	PanicErr int
	NilRecv  struct{ n int }
	Fm       int
	FmPanic  int
	IntStr   int
	StrSlice []Str
	Tree     struct {
		L, R *Tree
		V    int
	}
	Embed struct {
		Point
		*Str
		Name string
	}
	Hidden struct {
		s   Str
		S   Str
		x   []Str
		m   map[string]Str
		e   error
		E   error
		any any
	}
	PanicPanic int
	BadErr     int
	GoSPanic   int
	FmtNested  struct{ F Fm }
	Fields     struct {
		A  any
		B  error
		C  fmt.Stringer
		D  []any
		F  func()
		Ch chan int
	}
)

func (s Str) String() string            { return "Str(" + strconv.Itoa(s.N) + ")" }
func (s *PStr) String() string          { return "PStr(" + strconv.Itoa(s.N) + ")" }
func (e Err) Error() string             { return "err:" + e.Msg }
func (b Both) String() string           { return "both-string" }
func (b Both) Error() string            { return "both-error" }
func (g GoS) GoString() string          { return "GoS!" + strconv.Itoa(int(g)) }
func (g GoS) String() string            { return "gos" }
func (p Panicky) String() string        { panic("boom") }
func (p PanicErr) Error() string        { panic(Err{"inner"}) }
func (n *NilRecv) String() string       { return strconv.Itoa(n.n) }
func (f Fm) Format(s fmt.State, v rune) { fmt.Fprintf(s, "Fm<%s>", fmt.FormatString(s, v)) }
func (f Fm) echoPrefix() string         { return "Fm" }
func (f FmPanic) Format(s fmt.State, v rune) {
	s.Write([]byte("partial"))
	panic(errors.New("fmt boom"))
}
func (i IntStr) String() string     { return "IntStr" }
func (p PanicPanic) String() string { panic(BadErr(1)) }
func (b BadErr) Error() string      { panic("second") }
func (g GoSPanic) GoString() string { panic(Err{"gostring"}) }

func fakePtr[T any](addr uintptr) *T { return (*T)(unsafe.Pointer(addr)) }

func main() {
	defer w.Flush()

	intFormats := []string{"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%#X", "%o", "%#o", "%O",
		"%b", "%#b", "%c", "%q", "%+q", "%U", "%#U", "%.3d", "%8.3d", "%-8.3x|", "%+.0d", "%.0d|", "%5.0d|", "%v", "%#v",
		"%+v", "%10v", "%s", "%t", "%e", "%#08x", "%+05d", "% 05d", "%-05d|", "%x|%X", "%#.3o", "%08.3d"}
	cross(intFormats, 0, 42, -42, int8(-128), uint8(255), int64(math.MinInt64), uint64(math.MaxUint64), MyInt(7),
		uintptr(0xbeef), int32(0x1F600), int32(-1), 0x110000, uint16(0xD800))

	floatFormats := []string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%8.3f", "%-8.3f|", "%08.3f", "%+f",
		"% f", "%#g", "%#.3g", "%#v", "%x", "%X", "%b", "%10v", "%.0f", "%#.0f", "%.3e", "%+.2e", "%010.3e", "%s",
		"%d", "%5.1G", "%#x", "%#e", "%+08v", "%-+10.2f|", "%.10g", "%.1g", "%#.0e"}
	cross(floatFormats, 0.0, math.Copysign(0, -1), 1.0, 3.14159, -2.5, 1e21, 1e20, 1e-7, 123456789.0, math.NaN(),
		math.Inf(1), math.Inf(-1), float32(0.1), float32(16777216), 5e-324, math.MaxFloat64, MyFloat(2.5), 100.0, 0.000123)

	complexFormats := []string{"%v", "%.2f", "%+v", "%8.2f", "%e", "%#v", "%d", "%g", "%x", "%+.1e", "% v", "%010.2f", "%s"}
	cross(complexFormats, complex(1, 2), complex(-1.5, 0), complex64(complex(0.1, -0.2)), complex(math.NaN(), math.Inf(-1)),
		complex(0, 0))

	stringFormats := []string{"%s", "%q", "%#q", "%+q", "%x", "%X", "% x", "%#x", "%# x", "%# X", "%10s", "%-10s|", "%.3s",
		"%5.1s", "%v", "%#v", "%+v", "%d", "%010s", "%c", "%U", "%.2x", "%10x", "%-10x|", "%.0q", "%5q", "%t", "%#+q"}
	cross(stringFormats, "", "hello", "héllo wörld", "tab\there\n", "\xff\xfe", "quote\"s`", "日本語", MyStr("mine"),
		"\u00a0\u2028", "a\x7fb")

	boolFormats := []string{"%t", "%v", "%5t", "%-6v|", "%d", "%s", "%q", "%#v", "%05t", "%+v"}
	cross(boolFormats, true, false)

	byteFormats := []string{"%v", "%#v", "%s", "%q", "%x", "%X", "% x", "%#x", "%d", "%5d", "%c", "%+v", "%.1x", "%T",
		"%o", "%10s", "%U", "%t", "%w"}
	cross(byteFormats, []byte("hi"), []byte(nil), []byte{}, MyBytes("ab"), [3]byte{1, 2, 3}, []MyByte{65, 66},
		[2]MyByte{67, 68}, []uint8{0xff, 0}, [0]byte{})

	compositeFormats := []string{"%v", "%+v", "%#v", "%d", "%x", "%s", "%q", "%5v", "%T", "%-4d|", "%05v", "%t", "%.1f"}
	cross(compositeFormats, []int{1, 2, 3}, []int(nil), []string{"a", "b"}, [][]int{{1}, {2, 3}},
		[]any{1, "a", nil, 2.5, true}, [2]bool{}, []*int{nil}, []error{nil, Err{"x"}}, []Str{{1}, {2}},
		StrSlice{{3}}, []float32{0.1, 2}, [3]string{"x", "y\n"}, []complex64{1i},
		Point{1, 2}, &Point{3, 4}, named{a: 1, B: "x"}, struct{}{}, &struct{}{}, struct{ A, b int }{1, 2},
		Tree{V: 1}, &Tree{V: 2}, Embed{Point: Point{5, 6}, Name: "e"}, Embed{Str: &Str{9}},
		Hidden{s: Str{1}, S: Str{2}, x: []Str{{3}}, m: map[string]Str{"k": {4}}, e: Err{"h"}, E: Err{"H"}, any: Str{5}},
		Fields{}, Fields{A: Str{1}, B: Err{"b"}, C: Str{2}, D: []any{Str{3}, nil}},
		&[]int{7, 8}, &[2]string{"p", "q"}, &map[string]int{"z": 26}, []any{[]byte("b"), MyBytes("c")},
		struct {
			B []byte
			M MyBytes
		}{[]byte("x"), MyBytes("y")},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "m", 2: "b"},
		map[float64]int{math.NaN(): 1, -1: 2, 1: 3, math.Inf(1): 4, math.Inf(-1): 5},
		map[bool]int{true: 1, false: 0}, map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"},
		map[[2]int]int{{2, 0}: 1, {1, 9}: 2}, map[any]int{3: 1, 1: 2, 2: 3}, map[string]int(nil), map[string]int{},
		map[MyStr]Str{"x": {1}, "a": {2}}, map[any]int{nil: 1, 2: 3}, map[any]int{"a": 1, 2: 2, 1.5: 3, "b": 4, 1: 5},
		map[Str]Err{{2}: {"two"}, {1}: {"one"}}, map[string][]int{"b": {2}, "a": nil}, map[uint8]bool{200: true, 3: false},
		map[string]any{"n": nil, "s": Str{1}, "e": Err{"e"}}, map[complex128]int{2i: 1, 1: 2, 1i: 3},
		map[int8]string{-5: "m", 5: "p"}, map[struct {
			A string
			B int
		}]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3},
		map[*int]int{nil: 1, fakePtr[int](0x20): 2, fakePtr[int](0x10): 3},
		[]map[string]int{{"a": 1}}, struct{ M map[int]int }{map[int]int{2: 2, 1: 1}})

	pointerFormats := []string{"%v", "%p", "%#p", "%#v", "%d", "%x", "%X", "%s", "%t", "%20p|", "%-20v|", "%o", "%b", "%+v",
		"%#x", "%q", "%010p", "%T"}
	var nilChan chan int
	var nilFunc func()
	var nilMap map[int]int
	cross(pointerFormats, (*int)(nil), fakePtr[int](0x1234), unsafe.Pointer(uintptr(0xbeef)), unsafe.Pointer(nil),
		(*Point)(nil), fakePtr[*Point](0xc0ffee), nilChan, nilFunc, []any{fakePtr[int](0x99)}, nilMap,
		[]int(nil), struct{ P *int }{fakePtr[int](0x42)})

	methodFormats := []string{"%v", "%s", "%d", "%x", "%X", "%q", "%#v", "%+v", "%5s|", "%-8v|", "%.2s", "%t", "%T",
		"%#x", "%x %v", "%w", "%010v", "%e", "%c"}
	cross(methodFormats, Str{5}, &Str{6}, PStr{3}, &PStr{4}, Err{"x"}, &Err{"y"}, Both(1), GoS(2), Panicky(1),
		PanicErr(1), (*NilRecv)(nil), (*Str)(nil), Fm(3), FmPanic(1), IntStr(5), &NilRecv{7},
		[]Fm{1}, []GoS{1, 2}, []Panicky{1}, map[IntStr]GoS{1: 2}, [1]fmt.Stringer{Str{1}}, []fmt.Stringer{nil},
		struct{ P *Str }{nil}, struct{ p Panicky }{1}, struct{ P Panicky }{1}, []*NilRecv{nil})
	pf("%v", (*Fm)(nil))
	pfPanics("%v", PanicPanic(1))
	pfPanics("%s|%v", Str{1}, PanicPanic(2))
	pf("%v %s", BadErr(1), BadErr(2))
	pf("%#v %v %+v", GoSPanic(1), GoSPanic(2), []GoSPanic{3})
	pf("%v %+v %#v %d", FmtNested{}, FmtNested{}, FmtNested{}, FmtNested{})
	pf("%v", struct{ f Fm }{})
	pf("%v|%s", []any{Panicky(1), Err{"q"}}, map[string]Panicky{"k": 1})
	pf("%x|%X|%q", Str{1}, Err{"x"}, IntStr(2))
	pf("%[1]*[2]d|%-[1]*[2]d|", 4, Str{1})
	pf("%s %d", Str{1}, Str{2})
	pf("%[1]v %[1]d %[1]s", IntStr(4))

	// Printf's own errors and argument handling.
	pf("%!")
	pf("%d")
	pf("%d %d", 1)
	pf("%d", 1, 2)
	pf("%d", 1, "two", nil, 3.5)
	pf("x", nil)
	pf("%[2]d %[1]d", 1, 2)
	pf("%[3]d", 1, 2)
	pf("%[0]d", 1)
	pf("%[x]d", 1)
	pf("%[1]d %d", 1, 2)
	pf("%[1]d %d %d", 1, 2)
	pf("%[2]*[1]d", 12, 5)
	pf("%[2]*[1]d|%[3]d", 5, 3)
	pf("%[1]5d", 1)
	pf("%3.[2]d", 1, 2)
	pf("%.[2]d", 1, 2)
	pf("%[1].2d", 1)
	pf("%[5]d", 1)
	pf("%[1]", 1)
	pf("%[1", 1)
	pf("%[]d", 1)
	pf("%*d", 5, 42)
	pf("%-*d|", 5, 42)
	pf("%*d|", -5, 42)
	pf("%0*d", -5, 42)
	pf("%.*f", 2, math.Pi)
	pf("%*.*f", 8, 3, math.Pi)
	pf("%*d", uint8(3), 7)
	pf("%*d", int64(4), 7)
	pf("%*d", "x", 7)
	pf("%*d", uint64(math.MaxUint64), 7)
	pf("%*d", 10000000, 7)
	pf("%.*d", -1, 7)
	pf("%.*d", "p", 7)
	pf("%.*s", 2, "hello")
	pf("%*s", 2)
	pf("%*")
	pf("%.*d", 3)
	pf("%100000000d", 7)
	pf("%1001d|", 7)
	pf("%.100000000d", 7)
	pf("%.300d", 7)
	pf("%")
	pf("%5")
	pf("%.", 1)
	pf("%5.", 1)
	pf("%-")
	pf("%z", 1)
	pf("%é", 1)
	pf("%\xff", 1)
	pf("%w", Err{"w"})
	pf("%!d", 1)
	pf("100%%")
	pf("%5%|%-5%|")
	pf("%d%%%d", 1, 2)
	pf("%v %v", nil, nil)
	pf("%d %s %x %T %q %p %t %5v|%-5v|%05v", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil)
	pf("%v|%v", []any{nil}, struct{ E error }{})
	pf("%#v|%+v", []any{nil}, struct{ E error }{})
	pf("%#v", map[string]any{"a": nil, "b": []int(nil)})
	pf("%s", []any{"a", 1, Str{1}})
	pf("%d", []any{"a", 1, Str{1}})
	pf("%x", []any{"ab", 255, []byte("c")})
	pf("%v %d", true, false)
	pf("%.3v %.3v %.3v", "abcdef", 3.14159, []string{"abcd"})
	pf("%6.2v|", math.Pi)
	pf("%#-8x|%# x", 255, []byte{1, 2})
	pf("%U %#U %.6U %#.6U %#U", 'x', '⌘', 0x41, 0x41, 0x7)
	pf("%c%c%c", 'a', 0x1F600, -1)
	pf("%q %q %+q %#q %q", 'a', '\n', 'é', '\'', 0xD800)
	pf("%08q|%-8q|", 'x', 'y')
	pf("%T %T %T %T %T", 1, "s", nil, []any{}, map[string][]*Point{})
	pf("%T %T %T", struct{ A int }{}, func(int) string { return "" }, make(chan<- bool))
	pf("%T %T", Hidden{}, &Fields{})
	pf("%v", Fields{D: []any{nil}})
	pf("%10T|%-10T|", 1, "x")

	// Print and Println spacing.
	pr()
	pr(1)
	pr(1, 2)
	pr("a", "b")
	pr(1, "a", 2)
	pr("a", 1, "b")
	pr(MyStr("x"), 1, MyStr("y"))
	pr(nil, nil)
	pr(1.5, float32(2.5), true, 'x')
	pr(Str{1}, Err{"e"}, Str{2})
	pr([]int{1}, map[string]int{"a": 1}, &Point{1, 2})
	pr(1e21, 1e20, 1e-5, 123456.0, float32(1)/3)
	pr(Panicky(1), "|", (*NilRecv)(nil))
	pl()
	pl(1)
	pl(1, 2, "a", "b", nil)
	pl(MyStr("x"), 1, MyStr("y"))
	pl(Str{1}, &Str{2}, PStr{3}, &PStr{4})
	pl(int8(-1), uint64(1<<63), uintptr(1), complex64(1+1i), 1e6, 1e-4, 0.1+0.2)
	pl([]string{"a b"}, [0]int{}, struct{}{}, [2][]int{})
	pl(Fm(1), FmPanic(2), GoS(3), Both(4), IntStr(5))
	pl(nilMap, []int(nil), nilFunc, nilChan, (*int)(nil), error(nil), unsafe.Pointer(nil))
	pf("%v %+v %#v", struct {
		_ int
		A int
		_ string
	}{A: 1}, struct{ _, B int }{B: 2}, struct{ _ bool }{})
	pf("%v %+v %#v", struct{ named }{named{1, "n"}}, struct{ *Point }{}, struct{ error }{Err{"emb"}})
	pf("%v %s", struct{ fmt.Stringer }{Str{8}}, [2]any{Str{1}, nil})
	pf("%#v %#v %#v", MyStr("m"), MyInt(3), MyFloat(1.5))
	pf("%#v %#v %#v %#v", int8(-1), uint8(1), uintptr(2), 'x')
	pf("%#v %#v %#v", 1e6, 1e21, float32(1e-7))
	pf("%#v %#v", complex(1, -0.5), complex64(0))

	// Errorf.
	e1, e2 := Err{"one"}, &Err{"two"}
	ef("plain")
	ef("plain %%")
	ef("%w", e1)
	ef("wrapped: %w", e2)
	ef("%w and %w", e1, e2)
	ef("%[2]w %[1]w", e1, e2)
	ef("%[1]w %[1]w", e1, e2)
	ef("%w", 3)
	ef("%w", nil)
	ef("%v %w", e1, e2)
	ef("%d %w %w", 1, 2, e1)
	ef("%+w|%#w|%5w", e1, e2, Err{"three"})
	ef("%w", Both(1))
	ef("%w", FmPanic(1))
	ef("%w %s", Str{1}, "x")
	ef("%w", []byte("ab"))
	ef("%w %w", e1)
	ef("%w", e1, e2)
}
