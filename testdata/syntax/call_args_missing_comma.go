package main

import "fmt"

func main() {
	name := "gopher"
	fmt.Println("hello" name)
}
