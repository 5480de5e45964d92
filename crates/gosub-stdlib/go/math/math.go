// Package math: basic constants and mathematical functions for gosub. The functions are natives over
// Rust's f64 operations (IEEE 754 exactly where Go is exact: Sqrt, Floor, Ceil, Trunc, Abs, ...);
// classification helpers are Go.
package math

// IsNaN reports whether f is an IEEE 754 "not-a-number" value.
func IsNaN(f float64) (is bool) {
	return f != f
}

// IsInf reports whether f is an infinity, according to sign: sign > 0 tests +Inf, sign < 0 tests -Inf,
// sign == 0 either.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(0x7FF0000000000000)
	}
	return Float64frombits(0xFFF0000000000000)
}

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64 { return Float64frombits(0x7FF8000000000001) }

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool {
	return Float64bits(x)&(1<<63) != 0
}

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	const signBit = 1 << 63
	return Float64frombits(Float64bits(f)&^signBit | Float64bits(sign)&signBit)
}

// Dim returns the maximum of x-y or 0.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number with the IEEE 754 binary representation b.
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number with the IEEE 754 binary representation b.
func Float32frombits(b uint32) float32

// Abs returns the absolute value of x.
func Abs(x float64) float64

// Max returns the larger of x or y: +Inf if either is +Inf, NaN if either is NaN, +0 over -0.
func Max(x, y float64) float64

// Min returns the smaller of x or y: -Inf if either is -Inf, NaN if either is NaN, -0 over +0.
func Min(x, y float64) float64

// Sqrt returns the square root of x.
func Sqrt(x float64) float64

// Cbrt returns the cube root of x.
func Cbrt(x float64) float64

// Pow returns x**y, with the special cases of IEEE 754 pow.
func Pow(x, y float64) float64

// Pow10 returns 10**n: 0 for n < -323, +Inf for n > 308.
func Pow10(n int) float64

// Hypot returns Sqrt(p*p + q*q), taking care to avoid unnecessary overflow and underflow.
func Hypot(p, q float64) float64

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64

// Trunc returns the integer value of x.
func Trunc(x float64) float64

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64

// Mod returns the floating-point remainder of x/y, with the sign of x.
func Mod(x, y float64) float64

// Remainder returns the IEEE 754 floating-point remainder of x/y.
func Remainder(x, y float64) float64

// Modf returns integer and fractional floating-point numbers that sum to f, both with f's sign.
func Modf(f float64) (int float64, frac float64)

// Frexp breaks f into a normalized fraction in [½, 1) and an integral power of two.
func Frexp(f float64) (frac float64, exp int)

// Ldexp is the inverse of Frexp: frac × 2**exp.
func Ldexp(frac float64, exp int) float64

// Ilogb returns the binary exponent of x as an integer.
func Ilogb(x float64) int

// Logb returns the binary exponent of x.
func Logb(x float64) float64

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64

// Nextafter returns the next representable float64 value after x towards y.
func Nextafter(x, y float64) (r float64)

// Nextafter32 returns the next representable float32 value after x towards y.
func Nextafter32(x, y float32) (r float32)

// Exp returns e**x.
func Exp(x float64) float64

// Exp2 returns 2**x.
func Exp2(x float64) float64

// Expm1 returns e**x - 1, accurate for x near zero.
func Expm1(x float64) float64

// Log returns the natural logarithm of x.
func Log(x float64) float64

// Log2 returns the binary logarithm of x.
func Log2(x float64) float64

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64

// Log1p returns the natural logarithm of 1 plus x, accurate for x near zero.
func Log1p(x float64) float64

// Sin returns the sine of the radian argument x.
func Sin(x float64) float64

// Cos returns the cosine of the radian argument x.
func Cos(x float64) float64

// Tan returns the tangent of the radian argument x.
func Tan(x float64) float64

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) {
	return Sin(x), Cos(x)
}

// Asin returns the arcsine, in radians, of x.
func Asin(x float64) float64

// Acos returns the arccosine, in radians, of x.
func Acos(x float64) float64

// Atan returns the arctangent, in radians, of x.
func Atan(x float64) float64

// Atan2 returns the arc tangent of y/x, using the signs of the two to determine the quadrant.
func Atan2(y, x float64) float64

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x float64) float64

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x float64) float64

// Gamma returns the Gamma function of x.
func Gamma(x float64) float64

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
func Lgamma(x float64) (lgamma float64, sign int)

// Erf returns the error function of x.
func Erf(x float64) float64

// Erfc returns the complementary error function of x.
func Erfc(x float64) float64
