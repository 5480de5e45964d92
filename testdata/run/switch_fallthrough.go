package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func fall(n int) {
	switch n {
	case 0:
		fmt.Print("zero ")
		fallthrough
	case 1:
		fmt.Print("one ")
		fallthrough
	case 2:
		fmt.Print("two ")
	case 3:
		fmt.Print("three ")
		fallthrough
	default:
		fmt.Print("default ")
	}
	fmt.Println()
}

func sideEffect(s string, v int) int {
	fmt.Print("eval ", s, " ")
	return v
}

func main() {
	for _, n := range []int{-3, 0, 7, 42} {
		fmt.Println(n, classify(n))
	}
	for i := 0; i < 5; i++ {
		fall(i)
	}
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("low")
	case 4, 5, 6:
		fmt.Println("mid", x)
	}
	switch sideEffect("tag", 2) {
	case sideEffect("a", 1), sideEffect("b", 2), sideEffect("c", 3):
		fmt.Println("matched")
	}
	switch {
	default:
		fmt.Println("default first")
	case false:
		fmt.Println("never")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("yes")
	}
	var iface interface{} = 3
	switch iface {
	case "3":
		fmt.Println("string")
	case 3:
		fmt.Println("int 3")
	}
	switch {
	}
	fmt.Println("end")
}
