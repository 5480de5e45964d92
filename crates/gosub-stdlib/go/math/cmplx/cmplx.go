// Package cmplx: basic functions and constants for complex numbers, for gosub. Written over package
// math from the textbook identities.
package cmplx

import "math"

// Abs returns the absolute value (also called the modulus) of x.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Phase returns the phase (also called the argument) of x, in the range [-Pi, Pi].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns the absolute value r and phase θ of x, such that x = r * e**θi.
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

// Rect returns the complex number x with polar coordinates r, θ.
func Rect(r, θ float64) complex128 {
	s, c := math.Sincos(θ)
	return complex(r*c, r*s)
}

// Conj returns the complex conjugate of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// IsNaN reports whether either real(x) or imag(x) is NaN and neither is an infinity.
func IsNaN(x complex128) bool {
	if math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// IsInf reports whether either real(x) or imag(x) is an infinity.
func IsInf(x complex128) bool { return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) }

// Inf returns a complex infinity, complex(+Inf, +Inf).
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// NaN returns a complex "not-a-number" value.
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// Sqrt returns the square root of x, with a non-negative real part (the principal root).
func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	if im == 0 {
		if re == 0 {
			return complex(0, im)
		}
		if re < 0 {
			return complex(0, math.Copysign(math.Sqrt(-re), im))
		}
		return complex(math.Sqrt(re), im)
	}
	if math.IsInf(im, 0) {
		return complex(math.Inf(1), im)
	}
	if re == 0 {
		if im < 0 {
			r := math.Sqrt(-0.5 * im)
			return complex(r, -r)
		}
		r := math.Sqrt(0.5 * im)
		return complex(r, r)
	}
	// t = sqrt((|re| + |x|) / 2) computed without overflow.
	t := math.Sqrt(0.5 * (math.Abs(re) + Abs(x)))
	if math.IsInf(t, 0) {
		t = math.Sqrt(0.5*math.Abs(re)/4+0.5*Abs(x)/4) * 2
	}
	if re > 0 {
		return complex(t, im/(2*t))
	}
	return complex(math.Abs(im)/(2*t), math.Copysign(t, im))
}

// Exp returns e**x, the base-e exponential of x.
func Exp(x complex128) complex128 {
	r := math.Exp(real(x))
	if imag(x) == 0 {
		return complex(r, imag(x))
	}
	s, c := math.Sincos(imag(x))
	return complex(r*c, r*s)
}

// Log returns the natural logarithm of x (the principal value).
func Log(x complex128) complex128 { return complex(math.Log(Abs(x)), Phase(x)) }

// Log10 returns the decimal logarithm of x.
func Log10(x complex128) complex128 {
	z := Log(x)
	return complex(math.Log10E*real(z), math.Log10E*imag(z))
}

// Pow returns x**y, the base-x exponential of y. Pow(0, 0) is 1; Pow(0, c) with real(c) < 0 is
// Inf+0i when imag(c) is zero, else Inf+Inf i.
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		re, im := real(y), imag(y)
		switch {
		case re == 0:
			return 1
		case re < 0:
			if im == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		case re > 0:
			return 0
		}
	}
	modulus := Abs(x)
	if modulus == 0 {
		return 0
	}
	r := math.Pow(modulus, real(y))
	arg := Phase(x)
	theta := real(y) * arg
	if imag(y) != 0 {
		r *= math.Exp(-imag(y) * arg)
		theta += imag(y) * math.Log(modulus)
	}
	s, c := math.Sincos(theta)
	return complex(r*c, r*s)
}

// sinhcosh returns sinh(x) and cosh(x): from package math near zero, else from one exponential as
// (e**x ∓ e**-x) / 2.
func sinhcosh(x float64) (sh, ch float64) {
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), math.Cosh(x)
	}
	e := math.Exp(x)
	half := 0.5 / e
	e *= 0.5
	return e - half, e + half
}

// Sin returns the sine of x: sin(a)cosh(b) + i cos(a)sinh(b).
func Sin(x complex128) complex128 {
	s, c := math.Sincos(real(x))
	sh, ch := sinhcosh(imag(x))
	return complex(s*ch, c*sh)
}

// Cos returns the cosine of x: cos(a)cosh(b) - i sin(a)sinh(b).
func Cos(x complex128) complex128 {
	s, c := math.Sincos(real(x))
	sh, ch := sinhcosh(imag(x))
	return complex(c*ch, -s*sh)
}

// Tan returns the tangent of x: (sin(2a) + i sinh(2b)) / (cos(2a) + cosh(2b)).
func Tan(x complex128) complex128 {
	sh, ch := sinhcosh(2 * imag(x))
	d := math.Cos(2*real(x)) + ch
	return complex(math.Sin(2*real(x))/d, sh/d)
}

// Sinh returns the hyperbolic sine of x: sinh(a)cos(b) + i cosh(a)sin(b).
func Sinh(x complex128) complex128 {
	s, c := math.Sincos(imag(x))
	sh, ch := sinhcosh(real(x))
	return complex(c*sh, s*ch)
}

// Cosh returns the hyperbolic cosine of x: cosh(a)cos(b) + i sinh(a)sin(b).
func Cosh(x complex128) complex128 {
	s, c := math.Sincos(imag(x))
	sh, ch := sinhcosh(real(x))
	return complex(c*ch, s*sh)
}

// Tanh returns the hyperbolic tangent of x: (sinh(2a) + i sin(2b)) / (cosh(2a) + cos(2b)).
func Tanh(x complex128) complex128 {
	sh, ch := sinhcosh(2 * real(x))
	d := ch + math.Cos(2*imag(x))
	return complex(sh/d, math.Sin(2*imag(x))/d)
}
