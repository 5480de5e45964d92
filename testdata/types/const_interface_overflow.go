package main

import "fmt"

const tiny = 1e400

func main() {
	fmt.Println(tiny)
}
