package main

import "fmt"

func main() {
	fmt.Println("\U00110000")
}
