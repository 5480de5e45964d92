package main

import "fmt"

func cleanup() {
	fmt.Println("cleanup runs")
	panic("cleanup failed")
}

func main() {
	defer cleanup()
	defer fmt.Println("second defer runs first")
	panic("main failed")
}
