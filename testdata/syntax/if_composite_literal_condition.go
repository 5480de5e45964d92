package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{}
	if p == Point{} {
		fmt.Println("origin")
	}
}
