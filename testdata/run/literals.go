// Deliberately not gofmt-formatted: gofmt would rewrite the literal spellings (0X, 0O, 1E-3) under test.
package main

import "fmt"

func main() {
	fmt.Println(42, 0x2A, 0X2a, 052, 0o52, 0O52, 0b101010, 0B101010, 1_000_000, 0x_FF, 0b_1_0)
	fmt.Println(1.5, .5, 1., 1e3, 1E-3, 0x1p-2, 0x1.8p1, 1_0.2_5, 0x_1p4)
	fmt.Println(1i, 2.5i, 0x10i, 1e2i, 0o17i)
	fmt.Println('a', '\n', '\t', '\\', '\'', '\x41', '\101', '\u00e9', '\U0001F600', 'ä')
	fmt.Println("esc: \a\b\f\v|" == "esc: \x07\x08\x0c\x0b|")
	fmt.Println("quote \"inside\" and \\ backslash")
	fmt.Println(`raw \n string with "quotes"`)
	fmt.Println(`multi
line raw`)
	fmt.Println("\xe4\xb8\x96", "\u4e16", "\U00004e16", "\344\270\226")
	fmt.Println(len("\xff"), len("\u00ff"), len(`\xff`))
	raw := `a\tb`
	fmt.Println(len(raw), raw)
	fmt.Printf("%q\n", "\x00\x01\x7f")
	fmt.Println(0.1e1, 01e2, 00, 0.)
	x := 0777
	fmt.Println(x, 0_777)
	const big = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(uint64(big))
	fmt.Println('a' + 1, 'b' - 'a', "s"+"t")
}
