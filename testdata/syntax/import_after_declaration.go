package main

var greeting = "hi"

import "fmt"

func main() {
	fmt.Println(greeting)
}
