package main

import (
	"fmt"
	"os"
)

func cleanup() { fmt.Println("cleanup skipped") }

func main() {
	defer cleanup()
	for i := 0; i < 3; i++ {
		fmt.Println("step", i)
		if i == 1 {
			os.Exit(0)
		}
	}
}
