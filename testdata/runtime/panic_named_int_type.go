package main

import "fmt"

type Code int8

func check(c Code) {
	if c > 2 {
		panic(c)
	}
	fmt.Println("code ok", c)
}

func main() {
	check(1)
	check(3)
}
