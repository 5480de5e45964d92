package main

import "fmt"

var table = map[string]int{"a": 1}

func lookup(k string) int {
	v, ok := table[k]
	if !ok {
		panic("missing key " + k)
	}
	return v
}

func init() {
	fmt.Println("init a =", lookup("a"))
	fmt.Println("init b =", lookup("b"))
}

func main() {
	fmt.Println("main never runs")
}
