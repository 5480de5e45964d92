package main

import (
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }
func NewSquare(s float64) Square     { return Square{Rect{s, s}} }
func (s Square) String() string      { return fmt.Sprintf("Square(%g)", s.W) }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

var _ Shape = Rect{}
var _ Shape = (*Circle)(nil)
var _ fmt.Stringer = Square{}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, NewSquare(2), &Rect{1, 1}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		name := fmt.Sprintf("%T", s)
		if st, ok := s.(fmt.Stringer); ok {
			name = st.String()
		}
		fmt.Printf("%-14s area=%5.1f perim=%5.1f\n", name, s.Area(), s.Perimeter())
	}
	var names []string
	for _, s := range shapes {
		switch v := s.(type) {
		case Rect:
			names = append(names, "rect")
		case *Rect:
			names = append(names, "rect-ptr")
		case *Circle:
			names = append(names, fmt.Sprint("circle r=", v.R))
		case Square:
			names = append(names, "square")
		}
	}
	fmt.Println(strings.Join(names, ", "))
}
