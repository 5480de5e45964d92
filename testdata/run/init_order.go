package main

import "fmt"

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(values...)
var values = []int{d, d * 2}

func f(name string, v int) int {
	fmt.Println("init", name)
	return v
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func init() {
	fmt.Println("init 1: a =", a, "total =", total)
	d = 100
}

func init() {
	fmt.Println("init 2: d =", d)
}

var late = func() string {
	fmt.Println("init late")
	return "late"
}()

func main() {
	fmt.Println("main", a, b, c, d, total, late)
}
