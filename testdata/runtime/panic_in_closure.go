package main

import "fmt"

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	divisor := 0
	fmt.Println(apply([]int{1, 2}, func(x int) int { return x * 2 }))
	fmt.Println(apply([]int{1, 2}, func(x int) int { return x / divisor }))
}
