package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Cbrt(27))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(0, -1), math.Pow(-8, 1.0/3))
	fmt.Println(math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Exp(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Log(0), math.Log(-1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(1), math.Atan2(1, -1), math.Hypot(3, 4))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(1, 0))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.MaxInt, math.MaxUint32, math.SmallestNonzeroFloat32, math.MaxFloat32)
	fmt.Println(math.Inf(1)-math.Inf(1), math.Inf(1)*0, -math.Inf(1))
	fmt.Println(math.Nextafter(1, 2), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Trunc(1e300), math.Floor(math.Inf(-1)))
	x := 0.1
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += x
	}
	fmt.Println(sum, sum == 1.0, math.Abs(sum-1) < 1e-9)
}
