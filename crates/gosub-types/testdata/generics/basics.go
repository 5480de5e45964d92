package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

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

func (s Stack[E]) Len() int { return len(s.items) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Add(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

func Contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Zero[T any]() T {
	var z T
	return z
}

type Stringer interface{ String() string }

func Join[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type MyInts []int

type Tree[T Ordered] struct {
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

type Cache[K comparable, V any] struct {
	data map[K]V
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache[K, V]) Put(k K, v V) { c.data[k] = v }

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Ptr[T any](v T) *T { return &v }

func SumAll[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Convert[T, U Number](x T) U { return U(x) }

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	ss := &Stack[string]{}
	ss.Push("a")
	var l List[string]
	l.Add("x")
	l.Each(func(s string) { fmt.Println(s) })
	p := MakePair("a", 1)
	fmt.Println(p, p.Key, p.Val)
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) }))
	fmt.Println(Sum([]float64{1, 2}), Sum(MyInts{1, 2}))
	fmt.Println(Max(1, 2.5), Max("a", "b"), Max[int](1, 2))
	fmt.Println(Keys(map[string]int{"a": 1}))
	fmt.Println(Index(MyInts{1, 2, 3}, 2), Contains([]string{"a"}, "a"))
	fmt.Println(Reduce([]int{1, 2, 3}, 0, func(a, x int) int { return a + x }))
	fmt.Println(Zero[int](), Zero[string]())
	fmt.Println(Join([]Pair[string, int]{p}, ","))
	var t *Tree[int]
	t = t.Insert(3).Insert(1)
	fmt.Println(t.Val, t.Left.Val)
	c := NewCache[string, int]()
	c.Put("a", 1)
	fmt.Println(c.Get("a"))
	fmt.Println(Filter([]int{1, 2, 3}, func(i int) bool { return i > 1 }))
	fmt.Println(*Ptr(3), SumAll(1, 2, 3), SumAll(1.5, 2))
	fmt.Println(Convert[int, float64](3))
	f := Map[int, int]
	fmt.Println(f([]int{1}, func(i int) int { return i * 2 }))
	var st Stringer = p
	fmt.Println(st)
	type local = Stack[int]
	var lc local
	lc.Push(4)
	fmt.Println(lc.Len())
}
