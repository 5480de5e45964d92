package main

import (
	"fmt"
	"math"
)

type P struct {
	X float64
	S string
}

type W struct {
	A [2]int
	I interface{}
}

func main() {
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(P{nan, "a"} == P{nan, "a"}, P{1, "a"} == P{1, "a"})
	fmt.Println([2]float64{nan, 1} == [2]float64{nan, 1})
	var i1, i2 interface{} = nan, nan
	fmt.Println(i1 == i2, i1 == i1)
	fmt.Println(0.0 == math.Copysign(0, -1))
	fmt.Println(W{[2]int{1, 2}, "x"} == W{[2]int{1, 2}, "x"}, W{I: 1} == W{I: int64(1)})
	a, b := new(int), new(int)
	fmt.Println(a == b, a == a, *a == *b)
	type E struct{}
	e1, e2 := E{}, E{}
	fmt.Println(e1 == e2)
	var ip *int
	var ii interface{} = ip
	fmt.Println(ii == nil, ii == (*int)(nil))
	var err1, err2 error
	fmt.Println(err1 == err2)
	fmt.Println("abc" == "ab"+"c", []byte("a")[0] == 'a')
	s1 := "hello"
	s2 := "hel" + string([]byte{'l', 'o'})
	fmt.Println(s1 == s2, s1 < s2, s1 >= s2)
	type K struct {
		A int
		B string
	}
	m := map[K]int{{1, "x"}: 10}
	fmt.Println(m[K{1, "x"}], m[K{1, "y"}])
	var f1 func()
	fmt.Println(f1 == nil)
	c1 := complex(1, nan)
	fmt.Println(c1 == c1, complex(1, 2) == 1+2i)
	var u8 uint8 = 255
	var i8 int8 = -1
	fmt.Println(uint8(i8) == u8, int8(u8) == i8)
}
