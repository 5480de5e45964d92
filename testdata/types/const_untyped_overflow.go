package main

import "fmt"

const huge = 1 << 500

func main() {
	fmt.Println(huge*huge > 0)
}
