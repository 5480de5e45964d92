package main

import "fmt"

func main() {
	s := []byte("hello")
	a := [5]byte(s)
	fmt.Println(a)
	b := [8]byte(s)
	fmt.Println(b)
}
