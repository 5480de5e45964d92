package main

import (
	"fmt"
	"math"
)

type Level string

const (
	Debug Level = "debug"
	Info  Level = "info"
)

type Ratio float64

const (
	Half    Ratio = 0.5
	Quarter       = Half / 2
)

const (
	A = iota * 1.5
	B
	C
)

const (
	_  = iota
	x1 = 1 << iota
	x2
	_
	x4
)

const typedUint uint16 = 1<<16 - 1
const huge = 1 << 200
const ratio = huge / (1 << 198)
const fl = 1.0 / 3.0
const precise = fl * 3

func main() {
	fmt.Println(Debug, Info, len(Debug))
	fmt.Printf("%T %T %v\n", Debug, Quarter, Quarter)
	fmt.Println(A, B, C)
	fmt.Printf("%T\n", B)
	fmt.Println(x1, x2, x4)
	fmt.Println(typedUint, ratio, precise == 1)
	fmt.Println(math.MaxUint16 == typedUint)
	const s = "const" + "ant"
	const n = len(s)
	var arr [n]byte
	copy(arr[:], s)
	fmt.Println(string(arr[:]), n)
	const big = 1e300
	fmt.Println(big*big/big == 1e300)
	const r = 'x'
	var f float64 = r
	fmt.Println(f)
	const c = 1 + 2i
	fmt.Println(c*c, real(c*c))
	const bo = 1 < 2
	fmt.Printf("%v %T\n", bo, bo)
	var u uint = 1 << 63
	fmt.Println(u)
	fmt.Println(5/2, 5.0/2, 5/2.0, 1/3*3, 1/3.0*3)
}
