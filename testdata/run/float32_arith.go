package main

import (
	"fmt"
	"math"
)

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b, a-b)
	fmt.Println(float64(a)+float64(b), float64(a+b))
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	var big float32 = 16777216
	fmt.Println(big+1, big+2)
	var f float32 = math.MaxFloat32
	fmt.Println(f*2, -f*2)
	var tiny float32 = 1e-45
	fmt.Println(tiny, tiny/2)
	x := float32(1) / 3
	fmt.Printf("%v %.10f %g %e\n", x, x, x, x)
	fmt.Println(float32(math.Pi), float32(math.E), float32(1e10), float32(123456789))
	fmt.Println(math.Float32bits(float32(0.1)))
	var h float64 = 1 << 53
	fmt.Println(h+1 == h, h+2)
	fmt.Println(float32(1.0000001), float32(0.99999999))
	var g float32 = 3.4e38
	fmt.Println(g, g*10 > g)
	fmt.Println(float32(2.5)*float32(4), float32(7)/float32(2))
}
