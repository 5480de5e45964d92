package main

import "fmt"

func main() {
	switch x := 2; x {
	case 1
		fmt.Println("one")
	}
}
