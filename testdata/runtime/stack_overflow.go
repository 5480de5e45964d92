package main

import "fmt"

func recurse(n int) int {
	return recurse(n+1) + 1
}

func main() {
	fmt.Println("starting")
	fmt.Println(recurse(0))
}
