package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add5 := adder(5)
	double := func(x int) int { return x * 2 }
	fmt.Println(add5(1), compose(add5, double)(10), compose(double, add5)(10))
	x := 1
	set := func(v int) { x = v }
	get := func() int { return x }
	set(42)
	fmt.Println(x, get())
	x = 7
	fmt.Println(get())
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	funcs := make([]func() int, 3)
	for i := 0; i < 3; i++ {
		funcs[i] = func() int { return i * i }
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	result := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(result)
	acc := 0
	each := func(xs []int, f func(int)) {
		for _, v := range xs {
			f(v)
		}
	}
	each([]int{1, 2, 3, 4}, func(v int) { acc += v })
	fmt.Println(acc)
}
