package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("this deferred line never prints")
	fmt.Println("args:", len(os.Args), os.Args[1:])
	fmt.Fprintln(os.Stderr, "to stderr before exit")
	fmt.Println("exiting with 3")
	os.Exit(3)
}
