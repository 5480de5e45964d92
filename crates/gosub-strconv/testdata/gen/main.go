// Command gen asks real Go for the text conversions that gosub-strconv must reproduce.
//
// It is run by hand, never by the build (see ../README.md):
//
//	go run main.go oracle  > ../oracle.txt                # the checked-in table
//	go run main.go tables  > ../../src/unicode_tables.rs  # IsPrint / IsGraphic ranges
//	go run main.go big 200000 > /tmp/big.txt              # a large one-off float comparison
//	go run main.go bigmix 60000 > /tmp/bigmix.txt         # a large one-off mixed comparison
//
// Every line of a table is one case: a tag, the inputs, and Go's outputs, separated by tabs. Inputs
// that may hold arbitrary bytes are hex-encoded; floats are given by their IEEE bits. The Rust test
// (tests/oracle.rs) documents each tag.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var out = bufio.NewWriterSize(os.Stdout, 1<<20)
var rng = rand.New(rand.NewPCG(2024, 1127))

func line(fields ...string) {
	out.WriteString(strings.Join(fields, "\t"))
	out.WriteByte('\n')
}

func hx(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

func errText(err error) string {
	if err == nil {
		return "-"
	}
	return err.Error()
}

// shortErr abbreviates the usual NumError text `strconv.FN: parsing "INPUT": MSG` to `~MSG`; the
// Rust test expands it again. Anything else is written in full.
func shortErr(err error, fn, s string) string {
	if err == nil {
		return "-"
	}
	prefix := "strconv." + fn + ": parsing " + strconv.Quote(s) + ": "
	if msg, ok := strings.CutPrefix(err.Error(), prefix); ok {
		return "~" + msg
	}
	return err.Error()
}

func bitsOf(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }

func main() {
	defer out.Flush()
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: gen oracle|tables|big N|println-child")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "oracle":
		oracle()
	case "tables":
		tables()
	case "big":
		n, _ := strconv.Atoi(os.Args[2])
		bigFloats(n)
	case "bigmix":
		n, _ := strconv.Atoi(os.Args[2])
		bigMix(n)
	case "println-child":
		printlnChild()
	}
}

// ---------------------------------------------------------------- float samples

// interestingFloats are edge values every float format is tried on.
func interestingFloats() []float64 {
	vals := []float64{
		0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375,
		0.625, 1.125, 2.675, 1.005, 1e-4, 1e-5, 9.9999e-5, 1e5, 1e6, 999999, 999999.5, 1e20, 1e21, 1e22, 1e23,
		123456789, 1234567.0, 100000, 12345678901234567890, 3.14159265358979, math.Pi, math.E,
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308,
		2.225073858507201e-308, math.MaxFloat32, math.SmallestNonzeroFloat32, 1.1754943508222875e-38,
		math.Inf(1), math.Inf(-1), math.NaN(), 1 << 53, 1<<53 + 1, 1 << 63, 1 << 64, 9007199254740993,
		2.2244658324114382e+15, 41438.0625, 5e-324, 1e308, 1e-308, 0.9999999999999999, 9.5, 99.5, 0.05,
		0.95, 0.45, 4.35, 0.0625, 1e-7, 123e-20, 7.0e22, 4.9406564584124654e-324,
	}
	for e := -30; e <= 30; e += 3 {
		vals = append(vals, math.Pow(10, float64(e)), math.Ldexp(1, e*3))
	}
	// Exact binary ties at 0, 1 and 2 places, where round-half-even on the exact value matters.
	for i := 0; i < 24; i++ {
		vals = append(vals, float64(i)+0.5, float64(i)/8, float64(i)+0.125*float64(1+2*(i%4)), -float64(i)-0.5)
	}
	return vals
}

