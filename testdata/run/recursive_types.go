package main

import (
	"fmt"
	"sort"
	"strings"
)

type Tree map[string]Tree

func (t Tree) Add(path ...string) {
	cur := t
	for _, p := range path {
		next, ok := cur[p]
		if !ok {
			next = Tree{}
			cur[p] = next
		}
		cur = next
	}
}

func (t Tree) Print(indent int) {
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(strings.Repeat("  ", indent) + k)
		t[k].Print(indent + 1)
	}
}

type Expr interface{ Eval() int }
type Num int
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }

func (n Num) Eval() int { return int(n) }
func (a Add) Eval() int { return a.L.Eval() + a.R.Eval() }
func (m Mul) Eval() int { return m.L.Eval() * m.R.Eval() }

func (a Add) String() string { return fmt.Sprintf("(%v + %v)", a.L, a.R) }
func (m Mul) String() string { return fmt.Sprintf("%v * %v", m.L, m.R) }

type Nested []Nested

func depth(n Nested) int {
	d := 0
	for _, c := range n {
		if cd := depth(c) + 1; cd > d {
			d = cd
		}
	}
	return d
}

type F func(int) F

func main() {
	t := Tree{}
	t.Add("usr", "bin")
	t.Add("usr", "lib", "go")
	t.Add("etc")
	t.Print(0)
	e := Add{Num(2), Mul{Num(3), Add{Num(4), Num(1)}}}
	fmt.Println(e, "=", e.Eval())
	n := Nested{Nested{}, Nested{Nested{Nested{}}}}
	fmt.Println(depth(n), len(n))
	var f F
	count := 0
	f = func(i int) F {
		count += i
		return f
	}
	f(1)(2)(3)
	fmt.Println(count)
}
