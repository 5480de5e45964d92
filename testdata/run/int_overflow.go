package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8", i8)
	i8 = -128
	i8--
	fmt.Println("int8", i8)
	i8 = -128
	fmt.Println("int8 neg", -i8)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8", u8)
	u8 = 0
	u8--
	fmt.Println("uint8", u8)

	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16", i16)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println("uint16", u16)

	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32", i32)
	var u32 uint32 = 0
	u32 -= 1
	fmt.Println("uint32", u32)

	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64", i64)
	var u64 uint64 = 18446744073709551615
	u64 += 10
	fmt.Println("uint64", u64)

	var i int = 1 << 62
	i *= 4
	fmt.Println("int", i)
	var u uint = 0
	u--
	fmt.Println("uint", u)
	var up uintptr = 0
	up--
	fmt.Println("uintptr", up)

	var m32 int32 = -2147483648
	fmt.Println(m32/-1, m32*-1)
	var m64 int64 = -9223372036854775808
	fmt.Println(m64/-1, m64%-1)

	var b byte = 200
	var c byte = 100
	fmt.Println(b+c, b*c, c-b)
	var r rune = 0x7fffffff
	r++
	fmt.Println(r)
}
