package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Tags     [2]string
}

func move(p Point) Point {
	p.X += 10
	return p
}

func movePtr(p *Point) {
	p.Y += 100
}

func main() {
	a := Point{1, 2}
	b := a
	b.X = 99
	fmt.Println(a, b)
	c := move(a)
	fmt.Println(a, c)
	movePtr(&a)
	fmt.Println(a)
	r := Rect{Min: Point{0, 0}, Max: Point{5, 5}, Tags: [2]string{"x", "y"}}
	r2 := r
	r2.Max.X = 50
	r2.Tags[0] = "changed"
	fmt.Println(r, r2)
	fmt.Printf("%+v\n", r2)
	fmt.Println(r == r2, r.Min == r2.Min)
	pts := []Point{{1, 1}, {2, 2}}
	for _, p := range pts {
		p.X = 0
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X = 0
	}
	fmt.Println(pts)
	m := map[string]Point{"a": {1, 2}}
	p := m["a"]
	p.X = 7
	fmt.Println(m["a"], p)
	m["a"] = p
	fmt.Println(m)
	pp := &Point{3, 4}
	q := *pp
	q.X = 0
	fmt.Println(*pp, q)
	anon := struct {
		Name string
		Age  int
	}{"bob", 30}
	fmt.Println(anon)
	fmt.Printf("%v %+v\n", anon, anon)
	var zero Rect
	fmt.Printf("%+v\n", zero)
}