// randomFloat draws from a mix of distributions: raw bit patterns, scaled uniforms, short decimals,
// subnormals and integers.
func randomFloat() float64 {
	switch rng.IntN(7) {
	case 0, 1:
		for {
			f := math.Float64frombits(rng.Uint64())
			if !math.IsNaN(f) && !math.IsInf(f, 0) {
				return f
			}
		}
	case 2:
		return rng.Float64() * math.Pow(10, float64(rng.IntN(60)-30))
	case 3:
		// A short decimal such as 12.345: exercises values near ties in decimal.
		f, _ := strconv.ParseFloat(fmt.Sprintf("%d.%de%d", rng.IntN(1000), rng.IntN(1000), rng.IntN(20)-10), 64)
		return f
	case 4:
		return math.Float64frombits(rng.Uint64N(1 << 53)) // subnormal or tiny normal
	case 5:
		return float64(rng.Int64N(1<<62)) * float64(1-2*rng.IntN(2))
	default:
		// An exact binary fraction with few bits: many exact decimal ties.
		return float64(rng.IntN(1<<16)) / float64(uint(1)<<rng.IntN(12))
	}
}

func randomFloat32() float64 {
	switch rng.IntN(3) {
	case 0:
		for {
			f := math.Float32frombits(rng.Uint32())
			if !math.IsNaN(float64(f)) && !math.IsInf(float64(f), 0) {
				return float64(f)
			}
		}
	case 1:
		return float64(float32(rng.Float64() * math.Pow(10, float64(rng.IntN(40)-20))))
	default:
		// Not exactly a float32: FormatFloat(…, 32) must round it first.
		return rng.Float64() * math.Pow(10, float64(rng.IntN(20)-10))
	}
}

// moderate reports whether %f of f stays a reasonable length.
func moderate(f float64) bool {
	a := math.Abs(f)
	return a == 0 || math.IsInf(f, 0) || math.IsNaN(f) || (a < 1e25 && a > 1e-25)
}

var fmtChars = []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}

func randomSpec(f float64) (byte, int) {
	for {
		c := fmtChars[rng.IntN(len(fmtChars))]
		if c == 'f' && !moderate(f) {
			continue
		}
		prec := rng.IntN(18)
		switch rng.IntN(8) {
		case 0:
			prec = -1
		case 1:
			prec = rng.IntN(45)
		}
		return c, prec
	}
}

// floatLine writes `ff bits size (spec out)*` with the shortest %g and %e always present.
func floatLine(f float64, size int, extra int) {
	fields := []string{"ff", bitsOf(f), strconv.Itoa(size)}
	add := func(c byte, prec int) {
		fields = append(fields, fmt.Sprintf("%c%d", c, prec), strconv.FormatFloat(f, c, prec, size))
	}
	add('g', -1)
	add('e', -1)
	if moderate(f) {
		add('f', -1)
	}
	for i := 0; i < extra; i++ {
		c, p := randomSpec(f)
		add(c, p)
	}
	line(fields...)
}

// ---------------------------------------------------------------- the oracle table

func oracle() {
	line("# Generated by testdata/gen (go run main.go oracle) from " + runtimeVersion() + "; do not edit.")
	floats()
	ints()
	parseInts()
	parseFloats()
	quotes()
	unquotes()
	printlns()
}

func runtimeVersion() string {
	v, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return "go"
	}
	return strings.TrimSpace(string(v))
}

// matrixSpecs are the formats every interesting value is tried in: fmt byte and precision.
var matrixSpecs = [][2]byte{{'e', 0xff}, {'e', 0}, {'e', 3}, {'e', 17}, {'E', 2}, {'f', 0xff}, {'f', 0}, {'f', 1},
	{'f', 2}, {'f', 20}, {'g', 0xff}, {'g', 0}, {'g', 5}, {'g', 17}, {'G', 3}, {'b', 0xff}, {'x', 0xff}, {'x', 0},
	{'x', 4}, {'X', 2}}

