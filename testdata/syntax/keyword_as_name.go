package main

import "fmt"

func main() {
	type := "circle"
	fmt.Println(type)
}
