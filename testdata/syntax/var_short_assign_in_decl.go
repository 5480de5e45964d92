package main

import "fmt"

var greeting := "hello"

func main() {
	fmt.Println(greeting)
}
