package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	var f func() = Zero
	fmt.Println(f == nil)
}