func floats() {
	line("# FormatFloat: ff bits bitSize (fmt+prec output)*")
	for _, f := range interestingFloats() {
		fields := []string{"ff", bitsOf(f), "64"}
		for _, spec := range matrixSpecs {
			c, p := spec[0], int(int8(spec[1]))
			if c == 'f' && !moderate(f) {
				continue
			}
			fields = append(fields, fmt.Sprintf("%c%d", c, p), strconv.FormatFloat(f, c, p, 64))
		}
		line(fields...)
		floatLine(f, 32, 2)
	}
	for i := 0; i < 700; i++ {
		floatLine(randomFloat(), 64, 3)
	}
	for i := 0; i < 300; i++ {
		floatLine(randomFloat32(), 32, 3)
	}
	// Unknown format bytes and huge precisions.
	line("ff", bitsOf(-1.5), "64", "z-1", strconv.FormatFloat(-1.5, 'z', -1, 64), "q3", strconv.FormatFloat(1.5, 'q', 3, 64),
		"e80", strconv.FormatFloat(-1.5, 'e', 80, 64), "x30", strconv.FormatFloat(-1.5, 'x', 30, 64))
	line("ff", bitsOf(math.NaN()), "64", "z-1", strconv.FormatFloat(math.NaN(), 'z', -1, 64))
	tiny := math.SmallestNonzeroFloat64
	line("ff", bitsOf(tiny), "64", "e760", strconv.FormatFloat(tiny, 'e', 760, 64), "f1080", strconv.FormatFloat(tiny, 'f', 1080, 64))

	line("# FormatComplex: fc re-bits im-bits bitSize fmt prec output")
	for i := 0; i < 120; i++ {
		re, im := randomFloat(), randomFloat()
		switch rng.IntN(6) {
		case 0:
			im = []float64{math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1), 0}[rng.IntN(5)]
		case 1:
			re = []float64{math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1), 0}[rng.IntN(5)]
		}
		size := []int{64, 128}[rng.IntN(2)]
		c, p := randomSpec(re)
		if !moderate(im) && c == 'f' {
			c = 'g'
		}
		if rng.IntN(2) == 0 {
			c, p = 'g', -1
		}
		line("fc", bitsOf(re), bitsOf(im), strconv.Itoa(size), string(c), strconv.Itoa(p),
			strconv.FormatComplex(complex(re, im), c, p, size))
	}
}

func ints() {
	line("# FormatInt / FormatUint: fi|fu value base output")
	ivals := []int64{0, 1, -1, 7, -7, 10, 35, 36, 255, -255, math.MaxInt64, math.MinInt64, math.MaxInt32,
		math.MinInt32, math.MaxInt64 - 1, math.MinInt64 + 1}
	for i := 0; i < 40; i++ {
		ivals = append(ivals, rng.Int64()>>rng.IntN(63)*int64(1-2*rng.IntN(2)))
	}
	for _, v := range ivals {
		for _, b := range []int{2, 8, 10, 16, 36, 2 + rng.IntN(35)} {
			line("fi", strconv.FormatInt(v, 10), strconv.Itoa(b), strconv.FormatInt(v, b))
		}
	}
	uvals := []uint64{0, 1, math.MaxUint64, math.MaxUint64 - 1, 1 << 63, math.MaxUint32}
	for i := 0; i < 20; i++ {
		uvals = append(uvals, rng.Uint64()>>rng.IntN(64))
	}
	for _, v := range uvals {
		for _, b := range []int{2, 10, 16, 36, 2 + rng.IntN(35)} {
			line("fu", strconv.FormatUint(v, 10), strconv.Itoa(b), strconv.FormatUint(v, b))
		}
	}
}

// mutate damages a valid number string to probe the syntax checks.
func mutate(s string) string {
	pieces := []string{"_", "__", ".", "+", "-", "e", "E", "p", "P", "x", "0x", "0b", "0o", " ", "a", "g", "z", "9", "0", "\xff", "i", "n"}
	b := []byte(s)
	switch rng.IntN(4) {
	case 0:
		if len(b) > 0 {
			i := rng.IntN(len(b))
			b = append(b[:i], b[i+1:]...)
		}
	case 1:
		i := rng.IntN(len(b) + 1)
		p := pieces[rng.IntN(len(pieces))]
		b = append(b[:i], append([]byte(p), b[i:]...)...)
	case 2:
		if len(b) > 0 {
			b[rng.IntN(len(b))] = pieces[rng.IntN(len(pieces))][0]
		}
	default:
		return s + pieces[rng.IntN(len(pieces))]
	}
	return string(b)
}

