package main

import "fmt"

type A struct{}

func (A) Hello() string { return "A.Hello" }
func (A) Only() string  { return "A.Only" }

type B struct{}

func (B) Hello() string { return "B.Hello" }

type C struct {
	A
	B
}

func (C) Hello() string { return "C.Hello" }

type D struct {
	C
	Name string
}

type Inner struct{ Name string }

func (i Inner) Who() string { return "inner:" + i.Name }

type Outer struct {
	Inner
	Name string
}

func main() {
	c := C{}
	fmt.Println(c.Hello(), c.A.Hello(), c.B.Hello(), c.Only())
	d := D{Name: "d"}
	fmt.Println(d.Hello(), d.Only(), d.C.A.Hello())
	o := Outer{Inner{"in"}, "out"}
	fmt.Println(o.Name, o.Who(), o.Inner.Name)
	type Hi interface{ Hello() string }
	var h Hi = d
	fmt.Println(h.Hello())
	h = c.B
	fmt.Println(h.Hello())
	fmt.Printf("%+v\n", d)
}
