package main

import (
	"errors"
	"fmt"
)

type Bad struct{}

func (Bad) String() string { panic("boom") }

type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("err boom")) }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprint("ptr ", p.n) }

type Node struct{ v int }

func (n *Node) String() string {
	if n == nil {
		return "nil-node"
	}
	return fmt.Sprint("node ", n.v)
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	fmt.Println(Bad{})
	fmt.Printf("%v|%s|%d\n", Bad{}, Bad{}, Bad{})
	fmt.Println(BadErr{})
	var ps *PtrStr
	fmt.Println(ps)
	fmt.Printf("[%v] [%s]\n", ps, ps)
	var nn *Node
	fmt.Println(nn, &Node{3})
	pts := []Pt{{1, 2}, {3, 4}}
	fmt.Println(pts, &pts[0])
	ptrs := []*Pt{{5, 6}}
	fmt.Println(ptrs)
	type Wrap struct {
		P  Pt
		PP *Pt
	}
	fmt.Printf("%v %+v\n", Wrap{P: Pt{1, 1}}, Wrap{PP: &Pt{2, 2}})
	m := map[string]Pt{"a": {7, 8}}
	fmt.Println(m)
	fmt.Println(fmt.Sprint(Bad{}) == "%!v(PANIC=String method: boom)")
}
