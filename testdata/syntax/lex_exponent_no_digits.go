package main

import "fmt"

func main() {
	f := 1.5e+
	fmt.Println(f)
}
