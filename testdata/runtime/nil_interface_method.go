package main

import "fmt"

type Shape interface{ Area() float64 }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := make([]Shape, 2)
	fmt.Println(len(shapes))
	fmt.Println(total(shapes))
}
