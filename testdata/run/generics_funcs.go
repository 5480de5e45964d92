package main

import (
	"cmp"
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Max[T cmp.Ordered](a T, rest ...T) T {
	m := a
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func Zero[T any]() T {
	var z T
	return z
}

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func main() {
	nums := []int{1, 2, 3, 4, 5}
	sq := Map(nums, func(n int) int { return n * n })
	fmt.Println(sq)
	strs := Map(nums, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	fmt.Println(Reduce(nums, 0, func(a, n int) int { return a + n }))
	fmt.Println(Reduce(strs, "", func(a, s string) string { return a + s }))
	fmt.Println(Max(3, 9, 2), Max("pear", "apple"), Max(2.5))
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Printf("%v %T\n", Zero[struct{ A int }](), Zero[float32]())
	b, a := Swap(1, "one")
	fmt.Println(b, a)
	fmt.Println(Map[string, int]([]string{"a", "bb"}, func(s string) int { return len(s) }))
	f := Max[float64]
	fmt.Printf("%T %v\n", f, f(1, 2))
}
