// Generic functions: one Map, Filter and Sum for every element type, checked at compile time.
//
//	gosub run examples/generics.go
package main

import (
	"fmt"
	"strings"
)

// Number is a constraint: the types Sum accepts.
type Number interface {
	~int | ~int64 | ~float64
}

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

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	words := []string{"go", "gopher", "goroutine", "chan"}
	long := Filter(words, func(w string) bool { return len(w) > 2 })
	fmt.Println(Map(long, strings.ToUpper))
	fmt.Println(Sum(Map(words, func(w string) int { return len(w) })))
	fmt.Println(Sum([]float64{0.5, 1.25, 2}))
}
