package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  (stopped early at", i, ")")
				return
			}
		}
	}
}

func Pairs(s []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func find(target int) string {
	for v := range Count(10) {
		if v == target {
			return fmt.Sprint("found ", v)
		}
	}
	return "not found"
}

func deferInLoop() {
	for v := range Count(3) {
		defer fmt.Println("deferred", v)
	}
	fmt.Println("loop over")
}

func main() {
	for v := range Count(3) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range Count(10) {
		if v == 2 {
			break
		}
		fmt.Println("v", v)
	}
	for i, s := range Pairs([]string{"a", "b", "c"}) {
		if i == 1 {
			continue
		}
		fmt.Println(i, s)
	}
	fmt.Println(find(4))
	fmt.Println(find(40))
	deferInLoop()
outer:
	for a := range Count(3) {
		for b := range Count(3) {
			if b == 1 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			fmt.Println("ab", a, b)
		}
	}
	for range Count(2) {
		fmt.Println("tick")
	}
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	fmt.Println(slices.Collect(Count(4)))
	for i, v := range slices.All([]string{"p", "q"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for v := range slices.Values([]int{7, 8}) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
