package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type ID int
type Name string
type Bytes []byte
type Pt struct{ X, Y int }
type Vec struct{ X, Y int }
type Tagged struct {
	X int `json:"x"`
	Y int `json:"y"`
}

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	c := Celsius(100)
	fmt.Println(CToF(c), CToF(-40))
	fmt.Printf("%T %T\n", c, CToF(c))
	id := ID(7)
	n := int(id) + 1
	fmt.Println(id, n)
	nm := Name("gopher")
	s := string(nm) + "!"
	fmt.Println(nm, s, len(nm), nm[0])
	b := Bytes("raw")
	fmt.Println(b, string(b))
	p := Pt{1, 2}
	v := Vec(p)
	fmt.Println(v, Pt(v) == p)
	t := Tagged(p)
	fmt.Printf("%+v\n", t)
	type MyInts []int
	mi := MyInts([]int{1, 2})
	raw := []int(mi)
	raw[0] = 99
	fmt.Println(mi, raw)
	var f float64 = float64(c)
	fmt.Println(f / 3)
	r := []rune(string(nm))
	fmt.Println(len(r), Name(r[:3]))
	arr := [4]int{1, 2, 3, 4}
	sl := arr[:]
	ap := (*[2]int)(sl)
	ap[0] = 100
	fmt.Println(arr, *ap)
	a2 := [3]int(sl)
	a2[1] = -1
	fmt.Println(arr, a2)
	var e interface{} = ID(3)
	_, isInt := e.(int)
	fmt.Println(isInt)
}
