package main

import "fmt"

func main() {
	fmt.Println("x")
	var p *int = 5
	_ = p
}
