package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not print")
	fmt.Println("about to exit")
	func() {
		defer fmt.Println("inner deferred: must not print")
		os.Exit(3)
	}()
	fmt.Println("unreachable")
}
