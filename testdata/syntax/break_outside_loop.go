package main

import "fmt"

func check(n int) {
	if n < 0 {
		fmt.Println("negative")
		break
	}
	fmt.Println(n)
}

func main() {
	check(-1)
}
