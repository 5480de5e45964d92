package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func main() {
	evens := Filter(Naturals(), func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squares, 5)))
	words := Map(slices.Values([]string{"go", "rust", "zig"}), strings.ToUpper)
	for w := range words {
		fmt.Print(w, " ")
	}
	fmt.Println()
	for i, s := range Enumerate([]string{"x", "y", "z"}) {
		if i == 2 {
			break
		}
		fmt.Println(i, s)
	}
	total := 0
	for n := range Take(Naturals(), 100) {
		total += n
	}
	fmt.Println(total)
	fmt.Println(slices.Collect(Take(Naturals(), 0)))
	lens := slices.Collect(Map(slices.Values([]string{"a", "bb", "ccc"}), func(s string) int { return len(s) }))
	fmt.Println(lens)
}
