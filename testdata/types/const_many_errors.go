package main

import "fmt"

const big = 1 << 500

var (
	a = big * big
	b int8 = int8(100) * 2
	c = -uint(1)
	d = 1.5 << 2
	e = 1 << 2.5
	f = 1 / 0
	g float32 = 1e40
	h = 0x1p2000000000
	i = 1 / (0 + 0i)
	j = uint8(255) + 1
	k = int32(1) << 31
)

func main() {
	fmt.Println(a, b, c, d, e, f, g, h, i, j, k)
}
