package main

import "fmt"

var count int

count = 3

func main() {
	fmt.Println(count)
}
