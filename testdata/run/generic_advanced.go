package main

import (
	"fmt"
	"strings"
)

type Container[T any] interface {
	Put(T)
	All() []T
}

type Bag[T any] struct{ items []T }

func (b *Bag[T]) Put(v T)  { b.items = append(b.items, v) }
func (b *Bag[T]) All() []T { return b.items }

func Fill[T any](c Container[T], vs ...T) {
	for _, v := range vs {
		c.Put(v)
	}
}

type Numeric interface{ ~int | ~float64 }

type Stats[T Numeric] struct {
	vals []T
}

func (s *Stats[T]) Add(v T) *Stats[T] { s.vals = append(s.vals, v); return s }
func (s Stats[T]) Mean() float64 {
	var sum T
	for _, v := range s.vals {
		sum += v
	}
	return float64(sum) / float64(len(s.vals))
}

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }
func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + strings.ToUpper(x)
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return fmt.Sprintf("other %T", v)
}

func Equal[T comparable](a, b T) bool { return a == b }

type Named[T any] struct {
	Name string
	Val  T
}

type Wrapper[T any] struct {
	Named[T]
	Extra int
}

func main() {
	b := &Bag[string]{}
	Fill[string](b, "x", "y")
	Fill(Container[string](b), "z")
	fmt.Println(b.All())
	var s Stats[int]
	s.Add(1).Add(2).Add(4)
	fmt.Printf("%.3f\n", s.Mean())
	fs := Stats[float64]{[]float64{0.5, 1.5}}
	fmt.Println(fs.Mean())
	fmt.Println(Some(3), None[string](), Some("x").OrElse("y"), None[int]().OrElse(9))
	fmt.Println(Describe(5), Describe("go"), Describe(Some(1.5)), Describe(2.5))
	fmt.Println(Equal(1, 1), Equal("a", "b"), Equal([2]int{1, 2}, [2]int{1, 2}))
	var e1, e2 any = 1, 1
	fmt.Println(Equal(e1, e2))
	w := Wrapper[bool]{Named[bool]{"flag", true}, 3}
	fmt.Println(w.Name, w.Val, w.Extra)
	fmt.Printf("%+v %T\n", w, w)
}
