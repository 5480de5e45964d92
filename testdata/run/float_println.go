package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.5, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 1e-7, 123456789.0,
		1.0 / 3, 2.0 / 3, 1e100, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, 0.000123}
	for _, v := range vals {
		fmt.Println(v)
	}
	negz := math.Copysign(0, -1)
	fmt.Println(negz, -negz, 1/negz)
	fmt.Println(math.NaN(), math.Inf(1), math.Inf(-1))
	fmt.Println(float32(0.1), float32(1e21), float32(1e-7), float32(16777216), float32(3.4e38))
	var f32 float32 = 1.0 / 3
	fmt.Println(f32, f32*3, float64(f32))
	fmt.Println(0.1+0.2, 0.3, 0.1+0.2 == 0.3)
	fmt.Println(math.Pi, math.E, math.Sqrt2)
	fmt.Print(1.5, 2.5, "\n")
	fmt.Print(1e21, "\n")
	println(1.5, 1e21, -0.25)
}
