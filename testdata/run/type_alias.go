package main

import "fmt"

type Meters = float64
type Celsius float64

type Point struct{ X, Y int }
type P = Point

func (p Point) Sum() int { return p.X + p.Y }

type Pair[T any] struct{ A, B T }
type IntPair = Pair[int]
type Set[T comparable] = map[T]bool

func main() {
	var m Meters = 3.5
	var f float64 = m
	fmt.Printf("%v %T\n", f, m)
	var c Celsius = 3.5
	fmt.Printf("%v %T\n", c, c)
	p := P{1, 2}
	fmt.Println(p.Sum())
	fmt.Printf("%T %+v\n", p, p)
	ip := IntPair{3, 4}
	fmt.Printf("%T %v\n", ip, ip)
	s := Set[string]{"a": true}
	fmt.Printf("%T %v\n", s, s)
	var b byte = 'x'
	var u uint8 = b
	var r rune = 'y'
	var i32 int32 = r
	fmt.Printf("%T %T %v %v\n", b, r, u, i32)
	var e any = 5
	fmt.Printf("%T\n", e)
	fmt.Printf("%T\n", []any{})
}
