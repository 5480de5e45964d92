package main

import "fmt"

type T struct{}

func (t *T) M() {}

func main() {
	T{}.M()
	fmt.Println()
}
