package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[E]) Peek() int {
	return s.items[len(s.items)-1]
}

func main() {
	var s Stack[int]
	fmt.Println(s.Peek())
}
