package main

import "fmt"

func At[T any](xs []T, i int) T {
	return xs[i]
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	fmt.Println(At([]string{"a", "b"}, 1))
	s := &Stack[int]{items: []int{1}}
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
}
