package main

import "fmt"

func main() {
	x := 3
	const y = x + 1
	fmt.Println(y)
}
