package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	c := complex(1, 2)
	d := 3 - 4i
	fmt.Println(c, d, c+d, c*d, c/d)
	fmt.Println(real(c*d), imag(c*d))
	fmt.Println(cmplx.Abs(d))
	var c64 complex64 = complex64(c)
	fmt.Println(c64, c64*c64)
	fmt.Printf("%v %.2f %g %T %T\n", c, d, c, c, c64)
	fmt.Println(c == complex(1, 2), c != d)
	fmt.Println(complex(math.Inf(1), math.NaN()))
	z := 0i
	fmt.Println(z, -z)
	fmt.Printf("%+.1f\n", complex(-1.25, 0.5))
	fmt.Println(cmplx.Sqrt(-1))
}
