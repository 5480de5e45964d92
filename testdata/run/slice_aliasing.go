package main

import "fmt"

func modify(s []int) {
	s[0] = 100
}

func grow(s []int) []int {
	return append(s, 4)
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	modify(a)
	fmt.Println(a)
	b = append(b, 30)
	fmt.Println(a, b)
	c := make([]int, 3, 10)
	d := grow(c)
	e := grow(c)
	e[3] = 99
	fmt.Println(c, d, e, len(c), cap(c))
	var nilSlice []int
	fmt.Println(nilSlice == nil, len(nilSlice), cap(nilSlice))
	empty := []int{}
	fmt.Println(empty == nil, len(empty))
	nilSlice = append(nilSlice, 1)
	fmt.Println(nilSlice)
	f := a[:0]
	for _, v := range a {
		if v%2 == 0 {
			f = append(f, v)
		}
	}
	fmt.Println(f, a)
	g := a[2:]
	g = g[:cap(g)]
	fmt.Println(g)
	x := []string{"a", "b", "c"}
	y := x
	y[1] = "B"
	fmt.Println(x, y)
	fmt.Println(a[len(a):], len(a[5:]))
	mat := [][]int{{1, 2}, {3, 4}}
	row := mat[0]
	row[1] = 22
	fmt.Println(mat)
}
