package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	Sl    []int
	M     map[string]int
	Iface interface{}
	f     float64
}

type Empty struct{}

func main() {
	in := Inner{1, "x"}
	o := Outer{"out", in, &in, []int{1, 2}, map[string]int{"k": 1}, 3, 1.5}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v\n", o.Sl)
	fmt.Printf("%#v\n", o.Sl)
	fmt.Printf("%#v\n", o.M)
	fmt.Printf("%#v %#v %#v\n", Empty{}, []Empty{{}}, struct{}{})
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, 2.5, true})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 1.0, uint8(3))
	fmt.Printf("%#v %#v\n", []string(nil), map[int]bool(nil))
	fmt.Printf("%#v\n", [2]bool{true})
	fmt.Printf("%v %+v\n", []*int{nil}, struct{ P *int }{nil})
	fmt.Printf("%v\n", [][]string{{"a"}, {}, nil})
	fmt.Printf("%v %+v\n", o.Iface, struct {
		X interface{}
		Y error
	}{})
	fmt.Printf("%#v\n", struct {
		X interface{}
		Y []int
	}{X: 5})
	type T struct {
		A []Inner
		M map[Inner]bool
	}
	t := T{[]Inner{{2, "y"}}, map[Inner]bool{{1, "a"}: true}}
	fmt.Printf("%v\n%+v\n%#v\n", t, t, t)
	fmt.Printf("%T %T %T %T %T\n", o, &o, o.M, o.Sl, o.Iface)
	fmt.Printf("%T %T %T\n", struct{ a int }{}, [3]string{}, func(int) string { return "" })
	fmt.Printf("%T %T %T\n", nil, []interface{}{}, map[string][]*Inner{})
	fmt.Printf("%v\n", &in)
	fmt.Printf("%+v\n", &in)
	fmt.Printf("%#v\n", &in)
	fmt.Printf("%v %v\n", &[]int{1}, &map[string]int{"a": 1})
	fmt.Printf("%d\n", Inner{5, "z"})
	fmt.Printf("%x\n", Inner{255, "hi"})
	fmt.Println(o.f, Empty{}, [0]int{})
}
