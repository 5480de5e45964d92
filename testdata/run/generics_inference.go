package main

import (
	"fmt"
	"slices"
	"sort"
)

type Ordered interface {
	~int | ~float64 | ~string
}

func SortedCopy[T Ordered](xs []T) []T {
	c := append([]T(nil), xs...)
	sort.Slice(c, func(i, j int) bool { return c[i] < c[j] })
	return c
}

func First[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var z E
		return z, false
	}
	return s[0], true
}

func Apply[T any, R any](v T, fs ...func(T) R) []R {
	var out []R
	for _, f := range fs {
		out = append(out, f(v))
	}
	return out
}

func Ptr[T any](v T) *T { return &v }

type Names []string

func MakePair[A any, B any](a A, b B) struct {
	A A
	B B
} {
	return struct {
		A A
		B B
	}{a, b}
}

func main() {
	fmt.Println(SortedCopy([]int{3, 1, 2}))
	fmt.Println(SortedCopy([]string{"b", "c", "a"}))
	fmt.Println(SortedCopy(Names{"z", "y"}))
	fmt.Println(First(Names{"n1", "n2"}))
	fmt.Println(First([]int(nil)))
	r := Apply(3, func(i int) string { return fmt.Sprint(i) }, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Println(r)
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"))
	fmt.Printf("%+v\n", MakePair(1, "x"))
	fmt.Println(slices.Index([]string{"a", "b"}, "b"), slices.Contains([]int{1, 2}, 3))
	fmt.Println(slices.Max([]float64{1.5, -2, 9}), min(3, 1, 2), max("a", "b"))
	var f func([]int) (int, bool) = First[[]int]
	fmt.Println(f([]int{5}))
}
