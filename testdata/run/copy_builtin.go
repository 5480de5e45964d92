package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{1, 2, 3, 4, 5}
	n = copy(s[1:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	n = copy(b, "")
	fmt.Println(n)
	var nilDst []int
	fmt.Println(copy(nilDst, src))
	arr := [4]string{"a", "b", "c", "d"}
	n = copy(arr[:], []string{"x", "y"})
	fmt.Println(n, arr)
}
