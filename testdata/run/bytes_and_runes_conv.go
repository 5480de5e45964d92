package main

import (
	"fmt"
	"strings"
)

func main() {
	b := []byte{72, 101, 108, 108, 111}
	s := string(b)
	b[0] = 'J'
	fmt.Println(s, string(b))
	r := []rune("héllo")
	r[1] = 'e'
	fmt.Println(string(r), len(r))
	fmt.Println(string(rune(0x1F600)), string(rune(0xD800)) == "\uFFFD", string(rune(-5)) == "\uFFFD")
	var runes []rune
	for _, c := range "abc" {
		runes = append(runes, c-32)
	}
	fmt.Println(string(runes))
	up := strings.Map(func(r rune) rune { return r + 1 }, "HAL")
	fmt.Println(up)
	var sb strings.Builder
	for i := 0; i < 26; i += 5 {
		sb.WriteByte(byte('a' + i))
	}
	fmt.Println(sb.String())
	bs := []byte("abc")
	bs = append(bs, "def"...)
	bs = append(bs, 'g')
	fmt.Println(string(bs), len(bs))
	fmt.Println([]byte(""), []rune(""), len([]byte(nil)))
	x := 'A'
	y := x + 2
	fmt.Printf("%c %d %T\n", y, y, y)
	var by byte = 'z'
	fmt.Printf("%c %d %T %v\n", by, by, by, string(by))
	h := "héllo"
	fmt.Println(h[1:3] == "é", []byte(h[1:3]))
}
