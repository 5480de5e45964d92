package main

import (
	"fmt"
	"sort"
	"strings"
)

type StrSet map[string]struct{}

func (s StrSet) Add(v string) { s[v] = struct{}{} }
func (s StrSet) Has(v string) bool {
	_, ok := s[v]
	return ok
}
func (s StrSet) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type Vec3 [3]float64

func (v Vec3) Dot(o Vec3) float64 { return v[0]*o[0] + v[1]*o[1] + v[2]*o[2] }
func (v *Vec3) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }
func (p *Path) Push(s string) { *p = append(*p, s) }

type Bits uint8

func (b Bits) Has(f Bits) bool { return b&f != 0 }
func (b *Bits) Set(f Bits)     { *b |= f }

type Predicate func(int) bool

func (p Predicate) Not() Predicate { return func(n int) bool { return !p(n) } }

func main() {
	s := StrSet{}
	s.Add("b")
	s.Add("a")
	s.Add("b")
	fmt.Println(s.Has("a"), s.Has("z"), s.Sorted(), len(s))
	v := Vec3{1, 2, 3}
	fmt.Println(v.Dot(v))
	v.Scale(2)
	fmt.Println(v)
	var p Path
	p.Push("usr")
	p.Push("local")
	fmt.Println(p, len(p))
	fmt.Printf("%v %s %d\n", p, p, len(p.String()))
	var fl Bits
	fl.Set(4)
	fl.Set(1)
	fmt.Println(fl, fl.Has(4), fl.Has(2))
	even := Predicate(func(n int) bool { return n%2 == 0 })
	odd := even.Not()
	fmt.Println(even(4), odd(4), odd(3))
	vs := []Vec3{{1, 0, 0}, {0, 1, 0}}
	vs[1].Scale(5)
	fmt.Println(vs)
}
