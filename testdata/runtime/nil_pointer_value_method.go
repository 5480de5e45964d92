package main

import "fmt"

type T struct{ name string }

func (t T) Name() string { return t.name }

func main() {
	var p *T
	fmt.Println("about to call")
	fmt.Println(p.Name())
}
