package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Handler func(string) string

func chain(hs ...Handler) Handler {
	return func(s string) string {
		for _, h := range hs {
			s = h(s)
		}
		return s
	}
}

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Add(v int) { *l = append(*l, v) }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func main() {
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	names := make([]string, 0)
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ops[n].Apply(6, 3))
	}
	var nilOp Op
	fmt.Println(nilOp == nil, ops["div"] == nil)
	h := chain(strings.TrimSpace, strings.ToUpper, func(s string) string { return "<" + s + ">" })
	fmt.Println(h("  hi there "))
	var l IntList
	l.Add(1)
	l.Add(2)
	l.Add(3)
	fmt.Println(l, l.Sum(), len(l))
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	fmt.Printf("%T %T\n", ops["add"], h)
	fns := []func(float64) float64{func(x float64) float64 { return x * x }, Celsius(0).mul}
	for _, f := range fns {
		fmt.Print(f(3), " ")
	}
	fmt.Println()
}

func (c Celsius) mul(x float64) float64 { return float64(c) + x }
