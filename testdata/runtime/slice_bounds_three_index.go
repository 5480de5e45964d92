package main

import "fmt"

func main() {
	s := make([]byte, 2, 4)
	lo, hi, max := 1, 3, 5
	fmt.Println(len(s[lo:hi:4]))
	fmt.Println(len(s[lo:hi:max]))
}
