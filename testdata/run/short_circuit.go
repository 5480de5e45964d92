package main

import "fmt"

func t(name string) bool {
	fmt.Print(name, " ")
	return true
}

func f(name string) bool {
	fmt.Print(name, " ")
	return false
}

func main() {
	fmt.Println(f("a") && t("b"))
	fmt.Println(t("a") || f("b"))
	fmt.Println(t("a") && f("b") || t("c"))
	fmt.Println(f("a") || f("b") && t("c"))
	fmt.Println(!f("a") && !t("b"))
	var m map[string]int
	if m != nil && m["x"] > 0 {
		fmt.Println("never")
	}
	var p *struct{ v int }
	if p == nil || p.v > 0 {
		fmt.Println("safe nil check")
	}
	s := []int{}
	if len(s) > 0 && s[0] == 1 {
		fmt.Println("never")
	}
	x := 5
	ok := x > 3 && x < 10
	fmt.Println(ok, x > 3 == true, !(x == 5))
	type B bool
	var bb B = true
	fmt.Println(bb && true, !bb)
}
