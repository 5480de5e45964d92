package main

import "fmt"

func main() {
	s := make([]int, 5, 8)
	hi, max := 4, 3
	fmt.Println(s[0:hi:max])
}
