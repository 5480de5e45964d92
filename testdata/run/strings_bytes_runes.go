package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), len([]rune(s)))
	fmt.Println(s[1], s[2], string(s[1]))
	b := []byte(s)
	fmt.Println(b[:5])
	r := []rune(s)
	fmt.Println(r)
	fmt.Println(string(r[1]), string(r[7:]))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)))
	fmt.Println(string([]byte{104, 105}), string([]rune{0x263a, 'x'}))
	fmt.Printf("%q\n", string([]byte{0xff, 'a', 0xc0}))
	x := "abc"
	y := x
	yb := []byte(y)
	yb[0] = 'X'
	fmt.Println(x, y, string(yb))
	fmt.Println("a" < "b", "abc" < "abd", "ab" < "abc", "Z" < "a", "" < "a")
	fmt.Println(s[7:], s[:1]+s[3:6])
	var bs []byte
	fmt.Println(string(bs) == "", len(string(bs)))
	fmt.Println([]byte("日本"))
	var rr rune = 'é'
	fmt.Println(rr, string(rr), byte(rr))
	fmt.Printf("%c %c %U %#U\n", 'A', 0x1F600, 0x1F600, 'é')
	c := s + "!"
	c += "?"
	fmt.Println(c)
}
