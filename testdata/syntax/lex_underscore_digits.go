package main

import "fmt"

func main() {
	million := 1__000_000
	fmt.Println(million)
}
