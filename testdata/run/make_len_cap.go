package main

import "fmt"

func main() {
	s := make([]int, 3)
	fmt.Println(s, len(s), cap(s))
	s2 := make([]string, 2, 10)
	fmt.Printf("%q %d %d\n", s2, len(s2), cap(s2))
	s3 := s2[1:5]
	fmt.Printf("%q %d %d\n", s3, len(s3), cap(s3))
	m := make(map[int]string, 100)
	fmt.Println(len(m), m)
	arr := [7]byte{}
	fmt.Println(len(arr), cap(arr), len(arr[2:]), cap(arr[2:4]))
	str := "héllo"
	fmt.Println(len(str), len(str[1:3]))
	var parr *[5]int
	fmt.Println(len(parr), cap(parr))
	const n = len([3]int{})
	fmt.Println(n)
	mat := make([][]bool, 2)
	for i := range mat {
		mat[i] = make([]bool, i+2)
	}
	fmt.Println(mat, len(mat[1]))
	size := 4
	dyn := make([]float64, size, size*2)
	fmt.Println(len(dyn), cap(dyn))
	type Big struct{ A [3]int }
	bs := make([]Big, 2)
	bs[0].A[1] = 5
	fmt.Println(bs)
	var u8 uint8 = 3
	fmt.Println(len(make([]int, u8)))
}
