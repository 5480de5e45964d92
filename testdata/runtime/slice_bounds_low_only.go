package main

import "fmt"

func main() {
	s := []string{"a", "b"}
	lo := 3
	fmt.Println(s[lo:])
}