// underscored inserts underscores at random places (sometimes valid, sometimes not).
func underscored(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if rng.IntN(4) == 0 {
			b.WriteByte('_')
		}
	}
	return b.String()
}

func randomIntText() (string, int) {
	base := []int{0, 0, 0, 10, 10, 2, 8, 16, 36, 2 + rng.IntN(35)}[rng.IntN(10)]
	v := rng.Uint64() >> rng.IntN(64)
	var s string
	if base == 0 {
		switch rng.IntN(5) {
		case 0:
			s = "0x" + strconv.FormatUint(v, 16)
			if rng.IntN(2) == 0 {
				s = strings.ToUpper(s)
			}
		case 1:
			s = "0b" + strconv.FormatUint(v, 2)
		case 2:
			s = "0o" + strconv.FormatUint(v, 8)
		case 3:
			s = "0" + strconv.FormatUint(v, 8)
		default:
			s = strconv.FormatUint(v, 10)
		}
	} else {
		s = strconv.FormatUint(v, base)
		if rng.IntN(3) == 0 {
			s = strings.ToUpper(s)
		}
	}
	switch rng.IntN(4) {
	case 0:
		s = "-" + s
	case 1:
		s = "+" + s
	}
	switch rng.IntN(5) {
	case 0:
		s = mutate(s)
	case 1:
		s = underscored(s)
	}
	return s, base
}

func parseIntLine(s string, base, bits int) {
	i, ierr := strconv.ParseInt(s, base, bits)
	u, uerr := strconv.ParseUint(s, base, bits)
	line("pi", hx(s), strconv.Itoa(base), strconv.Itoa(bits), strconv.FormatInt(i, 10), shortErr(ierr, "ParseInt", s),
		strconv.FormatUint(u, 10), shortErr(uerr, "ParseUint", s))
}

func parseInts() {
	line("# ParseInt and ParseUint: pi hex(input) base bitSize int-value int-error uint-value uint-error")
	fixed := []string{"", "+", "-", "0", "-0", "+0", "0x", "0X", "0b", "0o", "0_", "_0", "0x_1", "0x1_", "1__2", "0_17",
		"08", "0b102", "-0x8000000000000000", "0x8000000000000000", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"99999999999999999999999x", "99999999999999999999_9", "1_000", "+-1", "--1", " 1", "1 ", "z", "Z", "0z",
		"\xff", "١", "0B1", "0O7", "0o", "00", "0_0", "0xg", "12a", "1e3", "1.0", "0x_", "-_1", "+0b_1"}
	for _, s := range fixed {
		for _, base := range []int{0, 10, 36} {
			for _, bits := range []int{0, 8} {
				parseIntLine(s, base, bits)
			}
		}
	}
	for _, bits := range []int{1, 7, 8, 16, 31, 32, 33, 63, 64} {
		lim := new(big.Int).Lsh(big.NewInt(1), uint(bits-1))
		for _, d := range []int64{-2, -1, 0, 1} {
			v := new(big.Int).Add(lim, big.NewInt(d))
			for _, neg := range []bool{false, true} {
				s := v.String()
				if neg {
					s = "-" + s
				}
				parseIntLine(s, 10, bits)
				full := new(big.Int).Lsh(big.NewInt(1), uint(bits))
				parseIntLine(new(big.Int).Add(full, big.NewInt(d)).String(), 10, bits)
			}
		}
	}
	for _, args := range [][2]int{{1, 64}, {37, 64}, {-1, 64}, {10, 65}, {10, -1}, {0, 128}, {1, 65}} {
		for _, s := range []string{"", "1", "-1", "x"} {
			parseIntLine(s, args[0], args[1])
		}
	}
	for i := 0; i < 500; i++ {
		s, base := randomIntText()
		bits := []int{0, 8, 16, 32, 64, 1 + rng.IntN(64)}[rng.IntN(6)]
		parseIntLine(s, base, bits)
	}
	line("# Atoi / ParseBool: at|pb hex(input) value error")
	for _, s := range append(fixed, "12345678901234567", "-123456789012345678", "1234567890123456789", "12345678901234567890", "+", "-", "+5", "-5") {
		v, err := strconv.Atoi(s)
		line("at", hx(s), strconv.Itoa(v), errText(err))
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "", "yes", "tRUE", "2", "\xff", " true"} {
		v, err := strconv.ParseBool(s)
		line("pb", hx(s), strconv.FormatBool(v), errText(err))
	}
}

