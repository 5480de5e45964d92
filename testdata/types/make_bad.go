package main

import "fmt"

func main() {
	m := make(int)
	fmt.Println(m)
}
