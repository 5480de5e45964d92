package main

import "fmt"

func main() {
	x := 3.5
	for v := range x {
		fmt.Println(v)
	}
}