func parseFloatLine(s string, bits int) {
	f, err := strconv.ParseFloat(s, bits)
	v := bitsOf(f)
	if math.IsNaN(f) {
		v = "nan"
	}
	line("pf", hx(s), strconv.Itoa(bits), v, shortErr(err, "ParseFloat", s))
}

// midpoint is the exact decimal text of the point half way between f and the next float up.
func midpoint(f float64, bits int) string {
	var next float64
	if bits == 32 {
		next = float64(math.Nextafter32(float32(f), float32(math.Inf(1))))
	} else {
		next = math.Nextafter(f, math.Inf(1))
	}
	a := new(big.Float).SetPrec(2000).SetFloat64(f)
	b := new(big.Float).SetPrec(2000).SetFloat64(next)
	if math.IsInf(next, 0) {
		b.SetMantExp(big.NewFloat(1), 1024) // one ulp above MaxFloat64
		if bits == 32 {
			b.SetMantExp(big.NewFloat(1), 128)
		}
	}
	a.Add(a, b)
	a.Quo(a, big.NewFloat(2))
	return a.Text('e', -1)
}

func parseFloats() {
	line("# ParseFloat: pf hex(input) bitSize result-bits|nan error")
	fixed := []string{"", "+", "-", ".", "e1", ".e1", "1e", "1e+", "1e-", "1.e5", ".5", "5.", "0", "-0", "+0.0",
		"inf", "+inf", "-Inf", "INF", "infinity", "-Infinity", "+INFINITY", "infin", "infx", "in", "nan", "NaN", "+nan",
		"-nan", "nanx", "1_000.5", "1_0", "0_1", "_1", "1_", "1__0", "1._5", "1_.5", "1e5_0", "1e_5", "0x1p0", "0x1",
		"0x1.8", "0x.8p1", "0X.8P1", "0x_1p0", "0x1_p0", "0x1p_0", "0xp1", "0x", "0x.p1", "0x1p-1074", "0x1p-1075",
		"0x1.8p-1075", "0x1p1023", "0x1p1024", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023",
		"0x1p-2000", "0x1p2000", "1e-400", "1e400", "-1e400", "1e309", "1.7976931348623157e308",
		"1.7976931348623158e308", "1.7976931348623159e308", "4.9406564584124654e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "1e-324", "3e-324", "1e1000000000000", "1e-1000000000000",
		"0e1000000000000", "0.000000000000000000000000000000001e33", "1p5", "1.2.3", "1e5.5", "١", "1\xff",
		"0x1P-2", "0x1e", "0x1ep1", "3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38",
		"1.401298464324817e-45", "7e-46", "7.1e-46", "0.1", "100000000000000016777215", "100000000000000016777216",
		" 1", "1 ", "+-1", "1e+-1", "00000000000000000000000000001.5", "0x00000000000000000000001p0",
		"0x1.0000000000000000000000001p0", "0x1.00000000000008p0", "0x1.000000000000080000000001p0",
		"0x1.00000000000018p0", "0x.00000000000000000001p80", "0x1p-149", "0x1p-150", "0x1.8p-150",
		"123456789012345678901234567890e-10", strings.Repeat("1", 900) + "e-890", "0." + strings.Repeat("0", 400) + "1e400"}
	for _, s := range fixed {
		parseFloatLine(s, 64)
		parseFloatLine(s, 32)
	}
	for i := 0; i < 350; i++ {
		randomParseFloat()
	}
}

