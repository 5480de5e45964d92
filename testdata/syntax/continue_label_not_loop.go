package main

import "fmt"

func main() {
	x := 2
sw:
	switch x {
	case 1:
		fmt.Println("one")
	case 2:
		continue sw
	}
}
