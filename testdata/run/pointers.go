package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func incr(p *int) { *p++ }

func newInt(v int) *int { return &v }

func main() {
	x := 10
	p := &x
	*p = 20
	fmt.Println(x, *p, p == &x)
	incr(&x)
	fmt.Println(x)
	q := new(int)
	fmt.Println(*q)
	*q = 5
	pp := &q
	**pp = 6
	fmt.Println(*q)
	a := newInt(1)
	b := newInt(1)
	fmt.Println(a == b, *a == *b)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	s := []int{1, 2, 3}
	se := &s[2]
	s[2] = 30
	fmt.Println(*se)
	s = append(s, 4)
	s[2] = 300
	fmt.Println(*se)
	type Pt struct{ X, Y int }
	pt := Pt{1, 2}
	fx := &pt.X
	*fx = 10
	fmt.Println(pt)
	ptp := &pt
	ptp.Y = 20
	fmt.Println(pt, (*ptp).X)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	var np *int
	fmt.Println(np == nil)
	sp := &struct{ name string }{"anon"}
	fmt.Println(sp.name)
	ps := new([]int)
	*ps = append(*ps, 1, 2)
	fmt.Println(*ps, len(*ps))
	m := map[string]*int{"k": newInt(7)}
	*m["k"] += 1
	fmt.Println(*m["k"])
}
