package main

import "fmt"

func main() {
	s := make([]int, 0, 4)
	s1 := append(s, 1, 2)
	s2 := append(s, 7, 8, 9)
	fmt.Println(s1, s2, len(s), cap(s))
	full := make([]int, 4)
	t1 := append(full, 5)
	t1[0] = 42
	fmt.Println(full, t1[0], len(t1))
	base := []int{1, 2, 3}
	ext := append(base[:1], 10)
	fmt.Println(base, ext)
	var acc []int
	for i := 0; i < 10; i++ {
		acc = append(acc, i*i)
	}
	fmt.Println(acc, len(acc))
	x := []int{1, 2, 3}
	x = append(x, x...)
	fmt.Println(x)
	bs := append([]byte("hello "), "world"...)
	fmt.Println(string(bs))
	y := append([]int(nil))
	fmt.Println(y == nil, len(y))
	z := append([]int{}, []int(nil)...)
	fmt.Println(z == nil, len(z))
	u := []int{1, 2, 3, 4, 5}
	u = append(u[:1], u[2:]...)
	fmt.Println(u)
	w := make([]int, 2, 5)
	w2 := append(w, 1)
	w3 := append(w, 2)
	fmt.Println(w2, w3)
	strs := append([]string{"a"}, "b", "c")
	fmt.Println(strs, len(strs))
}
