package main

import (
	"fmt"
	"os"
)

func run() (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(os.Stderr, "fatal:", r)
			code = 4
		}
	}()
	var arr []int
	return arr[0]
}

func main() {
	code := run()
	fmt.Println("exiting with", code)
	os.Exit(code)
}
