package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Small = Big >> 99
const Huge = 1e300 * 1e300 / 1e300

const typed int32 = 7

func main() {
	fmt.Println(Small)
	fmt.Println(Big / (1 << 90))
	fmt.Println(Huge)
	var f float32 = 1.0 / 3
	var g float64 = 1.0 / 3
	fmt.Println(f, g)
	fmt.Println(7/2, 7.0/2, 7/2.0)
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'x', 1i)
	fmt.Println(typed*2, typed/2)
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(uint64(math.MaxUint64))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8)
	fmt.Println(math.MaxInt16, math.MinInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint32)
	const s = "hello" + ", " + "world"
	fmt.Println(len(s), s)
	const t = len("abc") * 2
	var arr [t]int
	fmt.Println(len(arr))
	fmt.Println(1<<62 + (1<<62 - 1))
	const c = 3 + 4i
	fmt.Println(real(c), imag(c), c)
}
