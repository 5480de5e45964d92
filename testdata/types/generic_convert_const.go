package main

import "fmt"

func Small[T ~int8 | ~int16]() T {
	return T(300)
}

func main() {
	fmt.Println(Small[int16]())
}
