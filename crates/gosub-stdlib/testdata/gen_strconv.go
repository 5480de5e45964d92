// Command gen_strconv writes strconv.txt: what real Go's ParseInt, ParseUint and ParseFloat return for
// inputs that reach every failure code, one case a line: function, quoted input, base, bit size, value
// (decimal, or the float's bits in hex), error text (tab-separated).
//
// Run from crates/gosub-stdlib/testdata: go run gen_strconv.go > strconv.txt
package main

import (
	"fmt"
	"math"
	"strconv"
)

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	ints := []string{"", "0", "-0", "+5", "12a", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "0x1F", "0b101", "0o17", "017", "1_000", "_1",
		"255", "256", "-129", "127", "18446744073709551615", "18446744073709551616", "zz", "ZZ", "-"}
	bases := []int{0, 10, 16, 36, 1, 37, -1}
	sizes := []int{0, 8, 64, 65, -1}
	fmt.Println("# function\tinput\tbase\tbitSize\tvalue\terror (recorded from Go by gen_strconv.go)")
	for _, s := range ints {
		for _, b := range bases {
			for _, z := range sizes {
				v, err := strconv.ParseInt(s, b, z)
				fmt.Printf("ParseInt\t%s\t%d\t%d\t%d\t%s\n", strconv.Quote(s), b, z, v, errText(err))
				u, err := strconv.ParseUint(s, b, z)
				fmt.Printf("ParseUint\t%s\t%d\t%d\t%d\t%s\n", strconv.Quote(s), b, z, u, errText(err))
			}
		}
	}
	floats := []string{"", "1", "1.5e3", "1e400", "-1e400", "1e-400", "3.4e39", "0x1p-2", "inf", "-Inf",
		"nan", "1_0.5", "0x_1p0", "1e", ".", "1.7976931348623157e308", "4.9e-324", "2.5e-45", "abc"}
	for _, s := range floats {
		for _, z := range []int{32, 64} {
			f, err := strconv.ParseFloat(s, z)
			fmt.Printf("ParseFloat\t%s\t10\t%d\t%016x\t%s\n", strconv.Quote(s), z, math.Float64bits(f), errText(err))
		}
	}
}
