// Package main exercises most of Go's syntax in one file; the property tests mutate it.
package main

import (
	"fmt"
	str "strings"
	. "math"
	_ "os"
)

const (
	A = iota * 10
	B
	C, D = 1 << iota, "d"
)

const Pi2 = Pi * 2

type (
	Point struct {
		X, Y int `json:"x"`
		*Inner
		fmt.Stringer
		Gen[int]
	}
	Inner  struct{ z float64 }
	Gen[T any] struct{ v T }
	Number interface {
		~int | ~int64 | ~float64
	}
	Alias = map[string][]int
	Arr   [4]int
	Fn    func(a, b int, rest ...string) (n int, err error)
	Ch    <-chan chan<- int
)

type List[K comparable, V any] struct {
	head *node[K, V]
}

type node[K comparable, V any] struct {
	key  K
	val  V
	next *node[K, V]
}

func (l *List[K, V]) Push(k K, v V) { l.head = &node[K, V]{k, v, l.head} }

func Sum[T Number](xs ...T) (total T) {
	for _, x := range xs {
		total += x
	}
	return
}

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

var x, y = 1, 2.5e-3i

func main() {
	ch := make(chan int, 3)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for v := range ch {
			fmt.Println(v)
		}
	}()
	for i := 0; i < 3; i++ {
		ch <- i
	}
	close(ch)
	<-done
	m := map[string]Point{"a": {1, 2}, "b": {X: 3}}
	pts := []*Point{{X: 1, Y: 2}, &Point{}}
	arr := [...]int{1, 2, 3: 4}
	s := arr[1:3:4]
	// A backward goto: a forward one would jump over the declarations below (gc's branch check).
end:
	if v, ok := m["a"]; ok && v.X == (Point{}).X {
		fmt.Println(v)
	} else if len(s) > 0 {
		goto end
	} else {
		_ = pts
	}
	switch t := interface{}(x).(type) {
	case int, int64:
		fmt.Println("int", t)
	case nil:
	default:
		fallthrough_not_allowed_here := 1
		_ = fallthrough_not_allowed_here
	}
	switch z := 3; {
	case z > 2:
		fallthrough
	case z > 1:
	}
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 1:
	default:
	}
outer:
	for i := range 10 {
		for j := range i {
			if j == 2 {
				continue outer
			}
			break outer
		}
	}
	f := func(yield func(int) bool) {
		_ = yield(1)
	}
	for v := range f {
		_ = v
	}
	var p *Point = new(Point)
	(*p).X++
	p.Y -= 2
	x <<= 1
	y := str.ToUpper("x") + string('\u00e9') + "\x41\101\n" + `raw
string`
	_ = y
	fn := (*Point).String
	_ = fn
	_ = Sum[int](1, 2, 3)
	_ = []byte(y)
	_ = (func())(nil)
	_ = chan int(nil)
	var l List[string, int]
	l.Push("a", 1)
	_ = 0x1p-2 + 0o17 + 017 + 0b1010 + 1_000 + .5 + 1.
	/* a general
	   comment */
	return
}
