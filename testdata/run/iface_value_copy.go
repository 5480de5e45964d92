package main

import "fmt"

type Box struct{ V int }

func (b Box) Get() int   { return b.V }
func (b *Box) Set(v int) { b.V = v }

type Getter interface{ Get() int }

func main() {
	b := Box{1}
	var g Getter = b
	b.V = 2
	fmt.Println(g.Get(), b.Get())
	var gp Getter = &b
	b.V = 3
	fmt.Println(gp.Get())
	gp.(*Box).Set(4)
	fmt.Println(b.V)
	var any1 interface{} = b
	copyB := any1.(Box)
	copyB.V = 99
	fmt.Println(any1.(Box).V, copyB.V)
	arr := [2]int{1, 2}
	var ai interface{} = arr
	arr[0] = 100
	fmt.Println(ai, arr)
	sl := []int{1, 2}
	var si interface{} = sl
	sl[0] = 100
	fmt.Println(si, sl)
	m := map[string]Getter{"a": Box{5}, "b": &Box{6}}
	fmt.Println(m["a"].Get(), m["b"].Get())
	list := []interface{}{b, &b}
	b.V = 7
	fmt.Println(list[0].(Box).V, list[1].(*Box).V)
	var e1, e2 interface{} = Box{1}, Box{1}
	fmt.Println(e1 == e2, e1 != Box{2})
}
