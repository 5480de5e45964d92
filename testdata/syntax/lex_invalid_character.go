package main

import "fmt"

func main() {
	x := 2 @ 3
	fmt.Println(x)
}
