package main

import "fmt"

func main() {
	switch x := 3; {
	case x > 2:
		fmt.Println("big")
	default:
		fmt.Println("small")
		fallthrough
	}
}
