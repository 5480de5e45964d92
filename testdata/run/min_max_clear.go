package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -2))
	fmt.Println(min(1.5, 2), max(2.5, 1))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"), min("", "a"))
	nan := math.NaN()
	fmt.Println(min(nan, 1), max(1, nan), min(1, nan, 2))
	negz := math.Copysign(0, -1)
	fmt.Println(min(0.0, negz), max(negz, 0.0), min(negz, 0.0))
	fmt.Println(min(math.Inf(1), 7), max(math.Inf(-1), -7))
	var a, b int8 = -128, 127
	fmt.Println(min(a, b), max(a, b))
	const c = min(1, 2.5)
	fmt.Printf("%v %T\n", c, c)
	x := 10
	fmt.Println(min(x, 3.0))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(m, len(m))
	sub := []string{"x", "y", "z", "w"}
	clear(sub[1:3])
	fmt.Printf("%q\n", sub)
	var nilS []int
	clear(nilS)
	var nilM map[int]int
	clear(nilM)
	fmt.Println(nilS == nil, nilM == nil)
}
