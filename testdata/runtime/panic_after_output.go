package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("stdout line")
	fmt.Fprintln(os.Stderr, "stderr line before panic")
	println("builtin println line")
	panic("after output")
}