// randomParseFloat writes one ParseFloat case: a float's text in some form, often damaged.
func randomParseFloat() {
	f := randomFloat()
	bits := 64
	if rng.IntN(4) == 0 {
		bits = 32
		f = float64(float32(f))
		if math.IsInf(f, 0) {
			return
		}
	}
	var s string
	switch rng.IntN(8) {
	case 0:
		s = strconv.FormatFloat(f, 'g', -1, bits)
	case 1:
		s = strconv.FormatFloat(f, 'e', rng.IntN(25), 64)
	case 2:
		s = midpoint(f, bits)
	case 3:
		// Just either side of a midpoint: the last digit decides.
		m := midpoint(f, bits)
		mant, exp, _ := strings.Cut(m, "e")
		if rng.IntN(2) == 0 {
			s = mant + "1e" + exp
		} else {
			s = mant[:len(mant)-1] + string(mant[len(mant)-1]-1) + "9999e" + exp
		}
	case 4:
		s = strconv.FormatFloat(f, 'x', -1, bits)
	case 5:
		s = strconv.FormatFloat(f, 'x', rng.IntN(16), 64)
	case 6:
		s = underscored(strconv.FormatFloat(f, 'g', -1, bits))
	default:
		s = mutate(strconv.FormatFloat(f, 'g', -1, bits))
	}
	if rng.IntN(5) == 0 {
		s = "-" + strings.TrimPrefix(s, "-")
	}
	parseFloatLine(s, bits)
}

// ---------------------------------------------------------------- quoting

var pieces = []string{"a", "Z", " ", "\"", "'", "`", "\\", "\n", "\r", "\t", "\a", "\b", "\f", "\v", "\x00", "\x1f",
	"\x7f", "\x80", "\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80", "\xc0\x80", "\xf4\x90\x80\x80", "é", "\u00a0",
	"\u00ad", "\u2028", "\u3000", "\ufeff", "\ufffd", "☺", "😀", "\U0010ffff", "\U000e0001", "\u0301", "世界",
	"\u200b", "\u061c", "\U0001f1fa", "x", "0", "7", "u", "U", "\\x", "\\u", "\\U", "\\n", "\\'", "\\\"", "\\7",
	"\\377", "\\400", "\\xff", "\\u00e9", "\\U0001F600", "\\ud800", "\\q", "\\\\"}

func randomPieces(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

func quotes() {
	line("# Quote: q hex(input) Quote QuoteToASCII QuoteToGraphic CanBackquote")
	var inputs []string
	for b := 0; b < 256; b++ {
		inputs = append(inputs, string([]byte{byte(b)}))
	}
	inputs = append(inputs, pieces...)
	for i := 0; i < 300; i++ {
		inputs = append(inputs, randomPieces(1+rng.IntN(6)))
	}
	inputs = append(inputs, "", "hello, world", "\xef\xbb\xbfBOM", strings.Repeat("\xff", 5))
	for _, s := range inputs {
		quoteLine(s)
	}
	runeQuotes()
}

func quoteLine(s string) {
	line("q", hx(s), strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.FormatBool(strconv.CanBackquote(s)))
}

func runeQuotes() {
	line("# QuoteRune: qr rune QuoteRune QuoteRuneToASCII QuoteRuneToGraphic")
	runes := []rune{-1, -100, 0, 7, 9, 10, 13, 27, 31, ' ', '\'', '"', '\\', '`', 0x7e, 0x7f, 0x80, 0x9f, 0xa0, 0xa1, 0xad,
		0xff, 0x100, 0x2028, 0x3000, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfeff, 0xfffd, 0xfffe, 0xffff, 0x10000,
		0x1f600, 0xe0001, 0x10ffff, 0x110000, math.MaxInt32, math.MinInt32}
	for i := 0; i < 150; i++ {
		runes = append(runes, rune(rng.IntN(0x30000)))
	}
	for _, r := range runes {
		line("qr", strconv.Itoa(int(r)), strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r))
	}
	line("# IsPrint / IsGraphic: ip rune IsPrint IsGraphic")
	for i := 0; i < 600; i++ {
		r := rune(rng.IntN(0x110000))
		if i%3 == 0 {
			r = rune(rng.IntN(0x3000))
		}
		line("ip", strconv.Itoa(int(r)), strconv.FormatBool(strconv.IsPrint(r)), strconv.FormatBool(strconv.IsGraphic(r)))
	}
	for _, r := range []rune{-1, 0x110000, 0x20, 0xa0, 0x1680, 0x2000, 0x200a, 0x202f, 0x205f, 0x3000, 0xad} {
		line("ip", strconv.Itoa(int(r)), strconv.FormatBool(strconv.IsPrint(r)), strconv.FormatBool(strconv.IsGraphic(r)))
	}
}

