package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 é世!\t" {
		fmt.Printf("%q L%v U%v l%v D%v N%v S%v P%v G%v\n", r, unicode.IsLetter(r), unicode.IsUpper(r),
			unicode.IsLower(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r),
			unicode.IsGraphic(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('ǆ')))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('a', unicode.Latin, unicode.Greek), unicode.IsControl('\n'))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'), utf8.RuneLen(-1))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(n, buf[:n])
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeRune([]byte{0xff})
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeLastRuneInString("ab世")
	fmt.Println(string(r), size)
	fmt.Println(utf8.ValidString("ok"), utf8.Valid([]byte{0xc3, 0x28}), utf8.ValidRune(0xD800))
	fmt.Println(utf8.RuneCount([]byte("héllo")), utf8.FullRune([]byte{0xe4, 0xb8}))
	fmt.Println(string(utf8.AppendRune([]byte("x"), 'ü')), utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('k'), unicode.MaxRune)
}
