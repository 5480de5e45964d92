package main

import "fmt"

func main() {
	s := "n=" + 1
	n := 1
	t := "n=" + n
	fmt.Println(s, t)
}