func unquotes() {
	line("# Unquote / QuotedPrefix: uq hex(input) hex(result)|! hex(prefix)|!")
	var inputs []string
	for i := 0; i < 700; i++ {
		inputs = append(inputs, randomLiteral())
	}
	inputs = append(inputs, "", "\"", "'", "`", "\"\"", "''", "``", "'''", "'\\''", "\"\\\"\"", "x", "\"abc\"def")
	for _, s := range inputs {
		unquoteLine(s)
	}
	unquoteChars()
}

// randomLiteral builds a quoted literal from tricky pieces, sometimes with text after it or its
// closing quote missing.
func randomLiteral() string {
	q := []string{"\"", "'", "`", "\"", "'"}[rng.IntN(5)]
	body := randomPieces(rng.IntN(4))
	if q == "'" && rng.IntN(2) == 0 {
		body = randomPieces(1)
	}
	s := q + body + q
	switch rng.IntN(6) {
	case 0:
		s += randomPieces(1)
	case 1:
		s = s[:len(s)-1]
	}
	return s
}

func unquoteLine(s string) {
	u, err := strconv.Unquote(s)
	res := "!"
	if err == nil {
		res = hx(u)
		if u == "" {
			res = "="
		}
	}
	p, err := strconv.QuotedPrefix(s)
	pre := "!"
	if err == nil {
		pre = hx(p)
	}
	line("uq", hx(s), res, pre)
}

func unquoteChars() {
	line("# UnquoteChar: uc hex(input) quote-byte value multibyte hex(tail)|! (value -1 and ! on error)")
	for i := 0; i < 400; i++ {
		unquoteCharLine()
	}
}

func unquoteCharLine() {
	s := randomPieces(1 + rng.IntN(2))
	q := []byte{'"', '\'', '`', 0}[rng.IntN(4)]
	v, mb, tail, err := strconv.UnquoteChar(s, q)
	if err != nil {
		line("uc", hx(s), strconv.Itoa(int(q)), "-1", "false", "!")
		return
	}
	line("uc", hx(s), strconv.Itoa(int(q)), strconv.Itoa(int(v)), strconv.FormatBool(mb), hx(tail))
}

// ---------------------------------------------------------------- builtin println

func printlnValues() []float64 {
	vals := interestingFloats()
	for i := 0; i < 60; i++ {
		vals = append(vals, randomFloat())
	}
	return vals
}

// printlnChild prints, for each value, one line through the builtin println: the float64, the float32,
// a complex128 and a complex64.
func printlnChild() {
	rng = rand.New(rand.NewPCG(7, 7))
	vals := printlnValues()
	for i, v := range vals {
		w := vals[(i*7+3)%len(vals)]
		println(v, float32(v), complex(v, w), complex64(complex(w, v)))
	}
}

func printlns() {
	line("# builtin println: pl bits-a bits-b output (of println(a, float32(a), complex(a, b), complex64(complex(b, a))))")
	exe, err := os.Executable()
	if err != nil {
		panic(err)
	}
	cmd := exec.Command(exe, "println-child")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		panic(err)
	}
	got := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
	// The child draws the same values: reset the generator so it matches.
	vals := printlnValuesFor(len(got))
	for i, v := range vals {
		w := vals[(i*7+3)%len(vals)]
		line("pl", bitsOf(v), bitsOf(w), got[i])
	}
}

