package main

import "fmt"

type ParseError struct {
	Line int
}

func (p *ParseError) Error() string { return fmt.Sprintf("parse error on line %d", p.Line) }

func parse() {
	panic(&ParseError{Line: 12})
}

func main() {
	parse()
}
