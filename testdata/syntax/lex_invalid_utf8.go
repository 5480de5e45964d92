package main

import "fmt"

func main() {
	name := "café"
	fmt.Println(name)
}
