package main

import "fmt"

func main() {
	var x uint8 = 1
	for _, n := range []uint{0, 1, 7, 8, 9, 100} {
		fmt.Println("u8 1<<", n, "=", x<<n)
	}
	var y int8 = -128
	for _, n := range []uint{0, 1, 7, 8, 200} {
		fmt.Println("i8 -128>>", n, "=", y>>n)
	}
	var z int64 = 1
	fmt.Println(z<<63, z<<64, z<<1000)
	var w int64 = -1
	fmt.Println(w>>63, w>>64, w>>1000)
	var u uint64 = 1 << 63
	fmt.Println(u>>63, u>>64, u<<1)
	var i int32 = 0x40000000
	fmt.Println(i<<1, i<<2)
	s := 3
	fmt.Println(1<<s, 1024>>s)
	var sh int = 65
	var one int = 1
	fmt.Println(one<<sh, -one>>sh)
	fmt.Println(uint32(0xffffffff)>>31, int32(-5)>>1)
	var b byte = 0x81
	fmt.Printf("%08b %08b %08b\n", b<<1, b>>1, b&^0x80)
	fmt.Println(6&3, 6|3, 6^3, 6&^3, ^6, ^uint8(6))
}
