package main

import "fmt"

func main() {
	perm := 0o758
	fmt.Println(perm)
}