// printlnValuesFor recomputes the child's values (same seed, fresh generator).
func printlnValuesFor(n int) []float64 {
	saved := rng
	rng = rand.New(rand.NewPCG(7, 7))
	vals := printlnValues()
	rng = saved
	if len(vals) != n {
		panic(fmt.Sprintf("println child printed %d lines for %d values", n, len(vals)))
	}
	return vals
}

// ---------------------------------------------------------------- unicode tables

func tables() {
	fmt.Fprintf(out, `//! Rune classes for quoting, generated from Go's own strconv.IsPrint and strconv.IsGraphic by
//! testdata/gen (`+"`go run main.go tables`"+`) with %s (Unicode %s). Do not edit.
//!
//! Generating the ranges from the oracle, rather than from a Unicode crate, keeps them on exactly the
//! Unicode version that Go's quoting uses.

/// Inclusive ranges of runes for which Go's `+"`IsPrint`"+` is true, sorted.
#[rustfmt::skip]
pub(crate) static PRINT_RANGES: &[(u32, u32)] = &[
`, runtimeVersion(), unicode.Version)
	start := -1
	for r := 0; r <= utf8.MaxRune+1; r++ {
		p := r <= utf8.MaxRune && strconv.IsPrint(rune(r))
		if p && start < 0 {
			start = r
		}
		if !p && start >= 0 {
			fmt.Fprintf(out, "    (0x%04X, 0x%04X),\n", start, r-1)
			start = -1
		}
	}
	fmt.Fprintf(out, "];\n\n/// Runes for which Go's `IsGraphic` is true but `IsPrint` is not, sorted.\n#[rustfmt::skip]\npub(crate) static GRAPHIC_EXTRA: &[u32] = &[\n")
	for r := 0; r <= utf8.MaxRune; r++ {
		if strconv.IsGraphic(rune(r)) && !strconv.IsPrint(rune(r)) {
			fmt.Fprintf(out, "    0x%04X,\n", r)
		}
	}
	fmt.Fprintf(out, "];\n")
}

// ---------------------------------------------------------------- the big one-off run

// bigFloats writes n random values in the ff format with the formats the brief asks for:
// %v (g -1), %e (e -1), %.3e, %.2f, %g (g -1 at 32 bits for float32 values), %.5g.
func bigFloats(n int) {
	for i := 0; i < n; i++ {
		var f float64
		size := 64
		if i%5 == 4 {
			f, size = randomFloat32(), 32
		} else {
			f = randomFloat()
		}
		fields := []string{"ff", bitsOf(f), strconv.Itoa(size)}
		for _, spec := range []struct {
			c byte
			p int
		}{{'g', -1}, {'e', -1}, {'e', 3}, {'f', 2}, {'g', 5}, {'x', -1}, {'e', 16}, {'G', 12}} {
			if spec.c == 'f' && !moderate(f) {
				continue
			}
			fields = append(fields, fmt.Sprintf("%c%d", spec.c, spec.p), strconv.FormatFloat(f, spec.c, spec.p, size))
		}
		line(fields...)
	}
}

// bigMix writes n random cases of each kind that has a random generator: floats in random formats and
// precisions (both sizes), ParseFloat, ParseInt, Quote, Unquote and UnquoteChar inputs.
func bigMix(n int) {
	for i := 0; i < n; i++ {
		if i%4 == 3 {
			floatLine(randomFloat32(), 32, 6)
		} else {
			floatLine(randomFloat(), 64, 6)
		}
		randomParseFloat()
		s, base := randomIntText()
		parseIntLine(s, base, []int{0, 8, 16, 32, 64, 1 + rng.IntN(64)}[rng.IntN(6)])
		quoteLine(randomPieces(1 + rng.IntN(8)))
		unquoteLine(randomLiteral())
		unquoteCharLine()
	}
}
