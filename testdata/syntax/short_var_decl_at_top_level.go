package main

import "fmt"

total := 10

func main() {
	fmt.Println(total)
}
