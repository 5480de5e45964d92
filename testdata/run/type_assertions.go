package main

import (
	"fmt"
	"io"
	"strings"
)

type Named interface{ Name() string }
type Person struct{ name string }

func (p Person) Name() string { return p.name }

func main() {
	var i interface{} = 42
	n, ok := i.(int)
	fmt.Println(n, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	fmt.Println(i.(int) + 1)
	var named interface{} = Person{"ann"}
	if nm, ok := named.(Named); ok {
		fmt.Println("named:", nm.Name())
	}
	_, ok = named.(fmt.Stringer)
	fmt.Println(ok)
	p := named.(Person)
	fmt.Println(p.name)
	_, ok = named.(*Person)
	fmt.Println(ok)
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println(ok)
	_, ok = nilI.(interface{})
	fmt.Println(ok)
	var r io.Reader = strings.NewReader("x")
	_, ok = r.(io.Writer)
	fmt.Println(ok)
	_, ok = r.(io.ByteReader)
	fmt.Println(ok)
	sr, ok := r.(*strings.Reader)
	fmt.Println(sr.Len(), ok)
	type myint int
	var mi interface{} = myint(3)
	_, ok = mi.(int)
	fmt.Println(ok)
	v, ok := mi.(myint)
	fmt.Println(v, ok)
}
