package main

import "fmt"

func main() {
	var v interface{}
	fmt.Println("asserting")
	s := v.(string)
	fmt.Println(s)
}
