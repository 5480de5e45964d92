package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 3.14159265, -2.5, 1e21, 1e-7, 123456.789, math.Inf(1), math.NaN(), 100}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%f|%.3f|%8.2f|%-8.2f|%E|%G|%F\n", v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.2e %.10g %.3g %g\n", 123456.0, 1.0/3, 1234567.0, 1e-10)
	fmt.Printf("%+f %+.1e % f % .2f\n", 3.0, 3.0, 3.0, -3.0)
	fmt.Printf("%010.3f|%-10.3f|%+010.2f\n", math.Pi, math.Pi, -math.Pi)
	fmt.Printf("%#g %#.3g %#v\n", 1.0, 2.0, 3.0)
	fmt.Printf("%v %v\n", float32(2.5), float32(1)/3)
	fmt.Printf("%.3v %10v|\n", math.Pi, 2.5)
	fmt.Printf("%x %X\n", 1.0, 255.5)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%8.3f|%-8.3f|%08.3f\n", math.Inf(-1), math.NaN(), math.Inf(1))
	fmt.Printf("%g %g\n", math.Copysign(0, -1), float32(1e-8))
	fmt.Printf("%.*f %*.*f|\n", 2, math.Pi, 8, 3, math.E)
	fmt.Printf("%6.2f%%\n", 45.678)
}
