package main

import "fmt"

func main() {
	x := 1
	switch y := x * 2; y
	{
	case 2:
		fmt.Println("two")
	}
}
