package main

import "fmt"

func Join[T fmt.Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

func main() {
	fmt.Println(Join([]int{1, 2}))
}
