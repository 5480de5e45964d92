package main

import "fmt"

func main() {
	var x interface{} = "s"
	n := x.(int) + "a"
	fmt.Println(n)
}
