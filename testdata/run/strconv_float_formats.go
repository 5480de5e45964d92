package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 0.1, 123456789, 1e-9, 1e21, 2.5e-300, 1.0 / 3}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', 3, 64),
			strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'G', 5, 64),
			strconv.FormatFloat(v, 'x', -1, 64), strconv.FormatFloat(v, 'g', -1, 32))
	}
	fmt.Println(strconv.FormatFloat(1.5, 'b', -1, 64))
	fmt.Println(strconv.FormatFloat(0.000001234, 'g', 2, 64), strconv.FormatFloat(123456, 'g', 2, 64))
	for _, s := range []string{"1e3", ".5", "-0", "0x1p-2", "1_000.5", "Inf", "-infinity", "nan", "1e-400", "3.4e39"} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, f32, err32)
	}
	fmt.Println(strconv.AppendFloat(nil, 2.75, 'f', 1, 64))
	fmt.Println(string(strconv.AppendQuote([]byte("q:"), "x\"y")))
}
