package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(out *[]T) {
	if t == nil {
		return
	}
	t.Left.Walk(out)
	*out = append(*out, t.Val)
	t.Right.Walk(out)
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len())
	v, ok := s.Pop()
	fmt.Println(v, ok)
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	p := Pair[string, int]{"x", 1}
	fmt.Println(p)
	fmt.Printf("%v %+v %T\n", p, []Pair[int, bool]{{1, true}}, p)
	var l List[float64]
	l.Prepend(1.5)
	l.Prepend(2.5)
	var sb strings.Builder
	l.Each(func(f float64) { fmt.Fprint(&sb, f, ";") })
	fmt.Println(sb.String(), l.size)
	var t *Tree[int]
	for _, x := range []int{5, 3, 8, 1, 4, 9} {
		t = t.Insert(x)
	}
	var out []int
	t.Walk(&out)
	fmt.Println(out)
	var ts *Tree[string]
	for _, w := range strings.Fields("delta alpha charlie bravo") {
		ts = ts.Insert(w)
	}
	var words []string
	ts.Walk(&words)
	fmt.Println(words)
	fmt.Printf("%T\n", ts)
}
