package main

import "fmt"

func main() {
	const big = 1 << 1075
	fmt.Println(big)
}
