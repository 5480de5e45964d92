package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet []uint64

func (b *BitSet) Set(i int) {
	for len(*b) <= i/64 {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (uint(i) % 64)
}

func (b BitSet) Has(i int) bool {
	if i/64 >= len(b) {
		return false
	}
	return b[i/64]&(1<<(uint(i)%64)) != 0
}

func (b BitSet) Count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b BitSet) String() string {
	var parts []string
	for i := 0; i < len(b)*64; i++ {
		if b.Has(i) {
			parts = append(parts, fmt.Sprint(i))
		}
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func main() {
	var b BitSet
	for _, i := range []int{1, 3, 64, 65, 127, 200} {
		b.Set(i)
	}
	fmt.Println(b, b.Count(), len(b))
	fmt.Println(b.Has(3), b.Has(4), b.Has(1000))
	x := uint32(0b1011_0000)
	fmt.Printf("%032b\n", x)
	fmt.Println(x&-x, x&(x-1), bits.TrailingZeros32(x))
	var y uint16 = 0xF0F0
	fmt.Printf("%04x %04x %04x\n", y>>4, y<<4, ^y)
	fmt.Printf("%016b\n", bits.Reverse16(y))
	v := 37
	fmt.Println(v&1 == 1, v>>1, v<<3, v|0x100)
	isPow2 := func(n uint) bool { return n != 0 && n&(n-1) == 0 }
	fmt.Println(isPow2(64), isPow2(65), isPow2(0))
}
