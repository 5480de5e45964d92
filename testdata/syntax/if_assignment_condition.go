package main

import "fmt"

func main() {
	x := 1
	if x = 2 {
		fmt.Println(x)
	}
}
