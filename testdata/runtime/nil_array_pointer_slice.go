package main

import "fmt"

func main() {
	var p *[4]int
	fmt.Println(len(p))
	s := p[1:]
	fmt.Println(s)
}
