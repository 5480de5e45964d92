// Hello, world: the smallest complete Go program.
//
//	gosub run examples/hello.go
package main

import "fmt"

func main() {
	fmt.Println("Hello, gopher!")
}
