package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xe4\xb8c世\xf0\x9f\x98"
	for i, r := range s {
		fmt.Printf("%d:%U:%q ", i, r, r)
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for _, r := range "\xed\xa0\x80" {
		fmt.Print(r == utf8.RuneError, " ")
	}
	fmt.Println()
	rs := []rune("x\x80y")
	fmt.Println(rs, len(rs))
	fmt.Println(string(rs))
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println(n)
	fmt.Printf("%x % x %X\n", "hi\xff", "hi", []byte("ok"))
	fmt.Printf("%q %+q %#q\n", "日本\t", "日本", "back`tick")
}
