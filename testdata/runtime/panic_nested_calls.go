package main

import "fmt"

type Parser struct{ depth int }

//go:noinline
func (p *Parser) level3(v int) int {
	if v > 2 {
		panic(fmt.Sprintf("too deep: %d", v))
	}
	return v
}

//go:noinline
func (p *Parser) level2(v int) int {
	return p.level3(v+1) * 2
}

//go:noinline
func level1(p *Parser, v int) int {
	return p.level2(v+1) + 1
}

func main() {
	p := &Parser{}
	fmt.Println(level1(p, 0))
	fmt.Println(level1(p, 1))
}
