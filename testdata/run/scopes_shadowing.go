package main

import (
	"errors"
	"fmt"
)

var x = "package"

func get() (int, error) { return 1, nil }

func main() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		x = "block changed"
		_ = x
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("never", y)
	} else {
		fmt.Println("never", x, y)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("loop", x)
	}
	var err error
	if true {
		n, err := get()
		_ = n
		err = errors.New("inner")
		_ = err
	}
	fmt.Println(err)
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
	switch x := 3; {
	case x > 2:
		x := "switch case"
		fmt.Println(x)
	}
	fmt.Println(x)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
	type int = string
	var s int = "shadowed int"
	fmt.Println(s)
}
