package main

import "fmt"

func main() {
	x := 300
	fmt.Println(int8(x), uint8(x), int16(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y), uint(y))
	z := int64(-129)
	fmt.Println(int8(z), uint8(z))
	w := uint64(1<<63 + 5)
	fmt.Println(int64(w), int32(w), int8(w))
	var u32 uint32 = 0xdeadbeef
	fmt.Println(int32(u32), int16(u32), uint16(u32), byte(u32))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(f))
	g := -0.5
	fmt.Println(int(g))
	big := 1e10
	fmt.Println(int64(big), int32(int64(big)))
	fmt.Println(float32(0.1), float64(float32(0.1)))
	var i int = 16777217
	fmt.Println(float32(i), float64(i))
	var b int64 = 1<<53 + 1
	fmt.Println(float64(b), int64(float64(b)))
	m2, m300 := int8(-2), int16(-300)
	fmt.Printf("%x %x\n", uint16(m2), uint32(m300))
}
