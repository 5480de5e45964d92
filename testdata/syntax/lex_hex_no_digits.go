package main

import "fmt"

func main() {
	mask := 0x
	fmt.Println(mask)
}
