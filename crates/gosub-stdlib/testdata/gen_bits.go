// Command gen_bits writes bits.txt: x, LeadingZeros64, TrailingZeros64, OnesCount64, Reverse64 and
// ReverseBytes64 of real Go, in hex, tab-separated, one x a line.
//
// Run from crates/gosub-stdlib/testdata: go run gen_bits.go > bits.txt
package main

import (
	"fmt"
	"math/bits"
	"math/rand"
)

func main() {
	xs := []uint64{0, 1, 2, 3, 1 << 63, 1<<64 - 1, 0x8000000000000001, 0x00ff00ff00ff00ff, 0x0123456789abcdef}
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 100; i++ {
		xs = append(xs, r.Uint64()>>uint(r.Intn(64)))
	}
	fmt.Println("# x\tLeadingZeros64\tTrailingZeros64\tOnesCount64\tReverse64\tReverseBytes64 (from gen_bits.go)")
	for _, x := range xs {
		fmt.Printf("%x\t%x\t%x\t%x\t%x\t%x\n", x, bits.LeadingZeros64(x), bits.TrailingZeros64(x),
			bits.OnesCount64(x), bits.Reverse64(x), bits.ReverseBytes64(x))
	}
}
