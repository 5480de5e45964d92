package main

import "fmt"

type Level int

func (l Level) String() string { return fmt.Sprintf("Level(%d)", int(l)) }

func main() {
	panic(Level(3))
}
