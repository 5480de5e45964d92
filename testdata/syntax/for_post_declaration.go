package main

import "fmt"

func main() {
	for i := 0; i < 3; j := i {
		fmt.Println(i, j)
	}
}
