package main

import (
	"fmt"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Celsius float64
type MyInt int

type Shower interface {
	Show() string
}

type ShowNumber interface {
	Number
	Show() string
}

func (m MyInt) Show() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

func ShowAll[T Shower](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Show())
	}
	return out
}

func DoubleShow[T ShowNumber](x T) string {
	return (x + x).Show()
}

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func SliceOf[S ~[]E, E any](s S) S { return append(S(nil), s...) }

type Ints []int

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 100))
	fmt.Println(Sum(Celsius(10), Celsius(2.5)))
	fmt.Printf("%T\n", Sum(MyInt(1), MyInt(2)))
	fmt.Println(ShowAll([]MyInt{1, 2}))
	fmt.Println(DoubleShow(MyInt(21)))
	fmt.Println(Keys(map[string]int{"a": 1, "b": 2}))
	fmt.Println(Index([]string{"x", "y", "z"}, "z"), Index([]float64{1, 2}, 3))
	type pt struct{ x, y int }
	fmt.Println(Index([]pt{{1, 2}, {3, 4}}, pt{3, 4}))
	s := Set[string]{}
	s.Add("go")
	fmt.Println(s.Has("go"), s.Has("rust"), len(s))
	c := SliceOf(Ints{1, 2, 3})
	fmt.Printf("%T %v\n", c, c)
	var any1 interface{} = Sum[float32]
	fmt.Printf("%T\n", any1)
}
