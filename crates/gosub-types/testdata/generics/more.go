package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)  { s.items = append(s.items, v) }
func (s *Stack[T]) Peek() T   { return s.items[len(s.items)-1] }
func (s Stack[T]) Items() []T { return s.items }

type Named struct {
	Stack[int]
	name string
}

type Num interface {
	~int | ~float64
	String() string
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprint(int(m)) }

func Show[T Num](x T) string { return x.String() + fmt.Sprint(x+1) }

func Clone[S ~[]E, E any](s S) S {
	out := S{}
	for _, v := range s {
		out = append(out, v)
	}
	return out
}

func Kind[T any](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}

func Apply[T any](xs []T, f func(T) T) []T {
	return Map[T, T](xs, f)
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Count[T comparable](xs []T) map[T]int {
	m := make(map[T]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

type Number interface{ ~int | ~int32 | ~float64 }

func Scale[T Number](x T, f T) T { return x * f }

func ToFloat[T Number](x T) float64 { return float64(x) }

func Fill[T any](n int, v T) []T {
	s := make([]T, n)
	for i := range s {
		s[i] = v
	}
	return s
}

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{val: v, ok: true} }

func (o Opt[T]) Get() (T, bool) { return o.val, o.ok }

func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return make(Set[T]) }

type Num2 interface{ int | float64 }

func Sum2[T Num2](a ...T) (s T) {
	for _, x := range a {
		s += x
	}
	return
}

func First[T any, PT interface{ *T }](x PT) T { return *x }

func Send[T any](ch chan<- T, v T) { ch <- v }

func Recv[C ~chan E, E any](c C) E { return <-c }

func main() {
	var n Named
	n.Push(3)
	fmt.Println(n.Peek(), n.Items(), n.name)
	push := n.Push
	push(4)
	pe := (*Stack[int]).Peek
	fmt.Println(pe(&n.Stack))
	fmt.Println(Show(MyInt(3)))
	fmt.Println(Clone([]string{"a"}), Kind(3), Kind("s"), Kind(2.5))
	fmt.Println(Apply([]int{1}, func(i int) int { return i + 1 }))
	fmt.Println(Count([]string{"a", "a"}))
	fmt.Println(Scale(2, 3), Scale(2.5, 2), ToFloat(int32(3)))
	fmt.Println(Fill(2, "x"))
	o := Some(3)
	fmt.Println(o.Get())
	fmt.Println(o.OrElse(5), Opt[string]{}.OrElse("d"))
	s := NewSet[string]()
	s.Add("a")
	fmt.Println(s.Has("a"), len(s))
	fmt.Println(Sum2(1, 2), Sum2(1.5))
	x := 7
	fmt.Println(First(&x))
	ch := make(chan int, 1)
	Send(ch, 3)
	fmt.Println(Recv(ch))
	var st Stack[Opt[int]]
	st.Push(Some(1))
	fmt.Println(st.Peek().OrElse(0))
}
