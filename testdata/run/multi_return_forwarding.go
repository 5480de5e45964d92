package main

import (
	"fmt"
	"strconv"
)

func pair() (int, string) { return 1, "one" }

func triple() (a, b, c int) {
	a, b, c = 1, 2, 3
	return
}

func sum3(a, b, c int) int { return a + b + c }

func variadic(xs ...int) int { return len(xs) }

func show(args ...interface{}) { fmt.Println(args...) }

func divmod(a, b int) (q, r int) { return a / b, a % b }

func parse(s string) (n int, err error) {
	n, err = strconv.Atoi(s)
	if err != nil {
		return -1, fmt.Errorf("parse(%q): %w", s, err)
	}
	return
}

func main() {
	fmt.Println(pair())
	fmt.Println(sum3(triple()))
	fmt.Println(variadic(triple()))
	show(pair())
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	if n, err := parse("42"); err == nil {
		fmt.Println("ok", n)
	}
	if _, err := parse("4x2"); err != nil {
		fmt.Println(err)
	}
	f := func() (x int, y float64) { return }
	fmt.Println(f())
	var a, b = pair()
	fmt.Println(b, a)
}
