package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount(255), bits.OnesCount64(1<<63|1), bits.OnesCount8(0xAA))
	fmt.Println(bits.LeadingZeros64(1), bits.LeadingZeros32(0), bits.TrailingZeros(8), bits.TrailingZeros16(0))
	fmt.Println(bits.Len(0), bits.Len(1), bits.Len(255), bits.Len64(1<<40))
	fmt.Println(bits.Reverse8(1), bits.ReverseBytes16(0x1234) == 0x3412, bits.RotateLeft8(0x81, 1), bits.RotateLeft32(1, -1))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	fmt.Println(bits.UintSize)
}
