// Command gen_math writes math.txt: real Go's math functions (linux/amd64) on special and pseudo-random
// inputs. One case a line, tab-separated: function, then the arguments, then the results, each as the
// 16-hex-digit bits of a float64 (ints as two's-complement int64 bits).
//
// Run from crates/gosub-stdlib/testdata: go run gen_math.go > math.txt
package main

import (
	"fmt"
	"math"
	"math/rand"
)

type fn struct {
	name string
	args int // number of float64 arguments (ints are passed as float64 and converted)
	f    func(a []float64) []uint64
}

func b(f float64) uint64 { return math.Float64bits(f) }
func i(n int) uint64     { return uint64(int64(n)) }

func f1(name string, f func(float64) float64) fn {
	return fn{name, 1, func(a []float64) []uint64 { return []uint64{b(f(a[0]))} }}
}

func f2(name string, f func(float64, float64) float64) fn {
	return fn{name, 2, func(a []float64) []uint64 { return []uint64{b(f(a[0], a[1]))} }}
}

var specials = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 10, -10, 0.1, 1e-10, -1e-10,
	math.Pi, -math.Pi, math.Pi / 2, math.Pi / 4, 1e300, -1e300, 1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
	math.MaxFloat64, -math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 709.78, 709.79, -745.1, -745.2,
	710, -710, 1e6, 1e15, 1e22, 0.9999999999999999, 1.0000000000000002, 100, 171.6, 171.7, -0.75, 0.75,
	1.5, 2.5, -2.5, 4503599627370495.5, 4503599627370497, -4503599627370497, 1 << 53, 3.0e-8}

func randoms(r *rand.Rand, n int) []float64 {
	var out []float64
	for k := 0; k < n; k++ {
		var x float64
		switch k % 4 {
		case 0: // moderate magnitudes
			x = r.Float64() * 10
		case 1: // wide exponents
			x = math.Ldexp(1+r.Float64(), r.Intn(120)-60)
		case 2: // near 1 and small
			x = 1 + (r.Float64()-0.5)*1e-3
			if r.Intn(2) == 0 {
				x = (r.Float64() - 0.5) * 1e-3
			}
		default: // anything finite
			x = math.Float64frombits(r.Uint64() &^ (0x7FF << 52) | uint64(r.Intn(0x7FF)) << 52)
		}
		if r.Intn(2) == 0 {
			x = -x
		}
		out = append(out, x)
	}
	return out
}

func main() {
	r := rand.New(rand.NewSource(3))
	fns := []fn{
		f1("Abs", math.Abs), f2("Max", math.Max), f2("Min", math.Min), f1("Sqrt", math.Sqrt),
		f1("Cbrt", math.Cbrt), f2("Pow", math.Pow), f2("Hypot", math.Hypot), f1("Floor", math.Floor),
		f1("Ceil", math.Ceil), f1("Trunc", math.Trunc), f1("Round", math.Round),
		f1("RoundToEven", math.RoundToEven), f2("Mod", math.Mod), f2("Remainder", math.Remainder),
		{"Modf", 1, func(a []float64) []uint64 { x, y := math.Modf(a[0]); return []uint64{b(x), b(y)} }},
		{"Frexp", 1, func(a []float64) []uint64 { x, e := math.Frexp(a[0]); return []uint64{b(x), i(e)} }},
		{"Ilogb", 1, func(a []float64) []uint64 { return []uint64{i(math.Ilogb(a[0]))} }},
		f1("Logb", math.Logb),
		{"FMA", 3, func(a []float64) []uint64 { return []uint64{b(math.FMA(a[0], a[1], a[2]))} }},
		f2("Nextafter", math.Nextafter),
		{"Nextafter32", 2, func(a []float64) []uint64 {
			return []uint64{b(float64(math.Nextafter32(float32(a[0]), float32(a[1]))))}
		}},
		{"Float32bits", 1, func(a []float64) []uint64 { return []uint64{uint64(math.Float32bits(float32(a[0])))} }},
		f1("Exp", math.Exp), f1("Exp2", math.Exp2), f1("Expm1", math.Expm1), f1("Log", math.Log),
		f1("Log2", math.Log2), f1("Log10", math.Log10), f1("Log1p", math.Log1p), f1("Sin", math.Sin),
		f1("Cos", math.Cos), f1("Tan", math.Tan), f1("Asin", math.Asin), f1("Acos", math.Acos),
		f1("Atan", math.Atan), f2("Atan2", math.Atan2), f1("Sinh", math.Sinh), f1("Cosh", math.Cosh),
		f1("Tanh", math.Tanh), f1("Asinh", math.Asinh), f1("Acosh", math.Acosh), f1("Atanh", math.Atanh),
		f1("Gamma", math.Gamma),
		{"Lgamma", 1, func(a []float64) []uint64 { x, s := math.Lgamma(a[0]); return []uint64{b(x), i(s)} }},
		f1("Erf", math.Erf), f1("Erfc", math.Erfc),
	}
	fmt.Println("# function, arguments, results as float64 bits in hex (ints as int64 bits); from gen_math.go")
	for _, f := range fns {
		var cases [][]float64
		switch f.args {
		case 1:
			for _, x := range append(append([]float64{}, specials...), randoms(r, 60)...) {
				cases = append(cases, []float64{x})
			}
		case 2:
			for _, x := range specials {
				for _, y := range []float64{0, -1, 0.5, math.Inf(1), math.Inf(-1), math.NaN(), -2.5} {
					cases = append(cases, []float64{x, y})
				}
			}
			xs, ys := randoms(r, 60), randoms(r, 60)
			for k := range xs {
				y := ys[k]
				if f.name == "Pow" && k%3 == 0 {
					y = float64(r.Intn(64) - 32) // integer exponents
				}
				if f.name == "Pow" && k%3 == 1 {
					xs[k] = math.Abs(xs[k])
				}
				cases = append(cases, []float64{xs[k], y})
			}
		case 3:
			for _, x := range specials[:20] {
				cases = append(cases, []float64{x, 3, -x * 3}, []float64{x, x, 1}, []float64{x, 0.1, 1e-20})
			}
			xs, ys, zs := randoms(r, 60), randoms(r, 60), randoms(r, 60)
			for k := range xs {
				cases = append(cases, []float64{xs[k], ys[k], zs[k]})
			}
		}
		for _, c := range cases {
			fmt.Print(f.name)
			for _, a := range c {
				fmt.Printf("\t%016x", b(a))
			}
			for _, v := range f.f(c) {
				fmt.Printf("\t%016x", v)
			}
			fmt.Println()
		}
	}
	// Integer-argument functions: Ldexp(frac, exp) and Pow10(n).
	for _, x := range append(append([]float64{}, specials...), randoms(r, 20)...) {
		for _, e := range []int{0, 1, -1, 52, -1022, -1074, -1075, 1023, 1024, 2000, -2000, r.Intn(200) - 100} {
			fmt.Printf("Ldexp\t%016x\t%016x\t%016x\n", b(x), i(e), b(math.Ldexp(x, e)))
		}
	}
	for n := -330; n <= 330; n++ {
		fmt.Printf("Pow10\t%016x\t%016x\n", i(n), b(math.Pow10(n)))
	}
}
