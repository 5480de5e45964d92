package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var p Pair[string]
	fmt.Println(p)
}
